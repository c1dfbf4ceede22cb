// Provisions running at once against one account (a real moto_server): IAM has no conditional
// write, so the invoke policy must end with every function of every run in it; two runs of the same
// version both end well; and within one run, the functions are created and the invoke policy
// updated while the static assets upload, with the manifest last.
import { GetPolicyVersionCommand, ListPoliciesCommand, ListPolicyVersionsCommand } from '@aws-sdk/client-iam';
import { GetFunctionCommand, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { manifestJson, tempDir, writeApp } from './helpers/fs.js';
import { ACCOUNT, REGION, motoAvailable } from './helpers/moto.js';
import { provisionHarness } from './helpers/provision-harness.js';

const BUCKET = 'mattermost-apps-bucket';
const POLICY = `arn:aws:iam::${ACCOUNT}:policy/mattermost-apps-invoke-policy`;

describe.skipIf(!motoAvailable())('concurrent provisions (moto)', () => {
  const h = provisionHarness(BUCKET);
  const { run } = h;

  const app = (version: string, statics?: Record<string, string>) =>
    writeApp(tempDir(), {
      manifest: manifestJson({ app_id: 'com.example.many', version }, [{ name: 'main' }, { name: 'send' }]),
      functions: [{ name: 'main' }, { name: 'send' }],
      ...(statics ? { static: statics } : {}),
    });

  async function allowLambda(): Promise<string[]> {
    const p = (await h.aws.iam.send(new ListPoliciesCommand({ Scope: 'Local' }))).Policies!.find((x) => x.Arn === POLICY)!;
    const doc = JSON.parse(decodeURIComponent((await h.aws.iam.send(new GetPolicyVersionCommand({ PolicyArn: POLICY, VersionId: p.DefaultVersionId! }))).PolicyVersion!.Document!));
    return (doc.Statement as { Sid: string; Resource: string[] }[]).find((s) => s.Sid === 'AllowLambda')?.Resource ?? [];
  }
  const arn = (version: string, fn: string) => `arn:aws:lambda:${REGION}:${ACCOUNT}:function:com-example-many_${version.replaceAll('.', '-')}_${fn}`;

  /** Holds the first `n` policy writes until all `n` have been sent: every run then writes a document read before the others' writes. */
  function collidePolicyWrites(n: number): void {
    let waiting: (() => void)[] = [];
    let seen = 0;
    h.transport.before = async (r) => {
      if (r.operation !== 'CreatePolicyVersion' || seen >= n) return;
      seen++;
      const all = new Promise<void>((resolve) => waiting.push(resolve));
      if (seen === n) for (const go of waiting.splice(0)) go();
      else setTimeout(() => waiting.splice(0).forEach((go) => go()), 10_000);
      await all;
    };
    waiting = [];
  }

  it("8 versions provisioned at once all end up in the invoke policy, within IAM's 5 versions", async () => {
    const versions = ['v1', 'v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8'];
    const dirs = versions.map((v) => app(v));
    collidePolicyWrites(versions.length);
    const outs = await Promise.all(dirs.map((d) => run(d)));
    for (const o of outs) expect(o.report?.ok, o.report?.error?.message).toBe(true);
    expect((await allowLambda()).sort()).toEqual(versions.flatMap((v) => [arn(v, 'main'), arn(v, 'send')]).sort());
    // the collision happened: some runs had to write again
    expect(h.transport.requests.filter((r) => r.operation === 'CreatePolicyVersion').length).toBeGreaterThan(versions.length);
    expect((await h.aws.iam.send(new ListPolicyVersionsCommand({ PolicyArn: POLICY }))).Versions!.length).toBeLessThanOrEqual(5);
    // and an unchanged re-run of any of them writes nothing
    h.transport.clear();
    h.transport.before = undefined;
    expect((await run(dirs[3]!)).report?.changed).toBe(false);
    expect(h.transport.writes()).toEqual([]);
  });

  it('two runs of the same version at once both end well, and the end state is right', async () => {
    const dir = app('v1.0.0');
    const [a, b] = await Promise.all([run(dir), run(dir)]);
    for (const o of [a, b]) expect(o?.report?.ok, o?.report?.error?.message).toBe(true);
    const names = (await h.lambda.send(new ListFunctionsCommand({}))).Functions?.map((f) => f.FunctionName).sort();
    expect(names).toEqual(['com-example-many_v1-0-0_main', 'com-example-many_v1-0-0_send']);
    for (const n of names!) expect((await h.lambda.send(new GetFunctionCommand({ FunctionName: n }))).Tags).toMatchObject({ 'mattermost-app-id': 'com.example.many', 'mattermost-app-version': 'v1.0.0' });
    expect(await allowLambda()).toEqual([arn('v1.0.0', 'main'), arn('v1.0.0', 'send')]);
    await h.aws.s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'manifests/com.example.many_v1.0.0.json' }));
    h.transport.clear();
    expect((await run(dir)).report?.changed).toBe(false);
    expect(h.transport.writes()).toEqual([]);
  });

  it('creates the functions and updates the invoke policy while the static assets upload; the manifest last', async () => {
    const statics = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`f${i}.txt`, `file ${i}`]));
    // Static uploads are held until both functions are being created and the policy is written
    // (at most 10 s): a run that uploaded everything first would show it in the order below.
    let seen = 0;
    let go!: () => void;
    const others = new Promise<void>((resolve) => (go = resolve));
    const timeout = new Promise((resolve) => setTimeout(resolve, 10_000).unref());
    h.transport.before = async (r) => {
      if ((r.operation === 'CreateFunction' || r.operation === 'CreatePolicyVersion') && ++seen === 3) go();
      if (r.operation === 'PutObject' && r.target.startsWith('static/')) await Promise.race([others, timeout]);
    };
    const out = await run(app('v1.0.0', statics), { concurrency: 8 });
    expect(out.report?.ok, out.report?.error?.message).toBe(true);
    const order = h.transport.writes().map((w) => `${w.operation} ${w.target}`);
    const first = (prefix: string) => order.findIndex((w) => w.startsWith(prefix));
    const last = (prefix: string) => order.map((w) => w.startsWith(prefix)).lastIndexOf(true);
    expect(last('CreateFunction')).toBeLessThan(last('PutObject static/'));
    expect(first('CreatePolicyVersion')).toBeLessThan(last('PutObject static/'));
    expect(order.at(-1)).toBe('PutObject manifests/com.example.many_v1.0.0.json');
    expect(order.filter((w) => w.startsWith('PutObject static/'))).toHaveLength(40);
  });
});
