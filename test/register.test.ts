// Registration with the Mattermost server, against a stand-in that follows the Apps plugin's and
// the server's handlers (helpers/fake-mattermost.ts; no Mattermost server runs here): the request
// appsctl sends, the preflight's messages for each thing that can be wrong, both plugin
// generations, and a token that never shows in any message.
import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { readManifest } from '../src/manifest/manifest.js';
import { marshalManifest } from '../src/manifest/marshal.js';
import { checkInstallPossible, listingRequestBody, registerApp } from '../src/register/register.js';
import { checkMattermost } from '../src/register/server.js';
import { resolveMattermostSettings, type MattermostSettings } from '../src/register/settings.js';
import { HELLO_SERVERLESS_MANIFEST } from './fixtures/provision-data.js';
import { runCli } from './helpers/cli.js';
import { ADMIN_TOKEN, USER_TOKEN, startFakeMattermost, type FakeMattermost, type FakeMattermostOptions } from './helpers/fake-mattermost.js';
import { tempDir, writeApp } from './helpers/fs.js';

const servers: FakeMattermost[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});
async function server(options: FakeMattermostOptions = {}) {
  const s = await startFakeMattermost({ plugin: { version: '1.2.2', enabled: true }, installBody: 'app', ...options });
  servers.push(s);
  return s;
}
const settingsFor = (url: string, token = ADMIN_TOKEN): MattermostSettings => resolveMattermostSettings({ url, env: { MM_ADMIN_TOKEN: token }, urlOption: '--mattermost-url' })!;
const fast = { sleep: async () => undefined };
const manifest = (over: Record<string, unknown> = {}) =>
  readManifest(
    Buffer.from(
      JSON.stringify({
        app_id: 'com.example.hello',
        version: 'v1.0.0',
        display_name: 'Hello',
        homepage_url: 'https://example.com',
        requested_permissions: ['act_as_bot'],
        aws_lambda: { functions: [{ path: '/', name: 'main', handler: 'index.handler', runtime: 'nodejs24.x' }] },
        ...over,
      }),
    ),
  ).manifest!;

describe('the request appsctl sends', () => {
  it('marshals the manifest as json.Marshal(apps.Manifest) does (research §3.4, hello-serverless)', () => {
    const m = readManifest(Buffer.from(JSON.stringify({ ...HELLO_SERVERLESS_MANIFEST, unknown_key: 'dropped' }))).manifest!;
    expect(marshalManifest(m)).toBe(
      '{"app_id":"hello-serverless","version":"v1.2.0","homepage_url":"https://github.com/mattermost/mattermost-app-examples/golang/serverless","display_name":"Hello, Serverless!","requested_permissions":["act_as_bot"],"requested_locations":["/command"],"aws_lambda":{"functions":[{"path":"/","name":"hello-serverless","handler":"hello-serverless","runtime":"go1.x"}]},"http":{"root_url":"http://mattermost-apps-golang-serverless:8080"},"open_faas":{"functions":[{"path":"/","name":"hello"}]}}',
    );
    expect(listingRequestBody(m)).toMatch(/,"Replace":false,"add_deploys":\["aws_lambda"\]\}$/);
  });

  it('builds the body from what Go decoded: keys of the file cannot become request fields', () => {
    const m = manifest({ Replace: true, ADD_DEPLOYS: ['http'], on_install: { path: '/i', state: { b: 1, a: [true] } } });
    const body = JSON.parse(listingRequestBody(m));
    expect(body.Replace).toBe(false);
    expect(body.add_deploys).toEqual(['aws_lambda']);
    expect(body.ADD_DEPLOYS).toBeUndefined();
    expect(body.on_install).toEqual({ path: '/i', state: { b: 1, a: [true] } });
  });
});

