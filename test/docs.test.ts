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

it('the README meets the Deployment Solutions documentation points', () => {
  expect(readme).toContain('https://docs.mattermost.com');
  expect(readme).toContain('mm-apps-deploy for Mattermost by the mm-apps-deploy maintainers');
  expect(readme).toMatch(/## Security updates\n\nThe mm-apps-deploy maintainers commit to releasing security updates/);
});

it('the README\'s commands exist', () => {
  expect(readme).toContain('npm ci && npm run sample');
  expect(readme).toContain('npm ci && npm test');
  for (const script of ['sample', 'test', 'demo', 'build', 'check-dist', 'typecheck', 'bench:pack', 'bench:provision']) expect(pkg.scripts).toHaveProperty(script);
});
