/**
 * A problem with the user's input or environment that they can fix: front ends print its message
 * (no stack trace unless debugging) and exit 1. The message says what is wrong and what to do.
 */
export class UserError extends Error {
  override name = 'UserError';
}
