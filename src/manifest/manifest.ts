// Reads manifest.json exactly as the Apps plugin decodes it (Go's encoding/json into apps.Manifest,
// or apps.ManifestV0_7 for the legacy shape): size, syntax, keys matched case-insensitively, types,
// both formats. What Go does silently and other readers do differently (a key given twice, keys
// that differ only in case, invalid UTF-8) is reported. The rules on the values are in rules.ts.
import { scanGoJson, type GoJsonNode, type GoObject } from '../compat/go-json-scanner.js';
import { foldKey, goUnmarshal, pathKey, type GoPath, type GoValue } from '../compat/go-unmarshal.js';
import { finding, type Finding, type Location } from '../findings/finding.js';
import { CALL_FIELDS, MANIFEST_V0_7, MANIFEST_V1 } from './go-structs.js';
import { currentToLegacy, legacyToCurrent, topLevelMember, type ManifestFormat } from './manifest-format.js';
import { repeatedKeys } from './repeated-keys.js';
import { LineIndex, type JsonPath } from './positions.js';

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

export interface CallSpec {
  path: string;
  /** apps.Expand levels as written (unknown keys dropped, as Go does); null when absent. */
  expand: Record<string, string> | null;
}

export interface AppManifest {
  appId: string;
  version: string;
  displayName: string;
  homepageUrl: string;
  icon: string;
  /** The SchemaVersion field (set by the plugin when it stores a manifest; v1.0–v1.1 read a manifest without it as v0.7 first). */
  schemaVersion: string;
  /** "app_type", when the file has one (only the legacy shape means anything by it). */
  appType: string;
  /**
   * For a current-format file: the deploy type Apps plugin v1.0–v1.1 would read it as instead,
   * through DecodeCompatibleManifest's v0.7 fallback ("app_type" with "root_url" or "plugin_id").
   */
  v07Fallback?: 'http' | 'plugin' | 'aws_lambda';
  requestedPermissions: string[];
  requestedLocations: string[];
  calls: Partial<Record<(typeof CALL_FIELDS)[number], CallSpec>>;
  functions: LambdaFunctionSpec[];
  /** The other deploy sections of apps.Deploy, when present (null: absent or null). */
  http: { rootUrl: string } | null;
  openFaas: { functions: { path: string; name: string }[] } | null;
  plugin: { pluginId: string } | null;
  /** The shape of the file: the current one, or the legacy (v0.7) one. */
  format: 'current' | 'legacy';
  /** True when a top-level "deploy" key holds what belongs at the top level (reported already). */
  misplacedDeploy: boolean;
  /** What the bundle carries: the file as written, or for a legacy manifest the current shape of it. */
  bundleBytes: Buffer;
  /** The file in the given shape (edits of the file's own bytes). */
  bytesIn(format: ManifestFormat): Buffer;
  /** What Go decoded, as apps.Manifest fields (a legacy file converted as ManifestV0_7.Manifest() does); interface{} values are their nodes. */
  go: Record<string, GoValue>;
  /** The file's bytes, for values kept as nodes. */
  source: Buffer;
  /** Where a field is, given its path in the current format (e.g. ["aws_lambda", "functions", 0, "runtime"]). */
  locate(path: JsonPath): Location;
}

export interface ManifestReadResult {
  manifest?: AppManifest;
  findings: Finding[];
}

function describe(node: GoJsonNode): string {
  switch (node.kind) {
    case 'string': {
      const v = node.value;
      return `a string (${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)})`;
    }
    case 'number':
      return `a number (${node.raw})`;
    case 'bool':
      return `a boolean (${node.value})`;
    case 'array':
      return 'an array';
    case 'object':
      return 'an object';
    case 'null':
      return 'null';
  }
}

const EXPECTED: Record<string, string> = { string: 'a string', bool: 'true or false', array: 'an array', object: 'an object', 'string or object': 'a string or an object' };

function fieldName(path: GoPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || 'manifest.json';
}

/** Friendlier words after Go's own message for the mistakes people make most. */
function syntaxHint(message: string, bytes: Buffer, offset: number): string {
  const c = bytes[offset];
  if (c === 0x2f) return `${message} (comments are not allowed in JSON)`;
  if (c === 0x27) return `${message} (strings and names take double quotes)`;
  if ((c === 0x7d || c === 0x5d) && /looking for beginning of (value|object key)/.test(message)) return `${message} (a trailing comma?)`;
  if (/after object key:value pair|after array element/.test(message)) return `${message} (expected ',' or a closing bracket)`;
  if (/^unexpected end/.test(message)) return `${message} (unterminated string, or a missing closing bracket)`;
  return message;
}

const str = (v: GoValue | undefined) => (typeof v === 'string' ? v : '');
const rec = (v: GoValue | undefined) => (v !== null && typeof v === 'object' && !Array.isArray(v) && !('kind' in v) ? (v as Record<string, GoValue>) : undefined);
const arr = (v: GoValue | undefined) => (Array.isArray(v) ? v : []);

