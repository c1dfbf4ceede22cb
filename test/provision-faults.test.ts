// Provisioning under the conditions of real AWS that moto never produces, injected between the
// SDK and a real moto_server (helpers/faults.ts): functions Pending or InProgress for a few polls,
// 409 ResourceConflictException meanwhile, 429 throttling, 503 SlowDown, dropped connections, IAM
// propagation delays, failed states, endless waits. Provisioning must end in the right state, or
// fail saying why without a manifest. Sleeps are instant (an injected clock), so this runs fast.
import { GetFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { provision, type ProvisionRequest } from '../src/provision/provision.js';
import { conflict, FaultyHandler, roleNotReady, slowDown, throttle } from './helpers/faults.js';
import { manifestJson, tempDir, writeApp } from './helpers/fs.js';
import { CREDENTIALS_ENV, REGION, motoAvailable, motoClients, seedAccount, startMoto, type Moto } from './helpers/moto.js';

const BUCKET = 'mattermost-apps-bucket';
const MAIN = 'com-example-faults_v1-0-0_main';
const SEND = 'com-example-faults_v1-0-0_send';

describe.skipIf(!motoAvailable())('provision with faults (moto behind a fault-injecting transport)', () => {
  let moto: Moto;
  let lambda: LambdaClient;
  let transport: FaultyHandler;
  let slept: number[];

  beforeAll(async () => {
    moto = await startMoto();
    lambda = new LambdaClient({ endpoint: moto.endpoint, region: REGION, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
  });
  afterAll(async () => {
    lambda?.destroy();
    await moto?.stop();
  });
  beforeEach(async () => {
    await moto.reset();
    await seedAccount(moto.endpoint, BUCKET);
    slept = [];
  });

  const app = () => writeApp(tempDir(), { manifest: manifestJson({ app_id: 'com.example.faults' }, [{ name: 'main' }, { name: 'send' }]), functions: [{ name: 'main' }, { name: 'send' }] });

  function run(target: string, extra: Partial<ProvisionRequest> = {}) {
    const messages: string[] = [];
    const out = provision({
      target,
      now: new Date('2026-11-21T00:00:00Z'),
      aws: { endpointUrl: moto.endpoint, env: { ...CREDENTIALS_ENV, AWS_REGION: REGION } },
      clientOptions: { requestHandler: transport, retryDelay: () => 1 },
      sleep: async (ms) => void slept.push(ms),
      onProgress: (m) => messages.push(m),
      ...extra,
    });
    return out.then((o) => ({ ...o, messages }));
  }

  const count = (operation: string, target?: string) => transport.requests.filter((r) => r.operation === operation && (!target || r.target === target)).length;

  it('waits out Pending and InProgress, retries 409, 429, 503 and dropped connections, and converges', async () => {
    transport = new FaultyHandler(3); // every create or update keeps a function busy for 3 polls
    transport.rules.push(
      { operation: 's3:PutObject', times: 2, fault: slowDown },
      { operation: 's3:PutObject', times: 1, fault: 'reset' },
      { operation: 'lambda:CreateFunction', times: 1, fault: throttle },
      { operation: 'lambda:GetFunction', times: 1, fault: 'reset' },
      {
        operation: 'iam:CreatePolicyVersion',
        times: 1,
        fault: { status: 503, headers: { 'content-type': 'text/xml' }, body: '<ErrorResponse><Error><Code>ServiceUnavailable</Code><Message>try again</Message></Error></ErrorResponse>' },
      },
    );
    const first = await run(app());
    expect(first.report?.ok, first.report?.error?.message).toBe(true);
    // each new function was polled through its Pending window before anything else touched it
    expect(count('GetFunction', MAIN)).toBeGreaterThanOrEqual(4);
    expect(first.messages.some((m) => m.startsWith(`waiting for ${MAIN} (State Pending`))).toBe(true);
    for (const name of [MAIN, SEND]) expect((await lambda.send(new GetFunctionCommand({ FunctionName: name }))).Configuration?.State).toBe('Active');
    const { s3 } = motoClients(moto.endpoint);
    expect((await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'manifests/com.example.faults_v1.0.0.json' }))).ContentType).toBe('application/json; charset=utf-8');

    // an update while another pipeline holds the function: 409, wait until Successful, retry
    transport.clear();
    transport.rules.push({ operation: 'lambda:UpdateFunctionConfiguration', target: (t) => t === MAIN, times: 1, fault: conflict(MAIN) });
    const second = await run(app(), { timeout: 30 });
    expect(second.report?.ok, second.report?.error?.message).toBe(true);
    expect(count('UpdateFunctionConfiguration', MAIN)).toBe(2);
    expect(second.messages).toContain(`${MAIN} is busy (409 ResourceConflictException), waiting`);
    expect((await lambda.send(new GetFunctionCommand({ FunctionName: MAIN }))).Configuration?.Timeout).toBe(30);

    // and then nothing is left to do
    transport.clear();
    const third = await run(app(), { timeout: 30 });
    expect(third.report?.changed).toBe(false);
    expect(transport.writes()).toEqual([]);
  });

  it('waits for each update to finish before the next one (code, then configuration)', async () => {
    transport = new FaultyHandler(2);
    const dir = app();
    await run(dir);
    transport.clear();
    const { put } = await import('./helpers/fs.js');
    put(`${dir}/functions/main/index.mjs`, 'export const handler = async () => ({ statusCode: 200, body: "v2" });\n');
    const out = await run(dir, { memorySize: 512 });
    expect(out.report?.ok, out.report?.error?.message).toBe(true);
    const ops = transport.requests.filter((r) => r.target === MAIN).map((r) => r.operation);
    const code = ops.indexOf('UpdateFunctionCode');
    const config = ops.indexOf('UpdateFunctionConfiguration');
    expect(code).toBeGreaterThan(-1);
    expect(config).toBeGreaterThan(code);
    // at least the InProgress polls between the two updates
    expect(ops.slice(code + 1, config).filter((o) => o === 'GetFunction').length).toBeGreaterThanOrEqual(3);
    expect(transport.requests.filter((r) => r.operation === 'UpdateFunctionConfiguration').length).toBe(2); // no 409 ever reached moto
  });

  it('retries CreateFunction while IAM propagates a role it just created', async () => {
    await moto.reset();
    await seedAccount(moto.endpoint, BUCKET, { role: false });
    transport = new FaultyHandler();
    transport.rules.push({ operation: 'lambda:CreateFunction', target: (t) => t === MAIN, times: 2, fault: roleNotReady });
    const out = await run(app(), { createExecuteRole: true });
    expect(out.report?.ok, out.report?.error?.message).toBe(true);
    expect(out.messages.filter((m) => m.includes('IAM propagation'))).toEqual([
      `the execution role is not assumable by Lambda yet (IAM propagation); retrying ${MAIN} in 2 s`,
      `the execution role is not assumable by Lambda yet (IAM propagation); retrying ${MAIN} in 4 s`,
    ]);
    expect(slept.filter((ms) => ms >= 2000)).toEqual([2000, 4000]);
  });

  it('reports a function that AWS fails to create, with its reason, and writes no manifest', async () => {
    transport = new FaultyHandler();
    transport.failed.set(SEND, 'Lambda was unable to configure access to your environment variables because the KMS key is invalid.');
    const out = await run(app());
    expect(out.report?.ok).toBe(false);
    expect(out.report?.error?.message).toBe(`Lambda function ${SEND} failed: Lambda was unable to configure access to your environment variables because the KMS key is invalid. (EniLimitExceeded)`);
    expect(out.report?.manifest.status).toBe('not done');
    expect(transport.writes().some((w) => w.target.startsWith('manifests/'))).toBe(false);
  });

  it('gives up waiting after the time-out and names the function and its last state', async () => {
    transport = new FaultyHandler(1_000_000);
    const out = await run(app(), { waitTimeoutMs: 10_000, pollDelay: () => 2500 });
    expect(out.report?.ok).toBe(false);
    // both functions wait at the same time; the first to give up is reported
    expect(out.report?.error?.message).toMatch(new RegExp(`^Lambda function (${MAIN}|${SEND}) is still not Active after 10 s \\(State Pending, LastUpdateStatus Successful\\); try again later$`));
    expect(slept).toEqual(Array(8).fill(2500));
    expect(out.report?.manifest.status).toBe('not done');
  });

  it('fails, after the retries, on throttling that does not stop, and says what was not done', async () => {
    transport = new FaultyHandler();
    transport.rules.push({ operation: 's3:PutObject', times: Infinity, fault: slowDown });
    const out = await run(app());
    expect(out.report?.ok).toBe(false);
    expect(out.report?.error?.message).toMatch(
      /^s3:PutObject on mattermost-apps-bucket\/static\/com\.example\.faults_v1\.0\.0_app\/(icon\.png|test\.txt) failed: AWS kept throttling \(SlowDown\) \(8 attempts\)\. Run again later, or with a lower --concurrency$/,
    );
    // both static objects were tried 8 times (the SDK's attempts); the manifest was not written
    expect(count('PutObject')).toBe(2 * 8);
    expect(transport.writes().some((w) => w.target.startsWith('manifests/'))).toBe(false);
    expect(out.report?.objects).toEqual({ uploaded: 0, unchanged: 0, failed: 2, notDone: 0 });
    expect(out.report?.manifest.status).toBe('not done');
  });

  it('at 30% 5xx and 5% dropped connections, every run makes progress and a few runs converge', async () => {
    const statics = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`f${i}.txt`, `file ${i}`]));
    const dir = writeApp(tempDir(), { manifest: manifestJson({ app_id: 'com.example.faults' }, [{ name: 'main' }, { name: 'send' }]), functions: [{ name: 'main' }, { name: 'send' }], static: statics });
    transport = new FaultyHandler();
    transport.chaos({ serverErrors: 0.3, resets: 0.05, seed: 12 });
    const failures: string[] = [];
    let runs = 0;
    for (; runs < 4;) {
      runs++;
      const out = await run(dir).catch((err: Error) => ({ report: { ok: false, error: err } }));
      if (out.report?.ok) break;
      failures.push(out.report?.error?.message ?? '');
    }
    expect(runs, failures.join('\n')).toBeLessThanOrEqual(3);
    // a failure names the operation and what it was about, never the SDK's placeholders or the injected body
    for (const f of failures) {
      expect(f).toMatch(/^(s3|lambda|iam|sts):[A-Za-z]+( on [^:]+)? failed: /);
      expect(f).not.toMatch(/UnknownError|injected|Deserialization/);
    }
    // many requests failed and were retried: far more than the SDK's shared retry quota allows (~35 retries per client)
    expect(transport.injected).toBeGreaterThan(200);
    transport.chaos(undefined);
    transport.clear();
    const clean = await run(dir);
    expect(clean.report?.changed).toBe(false);
    expect(transport.writes()).toEqual([]);
  });

  it('names the operation and the key when AWS keeps failing, never "UnknownError" or the raw answer', async () => {
    transport = new FaultyHandler();
    const garbage = { status: 500, headers: { 'content-type': 'text/plain' }, body: 'injected fault' };
    transport.rules.push({ operation: 'lambda:GetFunction', target: (t) => t === SEND, times: Infinity, fault: 'reset' });
    const err = await run(app()).catch((e: Error) => e);
    expect((err as Error).message).toBe(`lambda:GetFunction on ${SEND} failed: the connection was dropped (ECONNRESET) (8 attempts). Run again: it continues where this run stopped`);

    const fresh = async () => {
      await moto.reset();
      await seedAccount(moto.endpoint, BUCKET);
    };
    transport.rules = [{ operation: 's3:PutObject', target: (t) => t.endsWith('/test.txt'), times: Infinity, fault: garbage }];
    let out = await run(app());
    expect(out.report?.error?.message).toBe(
      `s3:PutObject on ${BUCKET}/static/com.example.faults_v1.0.0_app/test.txt failed: AWS answered HTTP 500 (8 attempts). This is usually temporary: run again, it continues where this run stopped`,
    );

    await fresh();
    transport.rules = [{ operation: 'iam:CreatePolicyVersion', times: Infinity, fault: { ...garbage, status: 503 } }];
    out = await run(app());
    expect(out.report?.error?.message).toBe(
      'iam:CreatePolicyVersion on policy mattermost-apps-invoke-policy failed: AWS answered HTTP 503 (8 attempts). This is usually temporary: run again, it continues where this run stopped',
    );
    expect(out.report?.manifest.status).toBe('not done');

    transport.rules = [
      {
        operation: 'lambda:UpdateFunctionConfiguration',
        times: Infinity,
        fault: { status: 400, headers: { 'x-amzn-errortype': 'InvalidParameterValueException' }, body: JSON.stringify({ message: 'Timeout too high' }) },
      },
    ];
    out = await run(app(), { timeout: 30 });
    expect(out.report?.error?.message).toMatch(new RegExp(`^lambda:UpdateFunctionConfiguration on (${MAIN}|${SEND}) failed: InvalidParameterValueException: Timeout too high$`));
  });
});
