// The CLI says what the README says: the README's synopsis block is generated from the same option
// specs as the parser and --help (src/cli/help.ts), and this test fails when they disagree, as
// docs.test.ts does for the finding codes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allOptions } from '../src/cli/args.js';
import { COMMANDS } from '../src/cli/main.js';
import { readmeBlock } from '../script/cli-synopsis.js';
import { runCli } from './helpers/cli.js';

const readme = readFileSync('README.md', 'utf8');
const cliSection = readme.split('## Use the CLI\n')[1]!.split(/\n## /)[0]!;

describe('README and --help agree', () => {
  it('the README holds the synopsis block generated from the option specs (npx tsx script/cli-synopsis.ts --write)', () => {
    expect(readme).toContain(readmeBlock());
  });

  it.each(COMMANDS.map((c) => [c.spec.name, c] as const))('%s --help lists every option the parser accepts, and no other', async (name, command) => {
    const help = (await runCli([name, '--help'])).stdout;
    const listed = [...help.matchAll(/^ {2}(?:-(\w), )? {0,4}--([a-z0-9-]+)/gm)].map((m) => m[2]!);
    expect(listed.sort()).toEqual(Object.keys(allOptions(command.spec)).sort());
    for (const [option, spec] of Object.entries(allOptions(command.spec))) {
      if (spec.short) expect(help).toContain(`-${spec.short}, --${option}`);
    }
  });

  it('every option the README mentions in "Use the CLI" exists', () => {
    const known = new Set(['help', 'version', ...COMMANDS.flatMap((c) => Object.keys(allOptions(c.spec)))]);
    // npm's own options (npm install --save-dev …) are not ours
    const ours = cliSection.replace(/`npm [^`]*`/g, '');
    const mentioned = [...ours.matchAll(/(?<![\w-])--([a-z][a-z0-9-]*)/g)].map((m) => m[1]!);
    expect(mentioned.length).toBeGreaterThan(20);
    expect(mentioned.filter((o) => !known.has(o))).toEqual([]);
  });

  it('the region from AWS_DEFAULT_REGION is documented in the help of every AWS command', async () => {
    for (const name of ['provision', 'init', 'test', 'prune', 'clean', 'publish', 'validate']) {
      expect((await runCli([name, '--help'])).stdout).toContain('AWS_DEFAULT_REGION');
    }
  });
});
