// Names and keys the Apps plugin recomputes from the installed manifest. They must match the Go
// implementation byte for byte, or the plugin invokes functions and reads keys that do not exist.
// Source: mattermost-plugin-apps upstream/upaws LambdaName, S3ManifestName, S3StaticName
// (unchanged since v0.7.0; research/mattermost-apps-aws.md §2). Lengths are UTF-8 bytes (Go len).
import { createHash } from 'node:crypto';

export const MAX_LAMBDA_NAME = 64;
/** What AWS accepts for a bare function name (CreateFunction pattern, 64-character limit). */
export const AWS_LAMBDA_NAME = /^[A-Za-z0-9_-]{1,64}$/;

const byteLength = (s: string) => Buffer.byteLength(s, 'utf8');

/** The name Lambda name generation starts from: dots in app ID and version, spaces in the function name, become "-". */
export function sanitizedLambdaName(appId: string, version: string, fn: string): string {
  return `${appId.replaceAll('.', '-')}_${version.replaceAll('.', '-')}_${fn.replaceAll(' ', '-')}`;
}

/**
 * upaws.LambdaName. Names over 64 bytes fall back to `<raw appID>_<raw version>_<truncated sha256>`,
 * which keeps the dots AWS rejects: callers must check the result against AWS_LAMBDA_NAME.
 */
export function lambdaName(appId: string, version: string, fn: string): string {
  const name = sanitizedLambdaName(appId, version, fn);
  if (byteLength(name) <= MAX_LAMBDA_NAME) return name;
  const functionNameLength = MAX_LAMBDA_NAME - byteLength(appId) - byteLength(version) - 2;
  if (functionNameLength < 0) {
    // Go panics here (slice bound out of range); a manifest that passes validation cannot get here.
    throw new RangeError(`app_id and version are too long to form a Lambda name: ${appId} ${version}`);
  }
  const hash = createHash('sha256').update(name, 'utf8').digest('hex').slice(0, functionNameLength);
  return `${appId}_${version}_${hash}`;
}

/** lambdaName, or '' when app_id and version are too long to name anything (the manifest rules report that). */
export function lambdaNameIfAny(appId: string, version: string, fn: string): string {
  try {
    return lambdaName(appId, version, fn);
  } catch {
    return '';
  }
}

/** The longest function name (in bytes) that keeps the Lambda name within 64 bytes. */
export function maxFunctionNameBytes(appId: string, version: string): number {
  return MAX_LAMBDA_NAME - byteLength(appId) - byteLength(version) - 2;
}

/** upaws.S3ManifestName. */
export function s3ManifestName(appId: string, version: string): string {
  return `manifests/${appId}_${version}.json`;
}

/** upaws.S3StaticName: note the `_app` suffix, and that only spaces in the asset path are replaced. */
export function s3StaticName(appId: string, version: string, asset: string): string {
  return `static/${appId}_${version}_app/${asset.replaceAll(' ', '-')}`;
}

/** Both install commands: the seed documentation's form first, then the plugin v1.0+ form. */
export function installCommands(appId: string, version: string): { aws: string; listed: string } {
  return { aws: `/apps install aws ${appId} ${version}`, listed: `/apps install listed ${appId}` };
}
