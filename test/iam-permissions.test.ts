// The IAM side, with what moto can decide decided by moto: (a) the README's minimal deployer policy
// covers every call provision makes in a prepared account (bucket, execution role and invoke policy
// there), and lists exactly those; (b) after init + provision, the plugin's invoke user may read
// the version's manifest and static assets and invoke each of its functions; (c) a function left
// out of the invoke policy may not be invoked.
//
// moto enforces IAM (POST /moto-api/reset-auth) for S3 with real resource ARNs, and that is used
// below. It cannot decide Lambda or IAM calls: it authorizes them against the resource "*", and its
// server rejects body-less Lambda requests with SignatureDoesNotMatch whatever the policy (research
// aws-lambda-s3.md, "moto IAM enforcement"; seen here with the SDK too). Those calls are decided by
// evaluating the policy documents against the ARNs (helpers/iam-policy.ts), an evaluator that is
// first checked against moto's own decisions for S3.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { AttachUserPolicyCommand, CreateAccessKeyCommand, CreatePolicyCommand, CreateUserCommand, GetPolicyVersionCommand, ListPoliciesCommand, ListPolicyVersionsCommand } from '@aws-sdk/client-iam';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClients } from '../src/aws/clients.js';
import { resolveAwsSettings } from '../src/aws/settings.js';
import { lambdaName, s3ManifestName, s3StaticName } from '../src/compat/naming.js';
import { provision } from '../src/provision/provision.js';
import { initAws } from '../src/setup/init.js';
import { FaultyHandler, type RecordedRequest } from './helpers/faults.js';
import { manifestJson, put, tempDir, writeApp } from './helpers/fs.js';
import { isAllowed, type PolicyDocument } from './helpers/iam-policy.js';
import { ACCOUNT, CREDENTIALS_ENV, REGION, motoAvailable, motoClients, seedAccount, startMoto, type Moto } from './helpers/moto.js';

