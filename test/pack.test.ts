// pack: app directory → bundle (SPEC §2). Real files, real archives, read back by Python.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, cpSync, existsSync, readdirSync, readFileSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../src/bundle/pack.js';
import { appsctlArchiveMatches } from '../src/compat/appsctl-bundle.js';
import { marshalProvisionData } from '../src/compat/provision-data.js';
import { UserError } from '../src/errors.js';
import { manifestJson, put, tempDir, writeApp } from './helpers/fs.js';
import { builtDist } from './helpers/runner.js';
import { listZip, readEntry } from './helpers/zip.js';

const NOW = new Date('2026-11-21T00:00:00Z');
const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

function files(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(dir, path.join(rel, e.name)) : [path.join(rel, e.name)]));
}

describe('a good app', () => {
  const app = writeApp(tempDir(), { functions: [{ name: 'main' }, { name: 'send' }], static: { 'icon.png': randomBytes(2000), 'test.txt': 'static pong', 'img/a b.svg': '<svg/>' } });

  it('writes the bundle layout every consumer accepts and reports what it did', async () => {
    const r = await pack({ appDir: app, now: NOW, output: path.join(app, 'dist', 'out.zip') });
    expect(r.findings).toEqual([]);
    expect(r.ok).toBe(true);
    const bundle = r.bundle!;
    expect(bundle.sha256).toBe(execFileSync('sha256sum', [bundle.path]).toString().split(' ')[0]);
    const entries = listZip(bundle.path);
    expect(entries.map((e) => e.name)).toEqual(['manifest.json', 'static/icon.png', 'static/img/a b.svg', 'static/test.txt', 'main.zip', 'send.zip']);
    expect(entries.filter((e) => e.name.endsWith('.zip')).every((e) => e.method === 'stored')).toBe(true);
    expect(entries.every((e) => !e.name.endsWith('/'))).toBe(true);
    expect(readEntry(bundle.path, 'manifest.json').equals(readFileSync(path.join(app, 'manifest.json')))).toBe(true);
    expect(readEntry(bundle.path, 'static/test.txt').toString()).toBe('static pong');

    const fnZip = path.join(tempDir(), 'main.zip');
    writeFileSync(fnZip, readEntry(bundle.path, 'main.zip'));
    expect(listZip(fnZip).map((e) => [e.name, e.mode])).toEqual([
      ['index.mjs', 0o644],
      ['lib/util.mjs', 0o644],
    ]);

    expect(r.functions.map((f) => [f.name, f.lambdaName, f.runtime, f.files])).toEqual([
      ['main', 'com-example-fixture_v1-0-0_main', 'nodejs24.x', 2],
      ['send', 'com-example-fixture_v1-0-0_send', 'nodejs24.x', 2],
    ]);
    const main = r.functions[0]!;
    expect(main.zippedSize).toBe(readFileSync(fnZip).length);
    expect(main.codeSha256).toBe(
      execFileSync('sh', ['-c', `openssl dgst -sha256 -binary ${fnZip} | base64`])
        .toString()
        .trim(),
    );
    expect(r.static).toEqual({ files: 3, bytes: 2000 + 11 + 6 });
    expect(r.installCommands).toEqual({ aws: '/apps install aws com.example.fixture v1.0.0', listed: '/apps install listed com.example.fixture' });
    expect(marshalProvisionData(r.provisionData!)).toContain('"img/a b.svg": {\n\t\t\t"key": "static/com.example.fixture_v1.0.0_app/img/a-b.svg"');
  });

  it('writes the default bundle path dist/<app_id>_<version>.zip', async () => {
    const { defaultBundlePath } = await import('../src/bundle/pack.js');
    const r = await pack({ appDir: app, now: NOW, output: (m) => defaultBundlePath(app, m) });
    expect(r.bundle!.path).toBe(path.join(app, 'dist', 'com.example.fixture_v1.0.0.zip'));
  });

  it('is byte-reproducible from another checkout with other file times, modes and timezone', async () => {
    const a = await pack({ appDir: app, now: NOW, output: path.join(tempDir(), 'a.zip') });
    const copy = path.join(tempDir(), 'elsewhere', 'checkout');
    cpSync(app, copy, { recursive: true });
    for (const f of files(copy)) {
      utimesSync(path.join(copy, f), new Date('2001-02-03T04:05:06Z'), new Date('2001-02-03T04:05:06Z'));
      chmodSync(path.join(copy, f), 0o664);
    }
    const out = path.join(tempDir(), 'b.zip');
    // the real CLI in another process and timezone
    execFileSync(process.execPath, [path.join(builtDist(), 'cli', 'index.js'), 'pack', copy, '-o', out, '-q'], { env: { ...process.env, TZ: 'Pacific/Kiritimati' } });
    expect(readFileSync(out).equals(readFileSync(a.bundle!.path))).toBe(true);
  });
});

