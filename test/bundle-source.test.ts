// Bundle sources (fetchBundle): https:// downloads against a plain-HTTP server on loopback (allowed
// only under allowInsecureHttp, which exists for these tests), s3:// objects against moto, and local
// paths. Retry delays go through an injected sleep, so retries take no time; nothing here asserts
// how long anything took.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pack } from '../src/bundle/pack.js';
import { UserError } from '../src/errors.js';
import { fetchBundle, type FetchOptions } from '../src/source/fetch-bundle.js';
import { authorizationFor, tokenOrigins } from '../src/source/github-token.js';
import { manifestJson, tempDir, writeApp } from './helpers/fs.js';
import { endless, serve, startHttpServer, type TestServer } from './helpers/http-server.js';
import { CREDENTIALS_ENV, motoAvailable, motoClients, REGION, startMoto, type Moto } from './helpers/moto.js';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let bundle: Buffer;
beforeAll(async () => {
  const app = writeApp(path.join(tempDir(), 'app'), { manifest: manifestJson({ app_id: 'hello-source' }) });
  const packed = await pack({ appDir: app, now: new Date('2026-11-21T00:00:00Z'), output: path.join(app, 'dist', 'out.zip') });
  bundle = readFileSync(packed.bundle!.path);
});

/** Options every download test uses: loopback http allowed, its own temporary root, no waiting. */
function options(root: string, extra: Partial<FetchOptions> = {}): FetchOptions & { messages: string[]; sleeps: number[] } {
  const messages: string[] = [];
  const sleeps: number[] = [];
  return {
    cwd: root,
    env: {},
    allowInsecureHttp: true,
    tempRoot: root,
    sleep: async (ms) => void sleeps.push(ms),
    onProgress: (m) => messages.push(m),
    messages,
    sleeps,
    ...extra,
  };
}

