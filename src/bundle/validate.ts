// validate: an app directory or an existing bundle, with one result shape for both. An app
// directory is packed into a temporary file and discarded, so that the zipped-size rule and the
// bundle layout are checked on the real bytes.
import path from 'node:path';
import { provisionData, type ProvisionData } from '../compat/provision-data.js';
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
}

export interface ValidateOptions {
  now: Date;
  /** For app directories: function name → source path (see pack). */
  functionSources?: ReadonlyMap<string, string>;
  onProgress?: (message: string) => void;
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
    ...(ok && manifest ? { provisionData: provisionData(manifest, inspected.staticFiles.map((e) => e.name.slice(STATIC_PREFIX.length))) } : {}),
  };
}
