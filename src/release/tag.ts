// On a tag push, the tag names the release: it must be the manifest's version, or a release would
// publish one version under another's name. A leading "v" on either side is ignored.
import { finding, type Finding } from '../findings/finding.js';
import type { AppManifest } from '../manifest/manifest.js';

export type VersionCheck = 'error' | 'warn' | 'off';
export const VERSION_CHECKS: readonly VersionCheck[] = ['error', 'warn', 'off'];

/** The tag of a ref like refs/tags/v1.2.0, or undefined for branches and pull requests. */
export function tagOf(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}

const bare = (s: string) => s.replace(/^v/, '');

/** MMA301 when the manifest version differs from the tag (as an error or a warning), else undefined. */
export function checkVersionAgainstTag(manifest: AppManifest, tag: string | undefined, mode: VersionCheck): Finding | undefined {
  if (mode === 'off' || tag === undefined || bare(manifest.version) === bare(tag)) return undefined;
  const f = finding('MMA301', manifest.locate(['version']), manifest.version, tag);
  return mode === 'warn' ? { ...f, severity: 'warning' } : f;
}
