// The npm bin (bin/mm-apps-deploy.js) caches V8's compiled code between runs on the Nodes that can
// (22.1 and later), in the user's own cache directory, never in the shared temporary directory;
// NODE_DISABLE_COMPILE_CACHE turns it off. Run as npm installs it: the bin beside the dist/ this
// test run built, under each Node the built CLI is tested with.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers/fs.js';
import { actionNodes } from './helpers/node24.js';
import { builtDist } from './helpers/runner.js';

const ROOT = path.resolve(import.meta.dirname, '..');

/** A package directory like the one npm installs: package.json, bin/ and the built dist/. */
function installed(): string {
  const pkg = tempDir('mmad-bin-');
  mkdirSync(path.join(pkg, 'bin'));
  copyFileSync(path.join(ROOT, 'bin', 'mm-apps-deploy.js'), path.join(pkg, 'bin', 'mm-apps-deploy.js'));
  writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'mm-apps-deploy', type: 'module' }));
  symlinkSync(builtDist(), path.join(pkg, 'dist'));
  return pkg;
}

const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

describe.each(actionNodes().map((n) => [n.label, n.bin]))('the npm bin on %s', (_label, node) => {
  const version = execFileSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
  const [major, minor] = version.split('.').map(Number) as [number, number];
  const caches = major > 22 || (major === 22 && minor >= 1);
  const pkg = installed();
  const run = (env: Record<string, string>) => execFileSync(node, [path.join(pkg, 'bin', 'mm-apps-deploy.js'), '--version'], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });

  it(caches ? 'caches compiled code in ~/.cache/mm-apps-deploy, or under XDG_CACHE_HOME' : 'runs without a compile cache (this Node has none)', () => {
    const home = tempDir('mmad-home-');
    const plain = run({ HOME: home });
    expect(entries(path.join(home, '.cache', 'mm-apps-deploy', 'v8')).length > 0).toBe(caches);
    expect(run({ HOME: home })).toBe(plain); // a second run reads the cache and says the same

    const xdg = tempDir('mmad-xdg-');
    const other = tempDir('mmad-home-');
    expect(run({ HOME: other, XDG_CACHE_HOME: xdg })).toBe(plain);
    expect(entries(path.join(xdg, 'mm-apps-deploy', 'v8')).length > 0).toBe(caches);
    expect(existsSync(path.join(other, '.cache'))).toBe(false);

    // a relative XDG_CACHE_HOME is ignored, as the XDG spec says: nothing lands in the working directory
    const cwd = tempDir('mmad-cwd-');
    execFileSync(node, [path.join(pkg, 'bin', 'mm-apps-deploy.js'), '--version'], { cwd, env: { PATH: process.env.PATH ?? '', HOME: other, XDG_CACHE_HOME: 'cache' } });
    expect(readdirSync(cwd)).toEqual([]);
    expect(entries(path.join(other, '.cache', 'mm-apps-deploy', 'v8')).length > 0).toBe(caches);
  });

  it('writes no cache with NODE_DISABLE_COMPILE_CACHE=1, and runs when the cache cannot be written', () => {
    const home = tempDir('mmad-home-');
    const plain = run({ HOME: home, NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(existsSync(path.join(home, '.cache'))).toBe(false);
    expect(run({ HOME: '/proc/no-such-home' })).toBe(plain);
  });
});
