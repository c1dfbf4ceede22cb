// validate on existing bundles, built like Mattermost's example Makefiles build them (Info-ZIP),
// and provision-data on them byte for byte against appsctl's output (research §1.5).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/bundle/validate.js';
import { runCli } from './helpers/cli.js';
import { put, tempDir } from './helpers/fs.js';
import { rawZip } from './helpers/raw-zip.js';
import { HELLO_SERVERLESS_EXPECTED, HELLO_SERVERLESS_MANIFEST } from './fixtures/provision-data.js';

const NOW = new Date('2026-11-21T00:00:00Z');
const BEFORE_GO_BLOCK = new Date('2024-01-01T00:00:00Z');

const helloServerlessManifest = HELLO_SERVERLESS_MANIFEST;

/** The dist-aws target of mattermost-app-examples/golang/serverless, step by step. */
function makefileBundle(manifest: object = helloServerlessManifest, extra?: (dir: string) => void): string {
  const work = tempDir();
  const dist = path.join(work, 'dist', 'aws');
  put(path.join(dist, 'hello-serverless'), '\x7fELF fake go binary', 0o755);
  put(path.join(dist, 'manifest.json'), JSON.stringify(manifest, null, '\t'));
  put(path.join(dist, 'static', 'icon.png'), Buffer.from('89504e470d0a1a0a0000', 'hex'));
  put(path.join(dist, 'static', 'test.txt'), 'static pong');
  extra?.(dist);
  execFileSync('zip', ['-q', '-m', 'hello-serverless.zip', 'hello-serverless'], { cwd: dist });
  execFileSync('zip', ['-q', '-r', '-m', '../bundle-aws.zip', 'hello-serverless.zip', 'manifest.json', 'static'], { cwd: dist });
  return path.join(work, 'dist', 'bundle-aws.zip');
}

const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

describe('a bundle built by the hello-serverless Makefile', () => {
  it('is valid before AWS blocked go1.x, and provision-data matches appsctl byte for byte', async () => {
    const bundle = makefileBundle();
    const r = await validate(bundle, { now: BEFORE_GO_BLOCK });
    expect(r.kind).toBe('bundle');
    expect(codes(r)).toEqual(['MMA029']); // go1.x is deprecated on 2024-01-08
    expect(r.ok).toBe(true);
    expect(r.functions).toMatchObject([{ name: 'hello-serverless', lambdaName: 'hello-serverless_v1-2-0_hello-serverless', files: 1 }]);
    const cli = await runCli(['provision-data', bundle], { env: { MM_APPS_DEPLOY_DATE: '2024-01-01' } });
    expect(cli.code).toBe(0);
    expect(cli.stdout).toBe(HELLO_SERVERLESS_EXPECTED);
  });

  it('is refused today: AWS no longer creates go1.x functions', async () => {
    const bundle = makefileBundle();
    const r = await validate(bundle, { now: NOW });
    expect(codes(r)).toEqual(['MMA028']);
    const cli = await runCli(['provision-data', bundle]);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toBe('');
    expect(cli.stderr).toMatch(/bundle-aws\.zip!\/manifest\.json:\d+:\d+: error MMA028: AWS blocks creating functions with runtime "go1.x" since 2024-02-08/);
  });

  it('is valid once moved to provided.al2023 with a bootstrap', async () => {
    const m = structuredClone(helloServerlessManifest);
    m.aws_lambda.functions[0]!.runtime = 'provided.al2023';
    m.aws_lambda.functions[0]!.handler = 'bootstrap';
    const work = tempDir();
    put(path.join(work, 'bootstrap'), 'binary', 0o755);
    put(path.join(work, 'manifest.json'), JSON.stringify(m));
    put(path.join(work, 'static', 'test.txt'), 'static pong');
    execFileSync('zip', ['-q', 'hello-serverless.zip', 'bootstrap'], { cwd: work });
    execFileSync('zip', ['-q', '-r', 'bundle.zip', 'hello-serverless.zip', 'manifest.json', 'static'], { cwd: work });
    const r = await validate(path.join(work, 'bundle.zip'), { now: NOW });
    expect(r.findings).toEqual([]);
    expect(r.ok).toBe(true);
  });
});

