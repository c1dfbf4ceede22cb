// Bundle sources: a path on disk, an object in S3 (s3://bucket/key, read with the deploy
// credentials) or an https:// URL (a GitHub release asset, say). A remote bundle is streamed to a
// temporary file, within the bundle size limit, hashed on the way, optionally checked against a
// pinned SHA-256, and removed by cleanup() (or, at the latest, when the process exits).
import { rmSync, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { ClientOptions } from '../aws/clients.js';
import { resolveAwsSettings } from '../aws/settings.js';
import { MAX_BUNDLE_BYTES } from '../bundle/limits.js';
import { fileDigest } from '../bundle/pack.js';
import { UserError } from '../errors.js';
import { formatBytes } from '../util/format.js';
import { tokenOrigins } from './github-token.js';
import { downloadHttp } from './http-download.js';
import { backoffDelay, isTransient, withRetries } from '../util/retry.js';
import { seconds, type TransferState } from './sink.js';
import { displayUrl, parseTarget, type BundleTarget } from './target.js';

export interface FetchOptions {
  /** Relative paths are resolved against it. */
  cwd: string;
  /** GITHUB_TOKEN, GITHUB_SERVER_URL, GITHUB_API_URL, RUNNER_TEMP and the AWS variables. */
  env: Readonly<Record<string, string | undefined>>;
  /** For s3://: region and endpoint, resolved like provisioning's (credentials come from env). */
  aws?: { region?: string | undefined; endpointUrl?: string | undefined };
  /** Hex SHA-256 the bundle must have. */
  sha256?: string | undefined;
  /** The GitHub token (default: GITHUB_TOKEN), sent only to GitHub's own origins. */
  token?: string | undefined;
  /** Plain http to loopback addresses: for tests only. */
  allowInsecureHttp?: boolean;
  maxBytes?: number;
  /** How long to wait for an answer, and for the next byte (default 30 s). */
  timeoutMs?: number;
  /** Attempts per download (default 4). */
  attempts?: number;
  retryDelay?: (attempt: number) => number;
  sleep?: (ms: number) => Promise<void>;
  /** How often a download in progress is reported (default 2 s). */
  progressIntervalMs?: number;
  onProgress?: (message: string) => void;
  /** Where the temporary directory goes (default RUNNER_TEMP, else the system's). */
  tempRoot?: string;
  /** Test hooks for the S3 client. */
  clientOptions?: ClientOptions;
  /** Stops the download (SIGINT): the temporary file is removed and the signal's reason thrown. */
  signal?: AbortSignal;
}

export interface FetchedBundle {
  kind: BundleTarget['kind'];
  /** A local path to read: the file or directory itself, or the download. */
  path: string;
  /** The bundle as it may be shown: the path as given, or the URL without its query string. */
  displayName: string;
  /** Hex SHA-256: always for a download, for a local file when one was pinned. */
  sha256?: string;
  size?: number;
  /** Removes the download; safe to call more than once, and a no-op for local paths. */
  cleanup(): void;
}

const HEX_SHA256 = /^[0-9a-f]{64}$/;

/** Temporary directories still to remove, whatever way the process ends. */
const pending = new Set<string>();
let exitHook = false;
function track(dir: string): () => void {
  if (!exitHook) {
    exitHook = true;
    process.once('exit', () => {
      for (const d of pending) rmSync(d, { recursive: true, force: true });
    });
  }
  pending.add(dir);
  return () => {
    rmSync(dir, { recursive: true, force: true });
    pending.delete(dir);
  };
}

export function parseSha256(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const hex = value.trim().toLowerCase();
  if (!HEX_SHA256.test(hex)) throw new UserError(`the SHA-256 to pin is "${value}"; give the bundle's 64 hexadecimal digits (e.g. from sha256sum)`);
  return hex;
}

function checkPin(displayName: string, actual: string, expected: string | undefined): void {
  if (expected !== undefined && actual !== expected) {
    throw new UserError(`${displayName} has SHA-256 ${actual}, not the pinned ${expected}; it was not used`);
  }
}

/** A file name for the download that keeps the source's name when it is a plain one. */
function localName(target: BundleTarget): string {
  const base = target.kind === 's3' ? path.posix.basename(target.key) : target.kind === 'https' ? path.posix.basename(target.url.pathname) : '';
  return /^[A-Za-z0-9._-]{1,200}\.zip$/.test(base) ? base : 'bundle.zip';
}

export async function fetchBundle(target: string, options: FetchOptions): Promise<FetchedBundle> {
  const pin = parseSha256(options.sha256);
  const parsed = parseTarget(target, options);
  if (parsed.kind === 'local') return local(target, parsed.path, pin);

  const displayName = parsed.kind === 's3' ? `s3://${parsed.bucket}/${parsed.key}` : displayUrl(parsed.url);
  const dir = await mkdtemp(path.join(options.tempRoot ?? (options.env.RUNNER_TEMP || tmpdir()), 'mm-apps-deploy-bundle-'));
  const cleanup = track(dir);
  const file = path.join(dir, localName(parsed));
  const progress = options.onProgress ?? (() => undefined);
  const state: TransferState = { phase: 'connecting', from: '', received: 0 };
  const started = Date.now();
  const ticker = setInterval(() => progress(describe(state, started)), options.progressIntervalMs ?? 2000);
  ticker.unref();
  let destroy: () => void = () => undefined;
  try {
    progress(`fetching ${displayName}`);
    const common = { timeoutMs: options.timeoutMs ?? 30_000, maxBytes: options.maxBytes ?? MAX_BUNDLE_BYTES, state };
    const retry = { attempts: options.attempts ?? 4, delay: options.retryDelay ?? backoffDelay, sleep: options.sleep ?? ((ms: number) => delay(ms)), onRetry: progress };
    let attempt: () => Promise<{ size: number; sha256: string }>;
    if (parsed.kind === 's3') {
      // Loaded on demand: commands that never see an s3:// source should not load the AWS SDK.
      const [{ createS3Client }, { downloadS3 }] = await Promise.all([import('../aws/clients.js'), import('./s3-download.js')]);
      const settings = resolveAwsSettings({ region: options.aws?.region, endpointUrl: options.aws?.endpointUrl, bucket: parsed.bucket, env: options.env });
      const client = createS3Client(settings, options.clientOptions, { followRegionRedirects: true });
      destroy = () => client.destroy();
      attempt = () => downloadS3(parsed.bucket, parsed.key, file, { ...common, s3: client, settings });
    } else {
      const token = (options.token ?? options.env.GITHUB_TOKEN)?.trim() || undefined;
      const http = { ...common, tokenOrigins: tokenOrigins(options.env), allowInsecureHttp: options.allowInsecureHttp ?? false, ...(token ? { token } : {}), ...(options.signal ? { signal: options.signal } : {}) };
      attempt = () => downloadHttp(parsed.url, file, http);
    }
    options.signal?.throwIfAborted();
    const download = withRetries(`fetch ${displayName}`, retry, () =>
      attempt().catch((err: unknown) => {
        // A network failure that another attempt will not fix (an unknown host, a bad certificate)
        // is the user's to fix: say so without a stack trace.
        const code = (err as { code?: unknown })?.code;
        if (!isTransient(err) && !(err instanceof UserError) && typeof code === 'string') throw new UserError(`could not fetch ${displayName}: ${(err as Error).message}`);
        throw err;
      }),
    );
    const got = await abortable(download, options.signal);
    checkPin(displayName, got.sha256, pin);
    return { kind: parsed.kind, path: file, displayName, sha256: got.sha256, size: got.size, cleanup };
  } catch (err) {
    cleanup();
    throw err;
  } finally {
    clearInterval(ticker);
    destroy();
  }
}

/** The download, or the signal's reason as soon as it is aborted (the transfer is then abandoned and its file removed). */
function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  work.catch(() => undefined);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function local(given: string, resolved: string, pin: string | undefined): Promise<FetchedBundle> {
  let isDir: boolean;
  try {
    isDir = statSync(resolved).isDirectory();
  } catch {
    throw new UserError(`${given} does not exist; give an app directory (with manifest.json), a bundle .zip, an s3://BUCKET/KEY object or an https:// URL`);
  }
  const base = { kind: 'local' as const, path: resolved, displayName: given, cleanup: () => undefined };
  if (pin === undefined) return base;
  if (isDir) throw new UserError(`a pinned SHA-256 is for a bundle file, and ${given} is a directory`);
  const sha256 = await fileDigest(resolved, 'hex');
  checkPin(given, sha256, pin);
  return { ...base, sha256, size: statSync(resolved).size };
}

function describe(state: TransferState, started: number): string {
  const elapsed = seconds(Date.now() - started);
  if (state.phase === 'connecting') return `waiting for ${state.from || 'the server'} (${elapsed} so far)`;
  const of = state.total ? ` of ${formatBytes(state.total)} (${Math.floor((state.received / state.total) * 100)}%)` : '';
  return `received ${formatBytes(state.received)}${of} (${elapsed} so far)`;
}
