// validate: an app directory or an existing bundle, with one result shape for both. An app
// directory is packed into a temporary file and discarded, so that the zipped-size rule and the
// bundle layout are checked on the real bytes.
import path from 'node:path';
import { consumerVerdicts, type ConsumerInput, type ConsumerVerdict } from '../compat/consumers.js';
import { provisionData, type ProvisionData } from '../compat/provision-data.js';
import type { ManifestFormat } from '../manifest/manifest-format.js';
import { targetKind } from '../fs/target.js';
import { hasErrors, type Finding } from '../findings/finding.js';
import { STATIC_PREFIX } from './layout.js';
import type { AppManifest } from '../manifest/manifest.js';
import { inspectBundle } from './inspect-bundle.js';
import { pack } from './pack.js';

export interface ValidatedFunction {
  name: string;
  lambdaName: string;
  runtime: string;
  handler: string;
  files: number;
  zippedSize: number;
  unzippedSize: number;
}

export interface ValidationResult {
  kind: 'app-dir' | 'bundle';
  /** The path as given. */
  path: string;
  ok: boolean;
  findings: Finding[];
  manifest?: AppManifest;
  functions: ValidatedFunction[];
  static: { files: number; bytes: number };
  /** Present when there is no error. */
  provisionData?: ProvisionData;
  /** Which of Mattermost's consumers accept the bundle; present when there is no error. */
  consumers?: ConsumerVerdict[];
}

export interface ValidateOptions {
  now: Date;
  /** For app directories: function name → source path (see pack). */
  functionSources?: ReadonlyMap<string, string>;
  onProgress?: (message: string) => void;
  /** For app directories: the manifest shape pack would write (default current). */
  manifestFormat?: ManifestFormat;
  /** Stops the work (see pack); throws its reason. */
  signal?: AbortSignal;
}

export async function validate(target: string, options: ValidateOptions): Promise<ValidationResult> {
  if (targetKind(target) === 'dir') {
    const packed = await pack({
      appDir: target,
      now: options.now,
      ...(options.functionSources ? { functionSources: options.functionSources } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.manifestFormat ? { manifestFormat: options.manifestFormat } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return {
      kind: 'app-dir',
      path: target,
      ok: packed.ok,
      findings: packed.findings,
      ...(packed.manifest ? { manifest: packed.manifest } : {}),
      functions: packed.functions.map((f) => ({
        name: f.name,
        lambdaName: f.lambdaName,
        runtime: f.runtime,
        handler: f.handler,
        files: f.files,
        zippedSize: f.zippedSize,
        unzippedSize: f.unzippedSize,
      })),
      static: packed.static,
      ...(packed.provisionData ? { provisionData: packed.provisionData } : {}),
      ...(packed.ok && packed.manifest ? { consumers: consumerVerdicts(consumerInput(packed.manifest, packed.manifestFormat === 'v0.7' ? 'legacy' : 'current', [])) } : {}),
    };
  }
  options.onProgress?.(`checking bundle ${path.basename(target)}`);
  options.signal?.throwIfAborted();
  const inspected = await inspectBundle(target, { now: options.now });
  options.signal?.throwIfAborted();
  const ok = !hasErrors(inspected.findings) && inspected.manifest !== undefined;
  const manifest = inspected.manifest;
  return {
    kind: 'bundle',
    path: target,
    ok,
    findings: inspected.findings,
    ...(manifest ? { manifest } : {}),
    functions: inspected.functions.map((f) => ({
      name: f.spec.name,
      lambdaName: f.lambdaName,
      runtime: f.spec.runtime,
      handler: f.spec.handler,
      files: f.files,
      zippedSize: f.zippedSize,
      unzippedSize: f.unzippedSize,
    })),
    static: { files: inspected.staticFiles.length, bytes: inspected.staticFiles.reduce((n, e) => n + e.size, 0) },
    ...(ok && manifest
      ? {
          provisionData: provisionData(
            manifest,
            inspected.staticFiles.map((e) => e.name.slice(STATIC_PREFIX.length)),
          ),
        }
      : {}),
    ...(ok && manifest ? { consumers: consumerVerdicts(consumerInput(manifest, manifest.format, inspected.deflatedArchives)) } : {}),
  };
}

function consumerInput(m: AppManifest, format: 'current' | 'legacy', deflatedArchives: readonly string[]): ConsumerInput {
  return { format, appType: format === 'legacy' ? 'aws_lambda' : m.appType, v07Fallback: m.v07Fallback, displayName: m.displayName, icon: m.icon, requestedPermissions: m.requestedPermissions, deflatedArchives };
}
