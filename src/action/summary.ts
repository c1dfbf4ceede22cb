// The job summary, built from text: every value is escaped for HTML (output/untrusted.ts) where
// it is put in, our own markup is the only markup, and secrets are redacted before the file is
// written (GitHub masks secrets in the log, not in GITHUB_STEP_SUMMARY). core.summary's builders
// take raw HTML, so nothing in src/action calls them but this file.
import * as core from '@actions/core';
import { redact } from '../output/redact.js';
import { html, htmlBlock } from '../output/untrusted.js';
import { knownSecrets } from './secrets.js';
import { log } from './log.js';

/** A piece of inline text: plain (escaped), code, strong, or a link (http(s) only). */
export type Inline = string | { code: string } | { strong: string } | { link: string; text?: string };

/** Longer than a value in a table: messages (findings, errors) are shown whole, up to this. */
const MESSAGE_MAX = 4 * 1024;

function inline(part: Inline | readonly Inline[]): string {
  if (Array.isArray(part)) return part.map((p: Inline) => inline(p)).join('');
  const p = part as Inline;
  if (typeof p === 'string') return html(p, MESSAGE_MAX);
  if ('code' in p) return `<code>${html(p.code, MESSAGE_MAX)}</code>`;
  if ('strong' in p) return `<strong>${html(p.strong, MESSAGE_MAX)}</strong>`;
  const href = /^https?:\/\//i.test(p.link) ? p.link : undefined;
  return href ? `<a href="${html(href, 2048)}">${html(p.text ?? p.link, MESSAGE_MAX)}</a>` : html(p.text ?? p.link, MESSAGE_MAX);
}

export type Cell = Inline | readonly Inline[];

export class JobSummary {
  heading(text: string, level = 2): this {
    core.summary.addHeading(html(text), level);
    return this;
  }

  paragraph(...parts: Inline[]): this {
    core.summary.addRaw(`<p>${inline(parts)}</p>`, true);
    return this;
  }

  list(items: readonly Cell[]): this {
    core.summary.addList(items.map((i) => inline(i)));
    return this;
  }

  table(header: readonly string[], rows: readonly (readonly Cell[])[]): this {
    core.summary.addTable([header.map((h) => ({ data: html(h), header: true })), ...rows.map((row) => row.map((c) => inline(c)))]);
    return this;
  }

  /** A block of text we composed (e.g. JSON), shown as it is but escaped. */
  code(text: string, lang?: string): this {
    core.summary.addCodeBlock(htmlBlock(text), lang);
    return this;
  }
}

/** Writes the summary; a failure to write it is a warning, never the reason a deploy fails. */
export async function writeSummary(build: (s: JobSummary) => void): Promise<void> {
  try {
    build(new JobSummary());
    const text = redact(core.summary.stringify(), knownSecrets());
    core.summary.emptyBuffer();
    await core.summary.addRaw(text).write();
  } catch (err) {
    core.summary.emptyBuffer();
    log.warning(`could not write the job summary: ${(err as Error).message}`);
  }
}
