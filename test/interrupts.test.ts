// SIGINT and SIGTERM (issue 8 item 16), sent to a real process in the middle of the work: pack and
// validate of a large generated app, provision against moto, and the built action. The work stops
// before its next write, removes temporary files and partial outputs, says what was done, and
// exits 128 + the signal (130, 143). The signal is sent when the progress line that starts the
// long part appears, so the process is always interrupted mid-work.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { GetFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApp } from '../bench/generate-app.js';
import { runCliProcess } from './helpers/cli-process.js';
import { manifestJson, tempDir, writeApp } from './helpers/fs.js';
import { snapshot } from './helpers/hostile.js';
import { CREDENTIALS_ENV, REGION, motoAvailable, motoClients, seedAccount, startMoto, type Moto } from './helpers/moto.js';
import { runAction } from './helpers/runner.js';

/** A TMPDIR of its own per run, so that leftovers can be counted. */
function privateTmp(): { dir: string; leftovers: () => string[] } {
  const dir = tempDir('mmad-int-tmp-');
  return { dir, leftovers: () => readdirSync(dir).filter((n) => n.startsWith('mm-apps-deploy-') || n.endsWith('.tmp')) };
}

describe('interrupting pack and validate', () => {
  let ws: string;
  beforeAll(async () => {
    ws = tempDir('mmad-int-');
    await generateApp(path.join(ws, 'app'), { functions: ['api', 'worker'], functionBytes: 10 * 1024 * 1024, staticFiles: 500, staticBytes: 15 * 1024 * 1024 });
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('pack: %s removes the partial bundle, the folders it made and its temporary files (exit %i)', async (signal, exit) => {
    const tmp = privateTmp();
    const before = snapshot(ws);
    const r = await runCliProcess(['pack', 'app', '-o', 'out/nested/bundle.zip'], { cwd: ws, env: { TMPDIR: tmp.dir }, interrupt: { when: /packing \d+ static files/, signal } });
    expect(r.interrupted).toBe(true);
    expect(r.code, r.stderr).toBe(exit);
    expect(r.stderr).toMatch(new RegExp(`mm-apps-deploy: interrupted by ${signal}: stopped before the next write; nothing half-written is left \\(temporary files and partial outputs were removed\\)\\n$`));
    expect(r.stdout).toBe('');
    expect(snapshot(ws)).toEqual(before); // no out/, no .bundle.zip.*.tmp
    expect(tmp.leftovers()).toEqual([]);
  });

  it('validate: SIGINT stops the trial pack and leaves nothing (exit 130)', async () => {
    const tmp = privateTmp();
    const before = snapshot(ws);
    const r = await runCliProcess(['validate', 'app'], { cwd: ws, env: { TMPDIR: tmp.dir }, interrupt: { when: /packing \d+ static files/, signal: 'SIGINT' } });
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toMatch(/interrupted by SIGINT: stopped before the next write/);
    expect(snapshot(ws)).toEqual(before);
    expect(tmp.leftovers()).toEqual([]);
  });

  it('the action: a cancelled job (SIGINT) fails the step and leaves no partial bundle', async () => {
    const before = snapshot(ws);
    const r = await runAction({ cwd: ws, inputs: { mode: 'pack', 'app-dir': 'app', output: 'out/bundle.zip' }, interrupt: { when: /packing \d+ static files/, signal: 'SIGINT' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::interrupted by SIGINT: stopped before the next write; nothing half-written is left/);
    expect(r.outputs.bundle).toBeUndefined();
    expect(snapshot(ws)).toEqual(before);
  });
});

describe.skipIf(!motoAvailable())('interrupting provision (moto)', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
    await seedAccount(moto.endpoint, 'int-bucket');
  });
  afterAll(async () => moto?.stop());

  const STATIC_FILES = 1500;

  it('SIGINT during the uploads: no new write, the manifest is not written, the report says what was done; a re-run finishes', async () => {
    const ws = tempDir('mmad-int-prov-');
    const statics: Record<string, string> = { 'icon.png': 'png' };
    for (let i = 0; i < STATIC_FILES; i++) statics[`s/${i}.txt`] = `static ${i}`;
    writeApp(path.join(ws, 'app'), { manifest: manifestJson({ app_id: 'int-app' }), static: statics });
    const tmp = privateTmp();
    const args = ['provision', 'app', '--bucket', 'int-bucket', '--endpoint-url', moto.endpoint];
    const env = { ...CREDENTIALS_ENV, AWS_REGION: REGION, TMPDIR: tmp.dir };

    const r = await runCliProcess(args, { cwd: ws, env, interrupt: { when: /uploading [\d,]+ static objects/, signal: 'SIGINT' } });
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toMatch(/^Provisioning int-app v1\.0\.0 to AWS account 123456789012, us-east-1, bucket int-bucket was interrupted by SIGINT\n/m);
    expect(r.stderr).toMatch(/\nprovision interrupted by SIGINT: no new write was started after it\n/);
    const uploaded = Number(/^done: (\d+) static objects? uploaded/m.exec(r.stderr)?.[1] ?? 0);
    // The function and the invoke policy are written while static objects upload: whether they got
    // done before the interrupt depends on timing, and the report says which (checked against AWS below).
    const functionDone = /^done: .*function int-app_v1-0-0_main created/m.test(r.stderr);
    expect(r.stderr).toMatch(
      new RegExp(
        `^not done: [\\d,]+ static objects?; ${functionDone ? '' : 'function int-app_v1-0-0_main; '}(invoke policy mattermost-apps-invoke-policy; )?manifest manifests/int-app_v1\\.0\\.0\\.json \\(this version cannot be installed yet\\)$`,
        'm',
      ),
    );
    expect(r.stderr).toMatch(/Run the same command again to finish: it continues where this run stopped\.\n$/);

    // AWS holds exactly what the report says: the uploads that had started, nothing after them
    const { s3 } = motoClients(moto.endpoint);
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await s3.send(new ListObjectsV2Command({ Bucket: 'int-bucket', ContinuationToken: token }));
      keys.push(...(page.Contents ?? []).map((o) => o.Key!));
      token = page.NextContinuationToken;
    } while (token);
    expect(keys.filter((k) => k.startsWith('static/')).length).toBe(uploaded);
    expect(uploaded).toBeLessThan(STATIC_FILES + 1);
    expect(keys).not.toContain('manifests/int-app_v1.0.0.json');
    const lambda = new LambdaClient({ endpoint: moto.endpoint, region: REGION, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    const fn = lambda.send(new GetFunctionCommand({ FunctionName: 'int-app_v1-0-0_main' }));
    if (functionDone) await expect(fn).resolves.toBeDefined();
    else await expect(fn).rejects.toThrow(/not found/i);
    // the bundle was complete before the first upload; no provision data file for a run that did not finish
    expect(readdirSync(path.join(ws, 'app', 'dist'))).toEqual(['int-app_v1.0.0.zip']);
    expect(tmp.leftovers()).toEqual([]);

    const again = await runCliProcess(args, { cwd: ws, env });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`static objects +${STATIC_FILES + 1 - uploaded} uploaded, ${uploaded} unchanged`));
    expect(again.stdout).toMatch(/manifest +manifests\/int-app_v1\.0\.0\.json uploaded/);
    s3.destroy();
    lambda.destroy();
  });

  it('SIGTERM while the app is packed: nothing is written to AWS (exit 143)', async () => {
    const ws = tempDir('mmad-int-prov-');
    await generateApp(path.join(ws, 'app'), { functions: ['api'], functionBytes: 8 * 1024 * 1024, staticFiles: 300, staticBytes: 10 * 1024 * 1024 });
    const tmp = privateTmp();
    const before = snapshot(ws);
    const r = await runCliProcess(['provision', 'app', '--bucket', 'int-bucket', '--endpoint-url', moto.endpoint], {
      cwd: ws,
      env: { ...CREDENTIALS_ENV, AWS_REGION: REGION, TMPDIR: tmp.dir },
      interrupt: { when: /packing \d+ static files/, signal: 'SIGTERM' },
    });
    expect(r.code, r.stderr).toBe(143);
    expect(r.stderr).toMatch(/provision interrupted by SIGTERM before anything was written to AWS; no partial bundle or temporary file is left\n$/);
    expect(snapshot(ws)).toEqual(before);
    expect(tmp.leftovers()).toEqual([]);
    const { s3 } = motoClients(moto.endpoint);
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: 'int-bucket', Prefix: 'static/com.example.bench' }));
    expect(listed.KeyCount ?? 0).toBe(0);
    s3.destroy();
  });
});
