// Rendering core results for GitHub: annotations on the right file and line, and job summary parts.
import * as core from '@actions/core';

import path from 'node:path';
import { CATALOG } from '../findings/catalog.js';
import type { Finding } from '../findings/finding.js';
import { MAX_UNZIPPED_BYTES, MAX_ZIPPED_BYTES } from '../lambda/limits.js';
import { formatBytes } from '../util/format.js';

type SummaryTableRow = Parameters<typeof core.summary.addTable>[0][number];

/** What findings are about: an app directory or a bundle, as a path relative to the workspace. */
export interface Subject {
  kind: 'app-dir' | 'bundle';
  path: string;
  /** For a bundle: the repository file its manifest.json came from (same bytes), to annotate on its lines. */
  manifestSource?: string;
}

function workspacePath(p: string): string {
  return p.split(path.sep).join('/');
}

/** Turns each finding into an annotation on its file and line (a bundle's entries annotate the bundle). */
export function annotate(subject: Subject, findings: readonly Finding[]): void {
  for (const f of findings) {
    const loc = f.location;
    const title = `${f.code} ${CATALOG[f.code].title}`;
    let props: core.AnnotationProperties;
    let message = f.message;
    if (subject.kind === 'bundle' && subject.manifestSource && loc?.path === 'manifest.json') {
      props = { title, file: workspacePath(subject.manifestSource), ...(loc.line ? { startLine: loc.line } : {}), ...(loc.column ? { startColumn: loc.column } : {}) };
    } else if (subject.kind === 'bundle') {
      props = { title, file: workspacePath(subject.path) };
      if (loc && loc.path !== '.') message = `${loc.path}${loc.line ? `:${loc.line}:${loc.column ?? 1}` : ''}: ${message}`;
    } else {
      const file = workspacePath(path.normalize(path.join(subject.path, loc?.path ?? '.')));
      props = { title, file, ...(loc?.line ? { startLine: loc.line } : {}), ...(loc?.column ? { startColumn: loc.column } : {}) };
    }
    if (f.severity === 'error') core.error(message, props);
    else core.warning(message, props);
  }
}

export interface FunctionRow {
  name: string;
  lambdaName: string;
  runtime: string;
  zippedSize: number;
  unzippedSize: number;
}

const pct = (n: number, of: number) => `${((n / of) * 100).toFixed(1)}%`;

export function functionsTable(functions: readonly FunctionRow[]): SummaryTableRow[] {
  return [
    [
      { data: 'Function', header: true },
      { data: 'Lambda name', header: true },
      { data: 'Runtime', header: true },
      { data: 'Zipped (of 50 MB)', header: true },
      { data: 'Unzipped (of 250 MB)', header: true },
    ],
    ...functions.map((f) => [
      f.name,
      `<code>${f.lambdaName}</code>`,
      f.runtime,
      `${formatBytes(f.zippedSize)} (${pct(f.zippedSize, MAX_ZIPPED_BYTES)})`,
      `${formatBytes(f.unzippedSize)} (${pct(f.unzippedSize, MAX_UNZIPPED_BYTES)})`,
    ]),
  ];
}

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function findingsTable(subject: Subject, findings: readonly Finding[]): SummaryTableRow[] {
  return [
    [
      { data: 'Severity', header: true },
      { data: 'Code', header: true },
      { data: 'Where', header: true },
      { data: 'Finding', header: true },
    ],
    ...findings.map((f) => {
      const where = `${f.location?.path ?? subject.path}${f.location?.line ? `:${f.location.line}:${f.location.column ?? 1}` : ''}`;
      return [f.severity, f.code, `<code>${escapeHtml(where)}</code>`, escapeHtml(f.message)];
    }),
  ];
}

/** Install commands with the Apps plugin versions each is for. */
export function installTable(commands: readonly { command: string; plugins: string }[]): SummaryTableRow[] {
  return [
    [
      { data: 'Command', header: true },
      { data: 'For', header: true },
    ],
    ...commands.map((c) => [`<code>${escapeHtml(c.command)}</code>`, escapeHtml(c.plugins)]),
  ];
}

/** Which of Mattermost's consumers accept the bundle. */
export function consumersTable(verdicts: readonly { consumer: string; accepts: boolean; notes: string[] }[]): SummaryTableRow[] {
  return [
    [
      { data: 'Consumer', header: true },
      { data: 'Accepts', header: true },
      { data: 'Notes', header: true },
    ],
    ...verdicts.map((v) => [escapeHtml(v.consumer), v.accepts ? 'yes' : 'no', escapeHtml(v.notes.join('; '))]),
  ];
}

/** Writes the summary; a failure to write it is a warning, never the reason a deploy fails. */
export async function writeSummary(build: (s: typeof core.summary) => void): Promise<void> {
  try {
    build(core.summary);
    await core.summary.write();
  } catch (err) {
    core.warning(`could not write the job summary: ${(err as Error).message}`);
  }
}
