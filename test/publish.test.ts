// publish against a real moto_server: the bundle bucket as the cloud deployer sees it (a listing,
// .zip keys, deployed_<env>=true tags). The bucket has versioning on, so that every write shows up
// as an object version: "nothing was written" is checked, not assumed.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  CreateBucketCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  ListObjectVersionsCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  PutObjectTaggingCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pack } from '../src/bundle/pack.js';
import { FindingsError } from '../src/findings/finding.js';
import { publish, type PublishRequest } from '../src/publish/publish.js';
import { runCli } from './helpers/cli.js';
import { FaultyHandler, slowDown } from './helpers/faults.js';
import { manifestJson, tempDir, writeApp } from './helpers/fs.js';
import { CREDENTIALS_ENV, motoAvailable, motoClients, REGION, startMoto, type Moto } from './helpers/moto.js';
import { rawZip } from './helpers/raw-zip.js';
import { readEntry } from './helpers/zip.js';

const NOW = new Date('2026-11-21T00:00:00Z');
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const KEY = 'hello-publish_v1.0.0.zip';

/** Packs the test app; `text` changes one static file, so the bytes differ. */
async function bundleOf(text: string): Promise<string> {
  const app = writeApp(path.join(tempDir(), 'app'), { manifest: manifestJson({ app_id: 'hello-publish' }), static: { 'icon.png': Buffer.from('89504e470d0a1a0a', 'hex'), 'test.txt': text } });
  const out = path.join(app, 'dist', 'bundle.zip');
  const packed = await pack({ appDir: app, now: NOW, output: out });
  expect(packed.ok).toBe(true);
  return out;
}

