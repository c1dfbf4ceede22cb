// The committed action with a bundle named by URL (s3://, against moto), run with node as the
// runner runs it: outputs name the bundle by its URL, a pinned SHA-256 is checked, and the download
// is gone when the step ends.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CreateBucketCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pack } from '../src/bundle/pack.js';
import { manifestJson, tempDir, writeApp } from './helpers/fs.js';
import { motoAvailable, motoClients, startMoto, type Moto } from './helpers/moto.js';
import { actionNodes } from './helpers/node24.js';
import { runAction } from './helpers/runner.js';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const env = { AWS_ACCESS_KEY_ID: 'AKIATESTSOURCE', AWS_SECRET_ACCESS_KEY: 'source-secret-value' };

/** A workspace with the app packed to bundle.zip. */
async function workspace(): Promise<string> {
  const ws = tempDir();
  const app = writeApp(path.join(ws, 'app'), { manifest: manifestJson({ app_id: 'hello-action-source' }) });
  expect((await pack({ appDir: app, now: new Date('2026-11-21T00:00:00Z'), output: path.join(ws, 'bundle.zip') })).ok).toBe(true);
  return ws;
}

describe.skipIf(!motoAvailable()).each(actionNodes())('action with an s3:// bundle (dist/, moto), run with $label', ({ bin }) => {
  let moto: Moto;
  let s3: S3Client;
  const bucket = 'release-bundles';
  beforeAll(async () => {
    moto = await startMoto();
    s3 = motoClients(moto.endpoint).s3;
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  });
  afterAll(async () => {
    s3?.destroy();
    await moto?.stop();
  });

  it('validates a bundle from s3:// (outputs name it by URL), and fails on a SHA-256 that is not the pinned one', async () => {
    const ws = await workspace();
    const bytes = readFileSync(path.join(ws, 'bundle.zip'));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'releases/app.zip', Body: bytes }));
    const url = `s3://${bucket}/releases/app.zip`;
    const inputs = { mode: 'validate', bundle: url, 'aws-region': 'us-east-1', 'aws-endpoint-url': moto.endpoint, 'bundle-sha256': sha256(bytes) };
    const temp = tempDir();
    const ok = await runAction({ node: bin, cwd: ws, inputs, env: { ...env, RUNNER_TEMP: temp } });
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.outputs).toMatchObject({ bundle: url, 'bundle-sha256': sha256(bytes), 'app-id': 'hello-action-source' });
    expect(ok.stdout).toContain(`${url}: sha256 ${sha256(bytes)} (as pinned)`);

    const bad = await runAction({ node: bin, cwd: ws, inputs: { ...inputs, 'bundle-sha256': 'e'.repeat(64) }, env: { ...env, RUNNER_TEMP: temp } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(`::error::${url} has SHA-256 ${sha256(bytes)}, not the pinned ${'e'.repeat(64)}; it was not used`);
    // the downloads are gone; what stays in RUNNER_TEMP is the provision data file of the valid run
    expect(readdirSync(temp)).toEqual(['hello-action-source_v1.0.0.provision-data.json']);
  });
});
