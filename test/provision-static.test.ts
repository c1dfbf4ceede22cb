// Static objects as the Apps plugin serves them, against a real moto_server: the headers that
// decide an unchanged object (Content-Type and Cache-Control each on their own), types the MIME
// table gets wrong, and files too large to hold in memory (streamed, multipart) that unchanged
// runs still recognise.
import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { manifestJson, tempDir, writeApp } from './helpers/fs.js';
import { motoAvailable } from './helpers/moto.js';
import { provisionHarness } from './helpers/provision-harness.js';

const BUCKET = 'mattermost-apps-bucket';

describe.skipIf(!motoAvailable())('provision: static objects (moto)', () => {
  const h = provisionHarness(BUCKET);
  const { run, writes } = h;

  function app(version = 'v1.0.0', statics: Record<string, string | Buffer> = { 'icon.png': Buffer.from('89504e470d0a1a0a', 'hex'), 'test.txt': 'static pong', 'css/app style.css': 'body {}' }) {
    return writeApp(tempDir(), { manifest: manifestJson({ app_id: 'com.example.hello', version }, [{ name: 'main' }]), functions: [{ name: 'main' }], static: statics });
  }

  it('re-uploads an object whose Content-Type alone differs, and one whose Cache-Control alone differs', async () => {
    const { PutObjectCommand } = await import('@aws-sdk/client-s3');
    const { createHash } = await import('node:crypto');
    const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
    // right bytes, right hash metadata; one header wrong each (no manifest vouches for them)
    await h.aws.s3.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: 'static/com.example.hello_v1.0.0_app/css/app-style.css',
        Body: 'body {}',
        ContentType: 'text/plain',
        CacheControl: 'public, max-age=31536000, immutable',
        Metadata: { sha256: sha256('body {}') },
      }),
    );
    await h.aws.s3.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: 'static/com.example.hello_v1.0.0_app/test.txt',
        Body: 'static pong',
        ContentType: 'text/plain; charset=utf-8',
        CacheControl: 'no-cache',
        Metadata: { sha256: sha256('static pong') },
      }),
    );
    const out = await run(app(), { dryRun: true });
    expect(out.plan.objects.map((o) => [o.object.name, o.reason])).toEqual([
      ['css/app style.css', 'headers'],
      ['icon.png', 'new'],
      ['test.txt', 'headers'],
    ]);
  });

  it('serves SVG as UTF-8 text (the MIME table gives no charset for it)', async () => {
    await run(app('v1.0.0', { 'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><title>é</title></svg>' }));
    const head = await h.aws.s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'static/com.example.hello_v1.0.0_app/logo.svg' }));
    expect(head.ContentType).toBe('image/svg+xml; charset=utf-8');
  });

  it('streams a large static file as a multipart upload that unchanged runs recognise', async () => {
    const { randomBytes, createHash } = await import('node:crypto');
    const big = randomBytes(9 * 1024 * 1024 + 5); // above the 8 MiB single-request limit: 2 parts
    const dir = app('v1.0.0', { 'video.bin': big, 'test.txt': 'static pong' });
    const out = await run(dir);
    expect(out.report?.ok, out.report?.error?.message).toBe(true);
    expect(writes().filter((w) => w.includes('video.bin'))).toEqual([
      's3:CreateMultipartUpload static/com.example.hello_v1.0.0_app/video.bin',
      's3:UploadPart static/com.example.hello_v1.0.0_app/video.bin',
      's3:UploadPart static/com.example.hello_v1.0.0_app/video.bin',
      's3:CompleteMultipartUpload static/com.example.hello_v1.0.0_app/video.bin',
    ]);
    const head = await h.aws.s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'static/com.example.hello_v1.0.0_app/video.bin' }));
    expect(head.ETag).toMatch(/-2"$/);
    expect(head).toMatchObject({
      ContentLength: big.length,
      ContentType: 'application/octet-stream',
      CacheControl: 'public, max-age=31536000, immutable',
      Metadata: { sha256: createHash('sha256').update(big).digest('hex') },
    });
    const got = await h.aws.s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'static/com.example.hello_v1.0.0_app/video.bin' }));
    expect(Buffer.from(await got.Body!.transformToByteArray()).equals(big)).toBe(true);
    // unchanged, with the manifest vouching for it and, once it is gone, by its SHA-256 metadata
    h.transport.clear();
    expect((await run(dir)).report?.changed).toBe(false);
    const { DeleteObjectCommand } = await import('@aws-sdk/client-s3');
    await h.aws.s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: 'manifests/com.example.hello_v1.0.0.json' }));
    const again = await run(dir);
    expect(again.plan.objects.map((o) => [o.object.name, o.action])).toEqual([
      ['test.txt', 'unchanged'],
      ['video.bin', 'unchanged'],
    ]);
    expect(writes()).toEqual(['s3:PutObject manifests/com.example.hello_v1.0.0.json']);
  });
});
