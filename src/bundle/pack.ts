// pack: app directory → bundle. Inspects everything first and writes nothing when there is an
// error; then builds the function archives and the bundle at once (the bundle starts on its
// static files while the functions are being compressed), into temporary files that are renamed
// into place only when complete.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm, rmdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import { inspectAppDir, type AppDirOptions, type FunctionPlan } from '../app/app-dir.js';
import { functionArchiveOrder } from '../compat/appsctl-bundle.js';
import { installCommands } from '../compat/naming.js';
import { provisionData, type ProvisionData } from '../compat/provision-data.js';
import { finding, FindingsError, hasErrors, sortFindings, type Finding } from '../findings/finding.js';
import { MAX_ZIPPED_BYTES } from '../lambda/limits.js';
import { MANIFEST_FILE, type AppManifest } from '../manifest/manifest.js';
import type { ManifestFormat } from '../manifest/manifest-format.js';
import { DeflatePool } from '../zip/deflate-pool.js';
import { formatBytes } from '../util/format.js';
import { writeZip, type ZipEntryInput, type ZipEntryWritten } from '../zip/writer.js';
import { isInside } from '../fs/confine.js';
import { isErrno, toUserError, withFsContext } from '../fs/fs-error.js';
import { classifyBundle, functionArchiveFindings, STATIC_PREFIX } from './layout.js';
import { BUNDLE_LIMITS, staticSizeFindings } from './limits.js';
import { checkOutputLocation, DIST_DIR } from './output-location.js';

export interface PackOptions extends AppDirOptions {
  /**
   * Where to write the bundle, or a function of the manifest that says where (see defaultBundlePath).
   * Without it the bundle is built in a temporary directory and discarded (validate).
   */
  output?: string | ((manifest: AppManifest) => string);
  /** Progress messages for long work. */
  onProgress?: (message: string) => void;
  /** The shape of the bundle's manifest.json: current (default; a legacy manifest is converted) or v0.7. */
  manifestFormat?: ManifestFormat;
  /** Aborting stops before the next file is started; temporary files and the partial bundle are removed. */
  signal?: AbortSignal;
}

export interface PackedFunction {
  name: string;
  lambdaName: string;
  runtime: string;
  handler: string;
  path: string;
  source: 'directory' | 'zip';
  files: number;
  zippedSize: number;
  unzippedSize: number;
  /** base64 SHA-256 of the function archive: what Lambda reports as CodeSha256. */
  codeSha256: string;
}

export interface PackResult {
  ok: boolean;
  findings: Finding[];
  manifest?: AppManifest;
  functions: PackedFunction[];
  static: { files: number; bytes: number };
  bundle?: { path: string; size: number; sha256: string };
  /** The shape of the bundle's manifest.json. */
  manifestFormat: ManifestFormat;
  provisionData?: ProvisionData;
  installCommands?: { aws: string; listed: string };
}

/** The default bundle path: dist/<app_id>_<version>.zip in the app directory. */
export function defaultBundlePath(appDir: string, manifest: Pick<AppManifest, 'appId' | 'version'>): string {
  return path.join(appDir, DIST_DIR, `${manifest.appId}_${manifest.version}.zip`);
}

/** SHA-256 of a file; with `size`, of exactly that many bytes (a file that grew or shrank is an error, and is never read past size + 1). */
export async function fileDigest(file: string, encoding: 'hex' | 'base64', size?: number): Promise<string> {
  const hash = createHash('sha256');
  let read = 0;
  for await (const chunk of createReadStream(file, size === undefined ? {} : { start: 0, end: size })) {
    hash.update(chunk as Buffer);
    read += (chunk as Buffer).length;
  }
  if (size !== undefined && read !== size) throw new UserError(`${file} changed while it was being packed (${size} bytes when listed, ${read > size ? 'more' : read} now); run again when nothing is writing to it`);
  return hash.digest(encoding);
}

export async function pack(options: PackOptions): Promise<PackResult> {
  // Started now, the workers boot while the app directory is walked.
  const pool = new DeflatePool();
  pool.warmUp();
  try {
    return await packWith(pool, options);
  } finally {
    await pool.close();
  }
}

