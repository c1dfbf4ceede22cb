// npm run bench:provision [-- --latency 30] [--runs 3] [--only first,scale,unchanged,memory]
//
// Provisioning where our client, not the emulator, decides the wall time (issue 9 §3, §4; issue 8
// item 15). S3 is a bench-local server (bench/s3-server.ts, its own process, thousands of PUT/s);
// Lambda, IAM and STS are moto behind a proxy (bench/latency-proxy.ts) that reports new functions
// Pending for two polls, as Lambda does. Both add --latency ms to every request; both clients are
// routed with AWS_ENDPOINT_URL (proxy) and AWS_ENDPOINT_URL_S3 (S3 server).
//
//   first      the perf app (2 functions of ~8 MB zipped, 1,000 static files): our first provision
//              against the AWS CLI by hand (`aws s3 sync` of static/, `aws lambda create-function`
//              per function, `aws s3 cp` of the manifest). Target: ours ≤ 0.35× the CLI.
//   scale      apps of 1,000, 5,000 and 10,000 small files (~2.8 KB each): time per file must not
//              grow (linear), peak RSS ≤ 300 MB.
//   unchanged  the 10,000-file app, unchanged re-provision against plain moto (S3 too): ≤ 2 s, no writes.
//   memory     2 static files of 240 MB: peak RSS ≤ 300 MB whatever the file sizes.
//
// Exits 1 when a target is missed. Timings on a shared machine are noisy: medians of --runs.
import { spawn } from 'node:child_process';
import { randomBytes, randomFillSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { motoAvailable, seedAccount, startMoto, INSTALL_HINT, type Moto } from '../test/helpers/moto.js';
import { generateApp } from './generate-app.js';
import { startLatencyProxy } from './latency-proxy.js';
import { CLI, ROOT, median, mib, secs } from './measure.js';

const argv = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1]! : fallback;
};
const LATENCY = Number(flag('latency', '30'));
const RUNS = Number(flag('runs', process.env.RUNS ?? '3'));
const ONLY = new Set(flag('only', 'first,scale,unchanged,memory').split(','));
const BUCKET = 'mattermost-apps-bucket';
const ROLE = 'arn:aws:iam::123456789012:role/mattermost-apps-execute-lambda-role';
const work = path.join(ROOT, '.bench', 'provision');
const REPORTER = path.join(ROOT, 'bench', 'rss-reporter.mjs');
const MB = 1e6;
const BIG_FILES = 2;
const BIG_FILE_BYTES = 240 * MB;

