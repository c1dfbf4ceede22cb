// The key a bundle is published under in the cloud deployer's bundle bucket. The deployer
// (mattermost-apps-cloud-deployer main.go, research §8) downloads each key to TempDir/<key>,
// unzips it into TempDir/<key without .zip>, and hands that name to Terraform as bundle_name
// (a path segment of the function archive's file name). So the key must be a plain file name:
// no "/", nothing a shell, a path or HCL could read differently, not "." or "..", and within a
// file system's 255-byte name limit.
import { UserError } from '../errors.js';
import type { AppManifest } from '../manifest/manifest.js';

const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*\.zip$/;
const MAX_KEY_BYTES = 255;

/** <app_id>_<version>.zip, as appsctl names bundles it builds. */
export function defaultBundleKey(manifest: Pick<AppManifest, 'appId' | 'version'>): string {
  return `${manifest.appId}_${manifest.version}.zip`;
}

/** What is wrong with a bundle key, or undefined. */
export function bundleKeyProblem(key: string): string | undefined {
  if (!key.endsWith('.zip')) return 'does not end in ".zip", and the cloud deployer only takes keys that do';
  if (key.includes('/')) return 'contains "/": the cloud deployer reads the bucket root and downloads each bundle to a file named after its key';
  const bad = [...new Set([...key].filter((c) => !/[A-Za-z0-9._-]/.test(c)))];
  if (bad.length > 0) return `contains ${bad.map((c) => JSON.stringify(c)).join(', ')}; use only letters, digits, ".", "_" and "-"`;
  if (!KEY.test(key)) return 'must start with a letter or digit and have a name before ".zip"';
  if (Buffer.byteLength(key) > MAX_KEY_BYTES) return `is ${Buffer.byteLength(key)} bytes; a file name may have at most ${MAX_KEY_BYTES}`;
  return undefined;
}

/** The key to publish under: the one given, else the default; refused when the deployer could not use it. */
export function bundleKey(manifest: Pick<AppManifest, 'appId' | 'version'>, given: string | undefined): string {
  const key = given ?? defaultBundleKey(manifest);
  const problem = bundleKeyProblem(key);
  if (!problem) return key;
  if (given !== undefined) throw new UserError(`bundle key "${key}" ${problem}`);
  throw new UserError(`the default bundle key "${key}" (<app_id>_<version>.zip) ${problem}; choose one with --key (action input bundle-key)`);
}
