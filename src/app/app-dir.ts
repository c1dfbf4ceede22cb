// Inspects an app directory: manifest.json, static/ and one source per aws_lambda function
// (functions/<name>/, functions/<name>.zip, or an explicit mapping). Nothing is written here;
// the result says what would be packed and everything that is wrong with it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isFunctionArchiveName } from '../compat/appsctl-bundle.js';
import { lambdaNameIfAny, s3StaticName } from '../compat/naming.js';
import { finding, type Finding } from '../findings/finding.js';
import { checkFunctionArchive, functionContentFindings } from '../bundle/function-content.js';
import { MAX_S3_KEY_BYTES } from '../lambda/limits.js';
import { sdkRuntimesFor } from '../lambda/runtimes.js';
import { MANIFEST_FILE, MAX_MANIFEST_BYTES, readManifest, type AppManifest, type LambdaFunctionSpec } from '../manifest/manifest.js';
import { validateManifest } from '../manifest/rules.js';
import type { ZipEntryInfo } from '../zip/reader.js';
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

export type FunctionSource =
  | { kind: 'dir'; path: string; files: SourceFile[] }
  | { kind: 'zip'; path: string; size: number; entries: ZipEntryInfo[] };

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
}

/** Location paths are relative to the app directory, in POSIX form. */
export function relativeTo(appDir: string): (abs: string) => string {
  return (abs) => path.relative(appDir, abs).split(path.sep).join('/') || '.';
}

export async function inspectAppDir(options: AppDirOptions): Promise<AppInspection> {
  const appDir = path.resolve(options.appDir);
  const display = relativeTo(appDir);
  const result: AppInspection = { appDir, staticFiles: [], functions: [], findings: [] };
  const findings = result.findings;

  const manifestPath = path.join(appDir, MANIFEST_FILE);
  if (!existsSync(appDir) || !statSync(appDir).isDirectory()) {
    findings.push(finding('MMA001', { path: MANIFEST_FILE }, `in ${options.appDir} (no such directory)`));
    return result;
  }
  if (!existsSync(manifestPath)) {
    findings.push(finding('MMA001', { path: MANIFEST_FILE }, `in ${options.appDir}`));
    return result;
  }
  const size = statSync(manifestPath).size;
  if (size > MAX_MANIFEST_BYTES) {
    findings.push(finding('MMA003', { path: MANIFEST_FILE }, size));
    return result;
  }
  const read = readManifest(readFileSync(manifestPath));
  findings.push(...read.findings);
  const manifest = read.manifest;
  if (!manifest) return result;
  result.manifest = manifest;

  const staticDir = path.join(appDir, STATIC_DIR);
  if (existsSync(staticDir) && statSync(staticDir).isDirectory()) {
    const walked = walkDir(staticDir, appDir, display, 'the app directory');
    findings.push(...walked.findings);
    for (const file of walked.files) {
      const staticFinding = staticFileFinding(manifest, file.rel);
      if (staticFinding) findings.push(staticFinding);
    }
    result.staticFiles = walked.files;
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
    const plan = await planFunction(appDir, manifest, spec, overrides.get(spec.name), display, findings);
    if (plan) result.functions.push(plan);
  }
  return result;
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

async function planFunction(
  appDir: string,
  manifest: AppManifest,
  spec: LambdaFunctionSpec,
  override: string | undefined,
  display: (abs: string) => string,
  findings: Finding[],
): Promise<FunctionPlan | undefined> {
  let source: { kind: 'dir' | 'zip'; path: string } | undefined;
  if (override !== undefined) {
    if (!existsSync(override)) {
      findings.push(finding('MMA100', { path: display(override) }, spec.name, [display(override)]));
      return undefined;
    }
    const st = statSync(override);
    if (st.isDirectory()) source = { kind: 'dir', path: override };
    else if (st.isFile() && override.endsWith('.zip')) source = { kind: 'zip', path: override };
    else {
      findings.push(finding('MMA109', { path: display(override) }, spec.name, display(override)));
      return undefined;
    }
  } else {
    const dir = path.join(appDir, FUNCTIONS_DIR, spec.name);
    const zip = `${dir}.zip`;
    const hasDir = existsSync(dir) && statSync(dir).isDirectory();
    const hasZip = existsSync(zip) && statSync(zip).isFile();
    if (hasDir && hasZip) {
      findings.push(finding('MMA101', { path: display(dir) }, spec.name, `${display(dir)}/`, display(zip)));
      return undefined;
    }
    if (!hasDir && !hasZip) {
      findings.push(finding('MMA100', { path: `${FUNCTIONS_DIR}/${spec.name}` }, spec.name, [`${display(dir)}/`, display(zip)]));
      return undefined;
    }
    source = hasDir ? { kind: 'dir', path: dir } : { kind: 'zip', path: zip };
  }

  const at = { path: display(source.path) };
  const name = lambdaNameIfAny(manifest.appId, manifest.version, spec.name);
  if (source.kind === 'dir') {
    // Links may point anywhere inside the app directory; a mapped directory outside it is its own boundary.
    const inside = !path.relative(appDir, source.path).startsWith('..');
    const walked = walkDir(source.path, inside ? appDir : source.path, display, inside ? 'the app directory' : `${display(source.path)}/`);
    findings.push(...walked.findings);
    const files = walked.files.map((f) => ({ name: f.rel, executable: f.executable || f.rel === 'bootstrap' }));
    const unzippedSize = walked.files.reduce((n, f) => n + f.size, 0);
    findings.push(...functionContentFindings(spec, files, unzippedSize, at, `${display(source.path)}/`));
    return { spec, lambdaName: name, source: { kind: 'dir', path: source.path, files: walked.files }, unzippedSize };
  }

  const checked = await checkFunctionArchive(source.path, spec, display(source.path), at);
  findings.push(...checked.findings);
  if (!checked.entries) return undefined;
  return { spec, lambdaName: name, source: { kind: 'zip', path: source.path, size: statSync(source.path).size, entries: checked.entries }, unzippedSize: checked.unzippedSize };
}

