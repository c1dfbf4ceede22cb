// How AWS requests are retried. The SDK's standard strategy shares one retry quota per client
// (500 tokens, 14 per retry in @smithy/core 3.41): after ~35 retries without successes to refill
// it, no request of that client is retried any more. Under a high fault rate (30% 5xx, 5% resets)
// a provision of 1,000 objects spent it in planning, and no run could make progress. A deploy
// makes a bounded number of requests with bounded attempts each: that bound is the breaker here.

/** The shapes of @smithy/types' RetryStrategyV2 that the SDK's retry middleware calls. */
interface RetryToken {
  getRetryCount(): number;
  getRetryDelay(): number;
}
interface RetryErrorInfo {
  errorType: 'TRANSIENT' | 'THROTTLING' | 'SERVER_ERROR' | 'CLIENT_ERROR';
  error?: { name?: string };
  retryAfterHint?: Date;
}

/** Delay before retry `attempt` (1-based), in ms. */
export type RetryDelay = (attempt: number) => number;

/** Full jitter: a random delay up to 100 ms × 2^attempt, at most 20 s. */
export function defaultRetryDelay(attempt: number): number {
  return Math.random() * Math.min(20_000, 100 * 2 ** attempt);
}

/**
 * Errors the SDK classifies as throttling that no wait fixes: IAM's LimitExceeded is a quota of
 * entities (5 versions of a policy, 2 access keys), and the caller must make room first.
 */
const NOT_TRANSIENT = new Set(['LimitExceeded', 'LimitExceededException']);

function token(count: number, delay: number): RetryToken {
  return { getRetryCount: () => count, getRetryDelay: () => delay };
}

export class BoundedRetryStrategy {
  constructor(
    private readonly maxAttempts: number,
    private readonly delay: RetryDelay = defaultRetryDelay,
  ) {}

  async acquireInitialRetryToken(): Promise<RetryToken> {
    return token(0, 0);
  }

  async refreshRetryTokenForRetry(previous: RetryToken, info: RetryErrorInfo): Promise<RetryToken> {
    const retries = previous.getRetryCount() + 1;
    const retryable = (info.errorType === 'THROTTLING' || info.errorType === 'TRANSIENT') && !NOT_TRANSIENT.has(info.error?.name ?? '');
    // The retry middleware rethrows the request's own error when this throws.
    if (!retryable || retries >= this.maxAttempts) throw new Error('no retry');
    let wait = this.delay(retries);
    if (info.retryAfterHint) wait = Math.max(wait, Math.min(info.retryAfterHint.getTime() - Date.now(), 20_000));
    return token(retries, wait);
  }

  recordSuccess(): void {}
}
