// The action's log: the only way src/action writes to it. Every message and annotation property
// passes through the same rules as the CLI's output (output/): secrets redacted, control and bidi
// characters escaped, lines that the runner would read as workflow commands defused. @actions/core
// escapes %, CR and LF in the data of the commands it issues, but core.info writes a line as it
// is, and nothing of core's escapes an ESC sequence or a bidi override.
import * as core from '@actions/core';
import { redact } from '../output/redact.js';
import { oneLine, safeText } from '../output/untrusted.js';
import { knownSecrets } from './secrets.js';

/** Text we composed, for the log: values in it may come from outside. */
function clean(text: string): string {
  return safeText(redact(text, knownSecrets()));
}

/** An annotation property (title, file) on one line. */
function property(value: string | undefined): string | undefined {
  return value === undefined ? undefined : safeText(oneLine(redact(value, knownSecrets()), 1024));
}

function props(p: core.AnnotationProperties = {}): core.AnnotationProperties {
  const title = property(p.title);
  const file = property(p.file);
  return { ...p, ...(title !== undefined ? { title } : {}), ...(file !== undefined ? { file } : {}) };
}

export const log = {
  info: (message: string) => core.info(clean(message)),
  /** A progress line of the core: one line, whatever it holds. */
  progress: (message: string) => core.info(clean(oneLine(message, 4 * 1024))),
  debug: (message: string) => core.debug(clean(message)),
  warning: (message: string, p?: core.AnnotationProperties) => core.warning(clean(message), props(p)),
  error: (message: string, p?: core.AnnotationProperties) => core.error(clean(message), props(p)),
  /** Fails the step with a message on one line (values in it escaped). */
  setFailed: (message: string) => core.setFailed(clean(oneLine(message, 8 * 1024))),
  group: <T>(name: string, work: () => Promise<T>) => core.group(clean(oneLine(name)), work),
};
