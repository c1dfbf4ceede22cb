// npm run bench:provision — provisions a generated app into a fresh moto and compares with what a
// user would do by hand with the AWS CLI against another fresh moto: `aws s3 sync` of the static
// folder, `aws lambda create-function` per function, `aws s3 cp` of the manifest.
//
// The app: 2 Node functions of ~8 MB zipped, 1,000 static files. Targets (issue #3): our first
// provision ≤ 0.5× the AWS CLI's wall time; an unchanged re-provision ≤ 0.25× our first, with zero
// writes. Each run uses fresh emulators; the median of RUNS is reported.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { motoAvailable, seedAccount, startMoto, INSTALL_HINT } from '../test/helpers/moto.js';
import { generateApp } from './generate-app.js';
import { CLI, ROOT, median, run, secs } from './measure.js';

const RUNS = Number(process.env.RUNS ?? 3);
const BUCKET = 'mattermost-apps-bucket';
const work = path.join(ROOT, '.bench', 'provision');
const app = path.join(work, 'app');
const bundle = path.join(work, 'bundle.zip');
const unpacked = path.join(work, 'unpacked');
const marker = path.join(work, 'app.v1');

if (!motoAvailable()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (!existsSync(marker)) {
  rmSync(work, { recursive: true, force: true });
  console.log('generating the benchmark app and its bundle (once)...');
  await generateApp(app, { functions: ['api', 'worker'], functionBytes: 17.5 * 1024 * 1024, staticFiles: 1000, staticBytes: 25 * 1024 * 1024 });
  execFileSync(process.execPath, [CLI, 'pack', app, '-o', bundle, '-q']);
  mkdirSync(unpacked, { recursive: true });
  execFileSync('unzip', ['-q', bundle, '-d', unpacked]);
  writeFileSync(marker, '');
}
const manifest = JSON.parse(readFileSync(path.join(unpacked, 'manifest.json'), 'utf8')) as { app_id: string; version: string; aws_lambda: { functions: { name: string; handler: string; runtime: string }[] } };
const { app_id: appId, version } = manifest;
const sanitized = (s: string) => s.replaceAll('.', '-');

const env = { ...process.env, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: 'us-east-1', AWS_DEFAULT_REGION: 'us-east-1' };

async function withMoto<T>(fn: (endpoint: string) => T | Promise<T>): Promise<T> {
  const moto = await startMoto();
  try {
    await seedAccount(moto.endpoint, BUCKET);
    return await fn(moto.endpoint);
  } finally {
    await moto.stop();
  }
}

function ours(endpoint: string): { first: number; again: number; writesAgain: boolean } {
  const args = [CLI, 'provision', bundle, '--endpoint-url', endpoint, '--bucket', BUCKET, '--json', '-q'];
  const t1 = process.hrtime.bigint();
  const first = JSON.parse(execFileSync(process.execPath, args, { env, maxBuffer: 64 << 20 }).toString());
  const firstSeconds = Number(process.hrtime.bigint() - t1) / 1e9;
  if (!first.ok || !first.changed) throw new Error(`first provision did not provision: ${JSON.stringify(first).slice(0, 500)}`);
  const t2 = process.hrtime.bigint();
  const again = JSON.parse(execFileSync(process.execPath, args, { env, maxBuffer: 64 << 20 }).toString());
  const againSeconds = Number(process.hrtime.bigint() - t2) / 1e9;
  return { first: firstSeconds, again: againSeconds, writesAgain: again.changed !== false || again.objects.uploaded !== 0 };
}

function awsCli(endpoint: string): number {
  const aws = (args: string[]) => run('aws', ['--endpoint-url', endpoint, ...args], { env, cwd: unpacked }).seconds;
  let seconds = aws(['s3', 'sync', 'static', `s3://${BUCKET}/static/${appId}_${version}_app/`, '--only-show-errors']);
  for (const f of manifest.aws_lambda.functions) {
    seconds += aws([
      'lambda', 'create-function',
      '--function-name', `${sanitized(appId)}_${sanitized(version)}_${f.name}`,
      '--runtime', f.runtime,
      '--handler', f.handler,
      '--role', 'arn:aws:iam::123456789012:role/mattermost-apps-execute-lambda-role',
      '--zip-file', `fileb://${f.name}.zip`,
    ]);
  }
  seconds += aws(['s3', 'cp', 'manifest.json', `s3://${BUCKET}/manifests/${appId}_${version}.json`, '--only-show-errors']);
  return seconds;
}

const firsts: number[] = [];
const agains: number[] = [];
const clis: number[] = [];
let anyWrites = false;
for (let i = 0; i < RUNS; i++) {
  const o = await withMoto(ours);
  firsts.push(o.first);
  agains.push(o.again);
  anyWrites ||= o.writesAgain;
  clis.push(await withMoto(awsCli));
}

const first = median(firsts);
const again = median(agains);
const cli = median(clis);
const sizes = manifest.aws_lambda.functions.map((f) => `${(readFileSync(path.join(unpacked, `${f.name}.zip`)).length / 1048576).toFixed(1)} MiB`);
console.log(`\nmm-apps-deploy provision benchmark (${RUNS} runs, median, a fresh moto per run)`);
console.log(`  app:                 2 functions (${sizes.join(', ')} zipped), 1,000 static files`);
console.log(`  AWS CLI by hand:     ${secs(cli)}  (runs: ${clis.map((s) => s.toFixed(2)).join(' ')})`);
console.log(`  ours, first:         ${secs(first)}  (runs: ${firsts.map((s) => s.toFixed(2)).join(' ')})`);
console.log(`  ours, unchanged:     ${secs(again)}  (runs: ${agains.map((s) => s.toFixed(2)).join(' ')}), writes: ${anyWrites ? 'SOME' : 'none'}`);
console.log(`  first / AWS CLI:     ${(first / cli).toFixed(2)}×   target ≤ 0.50×  ${first / cli <= 0.5 ? 'PASS' : 'FAIL'}`);
console.log(`  unchanged / first:   ${(again / first).toFixed(2)}×   target ≤ 0.25× with zero writes  ${again / first <= 0.25 && !anyWrites ? 'PASS' : 'FAIL'}`);
