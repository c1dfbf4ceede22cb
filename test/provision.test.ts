// provision against a real moto_server: names and keys the Apps plugin computes, idempotence
// (zero writes when unchanged), minimal updates, versions side by side, dry runs, preflight
// failures that write nothing, and a failure in the middle that a re-run repairs. Every request
// goes through a recording transport (helpers/faults.ts) so that writes can be counted.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { GetFunctionCommand, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { GetPolicyVersionCommand, ListPoliciesCommand } from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { UserError } from '../src/errors.js';
import { pack } from '../src/bundle/pack.js';
import { describeOutcome } from '../src/provision/describe.js';
import { ZipDataError } from '../src/zip/reader.js';
import { manifestJson, put, tempDir, writeApp } from './helpers/fs.js';
import { rawZip, type RawEntry } from './helpers/raw-zip.js';
import { ACCOUNT, CREDENTIALS_ENV, REGION, motoAvailable, seedAccount } from './helpers/moto.js';
import { provisionHarness } from './helpers/provision-harness.js';

const NOW = new Date('2026-11-21T00:00:00Z');
const BUCKET = 'mattermost-apps-bucket';

describe.skipIf(!motoAvailable())('provision (moto)', () => {
  const h = provisionHarness(BUCKET);
  const { run, writes } = h;

  function app(version = 'v1.0.0', statics: Record<string, string | Buffer> = { 'icon.png': Buffer.from('89504e470d0a1a0a', 'hex'), 'test.txt': 'static pong', 'css/app style.css': 'body {}' }) {
    return writeApp(tempDir(), { manifest: manifestJson({ app_id: 'com.example.hello', version }, [{ name: 'main' }, { name: 'send' }]), functions: [{ name: 'main' }, { name: 'send' }], static: statics });
  }

  it('creates exactly the names, keys, types, manifest and invoke policy the Apps plugin expects', async () => {
    const dir = app();
    const out = await run(dir);
    expect(out.report?.ok).toBe(true);
    expect(out.report?.changed).toBe(true);

    const functions = await h.lambda.send(new ListFunctionsCommand({}));
    expect(functions.Functions?.map((f) => f.FunctionName).sort()).toEqual(['com-example-hello_v1-0-0_main', 'com-example-hello_v1-0-0_send']);
    const main = await h.lambda.send(new GetFunctionCommand({ FunctionName: 'com-example-hello_v1-0-0_main' }));
    expect(main.Configuration).toMatchObject({ Handler: 'index.handler', Runtime: 'nodejs24.x', Role: `arn:aws:iam::${ACCOUNT}:role/mattermost-apps-execute-lambda-role` });
    expect(main.Tags).toMatchObject({ 'mattermost-app-id': 'com.example.hello', 'mattermost-app-version': 'v1.0.0', 'managed-by': 'mm-apps-deploy' });
    // the code is the function archive from the bundle, byte for byte
    const bundleZip = execFileSync('python3', ['-c', 'import sys,zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read("main.zip"))', out.bundlePath]);
    expect(main.Configuration?.CodeSha256).toBe(execFileSync('sh', ['-c', 'openssl dgst -sha256 -binary | base64'], { input: bundleZip }).toString().trim());

    const keys = (await h.aws.s3.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents?.map((c) => c.Key).sort();
    expect(keys).toEqual([
      'manifests/com.example.hello_v1.0.0.json',
      'static/com.example.hello_v1.0.0_app/css/app-style.css',
      'static/com.example.hello_v1.0.0_app/icon.png',
      'static/com.example.hello_v1.0.0_app/test.txt',
    ]);
    const head = async (Key: string) => h.aws.s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key }));
    expect(await head('static/com.example.hello_v1.0.0_app/test.txt')).toMatchObject({ ContentType: 'text/plain; charset=utf-8', CacheControl: 'public, max-age=31536000, immutable' });
    expect((await head('static/com.example.hello_v1.0.0_app/icon.png')).ContentType).toBe('image/png');
    expect((await head('static/com.example.hello_v1.0.0_app/css/app-style.css')).ContentType).toBe('text/css; charset=utf-8');
    const manifest = await h.aws.s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'manifests/com.example.hello_v1.0.0.json' }));
    expect(manifest.ContentType).toBe('application/json; charset=utf-8');
    expect(await manifest.Body?.transformToString()).toBe(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));

    const policies = await h.aws.iam.send(new ListPoliciesCommand({ Scope: 'Local' }));
    const arn = policies.Policies!.find((p) => p.PolicyName === 'mattermost-apps-invoke-policy')!;
    const doc = JSON.parse(decodeURIComponent((await h.aws.iam.send(new GetPolicyVersionCommand({ PolicyArn: arn.Arn!, VersionId: arn.DefaultVersionId! }))).PolicyVersion!.Document!));
    expect(doc.Statement.map((s: { Sid: string }) => s.Sid)).toEqual(['AllowS3', 'AllowS3list', 'AllowLambda']);
    expect(doc.Statement[2]).toEqual({
      Sid: 'AllowLambda',
      Effect: 'Allow',
      Action: ['lambda:InvokeFunction'],
      Resource: [`arn:aws:lambda:${REGION}:${ACCOUNT}:function:com-example-hello_v1-0-0_main`, `arn:aws:lambda:${REGION}:${ACCOUNT}:function:com-example-hello_v1-0-0_send`],
    });

    // the order that keeps the app invisible until it is complete: static assets, functions and
    // the policy (at once, see provision-concurrency.test.ts), the manifest last
    const order = writes();
    expect(order.at(-1)).toBe('s3:PutObject manifests/com.example.hello_v1.0.0.json');
    expect(order.filter((w) => w.startsWith('s3:PutObject static/'))).toHaveLength(3);
  });

  it('makes zero writes when nothing changed', async () => {
    const dir = app();
    await run(dir);
    h.transport.clear();
    const again = await run(dir);
    expect(again.report?.ok).toBe(true);
    expect(again.report?.changed).toBe(false);
    expect(writes()).toEqual([]);
    expect(again.report?.functions.map((f) => f.result)).toEqual(['unchanged', 'unchanged']);
    expect(again.report?.objects).toEqual({ uploaded: 0, unchanged: 3, failed: 0, notDone: 0 });
    // and few reads: no listing and no per-object HEAD when the manifest's digest vouches for the objects
    expect(h.transport.requests.filter((r) => r.operation === 'HeadObject').length).toBe(1);
    expect(h.transport.requests.filter((r) => r.operation === 'ListObjectsV2')).toEqual([]);
  });

  it('re-uploads only the static file that changed (and the manifest that records it)', async () => {
    const dir = app();
    await run(dir);
    put(path.join(dir, 'static', 'test.txt'), 'static pong, changed');
    h.transport.clear();
    const out = await run(dir);
    expect(writes()).toEqual(['s3:PutObject static/com.example.hello_v1.0.0_app/test.txt', 's3:PutObject manifests/com.example.hello_v1.0.0.json']);
    expect(out.report?.objects).toMatchObject({ uploaded: 1, unchanged: 2 });
  });

  it('updates only the function whose code changed', async () => {
    const dir = app();
    await run(dir);
    put(path.join(dir, 'functions', 'send', 'index.mjs'), 'export const handler = async () => ({ statusCode: 200, body: "v2" });\n');
    h.transport.clear();
    const out = await run(dir);
    expect(writes()).toEqual(['lambda:UpdateFunctionCode com-example-hello_v1-0-0_send']);
    expect(out.report?.functions.map((f) => f.result)).toEqual(['unchanged', 'updated code']);
  });

  it('updates configuration only when it differs, and only the fields given', async () => {
    const dir = app();
    await run(dir);
    h.transport.clear();
    const out = await run(dir, { memorySize: 256, timeout: 60, environment: { MODE: 'production' } });
    // (the two functions are updated at the same time, in either order)
    expect(writes().sort()).toEqual(['lambda:UpdateFunctionConfiguration com-example-hello_v1-0-0_main', 'lambda:UpdateFunctionConfiguration com-example-hello_v1-0-0_send']);
    expect(out.report?.functions[0]?.result).toBe('updated configuration (memory size, timeout, environment)');
    const c = (await h.lambda.send(new GetFunctionCommand({ FunctionName: 'com-example-hello_v1-0-0_main' }))).Configuration!;
    expect([c.MemorySize, c.Timeout, c.Environment?.Variables]).toEqual([256, 60, { MODE: 'production' }]);
    h.transport.clear();
    await run(dir, { memorySize: 256, timeout: 60, environment: { MODE: 'production' } });
    expect(writes()).toEqual([]);
    // options not given leave what is there alone
    await run(dir);
    expect(writes()).toEqual([]);
  });

  it('puts a new version beside the old one and never touches the old one', async () => {
    await run(app('v1.0.0'));
    h.transport.clear();
    const out = await run(app('v1.1.0'));
    expect(out.report?.ok).toBe(true);
    expect(writes().filter((w) => /v1[.-]0[.-]0/.test(w))).toEqual([]);
    const names = (await h.lambda.send(new ListFunctionsCommand({}))).Functions?.map((f) => f.FunctionName).sort();
    expect(names).toEqual(['com-example-hello_v1-0-0_main', 'com-example-hello_v1-0-0_send', 'com-example-hello_v1-1-0_main', 'com-example-hello_v1-1-0_send']);
    const manifests = (await h.aws.s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'manifests/' }))).Contents?.map((c) => c.Key);
    expect(manifests).toEqual(['manifests/com.example.hello_v1.0.0.json', 'manifests/com.example.hello_v1.1.0.json']);
    expect(out.report?.invokePolicy.added).toHaveLength(2);
  });

  it('keeps the invoke policy under the 5-version limit by deleting non-default versions first', async () => {
    const policyArn = `arn:aws:iam::${ACCOUNT}:policy/mattermost-apps-invoke-policy`;
    const { CreatePolicyVersionCommand, ListPolicyVersionsCommand } = await import('@aws-sdk/client-iam');
    const doc = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'AllowS3', Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::x/*'] }] });
    for (let i = 0; i < 4; i++) await h.aws.iam.send(new CreatePolicyVersionCommand({ PolicyArn: policyArn, PolicyDocument: doc, SetAsDefault: false }));
    expect((await h.aws.iam.send(new ListPolicyVersionsCommand({ PolicyArn: policyArn }))).Versions).toHaveLength(5);
    const out = await run(app());
    expect(out.report?.ok, out.report?.error?.message).toBe(true);
    const versions = (await h.aws.iam.send(new ListPolicyVersionsCommand({ PolicyArn: policyArn }))).Versions!;
    expect(versions.filter((v) => v.IsDefaultVersion)).toHaveLength(1);
    expect(versions.length).toBeLessThanOrEqual(2);
  });

  it('checks objects one by one when no manifest vouches for them: same content is kept, wrong headers are fixed', async () => {
    const { PutObjectCommand } = await import('@aws-sdk/client-s3');
    // as appsctl or a hand-made `aws s3 cp` leaves them: right bytes, no Content-Type, no hash metadata
    await h.aws.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'static/com.example.hello_v1.0.0_app/test.txt', Body: 'static pong' }));
    await h.aws.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'static/com.example.hello_v1.0.0_app/icon.png', Body: 'old icon bytes' }));
    const out = await run(app());
    expect(out.plan.objects.map((o) => [o.object.name, o.reason])).toEqual([
      ['css/app style.css', 'new'],
      ['icon.png', 'content'],
      ['test.txt', 'headers'],
    ]);
    h.transport.clear();
    await run(app());
    expect(writes()).toEqual([]);
  });

  it('plans without writing anything in a dry run, not even the bundle', async () => {
    const dir = app();
    const out = await run(dir, { dryRun: true });
    expect(out.report).toBeUndefined();
    expect(writes()).toEqual([]);
    expect(out.plan.functions.map((f) => f.action)).toEqual(['create', 'create']);
    expect(out.plan.objects.map((o) => o.action)).toEqual(['upload', 'upload', 'upload']);
    expect(out.plan.invokePolicy).toMatchObject({
      action: 'update',
      add: [`arn:aws:lambda:${REGION}:${ACCOUNT}:function:com-example-hello_v1-0-0_main`, `arn:aws:lambda:${REGION}:${ACCOUNT}:function:com-example-hello_v1-0-0_send`],
    });
    expect(out.plan.manifest.action).toBe('upload');
    expect(() => readFileSync(path.join(dir, 'dist', 'com.example.hello_v1.0.0.zip'))).toThrow();
  });

  describe('preflight failures write nothing', () => {
    it('a missing bucket', async () => {
      await expect(run(app(), { aws: { endpointUrl: h.moto.endpoint, bucket: 'no-such-bucket', env: { ...CREDENTIALS_ENV, AWS_REGION: REGION } } })).rejects.toThrow(
        'S3 bucket "no-such-bucket" does not exist (region us-east-1): create it (mm-apps-deploy init --bucket no-such-bucket --create), or name an existing one with --bucket (action input s3-bucket) or MM_APPS_S3_BUCKET',
      );
      expect(writes()).toEqual([]);
    });

    it('credentials AWS rejects (moto with IAM authentication on)', async () => {
      await fetch(`${h.moto.endpoint}/moto-api/reset-auth`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '0' });
      try {
        const err = await run(app()).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(UserError);
        expect((err as Error).message).toBe(
          'AWS rejected the credentials from MM_APPS_DEPLOY_AWS_ACCESS_KEY / MM_APPS_DEPLOY_AWS_SECRET_KEY (InvalidClientTokenId) for sts:GetCallerIdentity: check the key pair, or refresh an expired session',
        );
        expect((err as Error).message).not.toContain('test-secret');
      } finally {
        await fetch(`${h.moto.endpoint}/moto-api/reset-auth`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '1000000000' });
      }
      expect(writes()).toEqual([]);
    });

    it('a missing execution role, unless asked to create it', async () => {
      await h.moto.reset();
      await seedAccount(h.moto.endpoint, BUCKET, { role: false });
      await expect(run(app())).rejects.toThrow(/execution role "mattermost-apps-execute-lambda-role" does not exist: create it with "mm-apps-deploy init --create", pass --create-execute-role/);
      expect(writes()).toEqual([]);
      const out = await run(app(), { createExecuteRole: true });
      expect(out.report?.ok).toBe(true);
      expect(out.report?.role.status).toBe('done');
      const w = writes();
      expect(w).toContain('iam:CreateRole mattermost-apps-execute-lambda-role');
      expect(w.indexOf('iam:CreateRole mattermost-apps-execute-lambda-role')).toBeLessThan(w.findIndex((x) => x.startsWith('lambda:CreateFunction')));
    });

    it('a half-made execution role is finished by the next run with --create-execute-role', async () => {
      await h.moto.reset();
      await seedAccount(h.moto.endpoint, BUCKET, { role: false });
      h.transport.rules.push({ operation: 'iam:AttachRolePolicy', times: Infinity, fault: { status: 500, headers: { 'content-type': 'text/plain' }, body: 'oops' } });
      const failed = await run(app(), { createExecuteRole: true });
      expect(failed.report?.ok).toBe(false);
      expect(failed.report?.error?.message).toMatch(/^iam:AttachRolePolicy on mattermost-apps-execute-lambda-role failed: AWS answered HTTP 500 \(8 attempts\)/);
      expect(failed.report?.role).toMatchObject({ status: 'failed', result: 'created, logging not attached' });
      // no function is created with a role that cannot write logs
      expect(writes().some((w) => w.startsWith('lambda:'))).toBe(false);
      expect(failed.report?.manifest.status).toBe('not done');

      h.transport.rules = [];
      h.transport.clear();
      const again = await run(app(), { createExecuteRole: true });
      expect(again.report?.ok, again.report?.error?.message).toBe(true);
      expect(again.plan.role.action).toBe('attach');
      expect(again.report?.role).toMatchObject({ status: 'done', result: 'logging attached' });
      expect(writes()).toContain('iam:AttachRolePolicy mattermost-apps-execute-lambda-role');
      expect(writes()).not.toContain('iam:CreateRole mattermost-apps-execute-lambda-role');
      const { ListAttachedRolePoliciesCommand } = await import('@aws-sdk/client-iam');
      const attached = await h.aws.iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'mattermost-apps-execute-lambda-role' }));
      expect(attached.AttachedPolicies?.map((p) => p.PolicyArn)).toEqual(['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']);
      h.transport.clear();
      expect((await run(app(), { createExecuteRole: true })).report?.changed).toBe(false);
      expect(writes()).toEqual([]);
    });

    it('an existing role it did not create is left as it is, logging or not', async () => {
      // seedAccount's role has no description and no policy attached
      const out = await run(app(), { createExecuteRole: true });
      expect(out.report?.ok, out.report?.error?.message).toBe(true);
      expect(out.plan.role.action).toBe('exists');
      expect(writes().filter((w) => w.startsWith('iam:') && w.includes('role'))).toEqual([]);
    });

    it('a bundle with errors', async () => {
      const dir = app();
      put(path.join(dir, 'manifest.json'), manifestJson({ display_name: '' }));
      await expect(run(dir)).rejects.toMatchObject({ name: 'FindingsError', findings: [expect.objectContaining({ code: 'MMA014' })] });
      expect(writes()).toEqual([]);
    });
  });

  describe('corrupt bundles', () => {
    it('refuses the overlap bomb of issue 8 (314 MB from 27 KB) before any write', async () => {
      const dir = tempDir();
      const fn = rawZip([{ name: 'index.mjs', method: 8, data: Buffer.from('export const handler = async () => ({ statusCode: 200 });\n') }]);
      const block: RawEntry = { name: 'static/a/0.bin', method: 8, data: Buffer.alloc(1024 * 1024) };
      const copies = Array.from({ length: 300 }, (_, i): RawEntry => ({ ...block, name: `static/a/${i + 1}.bin`, sharesWith: 2 }));
      const file = path.join(dir, 'bomb.zip');
      writeFileSync(file, rawZip([{ name: 'manifest.json', data: Buffer.from(manifestJson({ app_id: 'com.example.hello' })) }, { name: 'main.zip', data: fn }, block, ...copies]));
      await expect(run(file)).rejects.toMatchObject({ name: 'FindingsError', findings: expect.arrayContaining([expect.objectContaining({ code: 'MMA131' })]) });
      expect(writes()).toEqual([]);
    });

    it('never uploads an entry that changed after validation, says the bundle is corrupt, and writes no manifest', async () => {
      const dir = app();
      const file = path.join(tempDir(), 'bundle.zip');
      expect((await pack({ appDir: dir, now: NOW, output: file })).ok).toBe(true);
      const at = readFileSync(file).indexOf('static pong'); // stored: too short to deflate
      const damage = (message: string) => {
        if (!message.startsWith('uploading')) return;
        const fd = openSync(file, 'r+');
        writeSync(fd, Buffer.from('S'), 0, 1, at);
        closeSync(fd);
      };
      const outcome = await run(file, { onProgress: damage });
      expect(outcome.report?.ok).toBe(false);
      expect(outcome.report?.error).toBeInstanceOf(ZipDataError);
      expect(outcome.report?.error?.message).toMatch(/^the bundle is corrupt: its entry "static\/test\.txt" has CRC-32 0x[0-9a-f]{8}, its headers declare 0x[0-9a-f]{8}/);
      expect(writes()).not.toContain('s3:PutObject static/com.example.hello_v1.0.0_app/test.txt');
      expect(writes().filter((w) => w.startsWith('s3:PutObject manifests/'))).toEqual([]);
      expect(describeOutcome(outcome).next).toMatch(/^The bundle is corrupt .* nothing corrupt was uploaded\. Rebuild it/);
    });
  });

  it('stops at a failure without writing the manifest, says what was done, and a re-run converges', async () => {
    const dir = app();
    // AWS refuses the second function (a permanent error, not retried)
    h.transport.rules.push({
      operation: 'lambda:CreateFunction',
      target: (name) => name.endsWith('_send'),
      times: Infinity,
      fault: { status: 400, headers: { 'x-amzn-errortype': 'InvalidParameterValueException' }, body: JSON.stringify({ message: 'Uploaded file must be a non-empty zip' }) },
    });
    const failed = await run(dir);
    expect(failed.report?.ok).toBe(false);
    expect(failed.report?.error?.message).toMatch(/Uploaded file must be a non-empty zip/);
    expect(failed.report?.objects).toMatchObject({ uploaded: 3 });
    expect(failed.report?.functions.map((f) => [f.lambdaName, f.status])).toEqual([
      ['com-example-hello_v1-0-0_main', 'done'],
      ['com-example-hello_v1-0-0_send', 'failed'],
    ]);
    // the policy update started with everything else, before the failure (an ARN without its function grants nothing)
    expect(failed.report?.invokePolicy.status).toBe('done');
    expect(failed.report?.manifest.status).toBe('not done');
    const manifests = await h.aws.s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'manifests/' }));
    expect(manifests.Contents ?? []).toEqual([]);

    h.transport.rules = [];
    h.transport.clear();
    const again = await run(dir);
    expect(again.report?.ok).toBe(true);
    expect(writes()).toEqual(['lambda:CreateFunction com-example-hello_v1-0-0_send', 's3:PutObject manifests/com.example.hello_v1.0.0.json']);
    expect(again.report?.functions.map((f) => f.result)).toEqual(['unchanged', 'created']);
  });
});
