// dist/licenses.txt lists every package bundled into dist/ with its license text. "Bundled" is read
// from the build's own record (the webpack stats of this test run's build, test/setup/build.ts),
// and cross-checked with the module paths the bundles name in their comments.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

interface StatsModule {
  nameForCondition?: string;
  chunks?: unknown[];
  modules?: StatsModule[];
}

/** node_modules/<name> or node_modules/@scope/<name>: the innermost package a path lies in. */
function packageDirOf(file: string): string | undefined {
  const m = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file);
  return m?.[1];
}

/** The package directories of the modules emitted into the bundle's chunks, concatenated ones included. */
function bundledPackageDirs(statsFile: string): Set<string> {
  const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as { modules: StatsModule[] };
  const dirs = new Set<string>();
  const walk = (m: StatsModule): void => {
    const dir = m.nameForCondition && packageDirOf(m.nameForCondition);
    if (dir) dirs.add(dir);
    m.modules?.forEach(walk);
  };
  stats.modules.filter((m) => (m.chunks?.length ?? 0) > 0).forEach(walk);
  return dirs;
}

const build = inject('testBuild');
const stats = inject('testBuildStats');
const bundles = [
  { name: 'action', dir: build, mustHave: ['@actions/core', '@actions/github', '@octokit/core', 'undici', 'tunnel', 'zod', '@aws-sdk/client-s3'] },
  { name: 'cli', dir: path.join(build, 'cli'), mustHave: ['zod', '@aws-sdk/client-lambda', 'mime-types'] },
];

describe.each(bundles)('the $name bundle', ({ name, dir, mustHave }) => {
  const licenses = readFileSync(path.join(dir, 'licenses.txt'), 'utf8');
  const entries = new Map(
    licenses
      .split(/^={80}\n/m)
      .slice(1)
      .map((e) => [e.slice(0, e.indexOf('\n')), e] as const),
  );

  it('licenses.txt has every bundled package, by name and version, with its license text', () => {
    const dirs = bundledPackageDirs(path.join(stats, `${name}.json`));
    expect(dirs.size).toBeGreaterThan(mustHave.length);
    const names: string[] = [];
    for (const pkgDir of dirs) {
      const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { name: string; version: string; license: string };
      names.push(pkg.name);
      const entry = entries.get(`${pkg.name}@${pkg.version}`);
      expect(entry, `${pkg.name}@${pkg.version} is bundled but not in licenses.txt`).toBeDefined();
      expect(entry).toContain(`License: ${pkg.license}\n`);
      const files = readdirSync(pkgDir).filter((f) => /^(licen[cs]e|copying)([.-].*)?$/i.test(f));
      // packages published without a license file get their repository's (script/licenses.mjs)
      if (files.length === 0) expect(entry).toMatch(/published without a license file; this is the .* license file of /);
      for (const f of files) expect(entry).toContain(readFileSync(path.join(pkgDir, f), 'utf8').replace(/\r\n/g, '\n').trim());
      expect(entry!.length).toBeGreaterThan(500); // a license text, not just a name
    }
    for (const m of mustHave) expect(names).toContain(m);
    expect(entries.size).toBe(new Set([...entries.keys()]).size);
  });

  it('every package the bundle names in its module comments is in licenses.txt', () => {
    const listed = new Set([...entries.keys()].map((k) => k.slice(0, k.lastIndexOf('@'))));
    const js = readdirSync(dir).filter((f) => f.endsWith('.js'));
    const named = new Set<string>();
    for (const f of js) {
      for (const m of readFileSync(path.join(dir, f), 'utf8').matchAll(/CONCATENATED MODULE: \.\/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)) named.add(m[1]!);
    }
    if (name === 'action') expect(named).toContain('@actions/core');
    for (const n of named) expect(listed, n).toContain(n);
  });
});