describe('https:// sources (loopback test server)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startHttpServer();
  });
  afterAll(async () => server?.close());

  it('downloads into a temporary file, hashes it, and cleanup() removes it', async () => {
    server.route('/releases/download/v1/hello.zip', serve(bundle));
    const root = tempDir();
    const got = await fetchBundle(`${server.url}/releases/download/v1/hello.zip?token=secret-query`, options(root));
    expect(got).toMatchObject({ kind: 'https', sha256: sha256(bundle), size: bundle.length, displayName: `${server.url}/releases/download/v1/hello.zip?…` });
    expect(path.basename(got.path)).toBe('hello.zip');
    expect(readFileSync(got.path).equals(bundle)).toBe(true);
    got.cleanup();
    got.cleanup();
    expect(readdirSync(root)).toEqual([]);
  });

  it('refuses plain http without the test flag, and to any host but loopback even with it', async () => {
    await expect(fetchBundle(`${server.url}/x.zip`, { cwd: '.', env: {} })).rejects.toThrow(/is plain http.*--allow-insecure-http/);
    await expect(fetchBundle('http://example.com/x.zip', options(tempDir()))).rejects.toThrow(/plain http to a host that is not loopback/);
    await expect(fetchBundle('ftp://example.com/x.zip', options(tempDir()))).rejects.toThrow(/scheme "ftp"/);
    await expect(fetchBundle('https://user:pw@example.com/x.zip', options(tempDir()))).rejects.toThrow(/user name or password/);
    expect(server.requests.filter((r) => r.path === '/x.zip')).toEqual([]);
  });

  it('follows redirects, but only to https (or loopback http under the flag)', async () => {
    server.route('/hop1', (_q, res) => res.writeHead(302, { location: '/hop2' }).end());
    server.route('/hop2', (_q, res) => res.writeHead(307, { location: `${server.url}/final.zip` }).end());
    server.route('/final.zip', serve(bundle));
    const root = tempDir();
    const got = await fetchBundle(`${server.url}/hop1`, options(root));
    expect(got.sha256).toBe(sha256(bundle));
    got.cleanup();

    server.route('/to-http', (_q, res) => res.writeHead(302, { location: 'http://example.com/evil.zip' }).end());
    await expect(fetchBundle(`${server.url}/to-http`, options(root))).rejects.toThrow(/redirects to http:\/\/example\.com\/evil\.zip, which is plain http.*not followed/);
    server.route('/loop', (_q, res) => res.writeHead(302, { location: '/loop' }).end());
    await expect(fetchBundle(`${server.url}/loop`, options(root))).rejects.toThrow(/more than 10 redirects/);
    expect(readdirSync(root)).toEqual([]);
  });

  it('sends the GitHub token only to GitHub origins, never across a redirect to another host', async () => {
    // GITHUB_SERVER_URL names the GitHub host (a GitHub Enterprise Server's, here the test server's
    // 127.0.0.1 origin); its redirect goes to "localhost", another origin, like github.com to
    // release-assets.githubusercontent.com.
    server.route('/org/app/releases/download/v1/app.zip', (_q, res) => res.writeHead(302, { location: `http://localhost:${server.port}/signed/app.zip?X-Amz-Signature=abc` }).end());
    server.route('/signed/app.zip', serve(bundle));
    const root = tempDir();
    const got = await fetchBundle(`${server.url}/org/app/releases/download/v1/app.zip`, options(root, { env: { GITHUB_TOKEN: 'ghs_secret', GITHUB_SERVER_URL: server.url } }));
    got.cleanup();
    const asked = server.requests.filter((r) => r.path.endsWith('/app.zip'));
    expect(asked).toEqual([
      { path: '/org/app/releases/download/v1/app.zip', host: `127.0.0.1:${server.port}`, authorization: 'Bearer ghs_secret', accept: 'application/octet-stream' },
      { path: '/signed/app.zip', host: `localhost:${server.port}`, accept: 'application/octet-stream' },
    ]);

    // without GITHUB_SERVER_URL, the loopback server is not GitHub: no token at all
    server.route('/plain.zip', serve(bundle));
    (await fetchBundle(`${server.url}/plain.zip`, options(root, { env: { GITHUB_TOKEN: 'ghs_secret' } }))).cleanup();
    expect(server.requests.find((r) => r.path === '/plain.zip')?.authorization).toBeUndefined();
  });

  it('which origins get the token: GitHub pages, API and raw content; not the signed asset hosts, not look-alikes', () => {
    const origins = tokenOrigins({});
    const auth = (u: string) => authorizationFor(new URL(u), 't', origins);
    expect(auth('https://github.com/o/r/releases/download/v1/a.zip')).toBe('Bearer t');
    expect(auth('https://api.github.com/repos/o/r/releases/assets/1')).toBe('Bearer t');
    expect(auth('https://raw.githubusercontent.com/o/r/main/a.zip')).toBe('Bearer t');
    for (const other of [
      'https://objects.githubusercontent.com/github-production-release-asset-2e65be/1/2?X-Amz-Signature=x',
      'https://release-assets.githubusercontent.com/github-production-release-asset/1/2?sig=x',
      'https://github-releases.githubusercontent.com/1/2',
      'http://github.com/o/r/a.zip',
      'https://github.com.evil.example/a.zip',
      'https://evilgithub.com/a.zip',
      'https://github.com:8443/a.zip',
      'https://example.com/a.zip',
    ]) {
      expect(auth(other), other).toBeUndefined();
    }
    expect(authorizationFor(new URL('https://ghe.example.com/o/r/a.zip'), 't', tokenOrigins({ GITHUB_SERVER_URL: 'https://ghe.example.com' }))).toBe('Bearer t');
    expect(authorizationFor(new URL('https://github.com/a.zip'), undefined, origins)).toBeUndefined();
  });

  it('refuses a bundle whose Content-Length is over the limit without reading it', async () => {
    server.route('/big.zip', serve(Buffer.alloc(5000)));
    const root = tempDir();
    await expect(fetchBundle(`${server.url}/big.zip`, options(root, { maxBytes: 4096 }))).rejects.toThrow(/is 4\.9 KiB \(5,000 bytes\), more than the 4\.0 KiB \(4,096 bytes\) a bundle may have; it was not downloaded/);
    expect(readdirSync(root)).toEqual([]);
  });

  it('stops a body without Content-Length at the limit and keeps nothing', async () => {
    const stream = endless();
    server.route('/endless.zip', stream.handler);
    const root = tempDir();
    const seen: number[] = [];
    const o = options(root, { maxBytes: 1024 * 1024 });
    await expect(
      fetchBundle(`${server.url}/endless.zip`, {
        ...o,
        onProgress: (m) => {
          o.messages.push(m);
          const file = readdirSync(root).flatMap((d) => readdirSync(path.join(root, d)).map((f) => path.join(root, d, f)));
          for (const f of file) seen.push(readFileSync(f).length);
        },
        progressIntervalMs: 5,
      }),
    ).rejects.toThrow(/is larger than the 1\.0 MiB \(1,048,576 bytes\) a bundle may have; the download was stopped and nothing was kept/);
    // the server saw the connection go away (otherwise this would never resolve)
    await stream.stopped;
    expect(Math.max(0, ...seen)).toBeLessThanOrEqual(1024 * 1024);
    expect(readdirSync(root)).toEqual([]);
  });

  it('retries a body cut short of its Content-Length, then succeeds', async () => {
    server.route('/cut.zip', (_q, res, n) => {
      if (n > 1) {
        serve(bundle)(_q, res, n);
        return;
      }
      res.writeHead(200, { 'content-length': bundle.length });
      res.write(bundle.subarray(0, 100));
      res.destroy();
    });
    const o = options(tempDir());
    const got = await fetchBundle(`${server.url}/cut.zip`, o);
    expect(got.sha256).toBe(sha256(bundle));
    got.cleanup();
    expect(o.messages.some((m) => /trying again in 1 s \(attempt 2 of 4\)/.test(m))).toBe(true);
  });

  it('retries 5xx (honouring Retry-After) and succeeds; a 404 is not retried', async () => {
    server.route('/flaky.zip', (req, res, n) => {
      if (n === 1) res.writeHead(503, { 'retry-after': '3' }).end();
      else if (n === 2) res.writeHead(502).end();
      else serve(bundle)(req, res, n);
    });
    const o = options(tempDir());
    const got = await fetchBundle(`${server.url}/flaky.zip`, o);
    got.cleanup();
    expect(got.sha256).toBe(sha256(bundle));
    expect(o.sleeps).toEqual([3000, 2000]);
    expect(o.messages).toEqual(expect.arrayContaining([expect.stringMatching(/answered HTTP 503; trying again in 3 s \(attempt 2 of 4\)/), expect.stringMatching(/HTTP 502; trying again in 2 s \(attempt 3 of 4\)/)]));

    const before = server.requests.length;
    await expect(fetchBundle(`${server.url}/missing.zip`, options(tempDir()))).rejects.toThrow(/missing\.zip was not found \(HTTP 404\)/);
    expect(server.requests.length - before).toBe(1);
    await expect(fetchBundle('http://127.0.0.1:1/closed.zip', options(tempDir()))).rejects.toThrow(/could not fetch http:\/\/127\.0\.0\.1:1\/closed\.zip after 4 attempts: connect ECONNREFUSED/);
    await expect(fetchBundle('http://localhost:1/closed.zip', options(tempDir(), { attempts: 1 }))).rejects.toBeInstanceOf(UserError);
    server.route('/always-503.zip', (_q, res) => res.writeHead(503).end());
    await expect(fetchBundle(`${server.url}/always-503.zip`, options(tempDir(), { attempts: 3 }))).rejects.toThrow(/could not fetch .*always-503\.zip after 3 attempts: .*answered HTTP 503/);
  });

  it('gives up on a server that does not answer, after the attempts, saying so while it waits', async () => {
    let held = 0;
    server.route('/silent.zip', () => void held++);
    const o = options(tempDir(), { timeoutMs: 200, attempts: 2, progressIntervalMs: 20 });
    await expect(fetchBundle(`${server.url}/silent.zip`, o)).rejects.toThrow(/after 2 attempts: no answer from 127\.0\.0\.1:\d+ in 0\.2 s/);
    expect(held).toBe(2);
    expect(o.messages).toContainEqual(expect.stringMatching(/^waiting for 127\.0\.0\.1:\d+/));
  });

  it('reports progress while a slow server sends, and abandons a body that stalls', async () => {
    // the server sends half, waits until the client has said it is receiving, then sends the rest
    let release!: () => void;
    const reported = new Promise<void>((r) => (release = r));
    server.route('/slow.zip', (_q, res) => {
      res.writeHead(200, { 'content-length': bundle.length });
      res.write(bundle.subarray(0, 500));
      void reported.then(() => res.end(bundle.subarray(500)));
    });
    const o = options(tempDir(), { progressIntervalMs: 10 });
    const got = await fetchBundle(`${server.url}/slow.zip`, {
      ...o,
      onProgress: (m) => {
        o.messages.push(m);
        if (/^received /.test(m)) release();
      },
    });
    got.cleanup();
    expect(got.sha256).toBe(sha256(bundle));
    const pct = Math.floor((500 / bundle.length) * 100);
    expect(o.messages.find((m) => m.startsWith('received '))).toMatch(new RegExp(`^received 500 B of ${bundle.length} B \\(${pct}%\\) \\([\\d.]+ s so far\\)$`));

    server.route('/stall.zip', (_q, res) => {
      res.writeHead(200, { 'content-length': bundle.length });
      res.write(bundle.subarray(0, 1000));
    });
    await expect(fetchBundle(`${server.url}/stall.zip`, options(tempDir(), { timeoutMs: 200, attempts: 1 }))).rejects.toThrow(/sent nothing for 0\.2 s/);
  });

  it('checks a pinned SHA-256: a mismatch is an error and nothing is kept', async () => {
    server.route('/pinned.zip', serve(bundle));
    const root = tempDir();
    const wrong = 'a'.repeat(64);
    await expect(fetchBundle(`${server.url}/pinned.zip`, options(root, { sha256: wrong }))).rejects.toThrow(new RegExp(`has SHA-256 ${sha256(bundle)}, not the pinned ${wrong}; it was not used`));
    expect(readdirSync(root)).toEqual([]);
    const ok = await fetchBundle(`${server.url}/pinned.zip`, options(root, { sha256: sha256(bundle).toUpperCase() }));
    ok.cleanup();
    await expect(fetchBundle(`${server.url}/pinned.zip`, options(root, { sha256: 'abc' }))).rejects.toThrow(/64 hexadecimal digits/);
  });

  it('removes the temporary file when something throws half-way', async () => {
    server.route('/boom.zip', serve(bundle));
    const root = tempDir();
    const o = options(root, {
      onProgress: () => {
        throw new Error('boom');
      },
    });
    await expect(fetchBundle(`${server.url}/boom.zip`, o)).rejects.toThrow('boom');
    expect(readdirSync(root)).toEqual([]);
  });
});

