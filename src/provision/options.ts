// Checks on provisioning options before anything talks to AWS (the SDK does not validate them,
// and moto accepts almost anything: research aws-lambda-s3.md §1.1, §3).
import { UserError } from '../errors.js';
import type { ProvisionOptions } from './plan.js';

/** Parallel S3 requests at most: S3 takes 3,500 PUT/s per prefix. */
export const MAX_CONCURRENCY = 512;

export const ARCHITECTURES = ['x86_64', 'arm64'] as const;
const ENV_NAME = /^[a-zA-Z][a-zA-Z0-9_]+$/;
/** Lambda reserves these; setting them fails at deploy time. */
const RESERVED_ENV = new Set([
  '_HANDLER',
  '_X_AMZN_TRACE_ID',
  'AWS_DEFAULT_REGION',
  'AWS_REGION',
  'AWS_EXECUTION_ENV',
  'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
  'AWS_LAMBDA_FUNCTION_VERSION',
  'AWS_LAMBDA_INITIALIZATION_TYPE',
  'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME',
  'AWS_ACCESS_KEY',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API',
  'LAMBDA_TASK_ROOT',
  'LAMBDA_RUNTIME_DIR',
]);

/** A whole number in [min, max], from a string given by the user. */
export function parseInteger(value: string, what: string, min: number, max: number): number {
  if (!/^\d+$/.test(value.trim())) throw new UserError(`${what} must be a whole number from ${min} to ${max}, got "${value}"`);
  const n = Number(value);
  if (n < min || n > max) throw new UserError(`${what} must be from ${min} to ${max}, got ${n}`);
  return n;
}

export function parseArchitecture(value: string, what: string): 'x86_64' | 'arm64' {
  if (!(ARCHITECTURES as readonly string[]).includes(value)) throw new UserError(`${what} is "${value}"; allowed values: ${ARCHITECTURES.join(', ')}`);
  return value as 'x86_64' | 'arm64';
}

/** KEY=VALUE pairs → environment variables for every function (replacing all of their variables). */
export function parseEnvironment(pairs: readonly string[], what: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UserError(`${what} expects KEY=VALUE, got "${pair}"`);
    const key = pair.slice(0, eq);
    if (!ENV_NAME.test(key)) throw new UserError(`${what}: "${key}" is not a valid variable name (a letter, then letters, digits or "_")`);
    if (RESERVED_ENV.has(key)) throw new UserError(`${what}: "${key}" is reserved by AWS Lambda`);
    if (key in env) throw new UserError(`${what} sets "${key}" twice`);
    env[key] = pair.slice(eq + 1);
  }
  const size = Object.entries(env).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
  if (size > 4096) throw new UserError(`${what}: the variables take ${size} bytes; AWS Lambda allows 4 KB in all`);
  return env;
}

export function checkProvisionOptions(o: ProvisionOptions): void {
  if (o.memorySize !== undefined && (o.memorySize < 128 || o.memorySize > 10_240)) throw new UserError(`memory size must be from 128 to 10240 MB, got ${o.memorySize}`);
  if (o.timeout !== undefined && (o.timeout < 1 || o.timeout > 900)) throw new UserError(`timeout must be from 1 to 900 seconds, got ${o.timeout}`);
  if (o.concurrency !== undefined && (!Number.isInteger(o.concurrency) || o.concurrency < 1 || o.concurrency > MAX_CONCURRENCY)) {
    throw new UserError(`concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}, got ${o.concurrency}`);
  }
}
