// The rules a manifest must pass: the Apps plugin's own (apps.Manifest.Validate, research §3.3),
// then ours, which catch in a PR check what would otherwise fail at deploy or invoke time.
import { AWS_LAMBDA_NAME, lambdaName, maxFunctionNameBytes, s3ManifestName, sanitizedLambdaName } from '../compat/naming.js';
import { goCleanStaticPath, goCleanStaticURL, goIsValidURL } from '../compat/go-url.js';
import { finding, type Finding } from '../findings/finding.js';
import { MAX_HANDLER_LENGTH, MAX_S3_KEY_BYTES } from '../lambda/limits.js';
import { runtimeFamily, runtimeFindings } from '../lambda/runtimes.js';
import type { AppManifest } from './manifest.js';

export interface ManifestRuleContext {
  /** Date the runtime lifecycle is checked against. */
  now: Date;
  /** Paths under static/, when known: enables the icon check. */
  staticFiles?: ReadonlySet<string>;
  /** The AWS SDK's runtimes (sdkRuntimesFor), for runtimes not in the lifecycle table. */
  sdkRuntimes?: ReadonlySet<string>;
}

/** apps.MinAppIDLength / MaxAppIDLength and len(VersionFormat), in bytes. */
const APP_ID_MIN = 3;
const APP_ID_MAX = 32;
const VERSION_MAX = 10;
/** unicode.IsLetter, unicode.IsNumber, '-', '_', '.' (AppID.Validate, AppVersion.Validate). */
const ID_CHAR = /^[\p{L}\p{N}._-]$/u;

/** apps.Permission values and their dependencies at HEAD (apps/permissions.go). */
export const KNOWN_PERMISSIONS = ['act_as_bot', 'act_as_user', 'remote_oauth2', 'remote_webhooks', 'user_joined_channel_notification'];
const PERMISSION_REQUIRES: ReadonlyArray<readonly [string, string]> = [
  ['remote_webhooks', 'act_as_bot'],
  ['remote_oauth2', 'act_as_user'],
  ['user_joined_channel_notification', 'act_as_bot'],
];
/** apps.Location constants. */
export const KNOWN_LOCATIONS = ['/post_menu', '/channel_header', '/command', '/in_post'];

const byteLength = (s: string) => Buffer.byteLength(s, 'utf8');
const badChars = (s: string) => [...new Set([...s].filter((c) => !ID_CHAR.test(c)))];

export function validateManifest(m: AppManifest, ctx: ManifestRuleContext): Finding[] {
  const out: Finding[] = [];
  const at = m.locate;
  const appIdOk = checkAppId(m, out);
  const versionOk = checkVersion(m, out);

  if (m.displayName === '') out.push(finding('MMA014', at(['display_name'])));
  checkHomepage(m, out);
  checkIcon(m, ctx, out);
  checkDeploySections(m, out);
  checkCalls(m, out);
  if (m.v07Fallback) out.push(finding('MMA042', at(['app_type']), m.appType));

  const permissions = new Set(m.requestedPermissions);
  m.requestedPermissions.forEach((p, i) => {
    if (!KNOWN_PERMISSIONS.includes(p)) out.push(finding('MMA019', at(['requested_permissions', i]), p, KNOWN_PERMISSIONS));
  });
  for (const [p, requires] of PERMISSION_REQUIRES) {
    if (permissions.has(p) && !permissions.has(requires)) {
      out.push(finding('MMA018', at(['requested_permissions', m.requestedPermissions.indexOf(p)]), p, requires));
    }
  }
  m.requestedLocations.forEach((l, i) => {
    if (!KNOWN_LOCATIONS.includes(l)) out.push(finding('MMA032', at(['requested_locations', i]), l, KNOWN_LOCATIONS));
  });

  if (m.functions.length === 0) {
    if (!m.misplacedDeploy) out.push(finding('MMA020', at(['aws_lambda'])));
  } else {
    checkFunctions(m, ctx, appIdOk && versionOk, out);
  }

  if (appIdOk && versionOk && byteLength(s3ManifestName(m.appId, m.version)) > MAX_S3_KEY_BYTES) {
    out.push(finding('MMA033', at(['app_id']), s3ManifestName(m.appId, m.version)));
  }
  return out;
}

function checkAppId(m: AppManifest, out: Finding[]): boolean {
  const at = m.locate(['app_id']);
  const len = byteLength(m.appId);
  let ok = true;
  if (len < APP_ID_MIN || len > APP_ID_MAX) {
    out.push(finding('MMA010', at, m.appId, len));
    ok = false;
  }
  const bad = badChars(m.appId);
  if (bad.length > 0) {
    out.push(finding('MMA011', at, m.appId, bad));
    ok = false;
  }
  return ok;
}

