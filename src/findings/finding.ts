import { oneLine } from '../output/untrusted.js';
import { CATALOG, type FindingCode } from './catalog.js';
import { compareUtf8 } from '../util/byte-order.js';

export type Severity = 'error' | 'warning';

/** Where a finding is: a path relative to the app directory or bundle, and for JSON a position. */
export interface Location {
  path: string;
  /** 1-based. */
  line?: number;
  /** 1-based, in characters. */
  column?: number;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  message: string;
  location?: Location;
}

type Params<C extends FindingCode> = Parameters<(typeof CATALOG)[C]['message']>;

/** A value quoted in a message: on one line, control and bidi characters escaped, length bounded. */
function shown(param: unknown): unknown {
  if (typeof param === 'string') return oneLine(param);
  return Array.isArray(param) ? param.map(shown) : param;
}

/**
 * Builds a finding from the catalog: its severity and message text live there, not at call sites.
 * The values a message quotes come from manifests, archives and file names: each is made safe to
 * show (output/untrusted.ts) before the catalog puts it into words.
 */
export function finding<C extends FindingCode>(code: C, location: Location | undefined, ...params: Params<C>): Finding {
  const def = CATALOG[code];
  const message = (def.message as (...args: unknown[]) => string)(...params.map(shown));
  return location ? { code, severity: def.severity, message, location } : { code, severity: def.severity, message };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

export function errorsOf(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}

/** Errors first, then by file (in byte order, whatever the machine's locale), line and column, so output is stable and the worst comes first. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding) => (f.severity === 'error' ? 0 : 1);
  return [...findings].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      compareUtf8(a.location?.path ?? '', b.location?.path ?? '') ||
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
      compareUtf8(a.code, b.code),
  );
}

/** Thrown by a step that cannot go on; carries the findings that explain why. */
export class FindingsError extends Error {
  constructor(readonly findings: Finding[]) {
    super(findings.map((f) => `${f.code}: ${f.message}`).join('\n'));
    this.name = 'FindingsError';
  }
}
