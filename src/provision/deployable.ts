// What provisioning deploys: a validated bundle (an app directory is packed first), with the
// hashes that decide what is unchanged in AWS. Bytes are read again when they are uploaded, and
// static objects as streams, so that neither a large bundle nor a large file is held in memory whole.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspectBundle } from '../bundle/inspect-bundle.js';
import { STATIC_PREFIX } from '../bundle/layout.js';
import { defaultBundlePath, pack } from '../bundle/pack.js';
import { lambdaName, s3ManifestName, s3StaticName } from '../compat/naming.js';
import { provisionData, type ProvisionData } from '../compat/provision-data.js';
import { contentTypeOf, STATIC_CACHE_CONTROL } from '../aws/content-type.js';
import { FindingsError, hasErrors, type Finding } from '../findings/finding.js';
import { MAX_MANIFEST_BYTES, MANIFEST_FILE, readManifest, type AppManifest, type LambdaFunctionSpec } from '../manifest/manifest.js';
import type { ManifestFormat } from '../manifest/manifest-format.js';
import { targetKind } from '../fs/target.js';
import { ZipArchive } from '../zip/reader.js';

export interface DeployableObject {
  key: string;
  /** Path under static/. */
  name: string;
  size: number;
  /** From the bundle's central directory: known without reading the content. */
  crc32: number;
  contentType: string;
  cacheControl: string;
  /** The content in memory (for small objects). */
  read(): Promise<Buffer>;
  /** The content, streamed from the bundle (for large ones). */
  open(): Promise<Readable>;
  /** MD5 and SHA-256 of the content, streamed on first use (an unchanged re-run never needs them). */
  digests(): Promise<{ md5: string; sha256: string }>;
}

export interface DeployableFunction {
  spec: LambdaFunctionSpec;
  lambdaName: string;
  /** base64 SHA-256: Lambda's CodeSha256. */
  codeSha256: string;
  /** Bytes of the archive. */
  size: number;
  read(): Promise<Buffer>;
}

export interface Deployable {
  kind: 'app-dir' | 'bundle';
  bundlePath: string;
  manifest: AppManifest;
  manifestKey: string;
  manifestBytes: Buffer;
  manifestSha256: string;
  objects: DeployableObject[];
  /** SHA-256 over every static key with its size, CRC-32 and headers (recorded on the manifest object). */
  staticDigest: string;
  functions: DeployableFunction[];
  provisionData: ProvisionData;
  /** Warnings from validation (errors stop loading). */
  findings: Finding[];
  close(): void;
}

export interface LoadOptions {
  now: Date;
  /** For an app directory: function name → source path. */
  functionSources?: ReadonlyMap<string, string>;
  /**
   * For an app directory: where to write the bundle (default APP_DIR/dist/<app_id>_<version>.zip);
   * `temporary` packs into a temporary directory that close() removes (dry runs write nothing).
   */
  bundleOutput?: string | 'temporary';
  onProgress?: (message: string) => void;
  /** For an app directory: the manifest shape of the bundle (default current). */
  manifestFormat?: ManifestFormat;
  signal?: AbortSignal;
}

const MAX_FUNCTION_ZIP = 52_428_800;

function digest(data: Buffer, algorithm: 'md5' | 'sha256', encoding: 'hex' | 'base64' = 'hex'): string {
  return createHash(algorithm).update(data).digest(encoding);
}

async function streamDigests(stream: Readable): Promise<{ md5: string; sha256: string }> {
  const md5 = createHash('md5');
  const sha256 = createHash('sha256');
  for await (const chunk of stream) {
    md5.update(chunk as Buffer);
    sha256.update(chunk as Buffer);
  }
  return { md5: md5.digest('hex'), sha256: sha256.digest('hex') };
}

export function staticDigestOf(objects: readonly Pick<DeployableObject, 'key' | 'size' | 'crc32' | 'contentType' | 'cacheControl'>[]): string {
  const lines = objects.map((o) => `${o.key}\t${o.size}\t${o.crc32}\t${o.contentType}\t${o.cacheControl}\n`).sort();
  return createHash('sha256').update(lines.join('')).digest('hex');
}

