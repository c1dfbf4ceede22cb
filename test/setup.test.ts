// The AWS setup helpers against a real moto_server: init (appsctl aws init), test (appsctl aws test
// as a checklist) and prune. Lambda cannot run code here (moto needs Docker for that), so the one
// real invocation, `test --invoke`, is answered by the fault-injecting transport, as marked below.
import { GetFunctionCommand, LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { GetPublicAccessBlockCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import {
  AddUserToGroupCommand,
  CreateUserCommand,
  GetGroupCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  ListAttachedGroupPoliciesCommand,
  ListAttachedRolePoliciesCommand,
  ListPoliciesCommand,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClients } from '../src/aws/clients.js';
import { resolveAwsSettings } from '../src/aws/settings.js';
import { provision } from '../src/provision/provision.js';
import { checkAws } from '../src/setup/check.js';
import { initAws } from '../src/setup/init.js';
import { compareVersions } from '../src/setup/prune.js';
import { runCli } from './helpers/cli.js';
import { FaultyHandler } from './helpers/faults.js';
import { manifestJson, tempDir, writeApp } from './helpers/fs.js';
import { ACCOUNT, CREDENTIALS_ENV, REGION, motoAvailable, motoClients, startMoto, type Moto } from './helpers/moto.js';

const BUCKET = 'setup-apps-bucket';

describe.skipIf(!motoAvailable())('AWS setup helpers (moto)', () => {
  let moto: Moto;
  let aws: ReturnType<typeof motoClients>;
  let lambda: LambdaClient;
  beforeAll(async () => {
    moto = await startMoto();
    aws = motoClients(moto.endpoint);
    lambda = new LambdaClient({ endpoint: moto.endpoint, region: REGION, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
  });
  afterAll(async () => {
    lambda?.destroy();
    await moto?.stop();
  });
  beforeEach(async () => moto.reset());

  const env = (extra: Record<string, string> = {}) => ({ ...CREDENTIALS_ENV, AWS_REGION: REGION, ...extra });
  const cli = (args: string[], extra: Record<string, string> = {}) => runCli([...args, '--endpoint-url', moto.endpoint, '--bucket', BUCKET], { env: env(extra) });
  const clientsWith = (transport?: FaultyHandler, as: 'deployer' | 'plugin' = 'deployer', extraEnv: Record<string, string> = {}) =>
    createClients(resolveAwsSettings({ endpointUrl: moto.endpoint, bucket: BUCKET, env: env(extraEnv), as }), transport ? { requestHandler: transport, retryDelay: () => 1 } : {});

  describe('init', () => {
    it('without --create only reports what is missing (exit 1)', async () => {
      const r = await cli(['init']);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/bucket +setup-apps-bucket +missing/);
      expect(r.stdout).toMatch(/invoke user +mattermost-apps-invoke +missing/);
      expect(r.stderr).toMatch(/5 things missing: bucket, invoke user, invoke group, invoke policy, execution role\. Run again with --create to create them\./);
      expect(await aws.s3.send(new ListObjectsV2Command({ Bucket: BUCKET })).catch((e: Error) => e.name)).toBe('NoSuchBucket');
    });

    it('with --create sets up everything appsctl aws init does, and Block Public Access', async () => {
      const r = await cli(['init', '--create']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('Ready to deploy AWS Lambda Mattermost Apps!');
      const pab = await aws.s3.send(new GetPublicAccessBlockCommand({ Bucket: BUCKET }));
      expect(pab.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true });
      const group = await aws.iam.send(new GetGroupCommand({ GroupName: 'mattermost-apps-invoke-group' }));
      expect(group.Users?.map((u) => u.UserName)).toEqual(['mattermost-apps-invoke']);
      const attached = await aws.iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: 'mattermost-apps-invoke-group' }));
      expect(attached.AttachedPolicies?.map((p) => p.PolicyName)).toEqual(['mattermost-apps-invoke-policy']);
      const policy = (await aws.iam.send(new ListPoliciesCommand({ Scope: 'Local' }))).Policies!.find((p) => p.PolicyName === 'mattermost-apps-invoke-policy')!;
      const doc = JSON.parse(decodeURIComponent((await aws.iam.send(new GetPolicyVersionCommand({ PolicyArn: policy.Arn!, VersionId: policy.DefaultVersionId! }))).PolicyVersion!.Document!));
      expect(doc).toEqual({
        Version: '2012-10-17',
        Statement: [
          { Sid: 'AllowS3', Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`arn:aws:s3:::${BUCKET}/manifests/*`, `arn:aws:s3:::${BUCKET}/static/*`] },
          { Sid: 'AllowS3list', Effect: 'Allow', Action: ['s3:ListBucket'], Resource: [`arn:aws:s3:::${BUCKET}`] },
        ],
      });
      const role = await aws.iam.send(new GetRoleCommand({ RoleName: 'mattermost-apps-execute-lambda-role' }));
      expect(JSON.parse(decodeURIComponent(role.Role!.AssumeRolePolicyDocument!)).Statement[0].Principal).toEqual({ Service: 'lambda.amazonaws.com' });
      const rolePolicies = await aws.iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'mattermost-apps-execute-lambda-role' }));
      expect(rolePolicies.AttachedPolicies?.map((p) => p.PolicyArn)).toEqual(['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']);
    });

    it('is idempotent: a second run makes no writes and says so', async () => {
      await cli(['init', '--create']);
      const transport = new FaultyHandler();
      const clients = clientsWith(transport);
      const r = await initAws(clients, { create: true, createAccessKey: false });
      clients.destroy();
      expect(r.changed).toBe(false);
      expect(r.items.every((i) => i.status === 'exists')).toBe(true);
      expect(transport.writes()).toEqual([]);
      const again = await cli(['init', '--create']);
      expect(again.stdout).toContain('Nothing changed: everything was already set up.');
    });

    it("prints the invoke user's new access key once, as export lines, and the key works", async () => {
      const r = await cli(['init', '--create', '--create-access-key']);
      expect(r.code).toBe(0);
      const id = /export MM_APPS_AWS_ACCESS_KEY='([^']+)'/.exec(r.stdout)?.[1];
      const secret = /export MM_APPS_AWS_SECRET_KEY='([^']+)'/.exec(r.stdout)?.[1];
      expect(id).toMatch(/^AKIA/);
      expect(secret).toBeTruthy();
      expect(r.stdout.split(secret!).length - 1).toBe(1); // once
      expect(r.stderr).not.toContain(secret!);
      const check = await checkAws(clientsWith(undefined, 'plugin', { MM_APPS_AWS_ACCESS_KEY: id!, MM_APPS_AWS_SECRET_KEY: secret! }), {});
      expect(check.items[0]).toMatchObject({ check: 'credentials', status: 'ok' });
      expect(check.identity).toBe(`arn:aws:iam::${ACCOUNT}:user/mattermost-apps-invoke`);
      expect(check.credentialSource).toBe('MM_APPS_AWS_ACCESS_KEY / MM_APPS_AWS_SECRET_KEY');
    });

    it('warns about an existing bucket without Block Public Access', async () => {
      const { CreateBucketCommand } = await import('@aws-sdk/client-s3');
      await aws.s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
      const r = await cli(['init', '--create']);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/warning: bucket "setup-apps-bucket" does not block public access/);
    });
    it('finishes a role whose logging policy was never attached, and never reports it as set up', async () => {
      await cli(['init', '--create']);
      // what a run that stopped between CreateRole and AttachRolePolicy leaves
      const { DetachRolePolicyCommand } = await import('@aws-sdk/client-iam');
      await aws.iam.send(new DetachRolePolicyCommand({ RoleName: 'mattermost-apps-execute-lambda-role', PolicyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' }));
      const check = await cli(['init']);
      expect(check.code).toBe(1);
      expect(check.stdout).toMatch(/logs policy on role +AWSLambdaBasicExecutionRole → mattermost-apps-execute-lambda-role +missing/);
      expect(check.stdout).not.toContain('Nothing changed');
      expect(check.stderr).toContain('1 thing missing: logs policy on role. Run again with --create to create them.');
      const fixed = await cli(['init', '--create']);
      expect(fixed.code, fixed.stderr).toBe(0);
      expect(fixed.stdout).toMatch(/logs policy on role +AWSLambdaBasicExecutionRole → mattermost-apps-execute-lambda-role +created/);
      expect(fixed.stdout).toContain('Ready to deploy AWS Lambda Mattermost Apps!');
      const attached = await aws.iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'mattermost-apps-execute-lambda-role' }));
      expect(attached.AttachedPolicies?.map((p) => p.PolicyArn)).toEqual(['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']);
      expect((await cli(['init', '--create'])).stdout).toContain('Nothing changed: everything was already set up.');
    });

    it('finishes the role when attaching its logging policy failed right after creating it', async () => {
      const transport = new FaultyHandler();
      transport.rules.push({ operation: 'iam:AttachRolePolicy', times: Infinity, fault: { status: 503, headers: { 'content-type': 'text/plain' }, body: 'unavailable' } });
      const clients = clientsWith(transport);
      const err = await initAws(clients, { create: true, createAccessKey: false }).catch((e: Error) => e);
      clients.destroy();
      expect((err as Error).message).toBe('iam:AttachRolePolicy mattermost-apps-execute-lambda-role failed: AWS answered HTTP 503 (8 attempts). This is usually temporary: run again, it continues where this run stopped');
      const again = await cli(['init', '--create']);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toMatch(/execution role +mattermost-apps-execute-lambda-role +exists\n.*logs policy on role +AWSLambdaBasicExecutionRole → mattermost-apps-execute-lambda-role +created/s);
    });

    it('says what to do when the endpoint has no AWS managed policies (moto without MOTO_IAM_LOAD_MANAGED_POLICIES)', async () => {
      const bare = await startMoto({ managedPolicies: false });
      try {
        const r = await runCli(['init', '--create', '--endpoint-url', bare.endpoint, '--bucket', BUCKET], { env: env() });
        expect(r.code).toBe(1);
        expect(r.stderr.split('\n').at(-2)).toBe(
          'mm-apps-deploy: iam:AttachRolePolicy arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole to role mattermost-apps-execute-lambda-role failed: ' +
            'that AWS managed policy does not exist at this endpoint. On moto, start moto_server with MOTO_IAM_LOAD_MANAGED_POLICIES=true; on another emulator, load its AWS managed policies; then run again to finish the role',
        );
        expect(r.stderr).not.toContain('unexpected error');
      } finally {
        await bare.stop();
      }
    });
  });

  /** init, then provision an app (small, two functions) as the deployer. */
  async function provisioned(appId: string, version: string) {
    const dir = writeApp(tempDir(), { manifest: manifestJson({ app_id: appId, version }, [{ name: 'main' }, { name: 'send' }]), functions: [{ name: 'main' }, { name: 'send' }] });
    const out = await provision({ target: dir, now: new Date('2026-11-21T00:00:00Z'), aws: { endpointUrl: moto.endpoint, bucket: BUCKET, env: env() } });
    expect(out.report?.ok, out.report?.error?.message).toBe(true);
    return out;
  }

  describe('test', () => {
    it('passes every check for a provisioned app', async () => {
      await cli(['init', '--create']);
      await provisioned('hello-check', 'v1.0.0');
      const r = await cli(['test', '--app', 'hello-check', '--version', 'v1.0.0']);
      expect(r.code, r.stdout).toBe(0);
      expect(r.stdout).toMatch(/^\[ok\] {3}credentials +arn:aws:sts::123456789012:user\/moto \(from MM_APPS_DEPLOY_AWS_ACCESS_KEY/m);
      expect(r.stdout).toMatch(/^\[ok\] {3}manifest +manifests\/hello-check_v1\.0\.0\.json/m);
      expect(r.stdout).toMatch(/^\[ok\] {3}static asset +static\/hello-check_v1\.0\.0_app\/icon\.png/m);
      expect(r.stdout).toMatch(/^\[ok\] {3}function main +hello-check_v1-0-0_main is Active/m);
      expect(r.stdout).toMatch(/All checks passed\.\n$/);
    });

    it('says what is wrong and how to fix it', async () => {
      await cli(['init', '--create']);
      await provisioned('hello-check', 'v1.0.0');
      const missing = await cli(['test', '--app', 'hello-check', '--version', 'v2.0.0']);
      expect(missing.code).toBe(1);
      expect(missing.stdout).toMatch(/\[FAIL\] manifest +manifests\/hello-check_v2\.0\.0\.json: not found\n +fix: provision hello-check v2\.0\.0/);
      await lambda.send(new (await import('@aws-sdk/client-lambda')).DeleteFunctionCommand({ FunctionName: 'hello-check_v1-0-0_send' }));
      const gone = await cli(['test', '--app', 'hello-check', '--version', 'v1.0.0']);
      expect(gone.stdout).toMatch(/\[FAIL\] function send +hello-check_v1-0-0_send does not exist/);
      const noBucket = await runCli(['test', '--endpoint-url', moto.endpoint, '--bucket', 'nope-bucket'], { env: env() });
      expect(noBucket.stdout).toMatch(/\[FAIL\] bucket +nope-bucket: does not exist\n +fix: create it with mm-apps-deploy init --bucket nope-bucket --create/);
    });

    it('falls back to a dry-run invocation for credentials that may only invoke', async () => {
      await cli(['init', '--create']);
      await provisioned('hello-check', 'v1.0.0');
      const transport = new FaultyHandler();
      // the plugin's invoke user has no lambda:GetFunction: AWS answers 403 (moto enforces no IAM here, so it is injected)
      transport.rules.push({
        operation: 'lambda:GetFunction',
        times: Infinity,
        fault: { status: 403, headers: { 'x-amzn-errortype': 'AccessDeniedException' }, body: JSON.stringify({ message: 'not authorized to perform: lambda:GetFunction' }) },
      });
      const r = await checkAws(clientsWith(transport), { appId: 'hello-check', version: 'v1.0.0' });
      expect(r.items.filter((i) => i.check.startsWith('function')).map((i) => [i.status, i.detail])).toEqual([
        ['ok', 'hello-check_v1-0-0_main can be invoked (dry run)'],
        ['ok', 'hello-check_v1-0-0_send can be invoked (dry run)'],
      ]);
      transport.close();
    });

    it("--invoke calls the function serving /ping with the plugin's payload and checks the answer", async () => {
      await cli(['init', '--create']);
      await provisioned('hello-check', 'v1.0.0');
      // Lambda cannot run the code here (moto needs Docker): the transport answers the invocation
      // the way the deployed sample app does; the request it got is checked below.
      const transport = new FaultyHandler();
      const answer = (body: object) => ({ status: 200, body: JSON.stringify({ statusCode: 200, headers: { 'Content-Type': 'application/json' }, isBase64Encoded: false, body: JSON.stringify(body) }) });
      transport.rules.push({ operation: 'lambda:POST /2015-03-31/functions/hello-check_v1-0-0_main/invocations', times: 1, fault: answer({ type: 'ok', text: 'PONG' }) });
      const ok = await checkAws(clientsWith(transport), { appId: 'hello-check', version: 'v1.0.0', invoke: true });
      expect(ok.items.at(-1)).toEqual({ check: 'invoke /ping', status: 'ok', detail: 'hello-check_v1-0-0_main: answered {"type":"ok","text":"PONG"}' });
      const sent = transport.requests.find((q) => q.operation.endsWith('/invocations'))!;
      const payload = JSON.parse(sent.body!);
      expect(payload).toEqual({ path: '/ping', httpMethod: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ path: '/ping', context: { app_id: 'hello-check' } }) });
      transport.rules.push({ operation: 'lambda:POST /2015-03-31/functions/hello-check_v1-0-0_main/invocations', times: 1, fault: { status: 200, body: JSON.stringify({ statusCode: 500, body: 'boom' }) } });
      const bad = await checkAws(clientsWith(transport), { appId: 'hello-check', version: 'v1.0.0', invoke: true });
      expect(bad.items.at(-1)).toMatchObject({ status: 'fail', detail: 'hello-check_v1-0-0_main: statusCode is 500, the plugin needs 200' });
      transport.rules.push({ operation: 'lambda:POST /2015-03-31/functions/hello-check_v1-0-0_main/invocations', times: 1, fault: answer({ type: 'ok', text: 'pong' }) });
      const notPong = await checkAws(clientsWith(transport), { appId: 'hello-check', version: 'v1.0.0', invoke: true });
      expect(notPong.items.at(-1)).toMatchObject({ status: 'fail', detail: 'hello-check_v1-0-0_main: answered {"type":"ok","text":"pong"}, and appsctl aws test lambda expects {"type":"ok","text":"PONG"}' });
      transport.close();
    });
  });

  describe('clean', () => {
    it('plans without --yes, then removes the keys, user, group and policy, and nothing else', async () => {
      await cli(['init', '--create', '--create-access-key']);
      await provisioned('hello-clean', 'v1.0.0');
      const plan = await cli(['clean']);
      expect(plan.code).toBe(0);
      expect(plan.stdout).toMatch(
        /would remove {2}access key AKIA…\w{4} of mattermost-apps-invoke\n {2}would remove {2}mattermost-apps-invoke from group mattermost-apps-invoke-group\n {2}would remove {2}policy mattermost-apps-invoke-policy from group mattermost-apps-invoke-group\n {2}would remove {2}group mattermost-apps-invoke-group\n {2}would remove {2}user mattermost-apps-invoke\n {2}would remove {2}policy mattermost-apps-invoke-policy\n/,
      );
      expect(plan.stdout).toMatch(/Nothing was changed\. Run again with --yes/);
      await expect(aws.iam.send(new GetGroupCommand({ GroupName: 'mattermost-apps-invoke-group' }))).resolves.toBeDefined();

      const done = await cli(['clean', '--yes', '--json']);
      expect(done.code).toBe(0);
      expect(JSON.parse(done.stdout)).toMatchObject({ ok: true, changed: true, planned: false });
      await expect(aws.iam.send(new GetGroupCommand({ GroupName: 'mattermost-apps-invoke-group' }))).rejects.toThrow();
      const policies = (await aws.iam.send(new ListPoliciesCommand({ Scope: 'Local' }))).Policies ?? [];
      expect(policies.map((p) => p.PolicyName)).not.toContain('mattermost-apps-invoke-policy');
      // never functions, objects, buckets or the execution role
      expect((await lambda.send(new ListFunctionsCommand({}))).Functions!.map((f) => f.FunctionName)).toContain('hello-clean_v1-0-0_main');
      expect((await aws.s3.send(new ListObjectsV2Command({ Bucket: BUCKET }))).KeyCount).toBeGreaterThan(0);
      await expect(aws.iam.send(new GetRoleCommand({ RoleName: 'mattermost-apps-execute-lambda-role' }))).resolves.toBeDefined();

      const again = await cli(['clean', '--yes']);
      expect(again.stdout).toMatch(/already gone: group mattermost-apps-invoke-group, user mattermost-apps-invoke, policy mattermost-apps-invoke-policy\nNothing to remove\./);
    });

    it('keeps a group that holds someone else, saying why (exit 1)', async () => {
      await cli(['init', '--create']);
      await aws.iam.send(new CreateUserCommand({ UserName: 'bob' }));
      await aws.iam.send(new AddUserToGroupCommand({ UserName: 'bob', GroupName: 'mattermost-apps-invoke-group' }));
      const r = await cli(['clean', '--yes']);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/kept {2}group mattermost-apps-invoke-group: it also holds user bob, which init did not put there/);
      expect(r.stdout).toMatch(/removed {2}user mattermost-apps-invoke\n/);
    });
  });

  describe('prune', () => {
    it('orders versions with numbers compared as numbers', () => {
      expect(['v1.2.0', 'v1.10.0', 'v1.9.1', '1.0.0'].sort(compareVersions)).toEqual(['1.0.0', 'v1.2.0', 'v1.9.1', 'v1.10.0']);
    });

    it('shows the plan without --yes, then removes all but the newest N, and leaves other apps alone', async () => {
      await cli(['init', '--create']);
      for (const v of ['v1.0.0', 'v1.2.0', 'v1.10.0', 'v1.9.0']) await provisioned('hello', v);
      await provisioned('hello_x', 'v1'); // its manifest is manifests/hello_x_v1.json, under the same prefix
      const functions = async () => (await lambda.send(new ListFunctionsCommand({}))).Functions!.map((f) => f.FunctionName!).sort();
      expect(await functions()).toHaveLength(10);

      const plan = await cli(['prune', 'hello', '--keep', '2']);
      expect(plan.code).toBe(0);
      expect(plan.stdout).toBe(
        'hello: 4 versions in bucket setup-apps-bucket, newest first\n' +
          '  v1.10.0      keep\n' +
          '  v1.9.0       keep\n' +
          '  v1.2.0       remove: 2 functions, 2 static objects, the manifest\n' +
          '  v1.0.0       remove: 2 functions, 2 static objects, the manifest\n' +
          '\nNothing was removed. Run again with --yes to remove 2 versions; first make sure no Mattermost server still has them installed.\n',
      );
      expect(await functions()).toHaveLength(10);

      const done = await cli(['prune', 'hello', '--keep', '2', '--yes']);
      expect(done.code, done.stderr).toBe(0);
      expect(done.stdout).toContain('removed: v1.2.0, v1.0.0\ninvoke policy mattermost-apps-invoke-policy: removed 4 functions\n');
      expect(await functions()).toEqual(['hello_v1-10-0_main', 'hello_v1-10-0_send', 'hello_v1-9-0_main', 'hello_v1-9-0_send', 'hello_x_v1_main', 'hello_x_v1_send']);
      const keys = (await aws.s3.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents!.map((c) => c.Key!);
      expect(keys.filter((k) => k.startsWith('manifests/'))).toEqual(['manifests/hello_v1.10.0.json', 'manifests/hello_v1.9.0.json', 'manifests/hello_x_v1.json']);
      expect(keys.some((k) => k.includes('hello_v1.0.0') || k.includes('hello_v1.2.0'))).toBe(false);
      const policy = (await aws.iam.send(new ListPoliciesCommand({ Scope: 'Local' }))).Policies!.find((p) => p.PolicyName === 'mattermost-apps-invoke-policy')!;
      const doc = JSON.parse(decodeURIComponent((await aws.iam.send(new GetPolicyVersionCommand({ PolicyArn: policy.Arn!, VersionId: policy.DefaultVersionId! }))).PolicyVersion!.Document!));
      const allowed = doc.Statement.find((s: { Sid: string }) => s.Sid === 'AllowLambda').Resource as string[];
      expect(allowed.map((a) => a.split(':').pop()).sort()).toEqual(['hello_v1-10-0_main', 'hello_v1-10-0_send', 'hello_v1-9-0_main', 'hello_v1-9-0_send', 'hello_x_v1_main', 'hello_x_v1_send']);
      await expect(lambda.send(new GetFunctionCommand({ FunctionName: 'hello_v1-0-0_main' }))).rejects.toThrow();

      const again = await cli(['prune', 'hello', '--keep', '2', '--yes']);
      expect(again.stdout).toContain('Nothing to remove.');
    });

    it('an interrupted prune leaves a manifest that no longer vouches for its objects: provisioning that version again restores them', async () => {
      await cli(['init', '--create']);
      const old = await provisioned('hello', 'v1.0.0');
      await provisioned('hello', 'v2.0.0');
      // the static objects go, then deleting the manifest fails
      const transport = new FaultyHandler();
      let deletes = 0;
      transport.rules.push({
        operation: 's3:DeleteObjects',
        target: () => ++deletes >= 2,
        times: Infinity,
        fault: { status: 400, headers: { 'content-type': 'application/xml' }, body: '<Error><Code>InvalidRequest</Code><Message>no</Message></Error>' },
      });
      const clients = clientsWith(transport);
      const { applyPrune, planPrune } = await import('../src/setup/prune.js');
      const report = await applyPrune(clients, await planPrune(clients, { appId: 'hello', keep: 1 }), {});
      clients.destroy();
      expect(report.error?.message).toMatch(/InvalidRequest/);
      const keys = async () => (await aws.s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'static/hello_v1.0.0_app/' }))).Contents ?? [];
      expect(await keys()).toEqual([]);
      const again = await provision({ target: old.bundlePath, now: new Date('2026-11-21T00:00:00Z'), aws: { endpointUrl: moto.endpoint, bucket: BUCKET, env: env() } });
      expect(again.report?.ok, again.report?.error?.message).toBe(true);
      expect(again.report?.objects).toMatchObject({ uploaded: 2, unchanged: 0 });
      expect((await keys()).map((k) => k.Key).sort()).toEqual(['static/hello_v1.0.0_app/icon.png', 'static/hello_v1.0.0_app/test.txt']);
    });

    it('refuses --keep 0 and an unknown app', async () => {
      expect((await cli(['prune', 'hello', '--keep', '0'])).code).toBe(2);
      await cli(['init', '--create']);
      const r = await cli(['prune', 'nobody', '--keep', '1']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/no versions of "nobody" in bucket setup-apps-bucket/);
    });
  });
});
