// The committed action in mode publish, run with node as the runner runs it, against moto.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CreateBucketCommand, GetObjectTaggingCommand, PutObjectTaggingCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pack } from '../src/bundle/pack.js';
import { manifestJson, tempDir, writeApp } from './helpers/fs.js';
import { motoAvailable, motoClients, startMoto, type Moto } from './helpers/moto.js';
import { actionNodes } from './helpers/node24.js';
import { runAction } from './helpers/runner.js';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const env = { AWS_ACCESS_KEY_ID: 'AKIATESTPUBLISH', AWS_SECRET_ACCESS_KEY: 'publish-secret-value' };

/** A workspace with the app packed to bundle.zip (`text` varies one static file). */
async function workspace(text: string): Promise<string> {
  const ws = tempDir();
  const app = writeApp(path.join(ws, 'app'), { manifest: manifestJson({ app_id: 'hello-action-publish' }), static: { 'test.txt': text, 'icon.png': Buffer.from('89504e47', 'hex') } });
  expect((await pack({ appDir: app, now: new Date('2026-11-21T00:00:00Z'), output: path.join(ws, 'bundle.zip') })).ok).toBe(true);
  return ws;
}

describe.skipIf(!motoAvailable()).each(actionNodes())('action mode publish (dist/, moto), run with $label', ({ bin, label }) => {
  let moto: Moto;
  let s3: S3Client;
  const bucket = `bundles-${label.includes('24.') ? 'n24' : 'host'}`;
  beforeAll(async () => {
    moto = await startMoto();
    s3 = motoClients(moto.endpoint).s3;
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  });
  afterAll(async () => {
    s3?.destroy();
    await moto?.stop();
  });

  it('publishes (published=true), leaves the same bytes alone (false), refuses a deployed one, and replaces it with force', async () => {
    const ws = await workspace('v1');
    const inputs = { mode: 'publish', bundle: 'bundle.zip', 'bundle-bucket': bucket, 'aws-region': 'us-east-1', 'aws-endpoint-url': moto.endpoint };
    const digest = sha256(readFileSync(path.join(ws, 'bundle.zip')));

    const first = await runAction({ node: bin, cwd: ws, inputs, env });
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs).toMatchObject({ 'bundle-key': 'hello-action-publish_v1.0.0.zip', 'bundle-sha256': digest, published: 'true', 'app-id': 'hello-action-publish' });
    expect(first.summary).toMatch(/<h2>Published hello-action-publish v1\.0\.0 to s3:\/\/bundles-\w+\/hello-action-publish_v1\.0\.0\.zip<\/h2>/);
    expect(first.summary).toContain('picks it up at its next hourly run');
    expect(first.summary).toContain('deployed_&lt;environment&gt;=true');
    expect(first.summary).toMatch(/<pre lang="json"><code>\{\n\t"static_files": \{/);
    expect(first.stdout).toContain('::add-mask::publish-secret-value');

    const same = await runAction({ node: bin, cwd: ws, inputs, env });
    expect(same.code, same.stdout).toBe(0);
    expect(same.outputs.published).toBe('false');
    expect(same.summary).toContain('already holds this bundle');

    await s3.send(new PutObjectTaggingCommand({ Bucket: bucket, Key: 'hello-action-publish_v1.0.0.zip', Tagging: { TagSet: [{ Key: 'deployed_prod', Value: 'true' }] } }));
    const other = await workspace('v1, rebuilt differently');
    const refused = await runAction({ node: bin, cwd: other, inputs, env });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/::error::Refused to publish hello-action-publish v1\.0\.0: .* \(deployed_prod=true\); nothing was written\. .*force: true/);
    expect(refused.outputs.published).toBe('false');

    const forced = await runAction({ node: bin, cwd: other, inputs: { ...inputs, force: 'true' }, env });
    expect(forced.code, forced.stdout).toBe(0);
    expect(forced.outputs.published).toBe('true');
    expect((await s3.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: 'hello-action-publish_v1.0.0.zip' }))).TagSet).toEqual([]);
  });
});
