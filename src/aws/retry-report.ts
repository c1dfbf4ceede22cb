// No silent waits on AWS: each retry the SDK makes (a dropped connection, an unreachable endpoint,
// throttling, a 5xx) is reported with the operation, the error and the wait, through the reporter
// of the front end that runs the work (CLI: stderr progress; action: the log). Without this, an
// unreachable endpoint was silent for ~17 s (8 attempts with backoff) before its error.
//
// The reporter and the operation travel in AsyncLocalStorage, so that no core signature changes:
// a front end runs its work inside withAwsRetryReports(report, work); an initialize-step
// middleware on every client runs each command inside its operation's name; the retry strategy,
// called within both, reads them.
import { AsyncLocalStorage } from 'node:async_hooks';

export type RetryReporter = (message: string) => void;

const reporter = new AsyncLocalStorage<RetryReporter>();
const operation = new AsyncLocalStorage<string>();

/** Runs `work` with AWS retries reported to `report`. */
export function withAwsRetryReports<T>(report: RetryReporter, work: () => Promise<T>): Promise<T> {
  return reporter.run(report, work);
}

// The few SDK shapes used here (@smithy/types RetryStrategyV2, RetryToken, middleware), declared
// structurally so that this file needs no import from a transitive package.
interface RetryToken {
  getRetryCount(): number;
  getRetryDelay(): number;
}
interface RetryStrategyV2 {
  acquireInitialRetryToken(scope: string): Promise<RetryToken>;
  refreshRetryTokenForRetry(token: RetryToken, errorInfo: { error?: unknown; errorType: string }): Promise<RetryToken>;
  recordSuccess(token: RetryToken): void;
}
interface MiddlewareContext {
  clientName?: string;
  commandName?: string;
}
interface MiddlewareStack {
  add(middleware: (next: (args: unknown) => Promise<unknown>, context: MiddlewareContext) => (args: unknown) => Promise<unknown>, options: { step: 'initialize'; name: string; override?: boolean }): void;
}

/** "sts:GetCallerIdentity" from "STSClient" and "GetCallerIdentityCommand". */
function operationName(context: MiddlewareContext): string {
  const service = (context.clientName ?? '').replace(/Client$/, '').toLowerCase() || 'aws';
  return `${service}:${(context.commandName ?? 'request').replace(/Command$/, '')}`;
}

/** What failed, in a few words: the network code, or the HTTP status and AWS's error name. */
function reason(error: unknown): string {
  const e = error as { code?: string; name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const status = e?.$metadata?.httpStatusCode;
  if (e?.code && /^E[A-Z]+$/.test(e.code)) return e.code;
  const name = e?.code ?? e?.name ?? 'Error';
  if (status) return `HTTP ${status} ${name}`;
  return e?.message && e.message !== name ? `${name}: ${e.message.slice(0, 200)}` : name;
}

/**
 * Makes every command of `client` known by its operation to the retry strategy, and names the
 * API call on every error it throws ("iam:CreatePolicyVersion"), for messages (see operationOf).
 */
export function nameOperations(client: { middlewareStack: unknown }): void {
  (client.middlewareStack as MiddlewareStack).add(
    (next, context) => async (args) => {
      const name = operationName(context);
      try {
        return await operation.run(name, () => next(args));
      } catch (err) {
        if (err && typeof err === 'object' && !('operation' in err)) Object.assign(err, { operation: name });
        throw err;
      }
    },
    { step: 'initialize', name: 'mmAppsDeployOperationName', override: true },
  );
}

/** The error a retry is being decided for, while the strategy computes its delay. */
const failing = new AsyncLocalStorage<{ error?: unknown }>();

/**
 * A retry strategy built by `make` with a delay function that reports each retry, with its wait,
 * just before the strategy waits (the SDK's strategy waits inside refreshRetryTokenForRetry,
 * after computing the delay, and only when it retries).
 */
export function reportingRetries<S extends RetryStrategyV2>(make: (delay: (attempt: number) => number) => S, maxAttempts: number, delay: (attempt: number) => number): RetryStrategyV2 {
  const inner = make((attempt) => {
    const wait = delay(attempt);
    reporter.getStore()?.(`${operation.getStore() ?? 'AWS request'}: ${reason(failing.getStore()?.error)}; retrying in ${(wait / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${maxAttempts})`);
    return wait;
  });
  return {
    acquireInitialRetryToken: (scope) => inner.acquireInitialRetryToken(scope),
    refreshRetryTokenForRetry: (token, errorInfo) => failing.run(errorInfo, () => inner.refreshRetryTokenForRetry(token, errorInfo)),
    recordSuccess: (token) => inner.recordSuccess(token),
  };
}
