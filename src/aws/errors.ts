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

export function httpStatus(err: unknown): number | undefined {
  return (err as AwsErrorLike)?.$metadata?.httpStatusCode;
}

const NOT_FOUND = new Set(['ResourceNotFoundException', 'NoSuchEntity', 'NoSuchEntityException', 'NotFound', 'NoSuchKey', 'NoSuchBucket']);

export function isNotFound(err: unknown): boolean {
  return NOT_FOUND.has(errorName(err)) || httpStatus(err) === 404;
}

const REJECTED = new Set(['InvalidClientTokenId', 'UnrecognizedClientException', 'SignatureDoesNotMatch', 'InvalidAccessKeyId', 'ExpiredToken', 'ExpiredTokenException', 'InvalidToken']);
const DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'Forbidden']);
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'TimeoutError']);

/**
 * Turns an AWS failure of `action` (e.g. "lambda:CreateFunction on hello_v1_main") into a
 * UserError that says what to do, or returns the error unchanged when there is nothing to add.
 */
export function explainAwsError(err: unknown, action: string, settings: AwsSettings): Error {
  const name = errorName(err);
  const message = (err as AwsErrorLike)?.message ?? String(err);
  if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
    return new UserError(
      `no AWS credentials found for ${action}. In GitHub Actions, add aws-actions/configure-aws-credentials before this step ` +
        '(with "permissions: id-token: write" for OIDC); elsewhere set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE, ' +
        'or MM_APPS_DEPLOY_AWS_ACCESS_KEY and MM_APPS_DEPLOY_AWS_SECRET_KEY',
    );
  }
  if (/Region is missing/i.test(message)) {
    return new UserError('no AWS region: pass --region (action input aws-region), or set MM_APPS_AWS_REGION, AWS_REGION or AWS_DEFAULT_REGION');
  }
  if (REJECTED.has(name)) {
    return new UserError(`AWS rejected the credentials from ${settings.credentialSource} (${name}) for ${action}: check the key pair, or refresh an expired session`);
  }
  if (DENIED.has(name) || httpStatus(err) === 403) {
    return new UserError(`${action} was denied (${name || 'HTTP 403'}): ${message}. Grant that permission to the deploying identity (see "Minimal IAM policy" in the README)`);
  }
  const code = (err as { code?: string })?.code ?? name;
  if (UNREACHABLE.has(code)) {
    return new UserError(`cannot reach AWS${settings.endpoint ? ` at ${settings.endpoint}` : ''} for ${action} (${code}); check the network and the endpoint`);
  }
  return err instanceof Error ? err : new Error(message);
}
