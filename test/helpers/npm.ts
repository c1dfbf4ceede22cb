// npm as a user runs it, in a project outside this repository: on Node 24 when the test run has it
// (the machine's Node otherwise), with the user's npm settings and cache (a registry mirror or CA
// file keeps working, and packages already cached need no download), but none of the npm_* variables
// an `npm test` run passes down, which would point npm at this repository.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { NODE24_BIN } from './node24.js';

export interface NpmRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The Node the commands run on: Node 24 when present, else the machine's. */
export const NPM_NODE = existsSync(NODE24_BIN) ? NODE24_BIN : process.execPath;

/** Runs `npm` or `npx` (`command`) in `cwd`; `offline` adds npm's --offline through the environment. */
export function npm(command: 'npm' | 'npx', args: string[], cwd: string, options: { offline?: boolean; env?: Record<string, string> } = {}): NpmRun {
  const inherited = Object.entries(process.env).filter(([k, v]) => v !== undefined && !/^npm_/i.test(k) && k !== 'INIT_CWD') as [string, string][];
  const env: Record<string, string> = {
    ...Object.fromEntries(inherited),
    PATH: `${path.dirname(NPM_NODE)}${path.delimiter}${process.env.PATH ?? ''}`,
    npm_config_update_notifier: 'false',
    ...(options.offline ? { npm_config_offline: 'true' } : {}),
    ...options.env,
  };
  const r = spawnSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The npm output of a failed run, for an assertion message. */
export const explain = (r: NpmRun): string => `exit ${r.code}\n${r.stdout}\n${r.stderr}`;
