import { constants } from 'node:os';

/**
 * A problem with the user's input or environment that they can fix: front ends print its message
 * (no stack trace unless debugging) and exit 1. The message says what is wrong and what to do.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/**
 * The run was stopped by a signal (Ctrl-C, a cancelled job). Front ends abort the core's
 * AbortSignal with it; the core stops before its next write and throws it; front ends say what was
 * done and exit 128 + the signal's number (130 for SIGINT), as shells do.
 */
export class Interrupted extends Error {
  override name = 'Interrupted';
  constructor(readonly signal: NodeJS.Signals) {
    super(`interrupted by ${signal}`);
  }

  get exitCode(): number {
    return 128 + (constants.signals[this.signal] ?? constants.signals.SIGINT);
  }
}
