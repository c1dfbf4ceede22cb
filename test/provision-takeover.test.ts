// One app must not take over another's version: app `hello` version `v1_x` and app `hello_v1`
// version `x` get the same Lambda names, static prefix and manifest key (names join the app ID and
// the version with "_", as the Apps plugin computes them). Provisioning the second is refused in
// planning, naming both, unless forced; functions made by other tools (no tags) are not another
// app's. Against a real moto_server, with every request recorded.
import { CreateFunctionCommand, GetFunctionCommand } from '@aws-sdk/client-lambda';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { UserError } from '../src/errors.js';
import { runCli } from './helpers/cli.js';
import { manifestJson, tempDir, writeApp } from './helpers/fs.js';
import { ACCOUNT, CREDENTIALS_ENV, REGION, motoAvailable } from './helpers/moto.js';
import { provisionHarness } from './helpers/provision-harness.js';

const BUCKET = 'mattermost-apps-bucket';
const MAIN = 'hello_v1_x_main';
const MANIFEST = 'manifests/hello_v1_x.json';

describe.skipIf(!motoAvailable())('provision refuses to take over another app (moto)', () => {
  const h = provisionHarness(BUCKET);
  const { run } = h;

  const app = (appId: string, version: string) => writeApp(tempDir(), { manifest: manifestJson({ app_id: appId, version }), functions: [{ name: 'main' }] });
  const tags = async () => (await h.lambda.send(new GetFunctionCommand({ FunctionName: MAIN }))).Tags;
  const manifestAppId = async () => JSON.parse(await (await h.aws.s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: MANIFEST }))).Body!.transformToString()).app_id;

  it('refuses before any write, naming both apps, in a dry run too', async () => {
    expect((await run(app('hello', 'v1_x'))).report?.ok).toBe(true);
    h.transport.clear();
    for (const dryRun of [false, true]) {
      const err = await run(app('hello_v1', 'x'), { dryRun }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toBe(
        'refusing to provision app "hello_v1" version "x": ' +
          `Lambda function ${MAIN} belongs to app "hello" version "v1_x"; manifest ${BUCKET}/${MANIFEST} belongs to app "hello" version "v1_x". ` +
          'App IDs and versions joined by "_" give both the same Lambda names, static prefix and manifest key, so this would overwrite the other app. ' +
          'Nothing was written. Choose another version (or app ID), or pass --force (action input force: true) to take them over',
      );
    }
    expect(h.transport.writes()).toEqual([]);
    expect(await tags()).toMatchObject({ 'mattermost-app-id': 'hello', 'mattermost-app-version': 'v1_x' });
    expect(await manifestAppId()).toBe('hello');
  });

  it('takes over with force, and says so', async () => {
    await run(app('hello', 'v1_x'));
    const out = await run(app('hello_v1', 'x'), { force: true });
    expect(out.report?.ok, out.report?.error?.message).toBe(true);
    expect(out.plan.takeovers.map((t) => t.what)).toEqual([`Lambda function ${MAIN}`, `manifest ${BUCKET}/${MANIFEST}`]);
    expect(await tags()).toMatchObject({ 'mattermost-app-id': 'hello_v1', 'mattermost-app-version': 'x' });
    expect(await manifestAppId()).toBe('hello_v1');
    // and from then on it is that app's own version: no refusal, nothing to write
    h.transport.clear();
    expect((await run(app('hello_v1', 'x'))).report?.changed).toBe(false);
    expect(h.transport.writes()).toEqual([]);
  });

  it('does not count a function without our tags (made by another tool) or an untagged manifest of the same app as another app', async () => {
    const { execFileSync } = await import('node:child_process');
    const zip = execFileSync('python3', ['-c', 'import io,sys,zipfile;b=io.BytesIO();z=zipfile.ZipFile(b,"w");z.writestr("index.mjs","export const handler=1");z.close();sys.stdout.buffer.write(b.getvalue())']);
    await h.lambda.send(
      new CreateFunctionCommand({
        FunctionName: MAIN,
        Runtime: 'nodejs22.x',
        Handler: 'index.handler',
        Role: `arn:aws:iam::${ACCOUNT}:role/mattermost-apps-execute-lambda-role`,
        Code: { ZipFile: zip },
        Tags: { team: 'apps' },
      }),
    );
    // as appsctl uploads it: the same app's manifest, no metadata
    await h.aws.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: MANIFEST, Body: manifestJson({ app_id: 'hello', version: 'v1_x', display_name: 'Old' }) }));
    const out = await run(app('hello', 'v1_x'));
    expect(out.report?.ok, out.report?.error?.message).toBe(true);
    expect(out.plan.takeovers).toEqual([]);
    expect(out.report?.functions[0]?.result).toBe('updated code and configuration (runtime), tagged');
    expect(await tags()).toMatchObject({ team: 'apps', 'mattermost-app-id': 'hello' });
  });

  it('refuses a function another app creates at our name after the plan was made', async () => {
    // Mock of a race that moto cannot time: just before our CreateFunction reaches moto, "another
    // run" of app hello_v1 version x creates the function (directly, not through our transport).
    const { execFileSync } = await import('node:child_process');
    const zip = execFileSync('python3', ['-c', 'import io,sys,zipfile;b=io.BytesIO();z=zipfile.ZipFile(b,"w");z.writestr("index.mjs","x");z.close();sys.stdout.buffer.write(b.getvalue())']);
    h.transport.before = async (r) => {
      if (r.operation !== 'CreateFunction') return;
      h.transport.before = undefined;
      await h.lambda.send(
        new CreateFunctionCommand({
          FunctionName: MAIN,
          Runtime: 'nodejs22.x',
          Handler: 'index.handler',
          Role: `arn:aws:iam::${ACCOUNT}:role/mattermost-apps-execute-lambda-role`,
          Code: { ZipFile: zip },
          Tags: { 'mattermost-app-id': 'hello_v1', 'mattermost-app-version': 'x' },
        }),
      );
    };
    const out = await run(app('hello', 'v1_x'));
    expect(out.report?.ok).toBe(false);
    expect(out.report?.error?.message).toMatch(new RegExp(`^refusing to provision app "hello" version "v1_x": Lambda function ${MAIN} belongs to app "hello_v1" version "x"\\. `));
    expect(out.report?.manifest.status).toBe('not done');
    // (the invoke policy, updated at the same time, lists that ARN: the other app's run adds it anyway)
    expect(h.transport.writes().filter((w) => w.service === 'lambda' || w.target.startsWith('manifests/'))).toEqual([expect.objectContaining({ operation: 'CreateFunction' })]);
    expect(await tags()).toMatchObject({ 'mattermost-app-id': 'hello_v1' });
  });

  it('CLI: exit 1 with the refusal, and --force', async () => {
    await run(app('hello', 'v1_x'));
    const other = app('hello_v1', 'x');
    const args = ['provision', other, '--endpoint-url', h.moto.endpoint, '--bucket', BUCKET];
    const env = { ...CREDENTIALS_ENV, AWS_REGION: REGION };
    const refused = await runCli(args, { env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('mm-apps-deploy: refusing to provision app "hello_v1" version "x": Lambda function hello_v1_x_main belongs to app "hello" version "v1_x"');
    const forced = await runCli([...args, '--force'], { env });
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr).toContain(`note: --force: took over Lambda function ${MAIN} from app "hello" version "v1_x"`);
  });
});
