// The AWS SDK clients, configured once: region, credentials, endpoint, retries, connections and
// user agent. Tests inject a request handler (to put faults between the SDK and moto) and fast
// retry delays.
import { IAMClient } from '@aws-sdk/client-iam';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { STSClient } from '@aws-sdk/client-sts';
import { VERSION } from '../version.js';
import { connectLimitedAgents, CONNECT_TIMEOUT_MS, SOCKET_IDLE_MS } from './agents.js';
import { BoundedRetryStrategy, defaultRetryDelay, type RetryDelay } from './retry.js';
import { nameOperations, reportingRetries } from './retry-report.js';
import { signWithContentHash } from './s3-objects.js';
import type { AwsSettings } from './settings.js';

export interface ClientOptions {
  /** A replacement HTTP transport (tests: fault injection). */
  requestHandler?: unknown;
  /** Attempts per request for throttling, 5xx and dropped connections (default 8). */
  maxAttempts?: number;
  /** Delay before retry `attempt` (1-based), in ms (default: exponential with full jitter, capped at 20 s). */
  retryDelay?: RetryDelay;
  /** Parallel S3 requests the connection pool must carry (default 64). */
  s3Connections?: number;
  /** Time for a new connection to connect, in ms (default CONNECT_TIMEOUT_MS; tests shorten it). */
  connectTimeoutMs?: number;
  /** Silence on a connected socket before a request is retried, in ms (default SOCKET_IDLE_MS; tests shorten it). */
  socketIdleMs?: number;
}

export interface AwsClients {
  settings: AwsSettings;
  lambda: LambdaClient;
  s3: S3Client;
  iam: IAMClient;
  sts: STSClient;
  destroy(): void;
}

/**
 * Kept-alive connections (at 30 ms per round trip, a new TLS connection per request would double
 * each request's time), which give up on a connect or an answer that never comes (agents.ts).
 */
function connections(maxSockets: number, options: ClientOptions) {
  return { ...connectLimitedAgents(maxSockets, options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS), socketTimeout: options.socketIdleMs ?? SOCKET_IDLE_MS };
}

/** What every client shares: where, as whom, retries (without a shared retry budget) and the user agent. */
function commonConfig(settings: AwsSettings, options: ClientOptions) {
  const maxAttempts = options.maxAttempts ?? 8;
  return {
    ...(settings.region ? { region: settings.region } : {}),
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    // Request bodies are buffers, so every retried request re-sends the same bytes.
    maxAttempts,
    // each retry is reported (retry-report.ts): nothing waits silently
    retryStrategy: reportingRetries((delay) => new BoundedRetryStrategy(maxAttempts, delay), maxAttempts, options.retryDelay ?? defaultRetryDelay),
    customUserAgent: `mm-apps-deploy/${VERSION}`,
    // Resolve each command's middleware stack once per client, not once per request: with 1,000
    // uploads the per-request resolution was a tenth of provisioning's CPU time.
    cacheMiddleware: true,
  };
}

/** Says nothing: for a client whose failures the caller reports itself. */
export const SILENT_LOGGER = { trace() {}, debug() {}, info() {}, warn() {}, error() {} };

/**
 * An S3 client alone. `followRegionRedirects` is for buckets that are not the app's (a bundle
 * source, the cloud deployer's bundle bucket), which may be in any region.
 */
export function createS3Client(settings: AwsSettings, options: ClientOptions = {}, extra: { followRegionRedirects?: boolean; logger?: typeof SILENT_LOGGER } = {}): S3Client {
  // Checksums only where S3 requires them.
  const s3 = new S3Client({
    ...commonConfig(settings, options),
    requestHandler: (options.requestHandler as never) ?? connections(16, options),
    forcePathStyle: settings.forcePathStyle,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    ...extra,
  });
  nameOperations(s3);
  return s3;
}

export function createClients(settings: AwsSettings, options: ClientOptions = {}): AwsClients {
  const common = commonConfig(settings, options);
  const handler = (maxSockets: number) => ({ requestHandler: (options.requestHandler as never) ?? connections(maxSockets, options) });
  const lambda = new LambdaClient({ ...common, ...handler(16) });
  // Checksums only where S3 requires them: uploads are verified by their signed SHA-256 (see s3-objects.ts).
  const s3 = new S3Client({
    ...common,
    ...handler(options.s3Connections ?? 64),
    forcePathStyle: settings.forcePathStyle,
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  const iam = new IAMClient({ ...common, ...handler(16) });
  const sts = new STSClient({ ...common, ...handler(4) });
  for (const c of [lambda, s3, iam, sts]) {
    nameOperations(c);
    // It filters every request's input for a log even without a logger; we never give it one.
    c.middlewareStack.remove('loggerMiddleware');
  }
  signWithContentHash(s3);
  return {
    settings,
    lambda,
    s3,
    iam,
    sts,
    destroy() {
      for (const c of [lambda, s3, iam, sts]) c.destroy();
    },
  };
}
