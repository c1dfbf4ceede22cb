// Rendering core results for GitHub: annotations on the right file and line, and job summary
// tables (as text: summary.ts escapes every cell).
import path from 'node:path';
import { CATALOG } from '../findings/catalog.js';
import type { Finding } from '../findings/finding.js';
import { MAX_UNZIPPED_BYTES, MAX_ZIPPED_BYTES } from '../lambda/limits.js';
import { formatBytes } from '../util/format.js';
import { log } from './log.js';
import type { Cell } from './summary.js';

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
    let props: { title: string; file: string; startLine?: number; startColumn?: number };
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
    if (f.severity === 'error') log.error(message, props);
    else log.warning(message, props);
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

export const FUNCTIONS_HEADER = ['Function', 'Lambda name', 'Runtime', 'Zipped (of 50 MB)', 'Unzipped (of 250 MB)'];

export function functionsRows(functions: readonly FunctionRow[]): Cell[][] {
  return functions.map((f) => [
    f.name,
    { code: f.lambdaName },
    f.runtime,
    `${formatBytes(f.zippedSize)} (${pct(f.zippedSize, MAX_ZIPPED_BYTES)})`,
    `${formatBytes(f.unzippedSize)} (${pct(f.unzippedSize, MAX_UNZIPPED_BYTES)})`,
  ]);
}

export const FINDINGS_HEADER = ['Severity', 'Code', 'Where', 'Finding'];

export function findingsRows(subject: Subject, findings: readonly Finding[]): Cell[][] {
  return findings.map((f) => {
    const where = `${f.location?.path ?? subject.path}${f.location?.line ? `:${f.location.line}:${f.location.column ?? 1}` : ''}`;
    return [f.severity, f.code, { code: where }, f.message];
  });
}

export const INSTALL_HEADER = ['Command', 'For'];

/** Install commands with the Apps plugin versions each is for. */
export function installRows(commands: readonly { command: string; plugins: string }[]): Cell[][] {
  return commands.map((c) => [{ code: c.command }, c.plugins]);
}

export const CONSUMERS_HEADER = ['Consumer', 'Accepts', 'Notes'];

/** Which of Mattermost's consumers accept the bundle. */
export function consumersRows(verdicts: readonly { consumer: string; accepts: boolean; notes: string[] }[]): Cell[][] {
  return verdicts.map((v) => [v.consumer, v.accepts ? 'yes' : 'no', v.notes.join('; ')]);
}