/** Validates `target` (a bundle, or an app directory that is packed first) and reads what it deploys. */
export async function loadDeployable(target: string, options: LoadOptions): Promise<Deployable> {
  let temporary: string | undefined;
  const cleanup = () => {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  };
  let bundlePath = target;
  let kind: Deployable['kind'] = 'bundle';
  let findings: Finding[];
  let archive: ZipArchive | undefined;
  const codeSha256 = new Map<string, string>();
  try {
    if (targetKind(target) === 'dir') {
      kind = 'app-dir';
      if (options.bundleOutput === 'temporary') temporary = await mkdtemp(path.join(tmpdir(), 'mm-apps-deploy-'));
      const output = temporary ? path.join(temporary, 'bundle.zip') : options.bundleOutput;
      const packed = await pack({
        appDir: target,
        now: options.now,
        ...(options.functionSources ? { functionSources: options.functionSources } : {}),
        output: output ?? ((m) => defaultBundlePath(target, m)),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.manifestFormat ? { manifestFormat: options.manifestFormat } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      if (!packed.ok || !packed.bundle) throw new FindingsError(packed.findings);
      bundlePath = packed.bundle.path;
      findings = packed.findings;
      for (const f of packed.functions) codeSha256.set(f.name, f.codeSha256);
      // just written and checked by pack: open it for reading only
      archive = (await ZipArchive.open(bundlePath, 'the bundle', '.')).archive;
      if (!archive) throw new Error(`internal error: the bundle ${bundlePath} does not read back`);
    } else {
      options.onProgress?.('checking the bundle');
      const inspected = await inspectBundle(target, { now: options.now, keepOpen: true });
      if (hasErrors(inspected.findings) || !inspected.manifest || !inspected.archive) throw new FindingsError(inspected.findings);
      findings = inspected.findings;
      archive = inspected.archive;
      for (const f of inspected.functions) codeSha256.set(f.spec.name, f.codeSha256);
    }
  } catch (err) {
    cleanup();
    throw err;
  }

  const zip = archive;
  try {
    // The manifest goes to S3 as the bundle carries it, as the cloud deployer uploads it: a v0.7-shape
    // bundle is for servers that read the v0.7 shape from S3 (v1.0+ servers install from their
    // listing, which registration fills from the decoded manifest, whatever its shape).
    const manifestBytes = await zip.read(MANIFEST_FILE, MAX_MANIFEST_BYTES);
    const manifest = readManifest(manifestBytes).manifest!;
    const { appId, version } = manifest;
    const objects = zip.entries
      .filter((e) => !e.directory && e.name.startsWith(STATIC_PREFIX))
      .map((entry): DeployableObject => {
        const name = entry.name.slice(STATIC_PREFIX.length);
        let digests: Promise<{ md5: string; sha256: string }> | undefined;
        // The seam to the zip reader: whole (verified) bytes, or a stream of them.
        const read = () => zip.read(entry.name, Number.MAX_SAFE_INTEGER);
        const open = async () => zip.stream(entry.name, Number.MAX_SAFE_INTEGER);
        return {
          key: s3StaticName(appId, version, name),
          name,
          size: entry.size,
          crc32: entry.crc32,
          contentType: contentTypeOf(name),
          cacheControl: STATIC_CACHE_CONTROL,
          read,
          open,
          digests: () => (digests ??= open().then(streamDigests)),
        };
      });
    const functions = manifest.functions.map((spec): DeployableFunction => ({
      spec,
      lambdaName: lambdaName(appId, version, spec.name),
      codeSha256: codeSha256.get(spec.name)!,
      size: zip.entries.find((e) => e.name === `${spec.name}.zip`)?.size ?? 0,
      read: () => zip.read(`${spec.name}.zip`, MAX_FUNCTION_ZIP),
    }));
    return {
      kind,
      bundlePath,
      manifest,
      manifestKey: s3ManifestName(appId, version),
      manifestBytes,
      manifestSha256: digest(manifestBytes, 'sha256'),
      objects,
      staticDigest: staticDigestOf(objects),
      functions,
      provisionData: provisionData(
        manifest,
        objects.map((o) => o.name),
      ),
      findings,
      close: () => {
        zip.close();
        cleanup();
      },
    };
  } catch (err) {
    zip.close();
    cleanup();
    throw err;
  }
}