it('refuses the servicenow test bundle: its long function name falls back to a dotted hash', async () => {
  const go = (name: string) => ({ path: `/${name}`, name, handler: 'mattermost-app-servicenow', runtime: 'go1.x' });
  const manifest = {
    app_id: 'com.mattermost.servicenow',
    version: '0.1.0',
    display_name: 'ServiceNow',
    homepage_url: 'https://github.com/mattermost/mattermost-app-servicenow',
    aws_lambda: { functions: [go('function1'), { ...go('function2'), handler: 'index.handler', runtime: 'nodejs14.x' }, go('function with spaces'), go('function-with-very-very-very-very-very-very-very-long-name')] },
  };
  const work = tempDir();
  put(path.join(work, 'fn', 'mattermost-app-servicenow'), 'binary', 0o755);
  put(path.join(work, 'fn', 'index.js'), 'exports.handler = async () => ({});');
  for (const f of manifest.aws_lambda.functions) execFileSync('zip', ['-q', '-r', path.join(work, `${f.name}.zip`), '.'], { cwd: path.join(work, 'fn') });
  put(path.join(work, 'manifest.json'), JSON.stringify(manifest, null, '\t'));
  for (const s of ['some.json', 'static file with spaces.txt', 'photo.png', 'text.txt', 'static-file-with-very-very-very-very-very-very-very-very-long-name.txt']) put(path.join(work, 'static', s), 'x');
  execFileSync('zip', ['-q', '-r', 'bundle.zip', ...manifest.aws_lambda.functions.map((f) => `${f.name}.zip`), 'manifest.json', 'static'], { cwd: work });
  const cli = await runCli(['provision-data', path.join(work, 'bundle.zip')], { env: { MM_APPS_DEPLOY_DATE: '2024-01-01' } });
  expect(cli.code).toBe(1);
  expect(cli.stdout).toBe('');
  expect(cli.stderr).toContain(
    'error MMA024: the Lambda name for function "function-with-very-very-very-very-very-very-very-long-name" would be "com-mattermost-servicenow_0-1-0_function-with-very-very-very-very-very-very-very-long-name" (90 bytes, over 64); Mattermost then falls back to "com.mattermost.servicenow_0.1.0_95f51579baba92ea2a0a3ad98c24fcbc", which AWS rejects',
  );
  expect(cli.stderr).toMatch(/refusing to print provision data for a bundle that cannot be deployed/);
});

