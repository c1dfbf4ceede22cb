// The one shape of --json output, whatever happens: a single document on stdout, printed by
// main.ts once the command has ended, also when it failed before or during its work.
//
//   {
//     "command": "provision",        the command (null when none could be read)
//     "ok": false,                   exitCode === 0
//     "exitCode": 1,                 0 success, 1 failure, 2 usage error, 130/143 interrupted
//     ...                            the command's result, when it got that far
//     "error": {                     when ok is false
//       "kind": "failed",            usage | findings | failed | interrupted | unexpected
//       "message": "…"               what went wrong and what to do, as on stderr
//     }
//   }
import type { JsonResult } from './io.js';

export type ErrorKind = 'usage' | 'findings' | 'failed' | 'interrupted' | 'unexpected';

export interface JsonError {
  kind: ErrorKind;
  message: string;
}

/** A failure the command reports inside its result (set as `error` of the result). */
export function jsonError(kind: ErrorKind, message: string): JsonError {
  return { kind, message };
}

export function envelope(command: string | undefined, exitCode: number, result: JsonResult | undefined, error: JsonError | undefined): JsonResult {
  const { ok: _ok, error: resultError, ...data } = result ?? {};
  const failure = error ?? (resultError as JsonError | undefined) ?? (exitCode === 0 ? undefined : jsonError('failed', `${command ?? 'mm-apps-deploy'} failed (exit ${exitCode})`));
  return { command: command ?? null, ok: exitCode === 0, exitCode, ...data, ...(failure ? { error: failure } : {}) };
}
