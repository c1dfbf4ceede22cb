// Retries for transfers the AWS SDK cannot retry itself (downloads, streamed uploads): a dropped
// connection, a stall, a truncated body, HTTP 5xx and 429 are worth another try; anything the
// user must fix (a 404, a refused token, a bundle too large, a wrong SHA-256) is not. Every wait
// is announced, so nothing waits silently.
import { UserError } from '../errors.js';
import { plural } from './format.js';

/** A failure that another attempt may not have. */
export class TransientError extends Error {
  override name = 'TransientError';
  constructor(
    message: string,
    /** From a Retry-After header, when the server sent one. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

const TRANSIENT_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ERR_STREAM_PREMATURE_CLOSE', 'UND_ERR_SOCKET']);

export function isTransient(err: unknown): boolean {
  if (err instanceof UserError) return false;
  if (err instanceof TransientError) return true;
  const e = err as { code?: string; name?: string; $metadata?: { httpStatusCode?: number } };
  if (e?.code && TRANSIENT_CODES.has(e.code)) return true;
  const status = e?.$metadata?.httpStatusCode;
  return status !== undefined && (status >= 500 || status === 429);
}

/** 1 s, 2 s, 4 s, … at most 30 s, before attempt `attempt + 1`. */
export function backoffDelay(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** (attempt - 1));
}

export interface RetryOptions {
  attempts: number;
  delay: (attempt: number) => number;
  sleep: (ms: number) => Promise<void>;
  /** Says what failed and how long until the next attempt. */
  onRetry: (message: string) => void;
}

/**
 * Runs `attempt` until it succeeds, fails for good, or the attempts are used up. `what` completes
 * "could not …", e.g. "fetch https://example.com/app.zip".
 */
export async function withRetries<T>(what: string, options: RetryOptions, attempt: (n: number) => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (err) {
      if (!isTransient(err)) throw err;
      const reason = (err as Error).message;
      if (n >= options.attempts) throw new UserError(`could not ${what} after ${plural(n, 'attempt')}: ${reason}`);
      const wait = Math.min(30_000, Math.max(options.delay(n), err instanceof TransientError ? (err.retryAfterMs ?? 0) : 0));
      options.onRetry(`${reason}; trying again in ${(wait / 1000).toFixed(wait < 1000 ? 1 : 0)} s (attempt ${n + 1} of ${options.attempts})`);
      await options.sleep(wait);
    }
  }
}