describe('layout rules on existing bundles', () => {
  const provided = { ...helloServerlessManifest, aws_lambda: { functions: [{ path: '/', name: 'hello-serverless', handler: 'bootstrap', runtime: 'provided.al2023' }] } };
  const fnZip = () => {
    const d = tempDir();
    put(path.join(d, 'bootstrap'), 'binary', 0o755);
    execFileSync('zip', ['-q', 'f.zip', 'bootstrap'], { cwd: d });
    return execFileSync('cat', [path.join(d, 'f.zip')]);
  };
  /** A bundle from raw entries: a valid base plus the given extras. */
  function bundle(entries: Parameters<typeof rawZip>[0], base = true): string {
    const file = path.join(tempDir(), 'bundle.zip');
    const good = [
      { name: 'manifest.json', data: Buffer.from(JSON.stringify(provided)) },
      { name: 'static/test.txt', data: Buffer.from('static pong') },
      { name: 'hello-serverless.zip', data: fnZip() },
    ];
    writeFileSync(file, rawZip([...(base ? good : []), ...entries]));
    return file;
  }
  const check = async (entries: Parameters<typeof rawZip>[0], base = true) => validate(bundle(entries, base), { now: NOW });
  const manifestEntry = { name: 'manifest.json', data: Buffer.from(JSON.stringify(provided)) };

  it('accepts the base bundle, and the bare static/ directory entry that zip -r adds', async () => {
    expect((await check([{ name: 'static/' }])).findings).toEqual([]);
  });

  it.each([
    ['static/img/', 'MMA204'],
    ['static/manifest.json', 'MMA201'],
    // nested, and later in the zip than hello-serverless.zip: appsctl would deploy it instead
    ['functions/hello-serverless.zip', 'MMA202', 'MMA206'],
    ['static/vendor.zip', 'MMA203'],
    ['other.jar', 'MMA210'],
    ['README.md', 'MMA209'],
    ['unused.zip', 'MMA207'],
  ])('reports %s', async (name, ...expected) => {
    const r = await check([{ name, data: Buffer.from('x') }]);
    expect(codes(r)).toEqual(expected);
    expect(r.findings[0]!.location?.path).toBe(name);
  });

  it('reports an archive that appsctl would deploy instead of the right one (suffix match, later in the zip)', async () => {
    const r = await check([{ name: 'x-hello-serverless.zip', data: fnZip() }]);
    expect(r.findings.map((f) => f.code)).toEqual(['MMA206', 'MMA207']);
    expect(r.findings[0]!.message).toMatch(/would deploy "x-hello-serverless.zip" as function "hello-serverless"/);
  });

  it('reports a missing function archive and a missing manifest', async () => {
    const noFn = await check([{ name: 'manifest.json', data: Buffer.from(JSON.stringify(provided)) }], false);
    expect(codes(noFn)).toEqual(['MMA205']);
    expect(codes(await check([{ name: 'static/test.txt', data: Buffer.from('x') }], false))).toEqual(['MMA001']);
  });

  it('warns about a deflated function archive (appsctl v1.0 and v1.1 cannot read it)', async () => {
    const r = await check([manifestEntry, { name: 'hello-serverless.zip', data: fnZip(), method: 8 }], false);
    expect(codes(r)).toEqual(['MMA208']);
    expect(r.ok).toBe(true);
  });

  it('checks the function archives inside: a handler that is not there', async () => {
    const d = tempDir();
    put(path.join(d, 'other'), 'x', 0o755);
    execFileSync('zip', ['-q', 'f.zip', 'other'], { cwd: d });
    const r = await check([manifestEntry, { name: 'hello-serverless.zip', data: execFileSync('cat', [path.join(d, 'f.zip')]) }], false);
    expect(codes(r)).toEqual(['MMA106']);
    expect(r.findings[0]!.location?.path).toBe('hello-serverless.zip');
  });

  it('refuses a function archive inside the bundle that is not a zip, or unsafe', async () => {
    const notZip = await check([manifestEntry, { name: 'hello-serverless.zip', data: Buffer.from('nope') }], false);
    expect(codes(notZip)).toEqual(['MMA120']);
    expect(notZip.findings[0]!.message).toMatch(/^"hello-serverless.zip" in the bundle is not a readable zip archive/);
    const evil = rawZip([
      { name: 'bootstrap', data: Buffer.from('x'), unixMode: 0o100755 },
      { name: '../../etc/cron.d/x', data: Buffer.from('x') },
    ]);
    expect(codes(await check([manifestEntry, { name: 'hello-serverless.zip', data: evil }], false))).toEqual(['MMA121']);
  });

  it('refuses a bundle that is not a zip, or truncated', async () => {
    const file = path.join(tempDir(), 'b.zip');
    writeFileSync(file, 'not a zip');
    expect(codes(await validate(file, { now: NOW }))).toEqual(['MMA120']);
    const good = bundle([]);
    const bytes = execFileSync('cat', [good]);
    writeFileSync(file, bytes.subarray(0, bytes.length - 10));
    expect(codes(await validate(file, { now: NOW }))).toEqual(['MMA120']);
  });

  it('reads manifest problems inside a bundle with their line numbers', async () => {
    const r = await check([{ name: 'manifest.json', data: Buffer.from('{\n  "app_id": "hello-serverless",\n  "version": "v1.2.0",,\n}') }], false);
    expect(r.findings.map((f) => [f.code, f.location])).toEqual([['MMA002', { path: 'manifest.json', line: 3, column: 23 }]]);
  });
});
