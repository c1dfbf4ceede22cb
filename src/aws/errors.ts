// AWS errors in words a person can act on: what failed, for whom, and what to do.
import { UserError } from '../errors.js';
import type { AwsSettings } from './settings.js';

interface AwsErrorLike {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

export function errorName(err: unknown): string {
  const e = err as AwsErrorLike;
  return e?.name ?? e?.code ?? '';
}

/** The API call that failed ("lambda:UpdateFunctionCode"), as the clients name it (clients.ts), or `fallback`. */
export function operationOf(err: unknown, fallback: string): string {
  const op = (err as { operation?: unknown })?.operation;
  return typeof op === 'string' && op ? op : fallback;
}

export function httpStatus(err: unknown): number | undefined {
  return (err as AwsErrorLike)?.$metadata?.httpStatusCode;
}

const NOT_FOUND = new Set(['ResourceNotFoundException', 'NoSuchEntity', 'NoSuchEntityException', 'NotFound', 'NoSuchKey', 'NoSuchBucket']);

export function isNotFound(err: unknown): boolean {
  return NOT_FOUND.has(errorName(err)) || httpStatus(err) === 404;
}

const REJECTED = new Set(['InvalidClientTokenId', 'UnrecognizedClientException', 'SignatureDoesNotMatch', 'InvalidAccessKeyId', 'ExpiredToken', 'ExpiredTokenException', 'InvalidToken']);
const DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'Forbidden']);
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const DROPPED = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);
/** Names the SDK gives an answer it could not read (an HTML error page, a proxy's text): they say nothing. */
const UNREADABLE = new Set(['UnknownError', 'Unknown', 'Error', 'SyntaxError', 'TypeError']);

/** Failures a later attempt may not see: 5xx, throttling, dropped connections (after the SDK's own retries). */
export function isTransient(err: unknown): boolean {
  const status = httpStatus(err);
  const name = errorName(err);
  const code = (err as { code?: string })?.code ?? name;
  return (status !== undefined && (status >= 500 || status === 429)) || DROPPED.has(code) || name === 'SlowDown' || /Throttl|TooManyRequests/.test(name);
}

function attemptsOf(err: unknown): string {
  const n = (err as { $metadata?: { attempts?: number } })?.$metadata?.attempts;
  return n && n > 1 ? ` (${n} attempts)` : '';
}

/**
 * Turns an AWS failure of `action` (e.g. "lambda:CreateFunction on hello_v1_main") into a
 * UserError that names the operation and what it was about, and says what to do. Errors that did
 * not come from AWS or the network (bugs) are returned unchanged.
 */
export function explainAwsError(err: unknown, action: string, settings: AwsSettings): Error {
  if (err instanceof UserError) return err;
  const name = errorName(err);
  const message = (err as AwsErrorLike)?.message ?? String(err);
  const status = httpStatus(err);
  if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
    return new UserError(
      `no AWS credentials found for ${action}. In GitHub Actions, add aws-actions/configure-aws-credentials before this step ` +
        '(with "permissions: id-token: write" for OIDC); elsewhere set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE, ' +
        'or MM_APPS_DEPLOY_AWS_ACCESS_KEY and MM_APPS_DEPLOY_AWS_SECRET_KEY',
    );
  }
  if (/Region is missing/i.test(message)) {
    return new UserError('no AWS region: pass --region (action input aws-region), or set MM_APPS_AWS_REGION or AWS_REGION');
  }
  if (REJECTED.has(name)) {
    return new UserError(`AWS rejected the credentials from ${settings.credentialSource} (${name}) for ${action}: check the key pair, or refresh an expired session`);
  }
  if (DENIED.has(name) || status === 403) {
    return new UserError(`${action} was denied (${name || 'HTTP 403'}): ${message}. Grant that permission to the deploying identity (see "Minimal IAM policy" in the README)`);
  }
  const code = (err as { code?: string })?.code ?? name;
  if (status === undefined && UNREACHABLE.has(code)) {
    return new UserError(`cannot reach AWS${settings.endpoint ? ` at ${settings.endpoint}` : ''} for ${action} (${code}); check the network and the endpoint`);
  }
  if (status === undefined && DROPPED.has(code)) {
    return new UserError(`${action} failed: the connection was dropped (${code})${attemptsOf(err)}. Run again: it continues where this run stopped`);
  }
  if (status === 429 || name === 'SlowDown' || /Throttl|TooManyRequests/.test(name)) {
    return new UserError(`${action} failed: AWS kept throttling (${name || `HTTP ${status}`})${attemptsOf(err)}. Run again later, or with a lower --concurrency`);
  }
  if (status !== undefined && status >= 500) {
    const what = UNREADABLE.has(name) ? `HTTP ${status}` : `HTTP ${status} ${name}`;
    return new UserError(`${action} failed: AWS answered ${what}${attemptsOf(err)}. This is usually temporary: run again, it continues where this run stopped`);
  }
  if (status !== undefined) {
    const readable = !UNREADABLE.has(name) && !/Deserialization error/.test(message);
    return new UserError(`${action} failed: ${readable ? `${name}: ${message}` : `AWS answered HTTP ${status}`}`);
  }
  return err instanceof Error ? err : new Error(message);
}