describe.skipIf(!motoAvailable())('publish (moto)', () => {
  let moto: Moto;
  let s3: S3Client;
  let first: string;
  let second: string;
  const env = () => ({ ...CREDENTIALS_ENV, AWS_REGION: REGION });
  const cli = (args: string[]) => runCli(['publish', ...args, '--endpoint-url', moto.endpoint], { env: env() });
  const versions = async (bucket: string, key: string) => ((await s3.send(new ListObjectVersionsCommand({ Bucket: bucket, Prefix: key }))).Versions ?? []).filter((v) => v.Key === key).length;
  const tags = async (bucket: string, key: string) => (await s3.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: key }))).TagSet ?? [];
  const bytes = async (bucket: string, key: string) => Buffer.from(await (await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body!.transformToByteArray());
  const request = (extra: Partial<PublishRequest> & { bundlePath: string; bucket: string }): PublishRequest => ({ now: NOW, aws: { endpointUrl: moto.endpoint, env: env() }, ...extra });

  async function bucket(name: string): Promise<string> {
    await s3.send(new CreateBucketCommand({ Bucket: name }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: name, VersioningConfiguration: { Status: 'Enabled' } }));
    return name;
  }

  beforeAll(async () => {
    moto = await startMoto();
    s3 = motoClients(moto.endpoint).s3;
    first = await bundleOf('static pong');
    second = await bundleOf('static pong, changed');
  });
  afterAll(async () => {
    s3?.destroy();
    await moto?.stop();
  });

  it('uploads with Content-Type application/zip, the SHA-256 in the metadata and no tags, and prints the key, SHA-256 and provision data', async () => {
    const b = await bucket('cloud-bundles-a');
    const r = await cli([first, '--bundle-bucket', b]);
    expect(r.code, r.stderr).toBe(0);
    const digest = sha256(readFileSync(first));
    expect(r.stdout).toMatch(new RegExp(`^Published hello-publish v1\\.0\\.0 to s3://cloud-bundles-a/${KEY.replaceAll('.', '\\.')}\n`));
    expect(r.stdout).toMatch(new RegExp(` {2}key +${KEY.replaceAll('.', '\\.')}\n {2}sha256 +${digest}\n`));
    expect(r.stdout).toContain('The Mattermost cloud deployer picks it up at its next hourly run');
    expect(r.stdout).toMatch(/Provision data \(what the deployer deploys\):\n\{\n\t"static_files": \{[\s\S]*"manifest_key": "manifests\/hello-publish_v1\.0\.0\.json"\n\}\n$/);

    const head = await s3.send(new HeadObjectCommand({ Bucket: b, Key: KEY }));
    expect(head.ContentType).toBe('application/zip');
    expect(head.Metadata).toEqual({ sha256: digest });
    expect(await tags(b, KEY)).toEqual([]);
    expect((await bytes(b, KEY)).equals(readFileSync(first))).toBe(true);
  });

  it('leaves the same bytes alone (published=false), and says whether the deployer has deployed them', async () => {
    const b = await bucket('cloud-bundles-b');
    expect((await cli([first, '--bundle-bucket', b])).code).toBe(0);
    const again = await cli([first, '--bundle-bucket', b, '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ ok: true, published: false, action: 'unchanged', key: KEY, sha256: sha256(readFileSync(first)), existing: { deployedTags: [] } });
    await s3.send(new PutObjectTaggingCommand({ Bucket: b, Key: KEY, Tagging: { TagSet: [{ Key: 'deployed_prod', Value: 'true' }] } }));
    const text = await cli([first, '--bundle-bucket', b]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/already holds this bundle of hello-publish v1\.0\.0: nothing was written/);
    expect(text.stdout).toContain('The cloud deployer has deployed it (deployed_prod=true).');
    expect(await versions(b, KEY)).toBe(1);
  });

  it('refuses other bytes where the deployer has deployed (nothing written); --force replaces them, without the tag', async () => {
    const b = await bucket('cloud-bundles-c');
    expect((await cli([first, '--bundle-bucket', b])).code).toBe(0);
    // what the deployer does after deploying: add deployed_<Environment>=true to the tags there
    await s3.send(
      new PutObjectTaggingCommand({
        Bucket: b,
        Key: KEY,
        Tagging: {
          TagSet: [
            { Key: 'owner', Value: 'cloud' },
            { Key: 'deployed_prod', Value: 'true' },
          ],
        },
      }),
    );

    const refused = await cli([second, '--bundle-bucket', b]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(
      /Refused to publish hello-publish v1\.0\.0: s3:\/\/cloud-bundles-c\/hello-publish_v1\.0\.0\.zip holds another bundle, which the cloud deployer has deployed \(deployed_prod=true\); nothing was written/,
    );
    expect(refused.stderr).toMatch(/publish the change as a new version\. To replace it anyway .* use --force/);
    expect(await versions(b, KEY)).toBe(1);
    expect((await bytes(b, KEY)).equals(readFileSync(first))).toBe(true);
    expect(await tags(b, KEY)).toContainEqual({ Key: 'deployed_prod', Value: 'true' });

    const dry = await cli([second, '--bundle-bucket', b, '--force', '--dry-run', '--json']);
    expect(JSON.parse(dry.stdout)).toMatchObject({ ok: true, dryRun: true, published: false, action: 'replace', existing: { sha256: sha256(readFileSync(first)), deployedTags: ['deployed_prod'] } });
    expect(await versions(b, KEY)).toBe(1);

    const forced = await cli([second, '--bundle-bucket', b, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/^Published hello-publish v1\.0\.0 to s3:\/\/cloud-bundles-c\/hello-publish_v1\.0\.0\.zip \(replaced, forced\)\n/);
    expect(forced.stdout).toMatch(new RegExp(`replaces +sha256 ${sha256(readFileSync(first))} \\(deployed_prod=true\\)`));
    expect((await bytes(b, KEY)).equals(readFileSync(second))).toBe(true);
    expect(await tags(b, KEY)).toEqual([]);
    expect(await versions(b, KEY)).toBe(2);

    // not deployed yet: other bytes replace it without --force
    const back = await cli([first, '--bundle-bucket', b, '--json']);
    expect(JSON.parse(back.stdout)).toMatchObject({ ok: true, published: true, action: 'replace' });
    expect(await versions(b, KEY)).toBe(3);
  });

  it('a dry run reads the bucket and writes nothing', async () => {
    const b = await bucket('cloud-bundles-d');
    const r = await cli([first, '--bundle-bucket', b, '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Would upload s3:\/\/cloud-bundles-d\/hello-publish_v1\.0\.0\.zip with hello-publish v1\.0\.0 \(dry run: nothing was written\)/);
    expect(await versions(b, KEY)).toBe(0);
  });

  it('takes a key that the deployer can use, and refuses others', async () => {
    const b = await bucket('cloud-bundles-e');
    const ok = await cli([first, '--bundle-bucket', b, '--key', 'Hello-1.0_final.zip', '--json']);
    expect(JSON.parse(ok.stdout)).toMatchObject({ published: true, key: 'Hello-1.0_final.zip' });
    for (const [key, problem] of [
      ['apps/hello.zip', /contains "\/": the cloud deployer reads the bucket root/],
      ['hello.tar.gz', /does not end in "\.zip"/],
      ['hello world.zip', /contains " "; use only letters, digits/],
      ['..zip', /must start with a letter or digit/],
      ['.zip', /must start with a letter or digit/],
      [`${'a'.repeat(252)}.zip`, /is 256 bytes; a file name may have at most 255/],
    ] as const) {
      const r = await cli([first, '--bundle-bucket', b, '--key', key]);
      expect(r.code, key).toBe(2); // an invalid option value is a usage error
      expect(r.stderr, key).toMatch(problem);
    }
    expect(await versions(b, 'apps/hello.zip')).toBe(0);
  });

  it('fails the preflight without writing: a missing bucket', async () => {
    const r = await cli([first, '--bundle-bucket', 'no-such-bundles']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bundle bucket "no-such-bundles" does not exist; give the cloud deployer's bucket \(its AppsBundleBucketName\) with --bundle-bucket/);
    expect((await cli([first])).code).toBe(2);
    const appDir = path.dirname(path.dirname(first));
    const dir = await cli([appDir, '--bundle-bucket', 'no-such-bundles']);
    expect(dir.code).toBe(1);
    expect(dir.stderr).toContain('publish takes a bundle .zip, not an app directory: pack it first');
  });

  it('refuses a bundle the deployer cannot deploy (a legacy manifest, a .jar archive), writing nothing', async () => {
    const b = await bucket('cloud-bundles-f');
    const legacy = {
      app_id: 'hello-publish',
      version: 'v1.0.0',
      display_name: 'Legacy',
      app_type: 'aws_lambda',
      homepage_url: 'https://example.com',
      aws_lambda: [{ path: '/', name: 'main', handler: 'index.handler', runtime: 'nodejs24.x' }],
    };
    const fn = readEntry(first, 'main.zip');
    const legacyBundle = path.join(tempDir(), 'legacy.zip');
    writeFileSync(
      legacyBundle,
      rawZip([
        { name: 'main.zip', data: fn },
        { name: 'manifest.json', data: Buffer.from(JSON.stringify(legacy, null, '\t')) },
      ]),
    );
    const r = await cli([legacyBundle, '--bundle-bucket', b]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/legacy\.zip!\/manifest\.json:\d+:\d+: error MMA240: the bundle's manifest\.json has the legacy format .* the Apps plugin v1\.2 and later reject that format/);
    expect(r.stderr).toMatch(/publish refused: 1 error, \d+ warnings?; nothing was written\./);

    const jar = path.join(tempDir(), 'jar.zip');
    writeFileSync(
      jar,
      rawZip([
        { name: 'main.zip', data: fn },
        { name: 'main.jar', data: fn },
        { name: 'manifest.json', data: readEntry(first, 'manifest.json') },
      ]),
    );
    await expect(publish(request({ bundlePath: jar, bucket: b }))).rejects.toSatisfy((e) => e instanceof FindingsError && e.findings.some((f) => f.code === 'MMA210'));
    expect(((await s3.send(new ListObjectVersionsCommand({ Bucket: b }))).Versions ?? []).length).toBe(0);
  });

  it('warns when the key would not be in the first 1,000 keys the deployer lists', async () => {
    const b = await bucket('cloud-bundles-g');
    const keys = Array.from({ length: 1000 }, (_, i) => `deployed-${String(i).padStart(4, '0')}.zip`);
    for (let i = 0; i < keys.length; i += 50) await Promise.all(keys.slice(i, i + 50).map((Key) => s3.send(new PutObjectCommand({ Bucket: b, Key, Body: 'x' }))));
    const late = await publish(request({ bundlePath: first, bucket: b, key: 'zz-hello.zip' }));
    expect(late.published).toBe(true);
    expect(late.findings).toContainEqual(
      expect.objectContaining({
        code: 'MMA241',
        severity: 'warning',
        message: expect.stringMatching(/"zz-hello\.zip" sorts after the first 1,000 keys of bucket cloud-bundles-g \(the 1,000th is "deployed-0999\.zip"\)/),
      }),
    );
    const early = await publish(request({ bundlePath: first, bucket: b, key: 'a-hello.zip' }));
    expect(early.findings.map((f) => f.code)).not.toContain('MMA241');
    const cliRun = await cli([first, '--bundle-bucket', b, '--key', 'zz-hello.zip']);
    expect(cliRun.code).toBe(0);
    expect(cliRun.stderr).toMatch(/warning MMA241: "zz-hello\.zip" sorts after the first 1,000 keys/);
  });

  it('retries an upload that failed in transit, and recognises its own write when the answer was lost', async () => {
    const b = await bucket('cloud-bundles-h');
    const transport = new FaultyHandler();
    transport.rules = [{ operation: 's3:PutObject', fault: slowDown }];
    const messages: string[] = [];
    const sleeps: number[] = [];
    const r = await publish(request({ bundlePath: first, bucket: b, clientOptions: { requestHandler: transport, retryDelay: () => 0 }, sleep: async (ms) => void sleeps.push(ms), onProgress: (m) => messages.push(m) }));
    expect(r.published).toBe(true);
    expect(messages).toContainEqual(expect.stringMatching(/trying again in 1 s \(attempt 2 of 3\)/));
    expect(transport.requests.filter((q) => q.operation === 'PutObject')).toHaveLength(2);
    expect(await versions(b, KEY)).toBe(1);

    // the first PutObject reaches S3, but its answer is lost: the retry's condition fails on our own object
    class LostAnswer extends FaultyHandler {
      lost = 1;
      override async handle(request: Parameters<FaultyHandler['handle']>[0], options?: Record<string, unknown>) {
        const result = await super.handle(request, options);
        if (this.requests.at(-1)?.operation === 'PutObject' && this.lost-- > 0) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
        return result;
      }
    }
    const lossy = new LostAnswer();
    const again = await publish(request({ bundlePath: second, bucket: b, clientOptions: { requestHandler: lossy, retryDelay: () => 0 }, sleep: async () => undefined }));
    expect(again).toMatchObject({ published: true, action: 'replace' });
    expect(await versions(b, KEY)).toBe(2);
    transport.close();
    lossy.close();
  });

  it('publishes a bundle fetched from S3, and prints its SHA-256', async () => {
    const b = await bucket('cloud-bundles-i');
    await bucket('release-artifacts');
    await s3.send(new PutObjectCommand({ Bucket: 'release-artifacts', Key: 'v1/hello.zip', Body: readFileSync(first) }));
    const r = await cli(['s3://release-artifacts/v1/hello.zip', '--bundle-bucket', b, '--sha256', sha256(readFileSync(first))]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`fetched s3://release-artifacts/v1/hello.zip: 1.0 KiB, sha256 ${sha256(readFileSync(first))} (as pinned)`.replace('1.0 KiB', r.stderr.match(/hello\.zip: ([^,]+),/)![1]!));
    expect((await bytes(b, KEY)).equals(readFileSync(first))).toBe(true);
  });
});
