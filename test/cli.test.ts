// The CLI: commands, help, exit codes (0 ok, 1 errors, 2 usage), compiler-style findings, --json.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/main.js';
import { runCli } from './helpers/cli.js';
import { manifestJson, put, tempDir, writeApp } from './helpers/fs.js';

describe('help and usage', () => {
  it('lists the commands without arguments (exit 2) and with --help (exit 0)', async () => {
    const none = await runCli([]);
    expect(none.code).toBe(2);
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    for (const c of COMMANDS) expect(help.stdout).toContain(`  ${c.spec.name}`);
  });

  it.each(COMMANDS.map((c) => c.spec.name))('%s --help explains usage, options and exit status', async (name) => {
    const r = await runCli([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: mm-apps-deploy ${name}`));
    expect(r.stdout).toMatch(/Exit status:/);
    expect((await runCli(['help', name])).stdout).toBe(r.stdout);
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/, 'mm-apps-deploy --help" for usage'],
    [['pakc'], /unknown command "pakc"; did you mean "pack"\?/, 'mm-apps-deploy --help" for usage'],
    [['pack', '--bogus'], /pack: unknown option "--bogus"\n/, 'mm-apps-deploy pack --help" for its options'],
    [['pack', '--outptu', 'x.zip'], /pack: unknown option "--outptu"; did you mean "--output"\?/, 'mm-apps-deploy pack --help" for its options'],
    [['provision', '.', '--dryrun'], /provision: unknown option "--dryrun"; did you mean "--dry-run"\?/, 'mm-apps-deploy provision --help" for its options'],
    [['validate'], /validate: missing PATH/, 'mm-apps-deploy validate --help" for its options'],
    [['pack', 'a', 'b'], /unexpected argument "b"/, 'mm-apps-deploy pack --help" for its options'],
    [['pack', '--function', 'noequals'], /--function expects NAME=PATH/, 'mm-apps-deploy pack --help" for its options'],
    [['pack', '--manifest-format', 'v2'], /pack: --manifest-format is "v2"; allowed values: current, v0\.7/, 'mm-apps-deploy pack --help" for its options'],
  ])('%j is a usage error (exit 2) with a pointer to --help', async (args, message, pointer) => {
    const r = await runCli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(`Run "${pointer}.`);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('rejects a malformed MM_APPS_DEPLOY_DATE', async () => {
    expect((await runCli(['validate', '.'], { env: { MM_APPS_DEPLOY_DATE: 'tomorrow' } })).code).toBe(2);
  });

  it('prints the version', async () => {
    const pkg = (await import('../package.json', { with: { type: 'json' } })).default;
    expect((await runCli(['--version'])).stdout).toBe(`${pkg.version}\n`);
  });
});

describe('pack', () => {
  it('prints functions, static totals, the bundle and the install commands', async () => {
    const cwd = tempDir();
    writeApp(path.join(cwd, 'my-app'), { functions: [{ name: 'main' }, { name: 'send' }] });
    const r = await runCli(['pack', 'my-app'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Packed com\.example\.fixture v1\.0\.0 \(manifest format: current\)\n/);
    expect(r.stdout).toMatch(/ {2}FUNCTION +LAMBDA NAME +RUNTIME +ZIPPED +UNZIPPED\n {2}main +com-example-fixture_v1-0-0_main +nodejs24\.x +[\d.]+ (B|KiB) +[\d.]+ (B|KiB)\n/);
    expect(r.stdout).toMatch(/ {2}static +2 files, /);
    expect(r.stdout).toMatch(/ {2}bundle +my-app\/dist\/com\.example\.fixture_v1\.0\.0\.zip \(/);
    expect(r.stdout).toMatch(/ {2}sha256 +[0-9a-f]{64}\n/);
    expect(r.stdout).toContain('  /apps install aws com.example.fixture v1.0.0    (Apps plugin v0.7)\n  /apps install listed com.example.fixture        (Apps plugin v1.0 and later, once registered)\n');
    expect(r.stderr).toMatch(/packing function main/); // progress
    expect(existsSync(path.join(cwd, 'my-app', 'dist', 'com.example.fixture_v1.0.0.zip'))).toBe(true);
  });

  it('prints warnings after the result, compiler-style', async () => {
    const cwd = tempDir();
    writeApp(path.join(cwd, 'app'), { manifest: manifestJson({}, [{ name: 'main', runtime: 'nodejs20.x' }]) });
    const r = await runCli(['pack', 'app', '-o', 'out.zip', '-q'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^\n1 warning:\napp\/manifest\.json:\d+:\d+: warning MMA029: runtime "nodejs20.x" is deprecated/);
  });

  it('fails with findings and writes nothing', async () => {
    const cwd = tempDir();
    writeApp(path.join(cwd, 'app'), { manifest: manifestJson({ version: 'v1.0.0-alpha.1' }) });
    const r = await runCli(['pack', 'app', '-o', 'out/b.zip'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/app\/manifest\.json:3:13: error MMA012: "version" "v1\.0\.0-alpha\.1" is 14 bytes/);
    expect(r.stderr).toMatch(/pack failed: 1 error, 0 warnings; no bundle written\.\n$/);
    expect(existsSync(path.join(cwd, 'out'))).toBe(false);
  });

  it('prints JSON with --json, and only JSON on stdout', async () => {
    const cwd = tempDir();
    writeApp(path.join(cwd, 'app'));
    const r = await runCli(['pack', 'app', '--json', '-o', 'b.zip'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({
      ok: true,
      appId: 'com.example.fixture',
      version: 'v1.0.0',
      bundle: { path: 'b.zip' },
      functions: [{ name: 'main', lambdaName: 'com-example-fixture_v1-0-0_main', source: 'directory', path: 'app/functions/main' }],
      installCommands: { aws: '/apps install aws com.example.fixture v1.0.0' },
      provisionData: { manifest_key: 'manifests/com.example.fixture_v1.0.0.json' },
      findings: [],
    });
  });

  it('takes --function NAME=PATH relative to the current directory, names with spaces included', async () => {
    const cwd = tempDir();
    writeApp(path.join(cwd, 'app'), { functions: [{ name: 'my fn' }] });
    put(path.join(cwd, 'build', 'index.mjs'), 'export const handler = 1;\n');
    const r = await runCli(['pack', 'app', '--function', 'my fn=build', '--json', '-o', 'b.zip'], { cwd });
    expect(JSON.parse(r.stdout).functions[0]).toMatchObject({ name: 'my fn', lambdaName: 'com-example-fixture_v1-0-0_my-fn', path: 'build', files: 1 });
  });
});

describe('validate', () => {
  it('exit 0 with a summary for a valid app, exit 1 with findings otherwise', async () => {
    const cwd = tempDir();
    writeApp(path.join(cwd, 'good'));
    writeApp(path.join(cwd, 'bad'), { manifest: manifestJson({ display_name: '' }) });
    const good = await runCli(['validate', 'good'], { cwd });
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/^good: valid app com\.example\.fixture v1\.0\.0, 0 errors, 0 warnings\n/);
    expect(readdirSync(path.join(cwd, 'good'))).not.toContain('dist'); // nothing written
    const bad = await runCli(['validate', 'bad'], { cwd });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('bad/manifest.json:4:18: error MMA014: "display_name" is empty; the Apps plugin v1.2.1 and later require it\nbad: 1 error, 0 warnings\n');
  });

  it('--json lists findings with file, line and column', async () => {
    const cwd = tempDir();
    writeApp(path.join(cwd, 'bad'), { manifest: manifestJson({ display_name: '' }) });
    const r = await runCli(['validate', 'bad', '--json'], { cwd });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings).toEqual([{ code: 'MMA014', severity: 'error', message: '"display_name" is empty; the Apps plugin v1.2.1 and later require it', file: 'bad/manifest.json', line: 4, column: 18 }]);
  });

  it('says what to give when the path does not exist (exit 1)', async () => {
    const r = await runCli(['validate', 'nope'], { cwd: tempDir() });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('mm-apps-deploy: nope does not exist; give an app directory (with manifest.json), a bundle .zip, an s3://BUCKET/KEY object or an https:// URL\n');
  });
});

describe('provision-data', () => {
  it('prints the appsctl document for an app directory', async () => {
    const cwd = tempDir();
    writeApp(path.join(cwd, 'app'));
    const r = await runCli(['provision-data', 'app', '-q'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      '{\n\t"static_files": {\n\t\t"icon.png": {\n\t\t\t"key": "static/com.example.fixture_v1.0.0_app/icon.png"\n\t\t},\n\t\t"test.txt": {\n\t\t\t"key": "static/com.example.fixture_v1.0.0_app/test.txt"\n\t\t}\n\t},\n' +
        '\t"lambda_functions": {\n\t\t"main": {\n\t\t\t"name": "com-example-fixture_v1-0-0_main",\n\t\t\t"handler": "index.handler",\n\t\t\t"runtime": "nodejs24.x"\n\t\t}\n\t},\n\t"manifest_key": "manifests/com.example.fixture_v1.0.0.json"\n}\n',
    );
  });
});
