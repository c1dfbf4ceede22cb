// Runs the CLI this test run built from src/ (test/setup/build.ts), as a user runs it: node
// dist/cli/index.js in a child process with its own environment (which the AWS SDK reads).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { builtDist } from './runner.js';

export interface BuiltCliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runBuiltCli(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<BuiltCliRun> {
  const child = spawn(process.execPath, [path.join(builtDist(), 'cli', 'index.js'), ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', HOME: options.cwd, MM_APPS_DEPLOY_DATE: '2026-11-21', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return { code, stdout, stderr };
}
