// npm run bench:pack — packs two generated apps and compares with Info-ZIP, and validates the
// second app's bundle against `unzip -t`. Exits 1 when a target is missed.
//
// 1. "node_modules": two Node functions shaped like node_modules (~20 MB each: many small
//    compressible text files plus native-addon-like binaries) and 1,000 static files (~25 MB of
//    text and images). Targets (issue #2): wall time ≤ 0.8× Info-ZIP's, peak RSS ≤ 200 MB.
// 2. "many small files": 10,000 small text files in static/ (28 MiB) and one tiny function.
//    Targets (issue #9 §4): pack ≤ 0.8× Info-ZIP's wall time; validate of its bundle, which
//    inflates and checks the CRC-32 of every entry, ≤ 0.3 s (`unzip -t` does the same checks).
//    Beside it, a lower bound (bench/floor.mjs): the least work of any pack, done as fast as we
//    know how in Node, on the same Node; informational, never a target.
//
// Ours: `mm-apps-deploy pack` and `validate` (the built CLI). Info-ZIP: `zip -X -r` per function,
// then the bundle, as the Mattermost example Makefiles do. BENCH_NODE=/path/to/node runs our CLI on
// another Node than the benchmark's (the CLI supports Node 22 and 24; a machine's default may be
// older); through bin/, whose compile cache is warm after the first run, as for anyone who runs
// the command twice. Runs are alternated; medians of RUNS
// are reported with the spread (min–max) and the load average, since the machine is shared.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { generateApp, generateSmallFilesApp, type GeneratedApp } from './generate-app.js';
import { CLI, NODE, NODE_VERSION, ROOT, median, mib, run, runNode, secs, type Timed } from './measure.js';

const RUNS = Number(process.env.RUNS ?? 5);
const FLOOR = path.join(import.meta.dirname, 'floor.mjs');
const MB = 1e6;

interface BenchApp {
  key: string;
  title: string;
  functions: string[];
  generate: (dir: string) => Promise<GeneratedApp>;
  packRatio: number;
  peakRss?: number;
  validateSeconds?: number;
  /** Also time bench/floor.mjs: the least work of a pack, done as fast as Node can. */
  floor?: boolean;
}

const APPS: BenchApp[] = [
  {
    key: 'pack',
    title: 'node_modules app (2 functions, 1,000 static files)',
    functions: ['api', 'worker'],
    generate: (dir) => generateApp(dir, { functions: ['api', 'worker'], functionBytes: 20 * 1024 * 1024, staticFiles: 1000, staticBytes: 25 * 1024 * 1024 }),
    packRatio: 0.8,
    peakRss: 200 * MB,
  },
  {
    key: 'small-files',
    title: 'many small files (10,000 in static/, 1 function)',
    functions: ['main'],
    generate: (dir) => generateSmallFilesApp(dir, { files: 10_000, bytes: 28 * 1024 * 1024 }),
    packRatio: 0.8,
    validateSeconds: 0.3,
    floor: true,
  },
];

const spread = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
let missed = 0;
const load = [loadavg()[0]!];

for (const b of APPS) {
  const work = path.join(ROOT, '.bench', b.key);
  const app = path.join(work, 'app');
  const marker = path.join(work, 'app.v1');
  if (!existsSync(marker)) {
    rmSync(work, { recursive: true, force: true });
    console.log(`generating the ${b.title} (once)...`);
    const g = await b.generate(app);
    writeFileSync(marker, `${g.files} files, ${g.bytes} bytes\n`);
  }
  const oursOut = path.join(work, 'ours.zip');
  const izDir = path.join(work, 'infozip');

  const ours = () => {
    rmSync(oursOut, { force: true });
    return runNode([CLI, 'pack', app, '-o', oursOut, '-q']);
  };
  const infozip = (): Timed => {
    rmSync(izDir, { recursive: true, force: true });
    mkdirSync(izDir, { recursive: true });
    symlinkSync(path.join(app, 'manifest.json'), path.join(izDir, 'manifest.json'));
    symlinkSync(path.join(app, 'static'), path.join(izDir, 'static'));
    let seconds = 0;
    for (const fn of b.functions) seconds += run('zip', ['-X', '-r', '-q', path.join(izDir, `${fn}.zip`), '.'], { cwd: path.join(app, 'functions', fn) }).seconds;
    seconds += run('zip', ['-X', '-r', '-q', 'bundle.zip', 'manifest.json', ...b.functions.map((f) => `${f}.zip`), 'static'], { cwd: izDir }).seconds;
    return { seconds };
  };

  ours(); // warm the page cache and the module cache
  infozip();
  const o: number[] = [];
  const z: number[] = [];
  const f: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const a = ours();
    o.push(a.seconds);
    rss.push(a.peakRss ?? NaN);
    z.push(infozip().seconds);
    if (b.floor) f.push(run(NODE, [FLOOR, app]).seconds);
  }
  const ratio = median(o) / median(z);
  const peak = Math.max(...rss);
  console.log(`\n${b.title}: ${readFileSync(marker, 'utf8').trim()}`);
  console.log(`  pack, ours:      ${secs(median(o))}  (${spread(o)})  bundle ${mib(statSync(oursOut).size)}`);
  console.log(`  pack, Info-ZIP:  ${secs(median(z))}  (${spread(z)})  bundle ${mib(statSync(path.join(izDir, 'bundle.zip')).size)}`);
  console.log(`  ratio:           ${ratio.toFixed(2)}× Info-ZIP's wall time   target ≤ ${b.packRatio.toFixed(2)}×  ${verdict(ratio <= b.packRatio)}`);
  if (ratio > b.packRatio) missed++;
  if (b.floor) console.log(`  lower bound:     ${secs(median(f))}  (${spread(f)})  ${(median(f) / median(z)).toFixed(2)}× Info-ZIP's: only walk, read, CRC-32 and deflate (bench/floor.mjs)`);
  const rssTarget = b.peakRss ? `   target ≤ ${b.peakRss / MB} MB  ${verdict(peak <= b.peakRss)}` : '';
  console.log(`  peak RSS, pack:  ${mib(peak)} (worst run)${rssTarget}`);
  if (b.peakRss && peak > b.peakRss) missed++;

  if (b.validateSeconds !== undefined) {
    runNode([CLI, 'validate', oursOut, '-q']);
    const v: Timed[] = [];
    const t: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      v.push(runNode([CLI, 'validate', oursOut, '-q']));
      t.push(run('unzip', ['-tqq', oursOut]).seconds);
    }
    const vs = v.map((x) => x.seconds);
    const ok = median(vs) <= b.validateSeconds;
    console.log(`  validate, ours:  ${secs(median(vs))}  (${spread(vs)})  peak RSS ${mib(Math.max(...v.map((x) => x.peakRss ?? NaN)))}   target ≤ ${b.validateSeconds} s  ${verdict(ok)}`);
    console.log(`  unzip -t:        ${secs(median(t))}  (${spread(t)})`);
    if (!ok) missed++;
  }
  load.push(loadavg()[0]!);
}

console.log(`\n${RUNS} runs each, medians (min–max); ${availableParallelism()} cores, node ${NODE_VERSION}; 1-minute load average ${load.map((l) => l.toFixed(1)).join(' → ')}`);
if (missed > 0) {
  console.log(`${missed} target(s) missed`);
  process.exitCode = 1;
}
