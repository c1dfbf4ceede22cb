// The documentation covers what exists: every finding code, every action input and output.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { Inputs } from '../src/action/inputs.js';
import { Outputs } from '../src/action/outputs.js';
import { CATALOG } from '../src/findings/catalog.js';
import { VERSION } from '../src/version.js';
import pkg from '../package.json' with { type: 'json' };

const readme = readFileSync('README.md', 'utf8');
const actionYml = readFileSync('action.yml', 'utf8');

/** Keys of a top-level section of action.yml (inputs: or outputs:). */
function yamlKeys(section: string): string[] {
  const body = actionYml.split(new RegExp(`^${section}:\\n`, 'm'))[1]!.split(/^\S/m)[0]!;
  return [...body.matchAll(/^ {2}([a-z0-9-]+):$/gm)].map((m) => m[1]!);
}

it('the README lists every finding code with its severity', () => {
  for (const [code, def] of Object.entries(CATALOG)) expect(readme).toMatch(new RegExp(`\\| ${code} \\| ${def.severity} \\|`));
});

it('action.yml declares exactly the inputs and outputs the code reads and sets, and the README documents them', () => {
  expect(yamlKeys('inputs').sort()).toEqual(Object.values(Inputs).sort());
  expect(yamlKeys('outputs').sort()).toEqual(Object.values(Outputs).sort());
  for (const name of [...Object.values(Inputs), ...Object.values(Outputs)]) expect(readme).toContain(`| \`${name}\` |`);
  expect(actionYml).toMatch(/^ {2}using: node24$/m);
});

it('the version the CLI prints is the package version', () => {
  expect(VERSION).toBe(pkg.version);
});

// Mattermost's Deployment Solutions programs (docs.mattermost.com, "Deployment solution programs"):
// the statements a Registered solution's README makes, word for word, filled in for this project.
it('the README makes the Deployment Solutions statements word for word', () => {
  expect(readme).toContain('\nPlease see https://docs.mattermost.com for official documentation.\n');
  expect(readme).toContain(
    '\nThe name for this deployment solution in the context of [Mattermost branding guidelines](https://handbook.mattermost.com/operations/operations/publishing/publishing-guidelines/brand-and-visual-design-guidelines) is `mm-apps-deploy for Mattermost by the mm-apps-deploy maintainers`.\n',
  );
  expect(readme).toContain(
    '## Security updates\n\nWe highly recommend users subscribe to the Mattermost security updates email list. When notified of a security update, the maintainers of this deployment solution will make an effort to update to the secure version within 10 days.\n',
  );
  expect(readme).toContain('More\ninformation is available at: https://mattermost.com\n');
});

it('CHANGELOG.md keeps a changelog: an Unreleased entry first, then one entry per release, newest first', () => {
  const changelog = readFileSync('CHANGELOG.md', 'utf8');
  expect(changelog).toMatch(/^# Changelog\n/);
  expect(changelog).toContain('[Keep a Changelog](https://keepachangelog.com/en/1.1.0/)');
  const entries = [...changelog.matchAll(/^## (.*)$/gm)].map((m) => m[1]!);
  expect(entries[0]).toBe('[Unreleased]');
  const released = entries.slice(1).map((e) => {
    const m = /^\[(\d+)\.(\d+)\.(\d+)\] - \d{4}-\d{2}-\d{2}$/.exec(e);
    expect(m, `"## ${e}" is not "## [X.Y.Z] - YYYY-MM-DD"`).not.toBeNull();
    return m!.slice(1).map(Number);
  });
  const newer = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
  for (let i = 1; i < released.length; i++) expect(newer(released[i - 1]!, released[i]!)).toBeGreaterThan(0);
  for (const heading of changelog.matchAll(/^### (.*)$/gm)) expect(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']).toContain(heading[1]);
  // a released package.json version has its entry; an unreleased one is covered by [Unreleased]
  if (released.some((v) => v.join('.') === pkg.version)) expect(entries).toContainEqual(expect.stringMatching(new RegExp(`^\\[${pkg.version.replace(/\./g, '\\.')}\\]`)));
});

it('upgrades are documented and automated: the moving major tag, Dependabot, the next app version', () => {
  expect(readme).toContain('### Upgrading mm-apps-deploy');
  expect(readme).toContain('### Upgrading an installed app');
  const release = readFileSync('.github/workflows/release.yml', 'utf8');
  expect(release).toMatch(/^ {4}types: \[released\]/m);
  expect(release).toContain('git push --force origin "refs/tags/$MAJOR"');
  for (const file of ['.github/dependabot.yml', 'sample-app/.github/dependabot.yml']) {
    const dependabot = readFileSync(file, 'utf8');
    expect(dependabot, file).toContain('package-ecosystem: github-actions');
    expect(dependabot, file).toContain('package-ecosystem: npm');
  }
});

it('the supported Node.js versions agree: engines, README, the CI matrix, .node-version and the action', () => {
  expect(pkg.engines.node).toBe('>=22');
  expect(readme).toContain('supports Node.js **22 and 24**');
  const ci = readFileSync('.github/workflows/ci.yml', 'utf8');
  expect(/^ {8}node: \[(.*)\]$/m.exec(ci)?.[1]?.split(/,\s*/).sort()).toEqual(['22', '24']);
  expect(readFileSync('.node-version', 'utf8').trim()).toBe('24');
  expect(actionYml).toMatch(/^ {2}using: node24$/m);
  for (const workflow of ['check-dist.yml', 'self-test.yml', 'release.yml']) expect(readFileSync(`.github/workflows/${workflow}`, 'utf8'), workflow).toContain('node-version-file: .node-version');
  const sample = JSON.parse(readFileSync('sample-app/package.json', 'utf8')) as { engines: { node: string } };
  expect(sample.engines.node).toBe(pkg.engines.node);
});

it("the README's commands exist", () => {
  expect(readme).toContain('npm ci && npm run sample');
  expect(readme).toContain('npm ci && npm test');
  for (const script of ['sample', 'test', 'demo', 'build', 'check-dist', 'typecheck', 'bench:pack', 'bench:provision', 'lint', 'format', 'format:check', 'actionlint', 'local-action']) {
    expect(pkg.scripts).toHaveProperty(script);
    if (!['test', 'format:check'].includes(script)) expect(readme).toContain(`npm run ${script}`);
  }
  expect(pkg.scripts['local-action']).toContain('src/action/main.ts');
  expect(readFileSync('.env.example', 'utf8')).toMatch(/^INPUT_MODE=/m);
});
