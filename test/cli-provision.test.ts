// The provision command end to end, in-process, against a real moto_server.
import path from 'node:path';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { startRecordingProxy } from './helpers/recording-proxy.js';
import { tempDir, writeApp, manifestJson } from './helpers/fs.js';
import { CREDENTIALS_ENV, REGION, motoAvailable, seedAccount, startMoto, type Moto } from './helpers/moto.js';

describe.skipIf(!motoAvailable())('mm-apps-deploy provision (moto)', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());
  beforeEach(async () => {
    await moto.reset();
    await seedAccount(moto.endpoint, 'my-apps-bucket');
  });

  const env = () => ({ ...CREDENTIALS_ENV, AWS_REGION: REGION });
  const app = (cwd: string) => writeApp(path.join(cwd, 'app'), { manifest: manifestJson({ app_id: 'hello-cli' }, [{ name: 'main' }, { name: 'send' }]), functions: [{ name: 'main' }, { name: 'send' }] });

  it('prints what happened per function, the objects, the provision data file and the install commands', async () => {
    const cwd = tempDir();
    app(cwd);
    const r = await runCli(['provision', 'app', '--bucket', 'my-apps-bucket', '--endpoint-url', moto.endpoint], { cwd, env: env() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Provisioned hello-cli v1\.0\.0 to AWS account 123456789012, us-east-1, bucket my-apps-bucket\n/);
    expect(r.stdout).toMatch(/ {2}main +hello-cli_v1-0-0_main +created\n {2}send +hello-cli_v1-0-0_send +created\n/);
    expect(r.stdout).toMatch(/ {2}static objects +2 uploaded, 0 unchanged\n/);
    expect(r.stdout).toMatch(/ {2}invoke policy +mattermost-apps-invoke-policy: added 2 functions\n/);
    expect(r.stdout).toMatch(/ {2}manifest +manifests\/hello-cli_v1\.0\.0\.json uploaded\n/);
    expect(r.stdout).toMatch(/ {2}provision data +app\/dist\/hello-cli_v1\.0\.0\.provision-data\.json\n/);
    expect(r.stdout).toMatch(
      /Install it in Mattermost with:\n {2}\/apps install aws hello-cli v1\.0\.0 {4}\(Apps plugin v0\.7\)\n {2}\/apps install listed hello-cli {8}\(Apps plugin v1\.0 and later, once registered\)\n/,
    );
    // install command first
    expect(r.stdout.indexOf('/apps install aws')).toBeLessThan(r.stdout.indexOf('/apps install listed'));
    expect(r.stderr).toMatch(/uploading 2 static objects/); // progress
    expect(r.stdout + r.stderr).not.toContain('test-secret');
    expect(readFileSync(path.join(cwd, 'app', 'dist', 'hello-cli_v1.0.0.provision-data.json'), 'utf8')).toMatch(/^\{\n\t"static_files"/);

    const again = await runCli(['provision', 'app/dist/hello-cli_v1.0.0.zip', '--bucket', 'my-apps-bucket', '--endpoint-url', moto.endpoint, '--json'], { cwd, env: env() });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({
      ok: true,
      changed: false,
      functions: { main: { name: 'hello-cli_v1-0-0_main', arn: 'arn:aws:lambda:us-east-1:123456789012:function:hello-cli_v1-0-0_main', result: 'unchanged' } },
      objects: { uploaded: 0, unchanged: 2 },
      manifest: { status: 'unchanged' },
      installCommands: { aws: '/apps install aws hello-cli v1.0.0' },
    });
  });

  it('plans with --dry-run and writes nothing, not even the bundle', async () => {
    const cwd = tempDir();
    app(cwd);
    const r = await runCli(['provision', 'app', '--dry-run', '--bucket', 'my-apps-bucket', '--endpoint-url', moto.endpoint], { cwd, env: env() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\(dry run: nothing was written\)/);
    expect(r.stdout).toMatch(/ {2}main +hello-cli_v1-0-0_main +create\n/);
    expect(r.stdout).toMatch(/ {2}static objects +2 to upload, 0 unchanged/);
    expect(existsSync(path.join(cwd, 'app', 'dist'))).toBe(false);
  });

  it('fails before any write with a message that says what to do (exit 1)', async () => {
    const cwd = tempDir();
    app(cwd);
    const proxy = await startRecordingProxy(moto.endpoint);
    try {
      const r = await runCli(['provision', 'app', '--bucket', 'not-there-bucket', '--endpoint-url', proxy.endpoint], { cwd, env: env() });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/mm-apps-deploy: S3 bucket "not-there-bucket" does not exist/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(proxy.requests.length).toBeGreaterThan(0); // it did ask AWS
      expect(proxy.writes()).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  it('a deploy that succeeded but could not write its provision data file: success with a warning (exit 0)', async () => {
    const cwd = tempDir();
    app(cwd);
    // a directory where the file goes: the write fails whoever runs the test (root included)
    mkdirSync(path.join(cwd, 'app', 'dist', 'hello-cli_v1.0.0.provision-data.json'), { recursive: true });
    const r = await runCli(['provision', 'app', '--bucket', 'my-apps-bucket', '--endpoint-url', moto.endpoint], { cwd, env: env() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Provisioned hello-cli v1\.0\.0/);
    expect(r.stdout).not.toMatch(/provision data +/);
    expect(r.stderr).toMatch(
      /\nwarning: could not write the provision data file \/.*\/app\/dist\/hello-cli_v1\.0\.0\.provision-data\.json: it is a directory \(EISDIR\); a directory has that name: remove it, or write elsewhere; the deploy itself succeeded, and "mm-apps-deploy provision-data app\/dist\/hello-cli_v1\.0\.0\.zip" prints the same data\n/,
    );
    expect(readdirSync(path.join(cwd, 'app', 'dist')).sort()).toEqual(['hello-cli_v1.0.0.provision-data.json', 'hello-cli_v1.0.0.zip']); // no temporary file left

    const json = await runCli(['provision', 'app', '--bucket', 'my-apps-bucket', '--endpoint-url', moto.endpoint, '--json'], { cwd, env: env() });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, provisionDataFileError: expect.stringMatching(/^could not write the provision data file .*EISDIR/) });
    expect(JSON.parse(json.stdout).provisionDataFile).toBeUndefined();
  });

  it('refuses an app with errors and writes nothing', async () => {
    const cwd = tempDir();
    writeApp(path.join(cwd, 'app'), { manifest: manifestJson({ homepage_url: 'nope' }) });
    const proxy = await startRecordingProxy(moto.endpoint);
    try {
      const r = await runCli(['provision', 'app', '--endpoint-url', proxy.endpoint], { cwd, env: env() });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/app\/manifest\.json:\d+:\d+: error MMA015/);
      expect(r.stderr).toMatch(/provision refused: 1 error, 0 warnings; nothing was written\.\n$/);
      expect(proxy.writes()).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
});

describe('provision option errors are usage errors (exit 2)', () => {
  it.each([
    [['--memory-size', 'lots'], /--memory-size must be a whole number from 128 to 10240, got "lots"/],
    [['--timeout', '901'], /--timeout must be from 1 to 900, got 901/],
    [['--architecture', 'arm'], /--architecture is "arm"; allowed values: x86_64, arm64/],
    [['--env', 'AWS_REGION=x'], /"AWS_REGION" is reserved by AWS Lambda/],
    [['--env', 'novalue'], /--env expects KEY=VALUE/],
    [['--concurrency', '0'], /--concurrency must be from 1 to 512, got 0/],
    [['--concurrency', 'many'], /--concurrency must be a whole number from 1 to 512, got "many"/],
  ])('%j', async (args, message) => {
    const r = await runCli(['provision', '.', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