/** Reads and checks the manifest; `file` is how findings name it (e.g. "manifest.json"). */
export function readManifest(bytes: Buffer, file = MANIFEST_FILE): ManifestReadResult {
  const whole: Location = { path: file };
  if (bytes.length > MAX_MANIFEST_BYTES) return { findings: [finding('MMA003', whole, bytes.length)] };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { findings: [finding('MMA009', { path: file, line: 1, column: 1 }, "starts with a UTF-8 byte order mark, which Go's JSON decoder rejects")] };
  }
  const lines = new LineIndex(bytes);
  const at = (offset: number): Location => ({ path: file, ...lines.at(offset) });
  const scanned = scanGoJson(bytes);
  if ('error' in scanned) {
    const { offset, message } = scanned.error;
    return { findings: [finding('MMA002', at(offset), bytes.length === 0 ? 'the file is empty' : syntaxHint(message, bytes, offset))] };
  }
  const root = scanned.root;
  if (root.kind !== 'object') return { findings: [finding('MMA004', at(root.start), 'manifest.json', 'an object', describe(root))] };

  const legacy = topLevelMember(root, 'aws_lambda')?.value.kind === 'array';
  const decoded = goUnmarshal(root, legacy ? MANIFEST_V0_7 : MANIFEST_V1);
  const findings: Finding[] = [...repeatedKeys(root, decoded, at)];
  if (scanned.firstReplaced !== undefined) findings.push(finding('MMA038', at(scanned.firstReplaced)));

  // Paths are given in the current format; a legacy file has the functions directly under aws_lambda.
  const sourcePath = (path: JsonPath): JsonPath => (legacy && path[0] === 'aws_lambda' && path[1] === 'functions' ? ['aws_lambda', ...path.slice(2)] : path);
  const locate = (path: JsonPath): Location => {
    const p = sourcePath(path);
    for (let n = p.length; n > 0; n--) {
      const node = decoded.sources.get(pathKey(p.slice(0, n)));
      if (node) return at(node.start);
    }
    // a top-level key Go ignores (e.g. "app_type" in a current-format file)
    const top = typeof p[0] === 'string' ? topLevelMember(root, p[0]) : undefined;
    return at(top ? top.value.start : root.start);
  };
  if (decoded.typeErrors.length > 0) {
    for (const e of decoded.typeErrors) findings.push(finding('MMA004', at(e.node.start), fieldName(e.path), EXPECTED[e.expected] ?? `a ${e.expected}`, describe(e.node)));
    return { findings };
  }

  const m = decoded.value as Record<string, GoValue>;
  const appType = str(legacy ? m.app_type : undefined) || appTypeOf(root);
  let misplacedDeploy = false;
  if (legacy) {
    if (appType !== 'aws_lambda') findings.push(finding('MMA006', locate(['app_type']), appType));
    findings.push(finding('MMA005', locate(['app_type'])));
  } else {
    const deploy = decoded.unknownKeys.find((k) => k.path.length === 0 && foldKey(k.key) === 'deploy');
    misplacedDeploy = deploy !== undefined && m.aws_lambda === null;
    if (misplacedDeploy) findings.push(finding('MMA007', at(deploy!.keyStart)));
  }
  const functions = legacy ? arr(m.aws_lambda) : arr(rec(m.aws_lambda)?.functions);
  const v07Fallback = legacy || str(m.SchemaVersion) !== '' ? undefined : v07FallbackOf(root);
  const bundleBytes = legacy ? legacyToCurrent(bytes, root) : bytes;
  const manifest: AppManifest = {
    appId: str(m.app_id),
    version: str(m.version),
    displayName: str(m.display_name),
    homepageUrl: str(m.homepage_url),
    icon: str(m.icon),
    schemaVersion: str(m.SchemaVersion),
    appType,
    ...(v07Fallback ? { v07Fallback } : {}),
    requestedPermissions: arr(m.requested_permissions).map(str),
    requestedLocations: arr(m.requested_locations).map(str),
    calls: callsOf(m),
    functions: functions.map((f, index) => {
      const r = rec(f) ?? {};
      return { index, path: str(r.path), name: str(r.name), handler: str(r.handler), runtime: str(r.runtime) };
    }),
    http: rec(m.http) ? { rootUrl: str(rec(m.http)!.root_url) } : null,
    openFaas: rec(m.open_faas) ? { functions: arr(rec(m.open_faas)!.functions).map((f) => ({ path: str(rec(f)?.path), name: str(rec(f)?.name) })) } : null,
    plugin: rec(m.plugin) ? { pluginId: str(rec(m.plugin)!.plugin_id) } : null,
    format: legacy ? 'legacy' : 'current',
    misplacedDeploy,
    bundleBytes,
    bytesIn: (format) => (format === 'current' ? bundleBytes : legacy ? bytes : currentToLegacy(bytes, root)),
    go: legacy ? { ...m, aws_lambda: { functions: m.aws_lambda ?? null } } : m,
    source: bytes,
    locate,
  };
  return { findings, manifest };
}

/** ManifestV0_7.Manifest() on what `_ = json.Unmarshal(data, &m7)` leaves (apps/schema_version.go). */
function v07FallbackOf(root: GoObject): AppManifest['v07Fallback'] {
  const m7 = goUnmarshal(root, MANIFEST_V0_7).value as Record<string, GoValue>;
  const type = str(m7.app_type);
  if (type === 'http' && str(m7.root_url) !== '') return 'http';
  if (type === 'aws_lambda' && arr(m7.aws_lambda).length > 0) return 'aws_lambda';
  if (type === 'plugin' && str(m7.plugin_id) !== '') return 'plugin';
  return undefined;
}

/** "app_type" of a current-format file (ignored by v1.2+, but read by v1.0–v1.1's v0.7 fallback). */
function appTypeOf(root: GoObject): string {
  const v = topLevelMember(root, 'app_type')?.value;
  return v?.kind === 'string' ? v.value : '';
}

function callsOf(m: Record<string, GoValue>): AppManifest['calls'] {
  const calls: AppManifest['calls'] = {};
  for (const name of CALL_FIELDS) {
    const c = rec(m[name]);
    if (!c) continue;
    const expand = rec(c.expand);
    calls[name] = { path: str(c.path), expand: expand ? Object.fromEntries(Object.entries(expand).map(([k, v]) => [k, str(v)])) : null };
  }
  return calls;
}
