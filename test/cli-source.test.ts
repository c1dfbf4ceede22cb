// validate, provision-data and provision with a bundle named by URL: https:// against a plain-HTTP
// server on loopback (under --allow-insecure-http, which exists for these tests), s3:// against
// moto. RUNNER_TEMP points at a directory of the test's, which must be empty after every run.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pack } from '../src/bundle/pack.js';
import { marshalProvisionData } from '../src/compat/provision-data.js';
import { runCli } from './helpers/cli.js';
import { builtDist } from './helpers/runner.js';
import { manifestJson, tempDir, writeApp } from './helpers/fs.js';
import { serve, startHttpServer, type TestServer } from './helpers/http-server.js';
import { CREDENTIALS_ENV, motoAvailable, motoClients, REGION, seedAccount, startMoto, type Moto } from './helpers/moto.js';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let bundle: Buffer;
let provisionData: string;
beforeAll(async () => {
  const app = writeApp(path.join(tempDir(), 'app'), { manifest: manifestJson({ app_id: 'hello-url' }) });
  const packed = await pack({ appDir: app, now: new Date('2026-11-21T00:00:00Z'), output: path.join(app, 'dist', 'out.zip') });
  bundle = readFileSync(packed.bundle!.path);
  provisionData = marshalProvisionData(packed.provisionData!);
});

describe('https:// bundles (loopback test server)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startHttpServer();
    server.route('/releases/download/v1.0.0/hello.zip', (_q, res) => res.writeHead(302, { location: '/assets/hello.zip?X-Amz-Signature=secret' }).end());
    server.route('/assets/hello.zip', serve(bundle));
  });
  afterAll(async () => server?.close());

  it('validate downloads, prints the SHA-256, validates and removes the download', async () => {
    const temp = tempDir();
    const url = `${server.url}/releases/download/v1.0.0/hello.zip`;
    const r = await runCli(['validate', url, '--allow-insecure-http'], { env: { RUNNER_TEMP: temp } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`fetching ${url}\n`);
    expect(r.stderr).toMatch(new RegExp(`fetched ${url.replaceAll('.', '\\.')}: [\\d.]+ (B|KiB), sha256 ${sha256(bundle)}\n`));
    expect(r.stdout).toMatch(new RegExp(`^${url.replaceAll('.', '\\.')}: valid bundle hello-url v1\\.0\\.0`));
    expect(r.stdout + r.stderr).not.toContain('secret');
    expect(readdirSync(temp)).toEqual([]);

    const json = await runCli(['validate', url, '--allow-insecure-http', '--json'], { env: { RUNNER_TEMP: temp } });
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, kind: 'bundle', path: url, source: { kind: 'https', name: url, sha256: sha256(bundle), size: bundle.length } });
    expect(readdirSync(temp)).toEqual([]);
  });

  it('refuses plain http without the test flag (nothing is fetched)', async () => {
    const before = server.requests.length;
    const r = await runCli(['validate', `${server.url}/assets/hello.zip`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is plain http, which anyone on the way could alter; use https/);
    expect(server.requests.length).toBe(before);
    expect((await runCli(['validate', 'sample-app', '--allow-insecure-http'])).code).toBe(2);
  });

  it('provision-data prints exactly the provision data, and refuses a bundle whose SHA-256 is not the pinned one', async () => {
    const temp = tempDir();
    const url = `${server.url}/assets/hello.zip`;
    const ok = await runCli(['provision-data', url, '--allow-insecure-http', '--sha256', sha256(bundle)], { env: { RUNNER_TEMP: temp } });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toBe(provisionData);
    expect(ok.stderr).toContain('(as pinned)');

    const wrong = '0'.repeat(64);
    const bad = await runCli(['provision-data', url, '--allow-insecure-http', '--sha256', wrong], { env: { RUNNER_TEMP: temp } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain(`has SHA-256 ${sha256(bundle)}, not the pinned ${wrong}; it was not used`);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('an interrupted download (SIGINT) leaves no temporary file behind', async () => {
    // the built CLI, as a user runs it: the server sends part of the bundle and then nothing
    let started!: () => void;
    const sending = new Promise<void>((r) => (started = r));
    server.route('/hang.zip', (_q, res) => {
      res.writeHead(200, { 'content-length': bundle.length });
      res.write(bundle.subarray(0, 200), () => started());
    });
    const temp = tempDir();
    const child = spawn(process.execPath, [path.join(builtDist(), 'cli', 'index.js'), 'validate', `${server.url}/hang.zip`, '--allow-insecure-http'], {
      env: { PATH: process.env.PATH ?? '', RUNNER_TEMP: temp },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await sending;
    // wait until the download file exists, then interrupt
    while (readdirSync(temp).flatMap((d) => readdirSync(path.join(temp, d))).length === 0) await new Promise((r) => setTimeout(r, 20));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited, stderr).toBe(130);
    expect(readdirSync(temp)).toEqual([]);
  });
});

describe.skipIf(!motoAvailable())('s3:// bundles (moto)', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
    await seedAccount(moto.endpoint, 'my-apps-bucket');
    const { s3 } = motoClients(moto.endpoint);
    await s3.send(new CreateBucketCommand({ Bucket: 'release-bundles' }));
    await s3.send(new PutObjectCommand({ Bucket: 'release-bundles', Key: 'hello-url/v1.0.0.zip', Body: bundle }));
    s3.destroy();
  });
  afterAll(async () => moto?.stop());

  it('provision takes s3://BUCKET/KEY with the deploy credentials and the same AWS settings', async () => {
    const temp = tempDir();
    const env = { ...CREDENTIALS_ENV, AWS_REGION: REGION, RUNNER_TEMP: temp };
    const r = await runCli(['provision', 's3://release-bundles/hello-url/v1.0.0.zip', '--bucket', 'my-apps-bucket', '--endpoint-url', moto.endpoint, '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      ok: true,
      changed: true,
      bundle: 's3://release-bundles/hello-url/v1.0.0.zip',
      source: { kind: 's3', sha256: sha256(bundle), size: bundle.length },
      appId: 'hello-url',
      functions: { main: { result: 'created' } },
    });
    expect(out.provisionDataFile).toBeUndefined();
    expect(readdirSync(temp)).toEqual([]);

    const text = await runCli(['provision', 's3://release-bundles/hello-url/v1.0.0.zip', '--bucket', 'my-apps-bucket', '--endpoint-url', moto.endpoint], { env });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stderr).toMatch(new RegExp(`fetched s3://release-bundles/hello-url/v1\\.0\\.0\\.zip: [\\d.]+ (B|KiB), sha256 ${sha256(bundle)}\n`));
    expect(text.stdout).toMatch(/^Provisioned hello-url v1\.0\.0 .*\n[\s\S]* {2}main +hello-url_v1-0-0_main +unchanged\n/);
    expect(text.stdout).not.toMatch(/provision data +/);
    expect(readdirSync(temp)).toEqual([]);

    const missing = await runCli(['validate', 's3://release-bundles/nope.zip', '--endpoint-url', moto.endpoint], { env });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('s3://release-bundles/nope.zip does not exist');
  });
});