describe('function sources', () => {
  it('uses a prebuilt functions/NAME.zip byte for byte', async () => {
    const app = writeApp(tempDir());
    const fnDir = path.join(app, 'functions', 'main');
    execFileSync('zip', ['-q', '-r', '../main.zip', '.'], { cwd: fnDir });
    execFileSync('rm', ['-rf', fnDir]);
    const r = await pack({ appDir: app, now: NOW, output: path.join(app, 'dist', 'b.zip') });
    expect(r.findings).toEqual([]);
    expect(r.functions[0]!.source).toBe('zip');
    expect(readEntry(r.bundle!.path, 'main.zip').equals(readFileSync(path.join(app, 'functions', 'main.zip')))).toBe(true);
  });

  it('takes a mapped source (--function) from anywhere', async () => {
    const app = writeApp(tempDir());
    execFileSync('rm', ['-rf', path.join(app, 'functions')]);
    const build = tempDir();
    put(path.join(build, 'index.js'), 'exports.handler = async () => ({ statusCode: 200 });\n');
    const r = await pack({ appDir: app, now: NOW, output: path.join(app, 'dist', 'b.zip'), functionSources: new Map([['main', build]]) });
    expect(r.findings).toEqual([]);
    const fnZip = path.join(tempDir(), 'f.zip');
    writeFileSync(fnZip, readEntry(r.bundle!.path, 'main.zip'));
    expect(listZip(fnZip).map((e) => e.name)).toEqual(['index.js']);
  });

  it('refuses a mapping for a function the manifest does not have', async () => {
    const app = writeApp(tempDir());
    const r = await pack({ appDir: app, now: NOW, output: path.join(app, 'dist', 'b.zip'), functionSources: new Map([['nope', app]]) });
    expect(codes(r)).toEqual(['MMA102']);
  });

  it('refuses a missing source, naming both places it looked', async () => {
    const app = writeApp(tempDir());
    execFileSync('rm', ['-rf', path.join(app, 'functions')]);
    const r = await pack({ appDir: app, now: NOW, output: path.join(app, 'dist', 'b.zip') });
    expect(r.findings.map((f) => f.message)).toEqual(['no source for function "main": looked for functions/main/ and functions/main.zip. Build it there, or map it with --function main=PATH (action input "functions")']);
    expect(existsSync(path.join(app, 'dist', 'b.zip'))).toBe(false);
  });

  it('refuses a function with both a directory and a zip', async () => {
    const app = writeApp(tempDir());
    put(path.join(app, 'functions', 'main.zip'), 'x');
    expect(codes(await pack({ appDir: app, now: NOW }))).toEqual(['MMA101']);
  });

  it('refuses a function zip that is not a zip', async () => {
    const app = writeApp(tempDir());
    execFileSync('rm', ['-rf', path.join(app, 'functions', 'main')]);
    put(path.join(app, 'functions', 'main.zip'), 'this is not a zip');
    expect(codes(await pack({ appDir: app, now: NOW }))).toEqual(['MMA120']);
  });

  it('refuses an empty function directory', async () => {
    const app = writeApp(tempDir());
    execFileSync('rm', ['-rf', path.join(app, 'functions', 'main', 'index.mjs'), path.join(app, 'functions', 'main', 'lib')]);
    expect(codes(await pack({ appDir: app, now: NOW }))).toEqual(['MMA104']);
  });

  it('names the handler file it misses, and spots a zipped folder', async () => {
    const app = writeApp(tempDir());
    execFileSync('mv', [path.join(app, 'functions', 'main'), path.join(tempDir(), 'moved')]);
    put(path.join(app, 'functions', 'main', 'app', 'index.mjs'), 'export const handler = 1;\n');
    const r = await pack({ appDir: app, now: NOW });
    expect(r.findings.map((f) => f.message)).toEqual([
      'function "main": handler "index.handler" needs index.js or index.mjs or index.cjs at the root of the function archive, and there is none; "app/index.mjs" exists: zip the contents of "app/", not the folder itself',
    ]);
  });
});

