// provision → register → install, against a real moto_server for AWS and the Mattermost stand-in
// (helpers/fake-mattermost.ts). The stand-in's install does what the plugin does that can be done
// here: it downloads the app's icon from the S3 bucket (real, from moto); the plugin's Lambda
// /ping invocation cannot run (moto needs Docker to invoke), so the stand-in checks instead that
// the function it would invoke exists. Every AWS request goes through the recording transport,
// so "nothing written" is counted, not assumed.
import { GetFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { lambdaName, s3StaticName } from '../src/compat/naming.js';
import { provision, type ProvisionRequest } from '../src/provision/provision.js';
import { resolveMattermostSettings } from '../src/register/settings.js';
import { runCli } from './helpers/cli.js';
import { ADMIN_TOKEN, USER_TOKEN, startFakeMattermost, type FakeMattermost, type FakeMattermostOptions } from './helpers/fake-mattermost.js';
import { FaultyHandler } from './helpers/faults.js';
import { tempDir, writeApp } from './helpers/fs.js';
import { CREDENTIALS_ENV, REGION, motoAvailable, motoClients, seedAccount, startMoto, type Moto } from './helpers/moto.js';

const NOW = new Date('2026-11-21T00:00:00Z');
const BUCKET = 'mattermost-apps-bucket';

describe.skipIf(!motoAvailable())('provision with registration (moto + Mattermost stand-in)', () => {
  let moto: Moto;
  let transport: FaultyHandler;
  let mm: FakeMattermost | undefined;

  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => {
    await moto?.stop();
  });
  beforeEach(async () => {
    await moto.reset();
    await seedAccount(moto.endpoint, BUCKET);
    transport = new FaultyHandler();
  });
  afterEach(async () => {
    await mm?.close();
    mm = undefined;
  });

  /** The stand-in, whose install fetches the icon from moto's S3 and looks for the /ping function. */
  async function mattermost(options: FakeMattermostOptions = {}) {
    const { s3 } = motoClients(moto.endpoint);
    const lambda = new LambdaClient({ endpoint: moto.endpoint, region: REGION, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    mm = await startFakeMattermost({
      plugin: { version: '1.2.2', enabled: true },
      installBody: 'app',
      onInstall: async (listing) => {
        const id = String(listing.app_id);
        const version = String(listing.version);
        try {
          await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: s3StaticName(id, version, String(listing.icon)) }));
          const fns = (listing.aws_lambda as { functions: { name: string; path: string }[] }).functions;
          const ping = fns.filter((f) => '/ping'.startsWith(f.path)).sort((a, b) => b.path.length - a.path.length)[0]!;
          await lambda.send(new GetFunctionCommand({ FunctionName: lambdaName(id, version, ping.name) }));
          return undefined;
        } catch (err) {
          return (err as Error).name;
        }
      },
      ...options,
    });
    return mm;
  }

  function run(target: string, extra: Partial<ProvisionRequest> = {}, token = ADMIN_TOKEN, install = true) {
    return provision({
      target,
      now: NOW,
      aws: { endpointUrl: moto.endpoint, env: { ...CREDENTIALS_ENV, AWS_REGION: REGION } },
      clientOptions: { requestHandler: transport, retryDelay: () => 1 },
      sleep: async () => undefined,
      mattermost: { settings: resolveMattermostSettings({ url: mm!.url, env: { MM_ADMIN_TOKEN: token }, urlOption: '--mattermost-url' })!, install },
      ...extra,
    });
  }

  it('deploys, registers and installs: the plugin finds the icon in S3 and the function it invokes', async () => {
    const s = await mattermost();
    const app = writeApp(tempDir());
    const o = await run(app);
    expect(o.report?.ok).toBe(true);
    expect(o.registrationError).toBeUndefined();
    expect(o.registration).toMatchObject({ registered: true, installed: true, pluginVersion: '1.2.2' });
    expect(o.install).toEqual([{ command: '/apps install listed com.example.fixture', plugins: 'Apps plugin v1.0 and later, once registered' }]);
    expect(s.installed.get('com.example.fixture')).toEqual({ deployType: 'aws_lambda', version: 'v1.0.0' });
    // registration came after the manifest, the last AWS write
    const posts = s.requests.filter((r) => r.method === 'POST').map((r) => r.path.split('/').pop());
    expect(posts).toEqual(['update-app-listing', 'install-app']);
    expect(transport.writes().at(-1)).toMatchObject({ service: 's3', operation: 'PutObject', target: expect.stringContaining('manifests/com.example.fixture_v1.0.0.json') });
  });

  it.each([
    ['a bad token', {}, 'wrong', /refused MM_ADMIN_TOKEN/],
    ['a user who is not an admin', {}, USER_TOKEN, /not a system admin/],
    ['no Apps plugin', { plugin: null }, ADMIN_TOKEN, /Apps plugin \(com\.mattermost\.apps\) is not installed/],
    ['install on Apps plugin v0.7', { plugin: { version: '0.7.1', enabled: true } }, ADMIN_TOKEN, /install needs Apps plugin v1\.0 or later/],
  ] as const)('fails before any write with %s', async (_name, options, token, message) => {
    const s = await mattermost(options as FakeMattermostOptions);
    await expect(run(writeApp(tempDir()), {}, token)).rejects.toThrow(message);
    expect(transport.writes()).toEqual([]);
    expect(s.requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('a dry run checks the server and plans the registration, writing nothing anywhere', async () => {
    const s = await mattermost();
    const o = await run(writeApp(tempDir()), { dryRun: true });
    expect(o.mattermost?.plugin.version).toBe('1.2.2');
    expect(transport.writes()).toEqual([]);
    expect(s.requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('a registration that fails after the deploy says so, and a re-run finishes it without AWS writes', async () => {
    const s = await mattermost({ awsConfigured: false });
    const app = writeApp(tempDir());
    const first = await runCli(['provision', app, '--endpoint-url', moto.endpoint, '--mattermost-url', s.url, '--install'], { env: { ...CREDENTIALS_ENV, AWS_REGION: REGION, MM_ADMIN_TOKEN: ADMIN_TOKEN } });
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/provision: deployed to AWS, but not registered with http:\/\/127\.0\.0\.1:\d+: registered, but the Apps plugin .* cannot install AWS Lambda apps/);
    s.options.awsConfigured = true;
    transport = new FaultyHandler();
    const again = await run(app);
    expect(again.report?.changed).toBe(false);
    expect(transport.writes()).toEqual([]);
    expect(again.registration?.installed).toBe(true);
  });

  it('the CLI prints the one install command of that server, and --json tells registered and installed', async () => {
    const s = await mattermost();
    const app = writeApp(tempDir());
    const env = { ...CREDENTIALS_ENV, AWS_REGION: REGION, MM_ADMIN_TOKEN: ADMIN_TOKEN, MM_SERVICESETTINGS_SITEURL: s.url };
    const text = await runCli(['provision', app, '--endpoint-url', moto.endpoint], { env });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/mattermost +http:\/\/127\.0\.0\.1:\d+ \(Apps plugin 1\.2\.2\): registered\n/);
    expect(text.stdout).toMatch(/Install it in Mattermost with:\n {2}\/apps install listed com\.example\.fixture {4}\(Apps plugin v1\.0 and later, once registered\)\n$/);
    const json = JSON.parse((await runCli(['provision', app, '--endpoint-url', moto.endpoint, '--install', '--json'], { env })).stdout);
    expect(json).toMatchObject({ ok: true, mattermost: { registered: true, installed: true, pluginVersion: '1.2.2' } });
    expect(JSON.stringify(json)).not.toContain(ADMIN_TOKEN);
  });
});
