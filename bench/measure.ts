// Timing helpers shared by the benchmarks: wall time of a child process and its peak RSS.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const CLI = path.join(ROOT, 'bin', 'mm-apps-deploy.js');
const REPORTER = path.join(ROOT, 'bench', 'rss-reporter.mjs');

export interface Timed {
  seconds: number;
  /** Peak RSS in bytes, for node processes run through `runNode`. */
  peakRss?: number;
}

export function run(cmd: string, args: string[], options: SpawnSyncOptions = {}): Timed {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr?.toString()}`);
  return { seconds };
}

/**
 * The Node that runs our CLI in the benchmarks: BENCH_NODE (e.g. a Node 24 binary, the version
 * the action runs on and a supported CLI runtime), else the one running the benchmark.
 */
export const NODE = process.env.BENCH_NODE || process.execPath;
export const NODE_VERSION = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();

/** Runs a node script on NODE with the RSS reporter loaded. */
export function runNode(args: string[], options: SpawnSyncOptions = {}): Timed {
  const rssFile = path.join(tmpdir(), `mmad-rss-${process.pid}-${Date.now()}`);
  const env = { ...process.env, ...(options.env ?? {}), MMAD_BENCH_RSS_FILE: rssFile };
  const timed = run(NODE, ['--import', REPORTER, ...args], { ...options, env });
  if (existsSync(rssFile)) {
    timed.peakRss = Number(readFileSync(rssFile, 'utf8'));
    rmSync(rssFile);
  }
  return timed;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const mib = (n: number) => `${(n / 1048576).toFixed(1)} MiB`;
export const secs = (n: number) => `${n.toFixed(2)} s`;
