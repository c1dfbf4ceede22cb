// The rules on manifest values: the Apps plugin's own, then ours (SPEC §3).
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/findings/finding.js';
import { sdkRuntimesFor } from '../src/lambda/runtimes.js';
import { readManifest } from '../src/manifest/manifest.js';
import { validateManifest } from '../src/manifest/rules.js';

const NOW = new Date('2026-11-21T00:00:00Z');
const fn = (over: Record<string, string> = {}) => ({ path: '/', name: 'main', handler: 'index.handler', runtime: 'nodejs24.x', ...over });
const base = {
  app_id: 'com.example.app',
  version: 'v1.0.0',
  display_name: 'App',
  homepage_url: 'https://example.com/app',
  requested_permissions: ['act_as_bot'],
  aws_lambda: { functions: [fn()] },
};

async function check(over: Record<string, unknown>, options: { now?: Date; staticFiles?: string[] } = {}): Promise<Finding[]> {
  const r = readManifest(Buffer.from(JSON.stringify({ ...base, ...over }, null, 2)));
  expect(r.manifest, JSON.stringify(r.findings)).toBeDefined();
  const m = r.manifest!;
  return validateManifest(m, {
    now: options.now ?? NOW,
    ...(options.staticFiles ? { staticFiles: new Set(options.staticFiles) } : {}),
    sdkRuntimes: await sdkRuntimesFor(m.functions.map((f) => f.runtime)),
  });
}
const codes = (fs: Finding[]) => fs.map((f) => f.code);

it('a good manifest has no findings', async () => {
  expect(await check({})).toEqual([]);
});

describe('app_id and version (apps.AppID.Validate, AppVersion.Validate)', () => {
  it.each([
    ['ab', ['MMA010']],
    ['a'.repeat(33), ['MMA010']],
    ['a'.repeat(32), []],
    ['héllo-wörld', []], // unicode.IsLetter: accepted by the plugin (the Lambda name is another matter, below)
    ['my app', ['MMA011']],
    ['my/app', ['MMA011']],
  ])('app_id %j', async (appId, expected) => {
    const found = codes(await check({ app_id: appId })).filter((c) => c !== 'MMA025');
    expect(found).toEqual(expected);
  });

  it('counts app_id bytes, not characters', async () => {
    expect(codes(await check({ app_id: 'é'.repeat(17) }))).toContain('MMA010'); // 34 bytes
  });

  it.each([
    ['v1.2.3', []],
    ['v00_00_000', []],
    ['v1.2.3-beta1', ['MMA012']], // 12 bytes
    ['v1+2', ['MMA012']],
    ['', ['MMA013']],
  ])('version %j', async (version, expected) => {
    expect(codes(await check({ version })).filter((c) => c !== 'MMA025')).toEqual(expected);
  });

  it('says which characters are wrong', async () => {
    const [f] = await check({ app_id: 'my app!' });
    expect(f!.message).toBe('"app_id" "my app!" contains " ", "!"; use only letters, digits, "-", "_" and "."');
    expect(f!.location).toMatchObject({ path: 'manifest.json', line: 2 });
  });
});

describe('display_name, homepage_url, icon', () => {
  it('requires display_name (plugin v1.2.1+)', async () => {
    expect(codes(await check({ display_name: '' }))).toEqual(['MMA014']);
  });

  it.each([
    ['', /is empty/],
    ['example.com', /refused by the Apps plugin \(invalid URI for request\)/],
    ['ftp://example.com/app', /URL schema must either be "http" or "https"/],
  ])('homepage_url %j', async (url, message) => {
    const f = await check({ homepage_url: url });
    expect(codes(f)).toEqual(['MMA015']);
    expect(f[0]!.message).toMatch(message);
  });

  it.each([
    ['icon.png', []],
    ['img/icon.png', []],
    ['/icon.png', ['MMA041']], // v1.2+ read it as static/icon.png; v0.7–v1.1 refuse a leading "/"
    ['../secret.png', ['MMA016']],
    ['img/%2e%2e/%2e%2e/x.png', ['MMA016']],
    ['..', ['MMA016']], // the plugin lets ".." through; we do not
    ['%zz.png', ['MMA016']],
    ['https://example.com/icon.png', ['MMA041']], // an external icon on v1.2+
  ])('icon %j', async (icon, expected) => {
    expect(codes(await check({ icon }, { staticFiles: ['icon.png', 'img/icon.png'] }))).toEqual(expected);
  });

  it('warns when the icon is not among the static files', async () => {
    const f = await check({ icon: 'logo.png' }, { staticFiles: ['icon.png'] });
    expect(codes(f)).toEqual(['MMA017']);
  });
});

