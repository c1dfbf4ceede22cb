// Validates an existing bundle zip (e.g. one built by a Makefile like Mattermost's examples): the
// untrusted-zip checks, every entry's data, the layout, the manifest, and each function archive
// inside it (its entries' data too).
import { createHash } from 'node:crypto';
import { staticFileFinding } from '../app/app-dir.js';
import { lambdaNameIfAny } from '../compat/naming.js';
import { finding, hasErrors, sortFindings, type Finding } from '../findings/finding.js';
import { MAX_ZIPPED_BYTES } from '../lambda/limits.js';
import { sdkRuntimesFor } from '../lambda/runtimes.js';
import { MANIFEST_FILE, MAX_MANIFEST_BYTES, readManifest, type AppManifest, type LambdaFunctionSpec } from '../manifest/manifest.js';
import { validateManifest } from '../manifest/rules.js';
import { ZipArchive, type ZipEntryInfo } from '../zip/reader.js';
import { checkFunctionArchive } from './function-content.js';
import { classifyBundle, functionArchiveFindings, STATIC_PREFIX } from './layout.js';
import { BUNDLE_LIMITS } from './limits.js';
import { staticKeyCollisions } from './static-keys.js';

export interface BundleFunction {
  spec: LambdaFunctionSpec;
  lambdaName: string;
  /** The archive's entry name in the bundle. */
  entry: string;
  zippedSize: number;
  unzippedSize: number;
  files: number;
  /** base64 SHA-256 of the archive: what Lambda reports as CodeSha256. */
  codeSha256: string;
}

export interface BundleInspection {
  bundlePath: string;
  /** The open bundle, when asked for with keepOpen and there is no error (the caller closes it). */
  archive?: ZipArchive;
  manifest?: AppManifest;
  /** Paths under static/, in zip order. */
  staticFiles: ZipEntryInfo[];
  functions: BundleFunction[];
  /** Function archives stored deflated (appsctl v1.0–v1.1 cannot read them). */
  deflatedArchives: string[];
  findings: Finding[];
}

export interface BundleOptions {
  now: Date;
  /** Keep the bundle open for the caller when it validates (provisioning reads it next). */
  keepOpen?: boolean;
}

export async function inspectBundle(bundlePath: string, options: BundleOptions): Promise<BundleInspection> {
  const result: BundleInspection = { bundlePath, staticFiles: [], functions: [], deflatedArchives: [], findings: [] };
  const opened = await ZipArchive.open(bundlePath, 'the bundle', '.', BUNDLE_LIMITS);
  result.findings.push(...opened.findings);
  const archive = opened.archive;
  if (!archive) return done(result);
  try {
    const layout = classifyBundle(archive.entries);
    result.findings.push(...layout.findings);
    result.deflatedArchives = layout.rootArchives.filter((e) => e.method !== 0).map((e) => e.name);
    result.staticFiles = layout.staticFiles;
    // Every entry's data, before anything is read for use: a corrupt bundle is refused here, not
    // halfway through an upload.
    const corrupt = await archive.verify();
    if (corrupt.length > 0) {
      result.findings.push(...corrupt);
      return done(result);
    }
    if (!layout.manifest) {
      result.findings.push(finding('MMA001', { path: MANIFEST_FILE }, 'at the root of the bundle'));
      return done(result);
    }
    if (layout.manifest.size > MAX_MANIFEST_BYTES) {
      result.findings.push(finding('MMA003', { path: MANIFEST_FILE }, layout.manifest.size));
      return done(result);
    }
    const read = readManifest(await archive.read(MANIFEST_FILE, MAX_MANIFEST_BYTES));
    result.findings.push(...read.findings);
    const manifest = read.manifest;
    if (!manifest) return done(result);
    result.manifest = manifest;

    const staticNames = layout.staticFiles.map((e) => e.name.slice(STATIC_PREFIX.length));
    for (const rel of staticNames) {
      const f = staticFileFinding(manifest, rel);
      if (f) result.findings.push(f);
    }
    result.findings.push(...staticKeyCollisions(manifest, staticNames));
    const sdkRuntimes = await sdkRuntimesFor(manifest.functions.map((f) => f.runtime));
    result.findings.push(...validateManifest(manifest, { now: options.now, staticFiles: new Set(staticNames), sdkRuntimes }));
    const names = manifest.functions.map((f) => f.name).filter((n) => n !== '');
    result.findings.push(...functionArchiveFindings(archive.entries, layout, names));

    const roots = new Map(layout.rootArchives.map((e) => [e.name, e]));
    for (const spec of manifest.functions) {
      const entry = roots.get(`${spec.name}.zip`);
      if (!entry || spec.name === '') continue;
      const fn = await inspectFunctionArchive(archive, entry, spec, manifest, result.findings);
      if (fn) result.functions.push(fn);
    }
  } finally {
    if (options.keepOpen && !hasErrors(result.findings) && result.manifest) result.archive = archive;
    else archive.close();
  }
  return done(result);
}

async function inspectFunctionArchive(bundle: ZipArchive, entry: ZipEntryInfo, spec: LambdaFunctionSpec, manifest: AppManifest, findings: Finding[]): Promise<BundleFunction | undefined> {
  const at = { path: entry.name };
  if (entry.size > MAX_ZIPPED_BYTES) {
    findings.push(finding('MMA107', at, spec.name, entry.size));
    return undefined;
  }
  // At most 50 MB: read into memory, which makes listing thousands of entries fast.
  const bytes = await bundle.read(entry.name, MAX_ZIPPED_BYTES);
  const checked = await checkFunctionArchive(bytes, spec, `"${entry.name}" in the bundle`, at);
  findings.push(...checked.findings);
  if (!checked.entries) return undefined;
  return {
    spec,
    lambdaName: lambdaNameIfAny(manifest.appId, manifest.version, spec.name),
    entry: entry.name,
    zippedSize: entry.size,
    unzippedSize: checked.unzippedSize,
    files: checked.files,
    codeSha256: createHash('sha256').update(bytes).digest('base64'),
  };
}

function done(result: BundleInspection): BundleInspection {
  result.findings = sortFindings(result.findings);
  return result;
}