const NOW = new Date('2026-11-21T00:00:00Z');
const BUCKET = 'iam-apps-bucket';
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/mattermost-apps-execute-lambda-role`;

/** The README's minimal deployer policy, with the placeholders filled in. */
function readmeDeployerPolicy(): PolicyDocument {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split('### Minimal IAM policy for the deployer')[1]!;
  const json = /```json\n([\s\S]*?)\n```/.exec(section)![1]!;
  return JSON.parse(json.replaceAll('ACCOUNT', ACCOUNT).replaceAll('BUCKET', BUCKET)) as PolicyDocument;
}

interface Permission {
  action: string;
  resource: string;
  context?: Record<string, string>;
}

/** The IAM permissions a recorded request needs (AWS's service authorization reference). */
function permissionsOf(r: RecordedRequest): Permission[] {
  const fn = (name: string) => `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`;
  if (r.service === 'sts') return []; // GetCallerIdentity needs no permission
  if (r.service === 's3') {
    const object = `arn:aws:s3:::${BUCKET}/${r.target}`;
    const bucket = `arn:aws:s3:::${BUCKET}`;
    const map: Record<string, Permission> = {
      HeadBucket: { action: 's3:ListBucket', resource: bucket },
      ListObjectsV2: { action: 's3:ListBucket', resource: bucket },
      HeadObject: { action: 's3:GetObject', resource: object },
      GetObject: { action: 's3:GetObject', resource: object },
      PutObject: { action: 's3:PutObject', resource: object },
      // multipart uploads are covered by s3:PutObject, except their abort
      CreateMultipartUpload: { action: 's3:PutObject', resource: object },
      UploadPart: { action: 's3:PutObject', resource: object },
      CompleteMultipartUpload: { action: 's3:PutObject', resource: object },
      AbortMultipartUpload: { action: 's3:AbortMultipartUpload', resource: object },
    };
    return [map[r.operation] ?? { action: `s3:${r.operation}`, resource: object }];
  }
  if (r.service === 'iam') {
    const resource = r.operation === 'ListPolicies' ? '*' : r.target.startsWith('arn:') ? r.target : `arn:aws:iam::${ACCOUNT}:role/${r.target}`;
    return [{ action: `iam:${r.operation}`, resource }];
  }
  if (r.service === 'lambda') {
    if (r.operation.startsWith('GET ') && r.operation.includes('/tags/')) return [{ action: 'lambda:ListTags', resource: fn(r.target) }];
    const base: Permission = { action: `lambda:${r.operation}`, resource: fn(r.target) };
    const body = r.body ? (JSON.parse(r.body) as { Role?: string; Tags?: object }) : {};
    return [
      base,
      // GetFunction of a tagged function also needs ListTags (Lambda developer guide, "Using tags")
      ...(r.operation === 'GetFunction' ? [{ action: 'lambda:ListTags', resource: fn(r.target) }] : []),
      // tags given on create need TagResource; a role sent needs PassRole
      ...(r.operation === 'CreateFunction' && body.Tags ? [{ action: 'lambda:TagResource', resource: fn(r.target) }] : []),
      ...(body.Role ? [{ action: 'iam:PassRole', resource: body.Role, context: { 'iam:PassedToService': 'lambda.amazonaws.com' } }] : []),
    ];
  }
  throw new Error(`unclassified request ${r.operation}`);
}

describe.skipIf(!motoAvailable())('IAM permissions (moto, with IAM enforced where moto can decide)', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());
  beforeEach(async () => moto.reset());
  /** Every request after this must be signed by a key moto issued, and is authorized. */
  const enforce = (on: boolean) => fetch(`${moto.endpoint}/moto-api/reset-auth`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: on ? '0' : 'inf' });
  afterEach(async () => enforce(false));

  const clientsAs = (key: { AccessKeyId?: string; SecretAccessKey?: string }) => {
    const credentials = { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! };
    // checksums only when required, as provision sends them (moto cannot check streaming-checksum signatures)
    return { s3: new S3Client({ endpoint: moto.endpoint, region: REGION, credentials, forcePathStyle: true, maxAttempts: 1, requestChecksumCalculation: 'WHEN_REQUIRED' }) };
  };
  const outcome = (p: Promise<unknown>) =>
    p.then(
      () => 'allowed',
      (e: { name?: string }) => e.name ?? 'error',
    );

  it('(a) the README deployer policy allows every call provision makes, and names no other action', async () => {
    await seedAccount(moto.endpoint, BUCKET);
    const transport = new FaultyHandler();
    const dir = writeApp(tempDir(), { manifest: manifestJson({ app_id: 'hello-iam' }, [{ name: 'main' }, { name: 'send' }]), functions: [{ name: 'main' }, { name: 'send' }] });
    const run = (extra: object = {}) =>
      provision({
        target: dir,
        now: NOW,
        aws: { endpointUrl: moto.endpoint, bucket: BUCKET, env: { ...CREDENTIALS_ENV, AWS_REGION: REGION } },
        clientOptions: { requestHandler: transport, retryDelay: () => 1 },
        sleep: async () => undefined,
        ...extra,
      });
    expect((await run()).report?.ok).toBe(true); // create
    expect((await run({ timeout: 30, environment: { A: '1' } })).report?.ok).toBe(true); // update configuration
    put(path.join(dir, 'functions', 'main', 'index.mjs'), 'export const handler = async () => ({ statusCode: 200, body: "v2" });\n');
    put(path.join(dir, 'static', 'new.txt'), 'x');
    expect((await run({ timeout: 30, environment: { A: '1' } })).report?.ok).toBe(true); // new code, new object
    put(path.join(dir, 'manifest.json'), manifestJson({ app_id: 'hello-iam', version: 'v1.1.0' }, [{ name: 'main' }, { name: 'send' }]));
    expect((await run()).report?.ok).toBe(true); // another version: the invoke policy gets a new version, the oldest goes
    // a large file goes up in parts; a part refused makes the upload abort (s3:AbortMultipartUpload)
    put(path.join(dir, 'static', 'big.bin'), randomBytes(9 * 1024 * 1024)); // incompressible: no ratio check applies
    transport.rules.push({
      operation: 's3:UploadPart',
      times: 1,
      fault: { status: 403, headers: { 'content-type': 'application/xml' }, body: '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>' },
    });
    expect((await run()).report?.ok).toBe(false);
    expect((await run()).report?.ok).toBe(true);

    const policy = readmeDeployerPolicy();
    const needed = transport.requests.flatMap(permissionsOf);
    const denied = needed.filter((p) => !isAllowed([policy], p.action, p.resource, p.context));
    expect(denied).toEqual([]);
    const listed = new Set((Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement]).flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action!])));
    expect([...new Set(needed.map((p) => p.action))].sort()).toEqual([...listed].sort());

    // Where moto decides (S3), the same policy on a real user: writes where provision writes, nowhere else.
    const { iam } = motoClients(moto.endpoint);
    await iam.send(new CreateUserCommand({ UserName: 'deployer' }));
    const arn = (await iam.send(new CreatePolicyCommand({ PolicyName: 'deployer', PolicyDocument: JSON.stringify(policy) }))).Policy!.Arn!;
    await iam.send(new AttachUserPolicyCommand({ UserName: 'deployer', PolicyArn: arn }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'deployer' }))).AccessKey!;
    await enforce(true);
    const { s3 } = clientsAs(key);
    expect(await outcome(s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'static/hello-iam_v1.0.0_app/x.txt', Body: 'x' })))).toBe('allowed');
    expect(await outcome(s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'manifests/hello-iam_v1.0.0.json', Body: '{}' })))).toBe('allowed');
    // (no Prefix: moto's signature check mis-encodes a "/" in the query string)
    expect(await outcome(s3.send(new ListObjectsV2Command({ Bucket: BUCKET })))).toBe('allowed');
    expect(await outcome(s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'elsewhere/x.txt', Body: 'x' })))).toBe('AccessDenied');
    // the evaluator agrees with moto on these
    expect(isAllowed([policy], 's3:PutObject', `arn:aws:s3:::${BUCKET}/static/hello-iam_v1.0.0_app/x.txt`)).toBe(true);
    expect(isAllowed([policy], 's3:PutObject', `arn:aws:s3:::${BUCKET}/elsewhere/x.txt`)).toBe(false);
    s3.destroy();
  });

  it('(b, c) after init and provision, the invoke user reads the version and may invoke its functions, and only those', async () => {
    const settings = resolveAwsSettings({ endpointUrl: moto.endpoint, bucket: BUCKET, env: { ...CREDENTIALS_ENV, AWS_REGION: REGION } });
    const clients = createClients(settings);
    const init = await initAws(clients, { create: true, createAccessKey: true });
    clients.destroy();
    const dir = writeApp(tempDir(), { manifest: manifestJson({ app_id: 'hello-invoke' }, [{ name: 'main' }, { name: 'send' }]), functions: [{ name: 'main' }, { name: 'send' }] });
    const o = await provision({ target: dir, now: NOW, aws: { endpointUrl: moto.endpoint, bucket: BUCKET, env: { ...CREDENTIALS_ENV, AWS_REGION: REGION } }, sleep: async () => undefined });
    expect(o.report?.ok).toBe(true);
    // a function of another app that provision never added to the invoke policy
    const lambda = new LambdaClient({ endpoint: moto.endpoint, region: REGION, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    await lambda
      .send(new CreateFunctionCommand({ FunctionName: 'other_v1_main', Runtime: 'nodejs24.x', Role: ROLE_ARN, Handler: 'index.handler', Code: { ZipFile: Buffer.from(readFileSync(o.bundlePath)) } }))
      .catch(() => undefined);
    lambda.destroy();

    const { iam } = motoClients(moto.endpoint);
    const policyArn = (await iam.send(new ListPoliciesCommand({ Scope: 'Local' }))).Policies!.find((p) => p.PolicyName === 'mattermost-apps-invoke-policy')!.Arn!;
    const version = (await iam.send(new ListPolicyVersionsCommand({ PolicyArn: policyArn }))).Versions!.find((v) => v.IsDefaultVersion)!;
    const doc = JSON.parse(decodeURIComponent((await iam.send(new GetPolicyVersionCommand({ PolicyArn: policyArn, VersionId: version.VersionId! }))).PolicyVersion!.Document!)) as PolicyDocument;

    await enforce(true);
    const { s3 } = clientsAs({ AccessKeyId: init.accessKey!.id, SecretAccessKey: init.accessKey!.secret });
    // S3: decided by moto, with the invoke user's keys
    expect(await outcome(s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: s3ManifestName('hello-invoke', 'v1.0.0') })))).toBe('allowed');
    expect(await outcome(s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: s3StaticName('hello-invoke', 'v1.0.0', 'icon.png') })))).toBe('allowed');
    expect(await outcome(s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: s3ManifestName('hello-invoke', 'v1.0.0'), Body: '{}' })))).toBe('AccessDenied');
    s3.destroy();
    // Lambda: decided by the policy document provision left (moto cannot decide it)
    for (const fn of ['main', 'send']) {
      expect(isAllowed([doc], 'lambda:InvokeFunction', `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${lambdaName('hello-invoke', 'v1.0.0', fn)}`)).toBe(true);
    }
    expect(isAllowed([doc], 'lambda:InvokeFunction', `arn:aws:lambda:${REGION}:${ACCOUNT}:function:other_v1_main`)).toBe(false);
    expect(isAllowed([doc], 'lambda:InvokeFunction', `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${lambdaName('hello-invoke', 'v2.0.0', 'main')}`)).toBe(false);
  });
});
