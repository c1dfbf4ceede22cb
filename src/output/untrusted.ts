// Text that came from outside — a manifest, an archive entry, a file name, a Mattermost server, an
// AWS error message — made safe for where it is shown. The one place these rules live: every
// renderer (CLI text and --json, the action's log, annotations, job summary and outputs) uses it.
//
// What could go wrong without it: a newline in a value writes a line of its own, and in a GitHub
// Actions log a line starting with "::" (or holding "##[") is a workflow command (::warning::,
// ::add-mask::, ::stop-commands::); ESC starts a terminal control sequence (colours, cursor moves,
// OSC 8 links, window titles), and so does the C1 control CSI (U+009B) on some terminals; bidi
// overrides (U+202E) show text in another order than it is; a value in HTML can open a tag.
import { grouped } from '../util/digits.js';

/**
 * Characters that change how the text around them is shown: C0 and C1 controls, DEL, bidi marks,
 * embeddings, overrides and isolates, line and paragraph separators, the BOM and the interlinear
 * annotation marks.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]/g;
// the same, but newline and tab stay: they are how text we compose is laid out
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]/g;

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/**
 * A character shown as its escape, in JSON's notation: inside a JSON string the escape means the
 * same character, so a JSON document passed through these rules stays the same data.
 */
function escapeChar(c: string): string {
  return SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Values longer than this many characters are cut where they are shown, saying how much was cut. */
export const MAX_SHOWN = 300;

/**
 * A value for one line of text: every control and bidi character shown as its escape (\n, \u001b,
 * \u202e), and at most `max` characters, so that it can neither start a line, nor restyle the
 * terminal, nor reorder what follows, nor flood the screen.
 */
export function oneLine(value: string, max = MAX_SHOWN): string {
  let text = value;
  if (text.length > max) {
    let end = max;
    // never cut a surrogate pair in two
    if (/[\ud800-\udbff]/.test(text[end - 1]!)) end--;
    text = `${text.slice(0, end)}… (${grouped(value.length - end)} more characters)`;
  }
  return text.replace(UNSAFE, escapeChar);
}

/**
 * Text we composed (several lines, values already on one line each) made safe as a whole, as the
 * last step before it is written: the control and bidi characters that are left are escaped, and
 * a line that GitHub's runner would read as a workflow command is defused. `atLineStart` says
 * whether `text` starts a line (a writer passes what its previous write ended with).
 */
export function safeText(text: string, atLineStart = true): string {
  const escaped = text.replace(UNSAFE_IN_TEXT, escapeChar);
  return defuseCommands(escaped, atLineStart);
}

/**
 * The runner reads a line as a workflow command when it starts with "::" after leading white
 * space (v2), or holds "##[" anywhere (v1) (actions/runner ActionCommand.TryParseV2 / TryParse).
 * Neither ever starts one of our lines: such a line began with a value, e.g. a file name, and the
 * first character of its prefix is written as its escape instead.
 */
function defuseCommands(text: string, atLineStart: boolean): string {
  const v1 = text.replace(/##\[/g, '#\\u0023[');
  return v1.replace(/(^|\n)([ \t]*)::/g, (match, start: string, space: string, offset: number) => (offset === 0 && start === '' && !atLineStart ? match : `${start}${space}\\u003a:`));
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A value for HTML text or an attribute: on one line (see oneLine), with & < > " ' as entities. */
export function html(value: string, max = MAX_SHOWN): string {
  return oneLine(value, max).replace(/[&<>"']/g, (c) => HTML[c]!);
}

/**
 * Text we composed for the content of an HTML element (a code block: several lines): controls and
 * bidi characters escaped, & < > as entities (quotes need none outside attributes), nothing cut.
 */
export function htmlBlock(text: string): string {
  return text.replace(UNSAFE_IN_TEXT, escapeChar).replace(/[&<>]/g, (c) => HTML[c]!);
}

/**
 * JSON for machines (--json, the action's JSON outputs): the same data as JSON.stringify, with the
 * characters that are legal in a JSON string but unsafe where the document is shown or embedded
 * written as \u escapes: DEL, C1 controls, bidi and line separators, and < > & (as Go's
 * encoding/json does), so that no tag or control sequence appears in the text.
 */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[<>&\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]/g, escapeChar);
}
