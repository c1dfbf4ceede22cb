// Text rendering shared by the commands: compiler-style findings and totals.
import path from 'node:path';
import type { Finding } from '../findings/finding.js';
import { plural } from '../util/format.js';

/** What the findings are about: an app directory or a bundle, as the user named it. */
export interface Subject {
  kind: 'app-dir' | 'bundle';
  path: string;
}

/** The file part of a finding: a path under the app directory, or an entry of the bundle ("app.zip!/manifest.json"). */
export function findingFile(subject: Subject, f: Finding): string {
  const rel = f.location?.path ?? '.';
  if (subject.kind === 'bundle') return rel === '.' ? subject.path : `${subject.path}!/${rel}`;
  return path.normalize(path.join(subject.path, rel)).split(path.sep).join('/');
}

/** "sample-app/manifest.json:12:7: error MMA012: message" */
export function formatFinding(subject: Subject, f: Finding): string {
  const line = f.location?.line !== undefined ? `:${f.location.line}${f.location.column !== undefined ? `:${f.location.column}` : ''}` : '';
  return `${findingFile(subject, f)}${line}: ${f.severity} ${f.code}: ${f.message}`;
}

export function countFindings(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

export function findingsBlock(subject: Subject, findings: readonly Finding[]): string {
  return findings.map((f) => `${formatFinding(subject, f)}\n`).join('');
}

/** Findings as plain data for --json. */
export function findingsJson(subject: Subject, findings: readonly Finding[]) {
  return findings.map((f) => ({
    code: f.code,
    severity: f.severity,
    message: f.message,
    file: findingFile(subject, f),
    ...(f.location?.line !== undefined ? { line: f.location.line } : {}),
    ...(f.location?.column !== undefined ? { column: f.location.column } : {}),
  }));
}

/** Install commands, each with the Apps plugin versions it is for, aligned. */
export function commandLines(commands: readonly { command: string; plugins: string }[]): string {
  const width = Math.max(...commands.map((c) => c.command.length));
  return commands.map((c) => `  ${c.command.padEnd(width)}    (${c.plugins})\n`).join('');
}

/** Which consumers accept the bundle, one per line. */
export function consumerLines(verdicts: readonly { consumer: string; accepts: boolean; notes: string[] }[]): string {
  const width = Math.max(...verdicts.map((v) => v.consumer.length));
  return verdicts.map((v) => `  ${v.accepts ? 'yes' : 'no '}  ${v.consumer.padEnd(width)}${v.notes.length ? `  ${v.notes.join('; ')}` : ''}`.trimEnd() + '\n').join('');
}
