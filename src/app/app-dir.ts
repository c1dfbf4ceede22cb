// Inspects an app directory: manifest.json, static/ and one source per aws_lambda function
// (functions/<name>/, functions/<name>.zip, or an explicit mapping). Nothing is written here;
// the result says what would be packed and everything that is wrong with it.
import { accessSync, constants, realpathSync } from 'node:fs';
import path from 'node:path';
import { isFunctionArchiveName } from '../compat/appsctl-bundle.js';
import { lambdaNameIfAny, s3StaticName } from '../compat/naming.js';
import { finding, type Finding } from '../findings/finding.js';
import { checkFunctionArchive, functionContentFindings } from '../bundle/function-content.js';
import { MAX_S3_KEY_BYTES } from '../lambda/limits.js';
import { sdkRuntimesFor } from '../lambda/runtimes.js';
import { isInside, resolveInside } from '../fs/confine.js';
import { MANIFEST_FILE, readManifest, type AppManifest, type LambdaFunctionSpec } from '../manifest/manifest.js';
import { validateManifest } from '../manifest/rules.js';
import type { ZipEntryInfo } from '../zip/reader.js';
import { staticKeyCollisions } from '../bundle/static-keys.js';
import { locate, openAppRoot, readAppManifest, unreadableFinding, type AppRoot, type Located } from './app-root.js';
import { walkDir, type SourceFile } from './walk.js';

export const FUNCTIONS_DIR = 'functions';
export const STATIC_DIR = 'static';

export interface AppDirOptions {
  appDir: string;
  /** Function name → absolute path of a directory or .zip, overriding the default location. */
  functionSources?: ReadonlyMap<string, string>;
  /** Date for runtime lifecycle checks. */
  now: Date;
}

export type FunctionSource = { kind: 'dir'; path: string; files: SourceFile[] } | { kind: 'zip'; path: string; /** The real path to read. */ real: string; size: number; entries: ZipEntryInfo[] };

export interface FunctionPlan {
  spec: LambdaFunctionSpec;
  lambdaName: string;
  source: FunctionSource;
  unzippedSize: number;
}

export interface AppInspection {
  appDir: string;
  manifest?: AppManifest;
  staticFiles: SourceFile[];
  functions: FunctionPlan[];
  findings: Finding[];
  /** Real paths of everything read (files, and directories walked): an output may not land on or in them. */
  inputs: { appReal?: string; files: Set<string>; dirs: Set<string> };
}

export async function inspectAppDir(options: AppDirOptions): Promise<AppInspection> {
  const appDir = path.resolve(options.appDir);
  const result: AppInspection = { appDir, staticFiles: [], functions: [], findings: [], inputs: { files: new Set(), dirs: new Set() } };
  const findings = result.findings;
  const opened = openAppRoot(appDir, options.appDir);
  findings.push(...opened.findings);
  const root = opened.root;
  if (!root) return result;
  result.inputs.appReal = root.real;

  const read = readAppManifest(root, options.appDir);
  findings.push(...read.findings);
  if (!read.bytes) return result;
  result.inputs.files.add(realpathSync(path.join(appDir, MANIFEST_FILE)));
  const parsed = readManifest(read.bytes);
  findings.push(...parsed.findings);
  const manifest = parsed.manifest;
  if (!manifest) return result;
  result.manifest = manifest;

  const staticDir = locate(root, path.join(appDir, STATIC_DIR), findings);
  if (staticDir?.kind === 'directory') {
    const walked = walkTree(root, path.join(appDir, STATIC_DIR), root.real, 'the app directory', result);
    for (const file of walked) {
      const staticFinding = staticFileFinding(manifest, file.rel);
      if (staticFinding) findings.push(staticFinding);
    }
    findings.push(
      ...staticKeyCollisions(
        manifest,
        walked.map((f) => f.rel),
      ),
    );
    result.staticFiles = walked;
  } else if (staticDir && staticDir.kind !== 'file') {
    findings.push(finding('MMA112', { path: STATIC_DIR }, STATIC_DIR, staticDir.kind));
  }

  const sdkRuntimes = await sdkRuntimesFor(manifest.functions.map((f) => f.runtime));
  findings.push(...validateManifest(manifest, { now: options.now, staticFiles: new Set(result.staticFiles.map((f) => f.rel)), sdkRuntimes }));

  const overrides = options.functionSources ?? new Map<string, string>();
  const names = manifest.functions.map((f) => f.name);
  for (const name of overrides.keys()) {
    if (!names.includes(name)) findings.push(finding('MMA102', undefined, name, names));
  }
  for (const spec of manifest.functions) {
    // A name that is empty or could leave functions/ is reported by the manifest rules.
    if (spec.name === '' || /[/\\]/.test(spec.name) || spec.name === '.' || spec.name === '..') continue;
    const plan = await planFunction(root, manifest, spec, overrides.get(spec.name), result);
    if (plan) result.functions.push(plan);
  }
  return result;
}

/** Walks a tree for packing, recording what it read as inputs. */
function walkTree(root: AppRoot, dir: string, boundary: string, label: string, result: AppInspection): SourceFile[] {
  const walked = walkDir(dir, boundary, root.display, label);
  result.findings.push(...walked.findings);
  for (const d of walked.dirs) result.inputs.dirs.add(d);
  for (const f of walked.files) result.inputs.files.add(f.abs);
  return walked.files;
}

