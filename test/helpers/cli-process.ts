// Runs the CLI from the sources (tsx's loader) in a child process: for what only a real process
// shows, such as signals, exit codes and running as another user.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const TSX_LOADER = createRequire(import.meta.url).resolve('tsx');

export interface ProcessRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface ProcessOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Send `signal` once stderr (progress) matches `when`. */
  interrupt?: { when: RegExp; signal: NodeJS.Signals };
  /** Run as this user and group (tests running as root use an unprivileged one). */
  uid?: number;
  gid?: number;
  /** ulimit -f: the largest file the process may write, in KiB (writes past it fail with EFBIG). */
  fileSizeLimitKb?: number;
}

export async function runCliProcess(args: string[], options: ProcessOptions): Promise<ProcessRun & { interrupted: boolean }> {
  const command = [process.execPath, '--import', TSX_LOADER, path.join(ROOT, 'src', 'cli.ts'), ...args];
  const [file, ...argv] = options.fileSizeLimitKb === undefined ? command : ['sh', '-c', `ulimit -f ${options.fileSizeLimitKb} && exec "$@"`, 'sh', ...command];
  const child = spawn(file!, argv, {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', HOME: options.cwd, MM_APPS_DEPLOY_DATE: '2026-11-21', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
  });
  let stdout = '';
  let stderr = '';
  let interrupted = false;
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    if (options.interrupt && !interrupted && options.interrupt.when.test(stderr)) {
      interrupted = true;
      child.kill(options.interrupt.signal);
    }
  });
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
  return { code, signal, stdout, stderr, interrupted };
}