async function packWith(pool: DeflatePool, options: PackOptions): Promise<PackResult> {
  const progress = options.onProgress ?? (() => undefined);
  const inspection = await inspectAppDir(options);
  const manifest = inspection.manifest;
  const result: PackResult = {
    ok: false,
    findings: sortFindings(inspection.findings),
    functions: [],
    static: { files: inspection.staticFiles.length, bytes: inspection.staticFiles.reduce((n, f) => n + f.size, 0) },
    manifestFormat: options.manifestFormat ?? 'current',
  };
  if (manifest) result.manifest = manifest;
  if (manifest) result.findings = sortFindings([...result.findings, ...bundleLimitFindings(result.static, inspection.functions.length)]);
  if (!manifest || hasErrors(result.findings)) return result;

  const chosen = typeof options.output === 'function' ? options.output(manifest) : options.output;
  const output = chosen ? path.resolve(chosen) : undefined;
  if (output) checkOutputLocation(output, { appDir: inspection.appDir, ...inspection.inputs });
  const signal = options.signal;
  signal?.throwIfAborted();

  const work = await withFsContext({ doing: 'cannot create a temporary directory (set by TMPDIR) in', path: tmpdir(), direction: 'write' }, () => mkdtemp(path.join(tmpdir(), 'mm-apps-deploy-')));
  const started = Date.now();
  const bundlePath = output ?? path.join(work, 'bundle.zip');
  let created: string | undefined; // the first directory made for the output, removed again on failure
  try {
    const builds = inspection.functions.map((plan) => buildFunction(plan, work, pool, progress, signal));
    builds.forEach((b) => b.catch(() => undefined)); // awaited below; avoid unhandled-rejection noise meanwhile
    if (output) created = await mkdir(path.dirname(output), { recursive: true });
    progress(`packing ${inspection.staticFiles.length} static files (${formatBytes(result.static.bytes)})`);

    async function* bundleEntries(): AsyncGenerator<ZipEntryInput> {
      yield { name: MANIFEST_FILE, mode: 0o644, source: { data: manifest!.bytesIn(result.manifestFormat) } };
      for (const f of inspection.staticFiles) yield { name: `${STATIC_PREFIX}${f.rel}`, mode: 0o644, source: { file: f.abs, size: f.size } };
      const built = await Promise.all(builds);
      const tooBig = built.filter((b) => b.zippedSize > MAX_ZIPPED_BYTES).map((b) => finding('MMA107', { path: b.path }, b.name, b.zippedSize));
      const total = manifest!.bytesIn(result.manifestFormat).length + result.static.bytes + built.reduce((n, b) => n + b.zippedSize, 0);
      if (total > BUNDLE_LIMITS.maxUncompressed) tooBig.push(finding('MMA126', { path: '.' }, 'the bundle', total, BUNDLE_LIMITS.maxUncompressed));
      if (tooBig.length > 0) throw new FindingsError(tooBig);
      const byName = new Map(built.map((b) => [b.name, b]));
      for (const name of functionArchiveOrder(built.map((b) => b.name))) {
        const b = byName.get(name)!;
        yield { name: `${name}.zip`, mode: 0o644, source: { file: b.archive, size: b.zippedSize }, compression: 'store' };
      }
      result.functions = built.map(({ archive: _archive, ...f }) => f);
    }

    let written;
    try {
      written = await writeZip(bundlePath, bundleEntries(), { pool, ...(signal ? { signal } : {}) });
    } catch (err) {
      await Promise.allSettled(builds);
      if (err instanceof FindingsError) {
        result.findings = sortFindings([...result.findings, ...err.findings]);
        return result;
      }
      throw err;
    }
    selfCheck(written.entries, manifest);
    const sha256 = written.sha256.toString('hex');
    progress(`${output ? 'bundle ready' : 'checked'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (output) result.bundle = { path: output, size: written.size, sha256 };
    result.provisionData = provisionData(
      manifest,
      inspection.staticFiles.map((f) => f.rel),
    );
    result.installCommands = installCommands(manifest.appId, manifest.version);
    result.ok = true;
    return result;
  } catch (err) {
    throw ioError(err, output, work);
  } finally {
    if (!result.ok && created && output) await removeEmptyDirs(path.dirname(output), created);
    await rm(work, { recursive: true, force: true });
  }
}

/** Removes `dir` and its parents up to `top`, as long as they are empty: the folders a failed pack made. */
async function removeEmptyDirs(dir: string, top: string): Promise<void> {
  for (let d = dir; isInside(d, top); d = path.dirname(d)) {
    try {
      await rmdir(d);
    } catch {
      return;
    }
  }
}

/**
 * An operating-system error while packing, named for what it was about: the bundle being written
 * (its temporary name is ours, the user knows the output), temporary files, or an input being read.
 */
function ioError(err: unknown, output: string | undefined, work: string): unknown {
  if (!isErrno(err)) return err;
  const p = err.path;
  if (output && (p === undefined || p === output || isInside(output, p) || path.dirname(p) === path.dirname(output))) {
    return toUserError(err, { doing: 'cannot write the bundle to', path: output, direction: 'write' });
  }
  if (p === undefined || isInside(p, work)) return toUserError(err, { doing: 'cannot write temporary files (set by TMPDIR) in', path: tmpdir(), direction: 'write' });
  return toUserError(err, { doing: 'cannot read', direction: 'read' });
}

interface BuiltFunction extends PackedFunction {
  /** The archive file to put in the bundle. */
  archive: string;
}

async function buildFunction(plan: FunctionPlan, work: string, pool: DeflatePool, progress: (m: string) => void, signal: AbortSignal | undefined): Promise<BuiltFunction> {
  const { spec, source } = plan;
  const base = { name: spec.name, lambdaName: plan.lambdaName, runtime: spec.runtime, handler: spec.handler, unzippedSize: plan.unzippedSize };
  if (source.kind === 'zip') {
    // A prebuilt archive is used byte for byte: it was checked by the inspection.
    const files = source.entries.filter((e) => !e.directory).length;
    return { ...base, path: source.path, source: 'zip', files, zippedSize: source.size, codeSha256: await fileDigest(source.real, 'base64', source.size), archive: source.real };
  }
  progress(`packing function ${spec.name} (${source.files.length} files, ${formatBytes(plan.unzippedSize)})`);
  const archive = path.join(work, `${spec.name}.zip`);
  const entries = source.files.map((f): ZipEntryInput => ({ name: f.rel, mode: f.executable || f.rel === 'bootstrap' ? 0o755 : 0o644, source: { file: f.abs, size: f.size } }));
  const written = await writeZip(archive, entries, { pool, ...(signal ? { signal } : {}) });
  return {
    ...base,
    path: source.path,
    source: 'directory',
    files: entries.length,
    zippedSize: written.size,
    codeSha256: written.sha256.toString('base64'),
    archive,
  };
}

/** What a bundle may carry (limits.ts), checked before anything is written. */
function bundleLimitFindings(statics: { files: number; bytes: number }, functions: number): Finding[] {
  const entries = 1 + statics.files + functions;
  const out = staticSizeFindings(statics.bytes);
  if (entries > BUNDLE_LIMITS.maxEntries) out.push(finding('MMA125', { path: 'static/' }, 'the bundle', entries, BUNDLE_LIMITS.maxEntries));
  return out;
}

/** Our own output must pass our own layout rules; anything else is a bug in the packer. */
function selfCheck(written: readonly ZipEntryWritten[], manifest: AppManifest): void {
  const entries = written.map((e) => ({ name: e.name, size: e.size, compressedSize: e.compressedSize, method: e.method === 'stored' ? 0 : 8, directory: false, executable: false, crc32: e.crc32 }));
  const layout = classifyBundle(entries);
  const problems = [
    ...layout.findings,
    ...functionArchiveFindings(
      entries,
      layout,
      manifest.functions.map((f) => f.name),
    ),
  ];
  if (problems.length > 0) throw new Error(`internal error: the packed bundle breaks the layout rules: ${problems.map((f) => f.message).join('; ')}`);
}