/** Rules for one file under static/ (its path relative to static/). */
export function staticFileFinding(manifest: AppManifest, rel: string): Finding | undefined {
  const entry = `${STATIC_DIR}/${rel}`;
  const at = { path: entry };
  if (isFunctionArchiveName(entry)) return finding('MMA203', at, entry);
  if (entry.endsWith(MANIFEST_FILE)) return finding('MMA201', at, entry);
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(rel)) return finding('MMA034', at, rel);
  const key = s3StaticName(manifest.appId, manifest.version, rel);
  if (Buffer.byteLength(key) > MAX_S3_KEY_BYTES) return finding('MMA033', at, key);
  return undefined;
}

type Source = { kind: 'dir' | 'zip'; path: string; real: string; size: number; boundary: string; label: string };

/**
 * Where function `spec` comes from. A mapping (--function NAME=PATH) outside the app directory is
 * the user's explicit choice, e.g. a build directory: its real path becomes its own boundary, which
 * links inside it may not leave. A mapping or default location inside the app directory is held to
 * the app directory, like everything else read from it.
 */
function findSource(root: AppRoot, spec: LambdaFunctionSpec, override: string | undefined, findings: Finding[]): Source | undefined {
  const display = root.display;
  const app = { boundary: root.real, label: 'the app directory' };
  if (override !== undefined) {
    const at = { path: display(override) };
    const lexicallyInside = isInside(path.resolve(override), root.dir) || isInside(path.resolve(override), root.real);
    let found: Located | undefined;
    if (lexicallyInside) {
      const before = findings.length;
      found = locate(root, override, findings);
      if (!found && findings.length > before) return undefined;
    } else {
      const r = resolveInside(override, '/');
      if (!r.ok && r.problem === 'unreadable') {
        findings.push(unreadableFinding(at.path, r.error));
        return undefined;
      }
      if (r.ok) found = r;
    }
    if (!found) {
      findings.push(finding('MMA100', at, spec.name, [display(override)]));
      return undefined;
    }
    const own = isInside(found.real, root.real) ? app : { boundary: found.real, label: `${display(override)}/` };
    if (found.kind === 'directory') return { kind: 'dir', path: override, real: found.real, size: 0, ...own };
    if (found.kind === 'file' && override.endsWith('.zip')) return { kind: 'zip', path: override, real: found.real, size: found.stats.size, ...own };
    findings.push(found.kind === 'file' ? finding('MMA109', at, spec.name, display(override)) : finding('MMA112', at, display(override), found.kind));
    return undefined;
  }

  const dir = path.join(root.dir, FUNCTIONS_DIR, spec.name);
  const zip = `${dir}.zip`;
  const before = findings.length;
  const asDir = locate(root, dir, findings);
  const asZip = locate(root, zip, findings);
  for (const [p, c] of [
    [dir, asDir],
    [zip, asZip],
  ] as const) {
    if (c && c.kind !== 'file' && c.kind !== 'directory') findings.push(finding('MMA112', { path: display(p) }, display(p), c.kind));
  }
  if (findings.length > before) return undefined;
  const hasDir = asDir?.kind === 'directory';
  const hasZip = asZip?.kind === 'file';
  if (hasDir && hasZip) {
    findings.push(finding('MMA101', { path: display(dir) }, spec.name, `${display(dir)}/`, display(zip)));
    return undefined;
  }
  if (hasDir) return { kind: 'dir', path: dir, real: asDir.real, size: 0, ...app };
  if (hasZip) return { kind: 'zip', path: zip, real: asZip.real, size: asZip.stats.size, ...app };
  findings.push(finding('MMA100', { path: `${FUNCTIONS_DIR}/${spec.name}` }, spec.name, [`${display(dir)}/`, display(zip)]));
  return undefined;
}

async function planFunction(root: AppRoot, manifest: AppManifest, spec: LambdaFunctionSpec, override: string | undefined, result: AppInspection): Promise<FunctionPlan | undefined> {
  const findings = result.findings;
  const source = findSource(root, spec, override, findings);
  if (!source) return undefined;
  const display = root.display;
  const at = { path: display(source.path) };
  const name = lambdaNameIfAny(manifest.appId, manifest.version, spec.name);
  if (source.kind === 'dir') {
    const files = walkTree(root, source.path, source.boundary, source.label, result);
    const listed = files.map((f) => ({ name: f.rel, executable: f.executable || f.rel === 'bootstrap' }));
    const unzippedSize = files.reduce((n, f) => n + f.size, 0);
    findings.push(...functionContentFindings(spec, listed, unzippedSize, at, `${display(source.path)}/`));
    return { spec, lambdaName: name, source: { kind: 'dir', path: source.path, files }, unzippedSize };
  }

  result.inputs.files.add(source.real);
  try {
    accessSync(source.real, constants.R_OK);
  } catch (err) {
    findings.push(unreadableFinding(at.path, err));
    return undefined;
  }
  const checked = await checkFunctionArchive(source.real, spec, display(source.path), at);
  findings.push(...checked.findings);
  if (!checked.entries) return undefined;
  return { spec, lambdaName: name, source: { kind: 'zip', path: source.path, real: source.real, size: source.size, entries: checked.entries }, unzippedSize: checked.unzippedSize };
}
