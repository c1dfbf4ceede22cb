// Strings an attacker puts in a manifest, an archive entry name, a file name or a server's answer
// to take over what we print: new lines that the GitHub runner reads as workflow commands, terminal
// escape sequences, HTML, bidi overrides. Each carries the marker INJECTED, and the checks below say
// whether any of them survived in what a front end wrote.
import { expect } from 'vitest';

export const MARK = 'INJECTED';

export const HOSTILE: Record<string, string> = {
  'newline + workflow command': `a\n::warning::${MARK}`,
  'CRLF + workflow command': `a\r\n::error::${MARK}`,
  'carriage return': `a\r::notice::${MARK}`,
  'v1 workflow command': `##[warning]${MARK}`,
  'ESC colour': `a\u001b[31m${MARK}\u001b[0m`,
  'OSC title': `a\u001b]0;${MARK}\u0007`,
  'C1 CSI': `a\u009b31m${MARK}`,
  'HTML tag': `<script>alert("${MARK}")</script>`,
  'percent-encoded newline': `a%0A::warning::${MARK}`,
  'bidi override': `a\u202e${MARK}`,
  NUL: `a\u0000${MARK}`,
  'stop-commands': `\n::stop-commands::${MARK}`,
  'add-mask': `\n::add-mask::${MARK}`,
};

export const LONG = `${MARK}${'x'.repeat(200_000)}`;

/** Workflow commands that @actions/core issues for us (with escaped data). */
const OUR_COMMANDS = new Set(['error', 'warning', 'notice', 'debug', 'group', 'endgroup', 'add-mask']);

/**
 * No injected line, command, control sequence or tag in `text`, which was written by `where`.
 * `commands`: whether workflow commands of our own may appear (the action's stdout); `file`: a
 * file the runner does not read for commands (the job summary, an output).
 */
export function expectNothingInjected(where: string, text: string, options: { commands?: boolean; html?: boolean; maxLine?: number; file?: boolean } = {}): void {
  // eslint-disable-next-line no-control-regex
  const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.exec(text);
  expect(controls, `${where}: a raw control or bidi character ${JSON.stringify(controls?.[0])} near ${JSON.stringify(text.slice(Math.max(0, (controls?.index ?? 0) - 40), (controls?.index ?? 0) + 40))}`).toBeNull();
  // a file (job summary, outputs) is not read for workflow commands; a log is
  if (!options.file) expect(text.includes('##['), `${where}: a v1 workflow command ##[`).toBe(false);
  for (const line of text.split('\n')) {
    const command = options.file ? null : /^\s*::([^\s:]*)/.exec(line);
    if (command) {
      expect(options.commands, `${where}: a line read as a workflow command: ${JSON.stringify(line.slice(0, 200))}`).toBe(true);
      expect(OUR_COMMANDS.has(command[1]!), `${where}: an injected workflow command: ${JSON.stringify(line.slice(0, 200))}`).toBe(true);
      // its properties are ours, each key=value with the value escaped as core escapes it
      const props = /^\s*::[^\s:]+ ([^:]*)::/.exec(line)?.[1];
      for (const prop of props ? props.split(',') : []) {
        const [key, value] = prop.split('=');
        expect(['title', 'file', 'line', 'endLine', 'col', 'endColumn'], `${where}: an injected property ${JSON.stringify(prop.slice(0, 100))}`).toContain(key);
        expect(/[\r\n]/.test(decodeURIComponent(value!.replace(/%(?![0-9A-F]{2})/g, '%25'))), `${where}: a property that decodes to a new line: ${prop.slice(0, 100)}`).toBe(false);
      }
    }
    if (options.maxLine !== undefined) expect(line.length, `${where}: a line of ${line.length} characters`).toBeLessThanOrEqual(options.maxLine);
  }
  if (options.html) expect(/<script|<\/script/i.test(text), `${where}: an HTML tag from a value`).toBe(false);
}