describe('permissions and locations', () => {
  it("checks the plugin's permission dependencies", async () => {
    const f = await check({ requested_permissions: ['remote_webhooks', 'remote_oauth2', 'user_joined_channel_notification'] });
    expect(f.map((x) => x.message)).toEqual([
      'requested permission "remote_webhooks" requires "act_as_bot"; add "act_as_bot" to "requested_permissions"',
      'requested permission "remote_oauth2" requires "act_as_user"; add "act_as_user" to "requested_permissions"',
      'requested permission "user_joined_channel_notification" requires "act_as_bot"; add "act_as_bot" to "requested_permissions"',
    ]);
  });

  it('warns about unknown permissions and locations (the plugin ignores them)', async () => {
    expect(codes(await check({ requested_permissions: ['act_as_bot', 'act_as_admin'], requested_locations: ['/command', '/sidebar'] }))).toEqual(['MMA019', 'MMA032']);
  });
});

describe('functions', () => {
  it('requires at least one function', async () => {
    expect(codes(await check({ aws_lambda: { functions: [] } }))).toEqual(['MMA020']);
    expect(codes(await check({ aws_lambda: null }))).toEqual(['MMA020']);
  });

  it('requires path, name, handler and runtime', async () => {
    const f = await check({ aws_lambda: { functions: [{ path: '/', name: 'main' }] } });
    expect(f.map((x) => x.message)).toEqual([
      'aws_lambda function #1 has no "handler"; every function needs "path", "name", "handler" and "runtime"',
      'aws_lambda function #1 has no "runtime"; every function needs "path", "name", "handler" and "runtime"',
    ]);
  });

  it('refuses duplicate names and paths that cannot match', async () => {
    expect(codes(await check({ aws_lambda: { functions: [fn(), fn({ path: '/x' })] } }))).toEqual(['MMA022']);
    expect(codes(await check({ aws_lambda: { functions: [fn({ path: 'send' })] } }))).toEqual(['MMA023']);
  });

  it('warns when a function can never be invoked because another has its path', async () => {
    const f = await check({ aws_lambda: { functions: [fn(), fn({ name: 'other' })] } });
    expect(codes(f)).toEqual(['MMA031']);
    expect(f[0]!.message).toMatch(/"main" and "other" both have path "\/"/);
  });

  it('refuses a Lambda name over 64 bytes, showing the name Go would use and how much to cut', async () => {
    const f = await check({ app_id: 'com.mattermost.servicenow', version: '0.1.0', aws_lambda: { functions: [fn({ name: 'function-with-very-very-very-very-very-very-very-long-name' })] } });
    expect(codes(f)).toEqual(['MMA024']);
    expect(f[0]!.message).toBe(
      'the Lambda name for function "function-with-very-very-very-very-very-very-very-long-name" would be ' +
        '"com-mattermost-servicenow_0-1-0_function-with-very-very-very-very-very-very-very-long-name" (90 bytes, over 64); ' +
        'Mattermost then falls back to "com.mattermost.servicenow_0.1.0_95f51579baba92ea2a0a3ad98c24fcbc", which AWS rejects ' +
        '(only letters, digits, "-" and "_" are allowed). Shorten the function name by at least 26 bytes (to 32 bytes or fewer)',
    );
    expect(f[0]!.location).toMatchObject({ path: 'manifest.json', line: 13, column: 17 });
  });

  it('accepts the hashed fallback when it has no dots: Go and AWS agree on it', async () => {
    expect(await check({ app_id: 'hello-app', version: 'v1', aws_lambda: { functions: [fn({ name: 'x'.repeat(60) })] } })).toEqual([]);
  });

  it('refuses characters AWS does not allow in Lambda names, saying where they come from', async () => {
    const f = await check({ app_id: 'héllo', aws_lambda: { functions: [fn({ name: 'a+b' })] } });
    expect(codes(f)).toEqual(['MMA025']);
    expect(f[0]!.message).toBe(
      'the Lambda name for function "a+b" is "héllo_v1-0-0_a+b", which AWS rejects: it contains "é", "+" (from "app_id" and the function name). Lambda names allow only ASCII letters, digits, "-" and "_"',
    );
  });

  it('refuses two functions that become one Lambda name', async () => {
    expect(codes(await check({ aws_lambda: { functions: [fn({ name: 'my fn' }), fn({ name: 'my-fn', path: '/x' })] } }))).toEqual(['MMA026']);
  });

  it.each([
    ['index', 'nodejs24.x', /not "<file>.<function>"/],
    ['index .handler', 'nodejs24.x', /whitespace/],
    ['h'.repeat(129), 'provided.al2023', /longer than AWS's 128/],
    ['lambda_function', 'python3.13', /lambda_function.lambda_handler/],
  ])('refuses handler %j for %s', async (handler, runtime, message) => {
    const f = await check({ aws_lambda: { functions: [fn({ handler, runtime })] } });
    expect(codes(f)).toEqual(['MMA030']);
    expect(f[0]!.message).toMatch(message);
  });
});

describe('runtimes (lifecycle table as of 2026-11-21)', () => {
  const rt = async (runtime: string, now = NOW) => check({ aws_lambda: { functions: [fn({ runtime, handler: runtime.startsWith('nodejs') ? 'index.handler' : 'bootstrap' })] } }, { now });

  it('refuses a runtime AWS does not have, with a suggestion', async () => {
    const f = await rt('nodejs24');
    expect(codes(f)).toEqual(['MMA027']);
    expect(f[0]!.message).toBe('runtime "nodejs24" is not an AWS Lambda runtime; did you mean "nodejs24.x"?');
  });

  it('refuses go1.x, whose creation AWS blocks since 2024-02-08, pointing to provided.al2023 and bootstrap', async () => {
    const f = await rt('go1.x');
    expect(codes(f)).toEqual(['MMA028']);
    expect(f[0]!.message).toMatch(/since 2024-02-08.*"provided.al2023".*"bootstrap"/);
  });

  it('refuses retired runtimes', async () => {
    expect(codes(await rt('nodejs12.x'))).toEqual(['MMA028']);
  });

  it('warns about deprecated runtimes that can still be created, naming the successor', async () => {
    const f = await rt('nodejs20.x');
    expect(codes(f)).toEqual(['MMA029']);
    expect(f[0]!.message).toBe('runtime "nodejs20.x" is deprecated since 2026-04-30 (no more security patches), and AWS blocks creating functions with it from 2027-02-01; move to "nodejs24.x"');
  });

  it('warns 120 days ahead of a deprecation', async () => {
    expect(codes(await rt('nodejs22.x'))).toEqual([]);
    const f = await rt('nodejs22.x', new Date('2027-01-15T00:00:00Z'));
    expect(f[0]!.message).toMatch(/will be deprecated on 2027-04-30 \(in 105 days\)/);
  });

  it('errors once the block date passes', async () => {
    expect(codes(await rt('nodejs20.x', new Date('2027-02-01T00:00:00Z')))).toEqual(['MMA028']);
  });

  it('warns about runtimes the SDK knows but the table does not (previews)', async () => {
    expect(codes(await rt('nodejs26.x'))).toEqual(['MMA035']);
  });
});