describe('the preflight says what is wrong, before anything is written', () => {
  it.each([
    ['a bad token', {}, 'bogus', /refused MM_ADMIN_TOKEN \(401: Invalid or expired session, please login again\. \(api\.context\.session_expired\.app_error\)\)/],
    ['a user who is not a system admin', {}, USER_TOKEN, /belongs to "alice", who is not a system admin/],
    ['no Apps plugin', { plugin: null }, ADMIN_TOKEN, /the Apps plugin \(com\.mattermost\.apps\) is not installed/],
    ['a disabled Apps plugin', { plugin: { version: '1.2.2', enabled: false } }, ADMIN_TOKEN, /com\.mattermost\.apps 1\.2\.2\) is installed .* but not enabled/],
    ['plugins disabled server-wide', { pluginsEnabled: false }, ADMIN_TOKEN, /plugins are disabled on/],
  ] as const)('%s', async (_name, options, token, message) => {
    const s = await server(options as FakeMattermostOptions);
    await expect(checkMattermost(settingsFor(s.url, token), fast)).rejects.toThrow(message);
    expect(s.requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('an unreachable site, with the retries it made', async () => {
    const progress: string[] = [];
    const closed = await server();
    await closed.close();
    servers.pop();
    await expect(checkMattermost(settingsFor(closed.url), { ...fast, onProgress: (m) => progress.push(m) })).rejects.toThrow(
      /cannot reach the Mattermost server at http:\/\/127\.0\.0\.1:\d+ \(GET \/api\/v4\/users\/me: ECONNREFUSED, 4 attempts\)/,
    );
    expect(progress.filter((m) => /retrying/.test(m))).toHaveLength(3);
  });

  it('a site that is not Mattermost, and one that redirects (the token does not follow)', async () => {
    const other = createServer((req, res) => {
      if (req.url?.startsWith('/moved')) {
        res.writeHead(301, { location: 'https://chat.example.com/api/v4/users/me' });
        res.end();
        return;
      }
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html>nope</html>');
    });
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(other.address() as { port: number }).port}`;
    try {
      await expect(checkMattermost(settingsFor(url), fast)).rejects.toThrow(/does not answer like a Mattermost server \(GET \/api\/v4\/users\/me: HTTP 404, <html>nope<\/html>\)/);
      await expect(checkMattermost(settingsFor(`${url}/moved`), fast)).rejects.toThrow(/redirects \(HTTP 301\) to https:\/\/chat\.example\.com; .* use that URL as the Site URL/);
    } finally {
      await new Promise((r) => other.close(r));
    }
  });

  it('never shows the token, even when the server echoes it back', async () => {
    const s = await server({ echoAuthorization: true });
    const error = await checkMattermost(settingsFor(s.url, 'secret-token-that-is-wrong'), fast).catch((e: Error) => e);
    expect(String(error)).not.toContain('secret-token-that-is-wrong');
    expect(String(error)).toContain('Bearer ***');
  });

  it('refuses settings that would leak or go nowhere', () => {
    expect(() => resolveMattermostSettings({ url: 'https://admin:pw@chat.example.com', env: { MM_ADMIN_TOKEN: 't' }, urlOption: '--mattermost-url' })).toThrow(/must not carry a user name or password/);
    expect(() => resolveMattermostSettings({ url: 'https://chat.example.com', env: {}, urlOption: '--mattermost-url' })).toThrow(/MM_ADMIN_TOKEN is not set/);
    expect(resolveMattermostSettings({ env: { MM_ADMIN_TOKEN: 't' }, urlOption: '--mattermost-url' })).toBeUndefined();
    expect(resolveMattermostSettings({ url: 'http://chat.example.com/mm/', env: { MM_ADMIN_TOKEN: 't' }, urlOption: '--mattermost-url' })).toMatchObject({
      siteUrl: 'http://chat.example.com/mm',
      warnings: [expect.stringMatching(/plain http: the admin token travels unencrypted/)],
    });
  });
});

describe('registering and installing', () => {
  it('lists the version with add_deploys aws_lambda, installs it, and converges when run again', async () => {
    const s = await server();
    const settings = settingsFor(s.url);
    const m = manifest();
    const mm = await checkMattermost(settings, fast);
    expect(mm).toMatchObject({ user: { username: 'sysadmin' }, plugin: { version: '1.2.2', generation: 'v1' } });
    for (let run = 0; run < 2; run++) {
      const r = await registerApp(mm, settings, m, true, fast);
      expect(r).toMatchObject({ registered: true, installed: true, installCommand: { command: '/apps install listed com.example.hello' } });
    }
    const listing = s.requests.filter((r) => r.path === '/plugins/com.mattermost.apps/api/v1/update-app-listing');
    expect(listing).toHaveLength(2);
    expect(listing[0]!.authorization).toBe(`Bearer ${ADMIN_TOKEN}`);
    expect(JSON.parse(listing[0]!.body)).toMatchObject({ app_id: 'com.example.hello', version: 'v1.0.0', Replace: false, add_deploys: ['aws_lambda'] });
    expect(s.listings.get('com.example.hello')).toMatchObject({ aws_lambda: { functions: [{ name: 'main' }] } });
    expect(s.installed.get('com.example.hello')).toEqual({ deployType: 'aws_lambda', version: 'v1.0.0' });
  });

  it('keeps what the listing had (another deploy type) and takes the new version', async () => {
    const s = await server({ installBody: 'empty' }); // v1.0–v1.1 answer install-app with no body
    s.listings.set('com.example.hello', { app_id: 'com.example.hello', version: 'v0.9.0', http: { root_url: 'https://hello.example.com' } });
    const settings = settingsFor(s.url);
    const r = await registerApp(await checkMattermost(settings, fast), settings, manifest(), true, fast);
    expect(r.installed).toBe(true);
    expect(s.listings.get('com.example.hello')).toMatchObject({ version: 'v1.0.0', http: { root_url: 'https://hello.example.com' }, aws_lambda: {} });
  });

  it('says how to configure the server when its Apps plugin cannot run AWS Lambda apps', async () => {
    const s = await server({ awsConfigured: false });
    const settings = settingsFor(s.url);
    await expect(registerApp(await checkMattermost(settings, fast), settings, manifest(), true, fast)).rejects.toThrow(
      /registered, but the Apps plugin on .* cannot install AWS Lambda apps: aws_lambda app deployment is not configured on this instance of Mattermost\. Set MM_APPS_AWS_ACCESS_KEY/,
    );
    expect(s.listings.has('com.example.hello')).toBe(true);
  });

  it('on Apps plugin v0.7 registers nothing, and gives the v0.7 install command; install is refused up front', async () => {
    const s = await server({ plugin: { version: '0.7.0', enabled: true } });
    const settings = settingsFor(s.url);
    const mm = await checkMattermost(settings, fast);
    expect(mm.plugin.generation).toBe('v0.7');
    expect(() => checkInstallPossible(mm, true, manifest())).toThrow(/install needs Apps plugin v1\.0 or later, and .* runs 0\.7\.0/);
    const r = await registerApp(mm, settings, manifest(), false, fast);
    expect(r).toMatchObject({ registered: false, installed: false, installCommand: { command: '/apps install aws com.example.hello v1.0.0' } });
    expect(s.requests.some((q) => q.method === 'POST')).toBe(false);
  });
});

describe('mm-apps-deploy register', () => {
  it('registers an app directory, with the token from MM_ADMIN_TOKEN only', async () => {
    const s = await server();
    const app = writeApp(tempDir());
    const r = await runCli(['register', app, '--mattermost-url', s.url, '--install'], { env: { MM_ADMIN_TOKEN: ADMIN_TOKEN } });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/checking the Mattermost server at .*\nregistering com\.example\.fixture v1\.0\.0 .*\ninstalling/);
    expect(r.stderr + r.stdout).not.toContain(ADMIN_TOKEN);
    expect(r.stdout).toMatch(/^com\.example\.fixture v1\.0\.0: registered and installed on http:\/\/127\.0\.0\.1:\d+ \(Apps plugin 1\.2\.2\)\nTo reinstall: \/apps install listed com\.example\.fixture\n$/);
    const json = await runCli(['register', app, '--json'], { env: { MM_ADMIN_TOKEN: ADMIN_TOKEN, MM_SERVICESETTINGS_SITEURL: s.url } });
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, registered: true, installed: false });
  });

  it('fails with what to do, and exit 2 without a server', async () => {
    const app = writeApp(tempDir());
    const noToken = await runCli(['register', app, '--mattermost-url', 'https://chat.example.com'], { env: {} });
    expect(noToken.code).toBe(1);
    expect(noToken.stderr).toMatch(/MM_ADMIN_TOKEN is not set/);
    const noServer = await runCli(['register', app], { env: { MM_ADMIN_TOKEN: 'x' } });
    expect(noServer.code).toBe(2);
    expect(noServer.stderr).toMatch(/which Mattermost server\? Pass --mattermost-url URL or set MM_SERVICESETTINGS_SITEURL/);
  });
});
