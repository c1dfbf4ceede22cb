// npm run bench:pack — packs a generated, realistic app and compares with Info-ZIP.
//
// The app: two Node functions shaped like node_modules (~20 MB each: many small compressible
// text files plus native-addon-like binaries) and 1,000 static files (~25 MB of text and images).
// Ours: `mm-apps-deploy pack` (the built CLI). Info-ZIP: `zip -X -r` per function, then the
// bundle, as the Mattermost example Makefiles do. Targets (issue #2): our wall time ≤ 0.8× Info-ZIP's,
// our peak RSS ≤ 200 MB. Runs are alternated and the median of RUNS is reported.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { generateApp } from './generate-app.js';
import { CLI, ROOT, median, mib, run, runNode, secs } from './measure.js';

const RUNS = Number(process.env.RUNS ?? 5);
const work = path.join(ROOT, '.bench', 'pack');
const app = path.join(work, 'app');
const marker = path.join(work, 'app.v1');

if (!existsSync(marker)) {
  rmSync(work, { recursive: true, force: true });
  console.log('generating the benchmark app (once)...');
  const g = await generateApp(app, { functions: ['api', 'worker'], functionBytes: 20 * 1024 * 1024, staticFiles: 1000, staticBytes: 25 * 1024 * 1024 });
  writeFileSync(marker, `${g.files} files, ${g.bytes} bytes\n`);
}

const oursOut = path.join(work, 'ours.zip');
const izDir = path.join(work, 'infozip');

function ours() {
  rmSync(oursOut, { force: true });
  return runNode([CLI, 'pack', app, '-o', oursOut, '-q']);
}

function infozip() {
  rmSync(izDir, { recursive: true, force: true });
  mkdirSync(izDir, { recursive: true });
  symlinkSync(path.join(app, 'manifest.json'), path.join(izDir, 'manifest.json'));
  symlinkSync(path.join(app, 'static'), path.join(izDir, 'static'));
  let seconds = 0;
  for (const fn of ['api', 'worker']) seconds += run('zip', ['-X', '-r', '-q', path.join(izDir, `${fn}.zip`), '.'], { cwd: path.join(app, 'functions', fn) }).seconds;
  seconds += run('zip', ['-X', '-r', '-q', 'bundle.zip', 'manifest.json', 'api.zip', 'worker.zip', 'static'], { cwd: izDir }).seconds;
  return { seconds };
}

ours(); // warm the page cache and the module cache
infozip();
const o: number[] = [];
const z: number[] = [];
const rss: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const a = ours();
  o.push(a.seconds);
  rss.push(a.peakRss ?? NaN);
  z.push(infozip().seconds);
}

const ratio = median(o) / median(z);
const peak = Math.max(...rss);
console.log(`\nmm-apps-deploy pack benchmark (${RUNS} runs, median; ${availableParallelism()} cores, node ${process.version})`);
console.log(`  app:       ${readFileSync(marker, 'utf8').trim()} (2 functions, 1,000 static files)`);
console.log(`  ours:      ${secs(median(o))}  (runs: ${o.map((s) => s.toFixed(2)).join(' ')})  bundle ${mib(statSync(oursOut).size)}`);
console.log(`  Info-ZIP:  ${secs(median(z))}  (runs: ${z.map((s) => s.toFixed(2)).join(' ')})  bundle ${mib(statSync(path.join(izDir, 'bundle.zip')).size)}`);
console.log(`  ratio:     ${ratio.toFixed(2)}× Info-ZIP's wall time   target ≤ 0.80×  ${ratio <= 0.8 ? 'PASS' : 'FAIL'}`);
console.log(`  peak RSS:  ${mib(peak)} (worst run)                target ≤ 200 MB  ${peak <= 200 * 1e6 ? 'PASS' : 'FAIL'}`);
