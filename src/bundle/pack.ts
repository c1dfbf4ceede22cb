// pack: app directory → bundle. Inspects everything first and writes nothing when there is an
// error; then builds the function archives and the bundle at once (the bundle starts on its
// static files while the functions are being compressed), into temporary files that are renamed
// into place only when complete.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
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
import { DeflatePool } from '../zip/deflate-pool.js';
import { formatBytes } from '../util/format.js';
import { writeZip, type ZipEntryInput, type ZipEntryWritten } from '../zip/writer.js';
import { classifyBundle, functionArchiveFindings, STATIC_PREFIX } from './layout.js';
import { BUNDLE_LIMITS, staticSizeFindings } from './limits.js';

export interface PackOptions extends AppDirOptions {
  /**
   * Where to write the bundle, or a function of the manifest that says where (see defaultBundlePath).
   * Without it the bundle is built in a temporary directory and discarded (validate).
   */
  output?: string | ((manifest: AppManifest) => string);
  /** Progress messages for long work. */
  onProgress?: (message: string) => void;
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
  provisionData?: ProvisionData;
  installCommands?: { aws: string; listed: string };
}

/** The default bundle path: dist/<app_id>_<version>.zip in the app directory. */
export function defaultBundlePath(appDir: string, manifest: Pick<AppManifest, 'appId' | 'version'>): string {
  return path.join(appDir, 'dist', `${manifest.appId}_${manifest.version}.zip`);
}

export async function fileDigest(file: string, encoding: 'hex' | 'base64'): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
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
  };
  if (manifest) result.manifest = manifest;
  if (manifest) result.findings = sortFindings([...result.findings, ...bundleLimitFindings(result.static, inspection.functions.length)]);
  if (!manifest || hasErrors(result.findings)) return result;

  const chosen = typeof options.output === 'function' ? options.output(manifest) : options.output;
  const output = chosen ? path.resolve(chosen) : undefined;
  if (output) checkOutputLocation(output, inspection.appDir, inspection.functions);

  const work = await mkdtemp(path.join(tmpdir(), 'mm-apps-deploy-'));
  const started = Date.now();
  try {
    const builds = inspection.functions.map((plan) => buildFunction(plan, work, pool, progress));
    builds.forEach((b) => b.catch(() => undefined)); // awaited below; avoid unhandled-rejection noise meanwhile
    const bundlePath = output ?? path.join(work, 'bundle.zip');
    if (output) await mkdir(path.dirname(output), { recursive: true });
    progress(`packing ${inspection.staticFiles.length} static files (${formatBytes(result.static.bytes)})`);

    async function* bundleEntries(): AsyncGenerator<ZipEntryInput> {
      yield { name: MANIFEST_FILE, mode: 0o644, source: { data: manifest!.bundleBytes } };
      for (const f of inspection.staticFiles) yield { name: `${STATIC_PREFIX}${f.rel}`, mode: 0o644, source: { file: f.abs, size: f.size } };
      const built = await Promise.all(builds);
      const tooBig = built.filter((b) => b.zippedSize > MAX_ZIPPED_BYTES).map((b) => finding('MMA107', { path: b.path }, b.name, b.zippedSize));
      const total = manifest!.bundleBytes.length + result.static.bytes + built.reduce((n, b) => n + b.zippedSize, 0);
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
      written = await writeZip(bundlePath, bundleEntries(), { pool });
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
    result.provisionData = provisionData(manifest, inspection.staticFiles.map((f) => f.rel));
    result.installCommands = installCommands(manifest.appId, manifest.version);
    result.ok = true;
    return result;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

interface BuiltFunction extends PackedFunction {
  /** The archive file to put in the bundle. */
  archive: string;
}

async function buildFunction(plan: FunctionPlan, work: string, pool: DeflatePool, progress: (m: string) => void): Promise<BuiltFunction> {
  const { spec, source } = plan;
  const base = { name: spec.name, lambdaName: plan.lambdaName, runtime: spec.runtime, handler: spec.handler, unzippedSize: plan.unzippedSize };
  if (source.kind === 'zip') {
    // A prebuilt archive is used byte for byte: it was checked by the inspection.
    const files = source.entries.filter((e) => !e.directory).length;
    return { ...base, path: source.path, source: 'zip', files, zippedSize: source.size, codeSha256: await fileDigest(source.path, 'base64'), archive: source.path };
  }
  progress(`packing function ${spec.name} (${source.files.length} files, ${formatBytes(plan.unzippedSize)})`);
  const archive = path.join(work, `${spec.name}.zip`);
  const entries = source.files.map(
    (f): ZipEntryInput => ({ name: f.rel, mode: f.executable || f.rel === 'bootstrap' ? 0o755 : 0o644, source: { file: f.abs, size: f.size } }),
  );
  const written = await writeZip(archive, entries, { pool });
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

/** Refuses an output path that a later pack would pick up as app content. */
function checkOutputLocation(output: string, appDir: string, functions: readonly FunctionPlan[]): void {
  const inside = (dir: string) => !path.relative(dir, output).startsWith('..') && !path.isAbsolute(path.relative(dir, output));
  const forbidden = [path.join(appDir, 'static'), ...functions.filter((f) => f.source.kind === 'dir').map((f) => f.source.path)];
  const hit = forbidden.find(inside);
  if (hit) throw new UserError(`the output ${output} is inside ${hit}, so the next pack would include it; write the bundle elsewhere`);
}

/** Our own output must pass our own layout rules; anything else is a bug in the packer. */
function selfCheck(written: readonly ZipEntryWritten[], manifest: AppManifest): void {
  const entries = written.map((e) => ({ name: e.name, size: e.size, compressedSize: e.compressedSize, method: e.method === 'stored' ? 0 : 8, directory: false, executable: false, crc32: e.crc32 }));
  const layout = classifyBundle(entries);
  const problems = [...layout.findings, ...functionArchiveFindings(entries, layout, manifest.functions.map((f) => f.name))];
  if (problems.length > 0) throw new Error(`internal error: the packed bundle breaks the layout rules: ${problems.map((f) => f.message).join('; ')}`);
}