describe('local sources', () => {
  it('returns the path as is; a pinned SHA-256 is checked on a file and refused for a directory', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'b.zip');
    await import('node:fs').then((fs) => fs.writeFileSync(file, bundle));
    const got = await fetchBundle('b.zip', { cwd: dir, env: {} });
    expect(got).toMatchObject({ kind: 'local', path: file, displayName: 'b.zip' });
    expect(got.sha256).toBeUndefined();
    expect((await fetchBundle('b.zip', { cwd: dir, env: {}, sha256: sha256(bundle) })).sha256).toBe(sha256(bundle));
    await expect(fetchBundle('b.zip', { cwd: dir, env: {}, sha256: '0'.repeat(64) })).rejects.toThrow(/not the pinned 0{64}/);
    await expect(fetchBundle('.', { cwd: dir, env: {}, sha256: '0'.repeat(64) })).rejects.toThrow(/is a directory/);
    await expect(fetchBundle('nope.zip', { cwd: dir, env: {} })).rejects.toBeInstanceOf(UserError);
  });
});

describe.skipIf(!motoAvailable())('s3:// sources (moto)', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
    const { s3 } = motoClients(moto.endpoint);
    await s3.send(new (await import('@aws-sdk/client-s3')).CreateBucketCommand({ Bucket: 'release-bundles' }));
    await s3.send(new PutObjectCommand({ Bucket: 'release-bundles', Key: 'apps/hello_v1.zip', Body: bundle }));
    s3.destroy();
  });
  afterAll(async () => moto?.stop());

  const s3Options = (root: string, extra: Partial<FetchOptions> = {}) => options(root, { env: { ...CREDENTIALS_ENV, AWS_REGION: REGION }, aws: { endpointUrl: moto.endpoint }, ...extra });

  it('downloads with the deploy credentials and the same AWS settings as provisioning', async () => {
    const root = tempDir();
    const got = await fetchBundle('s3://release-bundles/apps/hello_v1.zip', s3Options(root));
    expect(got).toMatchObject({ kind: 's3', displayName: 's3://release-bundles/apps/hello_v1.zip', sha256: sha256(bundle), size: bundle.length });
    expect(path.basename(got.path)).toBe('hello_v1.zip');
    got.cleanup();
    expect(readdirSync(root)).toEqual([]);
  });

  it('says what is missing, enforces the size limit and the pin, and keeps nothing', async () => {
    const root = tempDir();
    await expect(fetchBundle('s3://release-bundles/apps/nope.zip', s3Options(root))).rejects.toThrow('s3://release-bundles/apps/nope.zip does not exist');
    await expect(fetchBundle('s3://no-such-bundles/a.zip', s3Options(root))).rejects.toThrow('S3 bucket "no-such-bundles" does not exist');
    await expect(fetchBundle('s3://release-bundles/apps/hello_v1.zip', s3Options(root, { maxBytes: 1000 }))).rejects.toThrow(/more than the 1000 B \(1,000 bytes\) a bundle may have; it was not downloaded/);
    await expect(fetchBundle('s3://release-bundles/apps/hello_v1.zip', s3Options(root, { sha256: 'f'.repeat(64) }))).rejects.toThrow(/not the pinned f{64}/);
    await expect(fetchBundle('s3://release-bundles', s3Options(root))).rejects.toThrow(/names no object/);
    expect(readdirSync(root)).toEqual([]);
  });
});
