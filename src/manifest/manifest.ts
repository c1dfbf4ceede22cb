// Reads manifest.json: checks size, encoding, JSON syntax and types, accepts both manifest formats
// and normalises the legacy one. The rules on the values are in rules.ts.
import type { z } from 'zod';
import { finding, type Finding, type Location } from '../findings/finding.js';
import { duplicateKeys, locate, parseJson, type JsonDocument, type JsonPath } from './json-source.js';
import { currentManifestSchema, legacyManifestSchema, type lambdaFunctionSchema } from './schema.js';

/** apps.MaxManifestSize: the plugin reads at most this many bytes. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;
export const MANIFEST_FILE = 'manifest.json';

export interface LambdaFunctionSpec {
  /** Position in the manifest's function list. */
  index: number;
  path: string;
  name: string;
  handler: string;
  runtime: string;
}

export interface AppManifest {
  appId: string;
  version: string;
  displayName: string;
  homepageUrl: string;
  icon: string;
  requestedPermissions: string[];
  requestedLocations: string[];
  functions: LambdaFunctionSpec[];
  format: 'current' | 'legacy';
  /** True when a top-level "deploy" key holds what belongs at the top level (reported already). */
  misplacedDeploy: boolean;
  /** What the bundle carries: the file as written, or for a legacy manifest the normalised document. */
  bundleBytes: Buffer;
  /** Where a field is, given its path in the current format (e.g. ["aws_lambda", "functions", 0, "runtime"]). */
  locate(path: JsonPath): Location;
}

export interface ManifestReadResult {
  manifest?: AppManifest;
  findings: Finding[];
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
  return `a ${typeof value} (${String(value)})`;
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  array: 'an array',
  object: 'an object',
  boolean: 'true or false',
  record: 'an object',
};

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = root;
  for (const seg of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[seg] : undefined;
  return v;
}

function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('') || 'manifest.json';
}

function typeFindings(error: z.ZodError, value: unknown, at: (path: JsonPath) => Location): Finding[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const expected =
      issue.code === 'invalid_type' ? (EXPECTED[issue.expected] ?? `a ${issue.expected}`) : issue.code === 'invalid_union' ? 'a string or an object' : 'valid';
    return finding('MMA004', at(path), fieldName(path), expected, describe(valueAt(value, path)));
  });
}

const text = (v: string | null | undefined) => v ?? '';

/** Reads and checks the manifest; `file` is how findings name it (e.g. "manifest.json"). */
export function readManifest(bytes: Buffer, file = MANIFEST_FILE): ManifestReadResult {
  const whole: Location = { path: file };
  if (bytes.length > MAX_MANIFEST_BYTES) return { findings: [finding('MMA003', whole, bytes.length)] };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { findings: [finding('MMA009', { path: file, line: 1, column: 1 }, 'starts with a UTF-8 byte order mark, which Go\'s JSON decoder rejects')] };
  }
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { findings: [finding('MMA009', whole, 'is not valid UTF-8')] };
  }
  const parsed = parseJson(source);
  if ('problem' in parsed) {
    return { findings: [finding('MMA002', { path: file, ...parsed.problem.position }, parsed.problem.message)] };
  }
  const doc: JsonDocument = parsed.doc;
  const raw = doc.value;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { findings: [finding('MMA004', { path: file, line: 1, column: 1 }, 'manifest.json', 'an object', describe(raw))] };
  }
  const findings: Finding[] = duplicateKeys(doc).map((d) => finding('MMA008', { path: file, ...d.position }, d.key));
  const legacy = Array.isArray((raw as Record<string, unknown>).aws_lambda);
  // Paths are given in the current format; a legacy file has the functions directly under aws_lambda.
  const sourcePath = (path: JsonPath): JsonPath =>
    legacy && path[0] === 'aws_lambda' && path[1] === 'functions' ? ['aws_lambda', ...path.slice(2)] : path;
  const at = (path: JsonPath): Location => ({ path: file, ...locate(doc, sourcePath(path)) });

  if (legacy) {
    const result = legacyManifestSchema.safeParse(raw);
    if (!result.success) return { findings: [...findings, ...typeFindings(result.error, raw, (p) => ({ path: file, ...locate(doc, p) }))] };
    const m = result.data;
    if (text(m.app_type) !== 'aws_lambda') findings.push(finding('MMA006', at(['app_type']), text(m.app_type)));
    findings.push(finding('MMA005', at(['app_type'])));
    const normalised: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw)) {
      if (key === 'app_type') continue;
      normalised[key] = key === 'aws_lambda' ? { functions: value } : value;
    }
    return {
      findings,
      manifest: build(m, m.aws_lambda ?? [], 'legacy', false, Buffer.from(`${JSON.stringify(normalised, null, '\t')}\n`), at),
    };
  }

  const result = currentManifestSchema.safeParse(raw);
  if (!result.success) return { findings: [...findings, ...typeFindings(result.error, raw, at)] };
  const m = result.data;
  const deploy = (raw as Record<string, unknown>).deploy;
  const misplacedDeploy = deploy !== undefined && m.aws_lambda == null;
  if (misplacedDeploy) findings.push(finding('MMA007', at(['deploy'])));
  return { findings, manifest: build(m, m.aws_lambda?.functions ?? [], 'current', misplacedDeploy, bytes, at) };
}

function build(
  m: z.infer<typeof currentManifestSchema> | z.infer<typeof legacyManifestSchema>,
  functions: ReadonlyArray<z.infer<typeof lambdaFunctionSchema>>,
  format: 'current' | 'legacy',
  misplacedDeploy: boolean,
  bundleBytes: Buffer,
  locateFn: (path: JsonPath) => Location,
): AppManifest {
  return {
    appId: text(m.app_id),
    version: text(m.version),
    displayName: text(m.display_name),
    homepageUrl: text(m.homepage_url),
    icon: text(m.icon),
    requestedPermissions: m.requested_permissions ?? [],
    requestedLocations: m.requested_locations ?? [],
    functions: functions.map((f, index) => ({ index, path: text(f.path), name: text(f.name), handler: text(f.handler), runtime: text(f.runtime) })),
    format,
    misplacedDeploy,
    bundleBytes,
    locate: locateFn,
  };
}
