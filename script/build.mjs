// npm run build: bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc into a
// fresh directory, and replaces dist/ only when both builds succeeded (no stale chunks, and a
// failed build leaves the previous dist/ in place). With --out DIR it builds into DIR instead and
// leaves dist/ alone (the test run builds what it tests this way).
import { execFileSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outArg = process.argv.indexOf('--out');
const target = outArg >= 0 ? path.resolve(process.argv[outArg + 1]) : path.join(root, 'dist');
const next = `${target}.building`;
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
rmSync(next, { recursive: true, force: true });
try {
  for (const [entry, out] of [['src/index.ts', next], ['src/cli.ts', path.join(next, 'cli')]]) {
    execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--target', 'es2022', '-q'], { cwd: root, stdio: 'inherit' });
  }
} catch {
  rmSync(next, { recursive: true, force: true });
  console.error(`build failed; ${path.relative(root, target) || target} was left as it was`);
  process.exit(1);
}
rmSync(target, { recursive: true, force: true });
renameSync(next, target);
