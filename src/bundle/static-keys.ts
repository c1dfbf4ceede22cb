// Two static files must not become one S3 object. upaws.S3StaticName (mattermost-plugin-apps)
// turns spaces into "-", so "a b.txt" and "a-b.txt" share a key: every provision would upload both
// and the last one would win, a change reported forever. Checked for app directories and bundles.
import { s3StaticName } from '../compat/naming.js';
import { finding, type Finding } from '../findings/finding.js';
import type { AppManifest } from '../manifest/manifest.js';
import { STATIC_PREFIX } from './layout.js';
import { compareUtf8 } from '../util/byte-order.js';

/** One MMA220 per file whose key an earlier file (in byte order) already has. `names` are paths under static/. */
export function staticKeyCollisions(manifest: Pick<AppManifest, 'appId' | 'version'>, names: readonly string[]): Finding[] {
  const sorted = [...names].sort(compareUtf8);
  const first = new Map<string, string>();
  const out: Finding[] = [];
  for (const name of sorted) {
    const key = s3StaticName(manifest.appId, manifest.version, name);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, name);
    else out.push(finding('MMA220', { path: `${STATIC_PREFIX}${name}` }, `${STATIC_PREFIX}${earlier}`, `${STATIC_PREFIX}${name}`, key));
  }
  return out;
}
