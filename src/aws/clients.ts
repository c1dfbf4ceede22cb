// The AWS SDK clients, configured once: region, credentials, endpoint, retries and user agent.
// Tests inject a request handler (to put faults between the SDK and moto) and fast retry delays.
import { IAMClient } from '@aws-sdk/client-iam';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { STSClient } from '@aws-sdk/client-sts';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { VERSION } from '../version.js';
import type { AwsSettings } from './settings.js';

export interface ClientOptions {
  /** A replacement HTTP transport (tests: fault injection). */
  requestHandler?: unknown;
  /** Attempts per request for throttling, 5xx and dropped connections (default 8). */
  maxAttempts?: number;
  /** Delay before retry `attempt` (1-based), in ms (default: exponential with jitter, capped at 20 s). */
  retryDelay?: (attempt: number) => number;
}

export interface AwsClients {
  settings: AwsSettings;
  lambda: LambdaClient;
  s3: S3Client;
  iam: IAMClient;
  sts: STSClient;
  destroy(): void;
}

/** Full jitter: a random delay up to 100 ms × 2^attempt, at most 20 s. */
export function defaultRetryDelay(attempt: number): number {
  return Math.random() * Math.min(20_000, 100 * 2 ** attempt);
}

function commonConfig(settings: AwsSettings, options: ClientOptions) {
  return {
    ...(settings.region ? { region: settings.region } : {}),
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    ...(options.requestHandler ? { requestHandler: options.requestHandler as never } : {}),
    // Request bodies are buffers, so every retried request re-sends the same bytes.
    retryStrategy: new ConfiguredRetryStrategy(options.maxAttempts ?? 8, options.retryDelay ?? defaultRetryDelay),
    customUserAgent: `mm-apps-deploy/${VERSION}`,
  };
}

/** Says nothing: for a client whose failures the caller reports itself. */
export const SILENT_LOGGER = { trace() {}, debug() {}, info() {}, warn() {}, error() {} };

/**
 * An S3 client alone. `followRegionRedirects` is for buckets that are not the app's (a bundle
 * source, the cloud deployer's bundle bucket), which may be in any region.
 */
export function createS3Client(settings: AwsSettings, options: ClientOptions = {}, extra: { followRegionRedirects?: boolean; logger?: typeof SILENT_LOGGER } = {}): S3Client {
  // Checksums only where S3 requires them: uploads carry Content-MD5 instead (see s3-objects.ts).
  return new S3Client({ ...commonConfig(settings, options), forcePathStyle: settings.forcePathStyle, requestChecksumCalculation: 'WHEN_REQUIRED', ...extra });
}

export function createClients(settings: AwsSettings, options: ClientOptions = {}): AwsClients {
  const common = commonConfig(settings, options);
  const lambda = new LambdaClient(common);
  const s3 = createS3Client(settings, options);
  const iam = new IAMClient(common);
  const sts = new STSClient(common);
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
