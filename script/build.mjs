// npm run build: bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc into a
// fresh directory, writes each bundle's licenses.txt from the build's own webpack stats
// (script/licenses.mjs), and replaces dist/ only when both builds succeeded (no stale chunks, and
// a failed build leaves the previous dist/ in place). With --out DIR it builds into DIR instead and
// leaves dist/ alone (the test run builds what it tests this way); with --stats DIR it keeps the
// webpack stats there (action.json, cli.json), for the test of licenses.txt.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundledPackages, licensesText } from './licenses.mjs';

const root = path.resolve(import.meta.dirname, '..');
const option = (name) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? path.resolve(process.argv[at + 1]) : undefined;
};
const target = option('--out') ?? path.join(root, 'dist');
const statsDir = option('--stats') ?? mkdtempSync(path.join(os.tmpdir(), 'mmad-build-stats-'));
const next = `${target}.building`;
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const builds = [
  { name: 'action', entry: 'src/index.ts', out: next },
  { name: 'cli', entry: 'src/cli.ts', out: path.join(next, 'cli') },
];
rmSync(next, { recursive: true, force: true });
mkdirSync(statsDir, { recursive: true });
try {
  for (const { name, entry, out } of builds) {
    const stats = path.join(statsDir, `${name}.json`);
    execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--stats-out', stats, '--target', 'es2022', '-q'], { cwd: root, stdio: 'inherit' });
    writeFileSync(path.join(out, 'licenses.txt'), licensesText(bundledPackages(JSON.parse(readFileSync(stats, 'utf8')))));
  }
} catch (err) {
  rmSync(next, { recursive: true, force: true });
  if (!(err && 'status' in err)) console.error(err instanceof Error ? err.message : String(err)); // ncc printed its own
  console.error(`build failed; ${path.relative(root, target) || target} was left as it was`);
  process.exit(1);
} finally {
  if (!option('--stats')) rmSync(statsDir, { recursive: true, force: true });
}
rmSync(target, { recursive: true, force: true });
renameSync(next, target);
