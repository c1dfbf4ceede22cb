// dist/licenses.txt (and dist/cli/licenses.txt): every npm package whose code ncc bundled, with its
// license text. Made from the build's own webpack stats (ncc --stats-out) rather than ncc's --license,
// which misses packages whose modules webpack concatenated (all the ES-module ones: @actions/*,
// @octokit/*, zod) and others (undici, yauzl, tunnel).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const LICENSE_FILE = /^(licen[cs]e|copying)([.-].*)?$/i;
const RULE = '='.repeat(80);

/** The resource paths of the modules a stats file says were emitted (concatenated ones included). */
export function emittedModulePaths(stats) {
  const paths = new Set();
  const visit = (modules) => {
    for (const m of modules ?? []) {
      if (m.nameForCondition) paths.add(m.nameForCondition);
      visit(m.modules); // the modules webpack concatenated into this one
    }
  };
  visit((stats.modules ?? []).filter((m) => (m.chunks ?? []).length > 0));
  return [...paths];
}

/** The package directory a module path lies in (the innermost node_modules/<name>), or undefined. */
export function packageDir(modulePath) {
  const parts = modulePath.split(path.sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || at + 1 >= parts.length) return undefined;
  const scoped = parts[at + 1].startsWith('@');
  return parts.slice(0, at + (scoped ? 3 : 2)).join(path.sep);
}

const repositoryOf = (pkg) =>
  String(typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository?.url ?? ''))
    .replace(/^git\+/, '')
    .replace(/\.git$/, '');

/**
 * name, version, license and the text of each bundled package, sorted by name then version. A few
 * packages are published without a license file (three of the AWS SDK's); they get the file of a
 * bundled package from the same repository under the same license, and the entry says whose.
 */
export function bundledPackages(stats) {
  const dirs = new Set(emittedModulePaths(stats).map(packageDir).filter(Boolean));
  const packages = [...dirs].map((dir) => {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const files = readdirSync(dir)
      .filter((f) => LICENSE_FILE.test(f))
      .sort();
    const text = files.map((f) => readFileSync(path.join(dir, f), 'utf8').replace(/\r\n/g, '\n').trimEnd()).join('\n\n');
    return { name: pkg.name, version: pkg.version, license: typeof pkg.license === 'string' ? pkg.license : 'see the text', repository: repositoryOf(pkg), text, dir };
  });
  packages.sort((a, b) => (a.name === b.name ? (a.version < b.version ? -1 : 1) : a.name < b.name ? -1 : 1));
  for (const p of packages.filter((x) => !x.text)) {
    const donor = packages.find((d) => d.text && !d.borrowed && d.repository && d.repository === p.repository && d.license === p.license);
    if (!donor) throw new Error(`${p.name}@${p.version} (${p.dir}) has no license file and no bundled package of its repository lends one: add its license text before bundling it`);
    p.text = `(${p.name} is published without a license file; this is the ${p.license} license file of ${donor.name}, from the same repository, ${p.repository})\n\n${donor.text}`;
    p.borrowed = true;
  }
  return packages.map(({ name, version, license, text }) => ({ name, version, license, text }));
}

/** The licenses.txt of one build. */
export function licensesText(packages) {
  const head = `Third-party packages bundled into the JavaScript files of this directory (${packages.length}), each with its license.\n`;
  const body = packages.map((p) => `${RULE}\n${p.name}@${p.version}\nLicense: ${p.license}\n\n${p.text}\n`);
  return [head, ...body].join('\n');
}