function checkVersion(m: AppManifest, out: Finding[]): boolean {
  const at = m.locate(['version']);
  if (m.version === '') {
    out.push(finding('MMA013', at));
    return true;
  }
  let ok = true;
  const len = byteLength(m.version);
  if (len > VERSION_MAX) {
    out.push(finding('MMA012', at, m.version, `is ${len} bytes; the plugin allows at most ${VERSION_MAX} (e.g. "v1.2.3")`));
    ok = false;
  }
  const bad = badChars(m.version);
  if (bad.length > 0) {
    out.push(finding('MMA012', at, m.version, `contains ${bad.map((c) => `"${c}"`).join(', ')}; use only letters, digits, "-", "_" and "."`));
    ok = false;
  }
  return ok;
}

/** httputils.IsValidURL (utils.IsValidHTTPURL before v1.2): Go's url.ParseRequestURI, http(s), a host. */
function checkHomepage(m: AppManifest, out: Finding[]): void {
  const at = m.locate(['homepage_url']);
  if (m.homepageUrl === '') {
    out.push(finding('MMA015', at, 'is empty'));
    return;
  }
  const problem = goIsValidURL(m.homepageUrl);
  if (problem) out.push(finding('MMA015', at, `${JSON.stringify(m.homepageUrl)} is refused by the Apps plugin (${problem})`));
}

export type IconPath = { kind: 'static'; path: string } | { kind: 'url' } | { kind: 'invalid'; problem: string };

/**
 * What the icon names: a file under static/ or an external URL, as plugin v1.2+ reads it
 * (utils.CleanStaticURL: a leading "/" means static/ too). Stricter than the plugin, whose check
 * lets ".." through: the icon must stay inside static/.
 */
