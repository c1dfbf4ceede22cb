// Runs the committed action the way the GitHub runner does: `node <runs.main>` with inputs as
// INPUT_<NAME> variables (upper case, hyphens kept), and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { tempDir } from './fs.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/**
 * runs.main of action.yml, in the build this test run made from src/ (test/setup/build.ts):
 * dist/index.js there is what `npm run build` writes to dist/, which CI checks is committed.
 */
export function actionEntry(): string {
  const main = /^\s+main:\s*(\S+)\s*$/m.exec(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'))?.[1];
  if (!main) throw new Error('action.yml has no runs.main');
  return path.join(builtDist(), path.relative('dist', main));
}

/** Where this test run built dist/. */
export function builtDist(): string {
  return inject('testBuild');
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses the GITHUB_OUTPUT file: `name<<delimiter\nvalue\ndelimiter` records. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const re = /^([^\n<]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) outputs[m[1]!] = m[3]!;
  return outputs;
}

/**
 * Runs the action in a child process. Asynchronous, so that servers in this process (a fake GitHub
 * API) keep answering while it runs.
 */
export async function runAction(options: {
  inputs: Record<string, string>;
  cwd: string;
  env?: Record<string, string>;
  node?: string;
  /** Send `signal` (as the runner does when a job is cancelled) once stdout matches `when`. */
  interrupt?: { when: RegExp; signal: NodeJS.Signals };
}): Promise<ActionRun> {
  const files = tempDir('mmad-runner-');
  const outputFile = path.join(files, 'output');
  const summaryFile = path.join(files, 'summary');
  const eventFile = path.join(files, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const ref = options.env?.GITHUB_REF ?? 'refs/heads/main';
  // The webhook payload the runner writes for the event (trimmed to what an action may read).
  writeFileSync(eventFile, JSON.stringify({ ref, repository: { name: 'app', full_name: 'org/app', owner: { login: 'org' } }, sender: { login: 'octocat' } }));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? files,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.cwd,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: files,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REPOSITORY: 'org/app',
    MM_APPS_DEPLOY_DATE: '2026-11-21',
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const child = spawn(options.node ?? process.execPath, [actionEntry()], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let interrupted = false;
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (options.interrupt && !interrupted && options.interrupt.when.test(stdout)) {
      interrupted = true;
      child.kill(options.interrupt.signal);
    }
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
}