if (!motoAvailable()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

interface Timed {
  seconds: number;
  peakRss: number;
  stdout: string;
}

/** Runs a command without blocking this process (it serves the proxy); peak RSS from /usr/bin/time. */
function runTimed(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): Promise<Timed> {
  const rssFile = path.join(tmpdir(), `mmad-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const start = process.hrtime.bigint();
  const child = spawn('/usr/bin/time', ['-f', '%M', '-o', rssFile, cmd, ...args], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const peakRss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) * 1024 : NaN;
      rmSync(rssFile, { force: true });
      if (code !== 0) reject(new Error(`${cmd} ${args.join(' ')} failed (${code}): ${stderr.slice(-2000)}`));
      else resolve({ seconds, peakRss, stdout });
    }),
  );
}

/** The S3 server in its own process, so that it never competes with the proxy or the client for a core. */
async function startS3(latency: number): Promise<{ endpoint: string; stats(): Promise<Record<string, number>>; reset(): Promise<void>; stop(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 's3-server.ts'), '--latency', String(latency), '--bucket', BUCKET], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
  const endpoint = `http://127.0.0.1:${line.split(' ')[1]}`;
  return {
    endpoint,
    stats: async () => (await (await fetch(`${endpoint}/__stats`)).json()) as Record<string, number>,
    reset: async () => void (await fetch(`${endpoint}/__reset`, { method: 'POST' })),
    stop: () => child.kill(),
  };
}

/** Generated once into .bench/provision/NAME, packed into NAME.zip and unpacked for the AWS CLI. */
async function prepared(name: string, make: (dir: string) => Promise<void>): Promise<{ bundle: string; unpacked: string }> {
  const dir = path.join(work, name);
  const bundle = `${dir}.zip`;
  const unpacked = `${dir}.unpacked`;
  if (!existsSync(`${dir}.done`)) {
    console.log(`generating ${name} (once)...`);
    rmSync(dir, { recursive: true, force: true });
    await make(dir);
    await runTimed(process.execPath, [CLI, 'pack', dir, '-o', bundle, '-q'], process.env);
    rmSync(unpacked, { recursive: true, force: true });
    mkdirSync(unpacked, { recursive: true });
    await runTimed('unzip', ['-q', bundle, '-d', unpacked], process.env);
    writeFileSync(`${dir}.done`, '');
  }
  return { bundle, unpacked };
}

/**
 * Two files of 240 MB of random bytes (incompressible: stored, streamed as they are): as large
 * as the bundle's cap on static/ (512 MiB) allows for two. Memory must not depend on their size.
 */
async function bigFiles(dir: string): Promise<void> {
  await generateApp(dir, { functions: ['api'], functionBytes: 256 * 1024, staticFiles: 1, staticBytes: 1000 });
  const chunk = randomBytes(4 * 1024 * 1024);
  await mkdir(path.join(dir, 'static', 'media'), { recursive: true });
  for (let i = 0; i < BIG_FILES; i++) {
    const f = await open(path.join(dir, 'static', 'media', `video-${i}.bin`), 'w');
    for (let written = 0; written < BIG_FILE_BYTES; written += chunk.length) {
      randomFillSync(chunk);
      await f.write(chunk, 0, Math.min(chunk.length, BIG_FILE_BYTES - written));
    }
    await f.close();
  }
}

const env = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env,
  AWS_ACCESS_KEY_ID: 'test',
  AWS_SECRET_ACCESS_KEY: 'test',
  AWS_REGION: 'us-east-1',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_EC2_METADATA_DISABLED: 'true',
  ...extra,
});

function ours(bundle: string, e: NodeJS.ProcessEnv, extra: string[] = []): Promise<Timed & { out: { ok: boolean; changed: boolean; objects: { uploaded: number } } }> {
  return runTimed(process.execPath, ['--import', REPORTER, CLI, 'provision', bundle, '--bucket', BUCKET, '--json', '-q', ...extra], e).then((t) => {
    const out = JSON.parse(t.stdout) as { ok: boolean; changed: boolean; objects: { uploaded: number }; error?: string };
    if (!out.ok) throw new Error(`provision failed: ${out.error}`);
    return { ...t, out };
  });
}

async function awsCli(unpacked: string, e: NodeJS.ProcessEnv): Promise<{ seconds: number; peakRss: number }> {
  const manifest = JSON.parse(readFileSync(path.join(unpacked, 'manifest.json'), 'utf8')) as { app_id: string; version: string; aws_lambda: { functions: { name: string; handler: string; runtime: string }[] } };
  const { app_id: appId, version } = manifest;
  const dash = (s: string) => s.replaceAll('.', '-');
  const steps: string[][] = [['s3', 'sync', 'static', `s3://${BUCKET}/static/${appId}_${version}_app/`, '--only-show-errors']];
  for (const f of manifest.aws_lambda.functions) {
    steps.push(['lambda', 'create-function', '--function-name', `${dash(appId)}_${dash(version)}_${f.name}`, '--runtime', f.runtime, '--handler', f.handler, '--role', ROLE, '--zip-file', `fileb://${f.name}.zip`]);
  }
  steps.push(['s3', 'cp', 'manifest.json', `s3://${BUCKET}/manifests/${appId}_${version}.json`, '--only-show-errors']);
  let seconds = 0;
  let peakRss = 0;
  for (const s of steps) {
    const t = await runTimed('aws', s, e, unpacked);
    seconds += t.seconds;
    peakRss = Math.max(peakRss, t.peakRss);
  }
  return { seconds, peakRss };
}