describe('custom runtimes (provided.*)', () => {
  const provided = [{ name: 'main', handler: 'bootstrap', runtime: 'provided.al2023' }];

  it('packs bootstrap as executable even when the checkout lost the bit', async () => {
    const app = writeApp(tempDir(), { functions: provided });
    execFileSync('rm', ['-rf', path.join(app, 'functions', 'main')]);
    put(path.join(app, 'functions', 'main', 'bootstrap'), '\x7fELF...', 0o644);
    put(path.join(app, 'functions', 'main', 'data.json'), '{}');
    const r = await pack({ appDir: app, now: NOW, output: path.join(app, 'dist', 'b.zip') });
    expect(r.findings).toEqual([]);
    const fnZip = path.join(tempDir(), 'f.zip');
    writeFileSync(fnZip, readEntry(r.bundle!.path, 'main.zip'));
    expect(listZip(fnZip).map((e) => [e.name, e.mode])).toEqual([
      ['bootstrap', 0o755],
      ['data.json', 0o644],
    ]);
  });

  it('refuses a missing bootstrap, and a prebuilt zip whose bootstrap is not executable', async () => {
    const app = writeApp(tempDir(), { functions: provided });
    expect(codes(await pack({ appDir: app, now: NOW }))).toEqual(['MMA106']);
    const fn = tempDir();
    put(path.join(fn, 'bootstrap'), 'binary', 0o644);
    const zip = path.join(tempDir(), 'fn.zip');
    execFileSync('zip', ['-q', zip, 'bootstrap'], { cwd: fn });
    const r = await pack({ appDir: app, now: NOW, functionSources: new Map([['main', zip]]) });
    expect(r.findings.map((f) => f.message)).toEqual([
      'function "main" uses runtime "provided.al2023", which runs an executable named "bootstrap" at the root of the archive; "bootstrap" is not executable: set its mode to 0755 (chmod +x) before zipping',
    ]);
  });
});

describe('links', () => {
  it('follows links inside the app directory and stores the content', async () => {
    const app = writeApp(tempDir());
    put(path.join(app, 'shared', 'util.mjs'), 'export const shared = true;\n');
    symlinkSync('../../shared/util.mjs', path.join(app, 'functions', 'main', 'shared.mjs'));
    symlinkSync('../shared', path.join(app, 'static', 'shared-dir'));
    const r = await pack({ appDir: app, now: NOW, output: path.join(app, 'dist', 'b.zip') });
    expect(r.findings).toEqual([]);
    expect(listZip(r.bundle!.path).map((e) => e.name)).toContain('static/shared-dir/util.mjs');
    const fnZip = path.join(tempDir(), 'f.zip');
    writeFileSync(fnZip, readEntry(r.bundle!.path, 'main.zip'));
    expect(readEntry(fnZip, 'shared.mjs').toString()).toBe('export const shared = true;\n');
  });

  it('refuses links that leave the app directory, and broken links', async () => {
    const app = writeApp(tempDir());
    symlinkSync('/etc/hostname', path.join(app, 'static', 'host.txt'));
    symlinkSync('../missing', path.join(app, 'functions', 'main', 'gone.js'));
    const r = await pack({ appDir: app, now: NOW, output: path.join(app, 'dist', 'b.zip') });
    expect(r.findings.map((f) => [f.code, f.location?.path])).toEqual([
      ['MMA103', 'functions/main/gone.js'],
      ['MMA103', 'static/host.txt'],
    ]);
    expect(r.findings[1]!.message).toBe('symbolic link static/host.txt points to /etc/hostname, outside the app directory; the bundle may only contain files from inside it. Copy the file in or remove the link');
    expect(existsSync(path.join(app, 'dist', 'b.zip'))).toBe(false);
  });
});