export function cleanIconPath(icon: string): IconPath {
  const v12 = goCleanStaticURL(icon);
  if (!v12.ok) return { kind: 'invalid', problem: `is refused by the Apps plugin (${v12.error})` };
  if (v12.scheme !== '') return { kind: 'url' };
  const p = v12.path.replace(/^\.\//, '');
  if (p === '..' || p.startsWith('../') || p === '/' || p === '') return { kind: 'invalid', problem: 'points outside static/ (stricter than the plugin, whose check lets ".." through)' };
  return { kind: 'static', path: p.replace(/\/$/, '') };
}

function checkIcon(m: AppManifest, ctx: ManifestRuleContext, out: Finding[]): void {
  if (m.icon === '') return;
  const at = m.locate(['icon']);
  const clean = cleanIconPath(m.icon);
  if (clean.kind === 'invalid') {
    out.push(finding('MMA016', at, m.icon, clean.problem));
    return;
  }
  // v0.7–v1.1 read the icon with utils.CleanStaticPath: no URLs, no leading "/".
  const old = goCleanStaticPath(m.icon);
  if (clean.kind === 'url')
    out.push(finding('MMA041', at, m.icon, 'is a URL: Apps plugin v1.2+ shows it, v0.7–v1.1 take it for a file under static/. For every version, put the icon in static/ and name it relative to static/'));
  else if (!old.ok) out.push(finding('MMA041', at, m.icon, `is refused by Apps plugin v0.7–v1.1 (${old.error}); v1.2+ accept it. Name the icon relative to static/, without a leading "/", for every version`));
  if (clean.kind === 'static' && ctx.staticFiles && !ctx.staticFiles.has(clean.path)) out.push(finding('MMA017', at, clean.path));
}

/** Deploy.Validate (v1.0+): each deploy section that is present must be complete, or the whole manifest is refused. */
function checkDeploySections(m: AppManifest, out: Finding[]): void {
  if (m.http) {
    const at = m.locate(['http', 'root_url']);
    if (m.http.rootUrl === '') out.push(finding('MMA039', at, 'http', 'has no "root_url" (root_url must be set for HTTP apps)'));
    else {
      const problem = goIsValidURL(m.http.rootUrl);
      if (problem) out.push(finding('MMA039', at, 'http', `has "root_url" ${JSON.stringify(m.http.rootUrl)}, which is not a valid http(s) URL (${problem})`));
    }
  }
  if (m.openFaas) {
    if (m.openFaas.functions.length === 0) out.push(finding('MMA039', m.locate(['open_faas', 'functions']), 'open_faas', 'has no functions (must provide at least 1 function)'));
    m.openFaas.functions.forEach((f, i) => {
      for (const field of ['path', 'name'] as const) {
        if (f[field] === '') out.push(finding('MMA039', m.locate(['open_faas', 'functions', i, field]), 'open_faas', `function #${i + 1} has no "${field}"`));
      }
    });
  }
  if (m.plugin && m.plugin.pluginId === '') out.push(finding('MMA039', m.locate(['plugin', 'plugin_id']), 'plugin', 'has no "plugin_id" (plugin_id must be set for plugin apps)'));
}

/** apps.ExpandLevel.parse: [+|-] then "", "none", "id", "summary" or "all" (checked by the plugin only when it calls). */
const EXPAND_LEVEL = /^[+-]?(|none|id|summary|all)$/;

function checkCalls(m: AppManifest, out: Finding[]): void {
  for (const [name, call] of Object.entries(m.calls)) {
    for (const [key, level] of Object.entries(call.expand ?? {})) {
      if (!EXPAND_LEVEL.test(level)) out.push(finding('MMA040', m.locate([name, 'expand', key]), name, key, level));
    }
  }
}

function checkFunctions(m: AppManifest, ctx: ManifestRuleContext, namesComputable: boolean, out: Finding[]): void {
  const byName = new Map<string, string>();
  const byPath = new Map<string, string>();
  const byLambdaName = new Map<string, string>();
  for (const fn of m.functions) {
    const at = (field?: string) => m.locate(field ? ['aws_lambda', 'functions', fn.index, field] : ['aws_lambda', 'functions', fn.index]);
    for (const field of ['path', 'name', 'handler', 'runtime'] as const) {
      if (fn[field] === '') out.push(finding('MMA021', at(field), fn.index, field));
    }
    if (fn.path !== '' && !fn.path.startsWith('/')) out.push(finding('MMA023', at('path'), fn.name, fn.path));
    if (fn.name !== '') {
      if (byName.has(fn.name)) out.push(finding('MMA022', at('name'), fn.name));
      byName.set(fn.name, fn.name);
    }
    if (fn.path !== '') {
      const other = byPath.get(fn.path);
      if (other !== undefined) out.push(finding('MMA031', at('path'), fn.name, other, fn.path));
      else byPath.set(fn.path, fn.name);
    }
    if (fn.name !== '' && namesComputable) {
      const name = checkLambdaName(m, fn.name, at('name'), out);
      if (name) {
        const other = byLambdaName.get(name);
        if (other !== undefined && other !== fn.name) out.push(finding('MMA026', at('name'), other, fn.name, name));
        byLambdaName.set(name, fn.name);
      }
    }
    if (fn.handler !== '') checkHandlerFormat(fn.name, fn.handler, runtimeFamily(fn.runtime), at('handler'), out);
    if (fn.runtime !== '') out.push(...runtimeFindings(fn.runtime, at('runtime'), ctx.now, ctx.sdkRuntimes ?? new Set()));
  }
}

/** Returns the Lambda name when AWS accepts it. Never "fixes" it: the plugin computes the Go name. */
function checkLambdaName(m: AppManifest, fn: string, at: ReturnType<AppManifest['locate']>, out: Finding[]): string | undefined {
  const goName = lambdaName(m.appId, m.version, fn);
  if (AWS_LAMBDA_NAME.test(goName)) return goName;
  const sanitized = sanitizedLambdaName(m.appId, m.version, fn);
  const length = byteLength(sanitized);
  if (length > 64) {
    out.push(finding('MMA024', at, fn, sanitized, goName, length - 64, maxFunctionNameBytes(m.appId, m.version)));
    return undefined;
  }
  const bad = [...new Set([...goName].filter((c) => !/[A-Za-z0-9_-]/.test(c)))];
  const sources = [bad.some((c) => m.appId.includes(c)) ? '"app_id"' : '', bad.some((c) => m.version.includes(c)) ? '"version"' : '', bad.some((c) => fn.includes(c)) ? 'the function name' : ''].filter(Boolean);
  out.push(finding('MMA025', at, fn, goName, bad, sources.join(' and ')));
  return undefined;
}

function checkHandlerFormat(fn: string, handler: string, family: ReturnType<typeof runtimeFamily>, at: ReturnType<AppManifest['locate']>, out: Finding[]): void {
  if (/\s/.test(handler)) out.push(finding('MMA030', at, fn, handler, 'contains whitespace, which AWS rejects'));
  else if (handler.length > MAX_HANDLER_LENGTH) out.push(finding('MMA030', at, fn, handler, `is longer than AWS's ${MAX_HANDLER_LENGTH} characters`));
  else if ((family === 'nodejs' || family === 'python') && !/^[^.]+.*\.[^./]+$/.test(handler)) {
    const example = family === 'nodejs' ? 'index.handler' : 'lambda_function.lambda_handler';
    out.push(finding('MMA030', at, fn, handler, `is not "<file>.<function>" as the ${family} runtime expects (e.g. "${example}")`));
  }
}
