// npm as a user runs it, in a project outside this repository: on Node 24 when the test run has it
// (the machine's Node otherwise), with its own cache and user config, so nothing of this
// repository's node_modules or the machine's npm settings leaks into what is tested.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NODE24_BIN } from './node24.js';
import { tempDir } from './fs.js';

export interface NpmRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const home = tempDir('mmad-npm-home-');
mkdirSync(path.join(home, 'cache'), { recursive: true });
writeFileSync(path.join(home, '.npmrc'), 'fund=false\naudit=false\nupdate-notifier=false\n');

/** The Node the commands run on: Node 24 when present, else the machine's. */
export const NPM_NODE = existsSync(NODE24_BIN) ? NODE24_BIN : process.execPath;

/** Runs `npm` or `npx` (`command`) in `cwd`; `offline` adds npm's --offline through the environment. */
export function npm(command: 'npm' | 'npx', args: string[], cwd: string, options: { offline?: boolean; env?: Record<string, string> } = {}): NpmRun {
  const env: Record<string, string> = {
    PATH: `${path.dirname(NPM_NODE)}${path.delimiter}${process.env.PATH ?? ''}`,
    HOME: home,
    npm_config_userconfig: path.join(home, '.npmrc'),
    npm_config_cache: path.join(home, 'cache'),
    ...(options.offline ? { npm_config_offline: 'true' } : {}),
    ...options.env,
  };
  const r = spawnSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The npm output of a failed run, for an assertion message. */
export const explain = (r: NpmRun): string => `exit ${r.code}\n${r.stdout}\n${r.stderr}`;