describe('static files', () => {
  it.each([
    ['vendor/lib.zip', 'MMA203'],
    ['plugin.jar', 'MMA203'],
    ['data/manifest.json', 'MMA201'],
    ['oldmanifest.json', 'MMA201'],
  ])('refuses static/%s', async (name, code) => {
    const app = writeApp(tempDir());
    put(path.join(app, 'static', name), 'x');
    expect(codes(await pack({ appDir: app, now: NOW }))).toEqual([code]);
  });

  it('leaves operating-system litter out', async () => {
    const app = writeApp(tempDir());
    put(path.join(app, 'static', '.DS_Store'), 'x');
    put(path.join(app, 'functions', 'main', 'Thumbs.db'), 'x');
    const r = await pack({ appDir: app, now: NOW, output: path.join(app, 'dist', 'b.zip') });
    expect(listZip(r.bundle!.path).map((e) => e.name)).not.toContain('static/.DS_Store');
    expect(r.functions[0]!.files).toBe(2);
  });
});

describe('sizes (AWS Lambda quotas)', () => {
  it('refuses a function that zips to more than 50 MB, and writes nothing', async () => {
    const app = writeApp(tempDir());
    put(path.join(app, 'functions', 'main', 'model.bin'), randomBytes(51 * 1024 * 1024));
    const out = path.join(app, 'dist');
    const r = await pack({ appDir: app, now: NOW, output: path.join(out, 'b.zip') });
    expect(codes(r)).toEqual(['MMA107']);
    expect(r.findings[0]!.message).toMatch(/^function "main" zips to 51\.0 MiB \(53,\d{3},\d{3} bytes\); AWS Lambda accepts at most 50 MB/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('refuses a function of more than 250 MB unzipped before compressing anything', async () => {
    const app = writeApp(tempDir());
    const sparse = path.join(app, 'functions', 'main', 'huge.bin');
    put(sparse, '');
    truncateSync(sparse, 263 * 1000 * 1000);
    const r = await pack({ appDir: app, now: NOW });
    expect(codes(r)).toEqual(['MMA108']);
  });
});

describe('manifest', () => {
  it('packs a legacy manifest normalised to the current format, with a warning', async () => {
    const app = writeApp(tempDir());
    const legacy = JSON.parse(manifestJson());
    legacy.app_type = 'aws_lambda';
    legacy.aws_lambda = legacy.aws_lambda.functions;
    put(path.join(app, 'manifest.json'), JSON.stringify(legacy, null, 2));
    const r = await pack({ appDir: app, now: NOW, output: path.join(app, 'dist', 'b.zip') });
    expect(r.ok).toBe(true);
    expect(codes(r)).toEqual(['MMA005']);
    const packed = JSON.parse(readEntry(r.bundle!.path, 'manifest.json').toString());
    expect(packed.aws_lambda.functions[0].name).toBe('main');
    expect(packed.app_type).toBeUndefined();
  });

  it('reports a missing manifest and a missing app directory', async () => {
    const empty = tempDir();
    expect((await pack({ appDir: empty, now: NOW })).findings.map((f) => f.code)).toEqual(['MMA001']);
    expect((await pack({ appDir: path.join(empty, 'nope'), now: NOW })).findings[0]!.message).toMatch(/no such directory/);
  });

  it('reports several problems at once, errors first', async () => {
    const app = writeApp(tempDir(), { manifest: manifestJson({ app_id: 'x', homepage_url: '' }, [{ name: 'main', runtime: 'nodejs20.x' }]) });
    expect(codes(await pack({ appDir: app, now: NOW }))).toEqual(['MMA010', 'MMA015', 'MMA029']);
  });
});

it("orders function archives so that appsctl's suffix matching picks the right one", async () => {
  const app = writeApp(tempDir(), { functions: [{ name: 'o' }, { name: 'xo' }, { name: 'yxo' }] });
  const r = await pack({ appDir: app, now: NOW, output: path.join(app, 'dist', 'b.zip') });
  expect(r.findings).toEqual([]);
  const names = listZip(r.bundle!.path).map((e) => e.name);
  expect(names.slice(-3)).toEqual(['yxo.zip', 'xo.zip', 'o.zip']);
  expect(Object.fromEntries(appsctlArchiveMatches(names, ['o', 'xo', 'yxo']))).toEqual({ o: 'o.zip', xo: 'xo.zip', yxo: 'yxo.zip' });
});

it('refuses to write the bundle where the next pack would pick it up', async () => {
  const app = writeApp(tempDir());
  await expect(pack({ appDir: app, now: NOW, output: path.join(app, 'static', 'b.zip') })).rejects.toThrow(UserError);
});
