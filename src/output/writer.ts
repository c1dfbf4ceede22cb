// The last step before text leaves the process, for every stream a front end writes (the CLI's
// stdout and stderr, the action's log): secrets redacted, control and bidi characters escaped,
// workflow-command lines defused, and then our own colours, where colour is wanted.
import { redact } from './redact.js';
import { safeText } from './untrusted.js';

export interface WriterOptions {
  /** Secret values to redact (see secretsIn). */
  secrets: readonly string[];
  /** Adds colour to text that is already safe (see colour.ts); none by default. */
  colour?: (safe: string) => string;
}

/** Wraps `write` so that everything passing through it is safe to show (see the file comment). */
export function safeWriter(write: (text: string) => void, options: WriterOptions): (text: string) => void {
  let atLineStart = true;
  return (text) => {
    if (text === '') return;
    const safe = safeText(redact(text, options.secrets), atLineStart);
    atLineStart = text.endsWith('\n');
    write(options.colour ? options.colour(safe) : safe);
  };
}