const results: [string, string, boolean | undefined][] = [];
const target = (label: string, value: string, pass?: boolean) => {
  results.push([label, value, pass]);
  console.log(`  ${label.padEnd(34)} ${value}${pass === undefined ? '' : pass ? '  PASS' : '  FAIL'}`);
};

mkdirSync(work, { recursive: true });
const moto: Moto = await startMoto();
const proxy = await startLatencyProxy(moto.endpoint, LATENCY);
const s3 = await startS3(LATENCY);
const routed = env({ AWS_ENDPOINT_URL: proxy.endpoint, AWS_ENDPOINT_URL_S3: s3.endpoint });
const fresh = async () => {
  await moto.reset();
  await seedAccount(moto.endpoint, BUCKET);
  await s3.reset();
  proxy.reset();
};
const requests = async () => Object.values(await s3.stats()).reduce((a, b) => a + b, 0) + proxy.requests();

try {
  console.log(`\nmm-apps-deploy provision benchmark: ${LATENCY} ms added to every request, median of ${RUNS} runs`);

  // Not the bottleneck: 4,000 small PUTs from 64 connections, no latency. The rate this process
  // drives is a floor (the client side is slower than the server); the server's CPU time per PUT
  // gives its own capacity on one core.
  {
    const quick = await startS3(0);
    const http = await import('node:http');
    const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
    const put = (i: number) =>
      new Promise<void>((resolve, reject) => {
        const r = http.request(`${quick.endpoint}/${BUCKET}/k${i}`, { method: 'PUT', agent }, (res) => res.resume().on('end', resolve));
        r.on('error', reject);
        r.end(Buffer.alloc(2800));
      });
    const cpu = async () => ((await (await fetch(`${quick.endpoint}/__cpu`)).json()) as { seconds: number }).seconds;
    const cpu0 = await cpu();
    const t0 = process.hrtime.bigint();
    let next = 0;
    await Promise.all(
      Array.from({ length: 64 }, async () => {
        while (next < 4000) await put(next++);
      }),
    );
    const driven = 4000 / (Number(process.hrtime.bigint() - t0) / 1e9);
    const capacity = 4000 / ((await cpu()) - cpu0);
    agent.destroy();
    quick.stop();
    target('bench S3 server', `${Math.round(capacity)} PUT/s per core of its CPU time (${Math.round(driven)} PUT/s driven from here; needs ≥ 2,000)`, capacity >= 2000);
  }

  if (ONLY.has('first')) {
    const perf = await prepared('perf', (dir) => generateApp(dir, { functions: ['api', 'worker'], functionBytes: 17.5 * 1024 * 1024, staticFiles: 1000, staticBytes: 25 * 1024 * 1024 }).then(() => undefined));
    const mine: Timed[] = [];
    const cli: { seconds: number; peakRss: number }[] = [];
    let oursRequests = 0;
    let cliRequests = 0;
    for (let i = 0; i < RUNS; i++) {
      await fresh();
      mine.push(await ours(perf.bundle, routed));
      oursRequests = await requests();
      await fresh();
      cli.push(await awsCli(perf.unpacked, routed));
      cliRequests = await requests();
    }
    const a = median(mine.map((t) => t.seconds));
    const b = median(cli.map((t) => t.seconds));
    console.log(`\nfirst provision of the perf app (2 functions, 1,000 static files)`);
    target('AWS CLI by hand', `${secs(b)}  (runs ${cli.map((t) => t.seconds.toFixed(2)).join(' ')}), ${cliRequests} requests, peak RSS ${mib(Math.max(...cli.map((t) => t.peakRss)))}`);
    target('ours', `${secs(a)}  (runs ${mine.map((t) => t.seconds.toFixed(2)).join(' ')}), ${oursRequests} requests, peak RSS ${mib(Math.max(...mine.map((t) => t.peakRss)))}`);
    target('ours / AWS CLI', `${(a / b).toFixed(2)}×  (target ≤ 0.35×)`, a / b <= 0.35);
  }

  if (ONLY.has('scale') || ONLY.has('unchanged')) {
    const small = (n: number) => prepared(`small-${n}`, (dir) => generateApp(dir, { functions: ['api'], functionBytes: 256 * 1024, staticFiles: n - 1, staticBytes: (n - 1) * 2800, seed: n }).then(() => undefined));
    if (ONLY.has('scale')) {
      console.log(`\nfirst provision of small-file apps (~2.8 KB a file)`);
      const points: [number, number][] = [];
      for (const n of [1000, 5000, 10000]) {
        const { bundle } = await small(n);
        const runs: Timed[] = [];
        for (let i = 0; i < RUNS; i++) {
          await fresh();
          runs.push(await ours(bundle, routed));
        }
        const t = median(runs.map((r) => r.seconds));
        const rss = Math.max(...runs.map((r) => r.peakRss));
        points.push([n, t]);
        target(`${n.toLocaleString('en')} files`, `${secs(t)}  (${((t / n) * 1000).toFixed(2)} ms a file), ${await requests()} requests, peak RSS ${mib(rss)}`, n === 10000 ? rss <= 300 * 1024 * 1024 : undefined);
      }
      // Linear: the cost of each further file does not grow (5k→10k no steeper than 1k→5k, with 25% for noise).
      const slope1 = (points[1]![1] - points[0]![1]) / 4000;
      const slope2 = (points[2]![1] - points[1]![1]) / 5000;
      target('growth 5k→10k vs 1k→5k', `${((slope2 * 1000) / 1000).toFixed(5)} vs ${((slope1 * 1000) / 1000).toFixed(5)} s a file (≤ 1.25×)`, slope2 <= 1.25 * slope1);
    }
    if (ONLY.has('unchanged')) {
      const { bundle } = await small(10000);
      const plain = env({ AWS_ENDPOINT_URL: moto.endpoint });
      await moto.reset();
      await seedAccount(moto.endpoint, BUCKET);
      console.log('\nunchanged re-provision of the 10,000-file app against moto (S3 too, no added latency)');
      await ours(bundle, plain); // the first one, into moto's S3 (slow: moto takes ~300 PUT/s)
      const runs: (Timed & { out: { changed: boolean } })[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await ours(bundle, plain));
      const t = median(runs.map((r) => r.seconds));
      target(
        'unchanged re-provision',
        `${secs(t)}  (runs ${runs.map((r) => r.seconds.toFixed(2)).join(' ')}), writes: ${runs.some((r) => r.out.changed) ? 'SOME' : 'none'} (target ≤ 2 s, none)`,
        t <= 2 && runs.every((r) => !r.out.changed),
      );
    }
  }

  if (ONLY.has('memory')) {
    const big = await prepared('big-files', bigFiles);
    await fresh();
    console.log(`\nfirst provision of an app with ${BIG_FILES} static files of ${BIG_FILE_BYTES / MB} MB`);
    const t = await ours(big.bundle, routed);
    target('peak RSS', `${mib(t.peakRss)} in ${secs(t.seconds)}, ${t.out.objects.uploaded} objects uploaded (target ≤ 300 MB)`, t.peakRss <= 300 * 1024 * 1024);
  }
} finally {
  s3.stop();
  await proxy.close();
  await moto.stop();
}

const missed = results.filter(([, , pass]) => pass === false);
console.log(missed.length ? `\n${missed.length} target(s) missed: ${missed.map(([l]) => l).join(', ')}` : '\nall targets met');
process.exit(missed.length ? 1 : 0);
