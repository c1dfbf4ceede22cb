// How much a bundle may carry. Lambda bounds each function (50 MB zipped, 250 MB unzipped:
// lambda/limits.ts); nothing bounds static/ or the bundle as a whole, so we do, for every bundle
// we pack or read: a bundle that declares more is refused before anything is inflated or uploaded.
//  - static/: 512 MiB unzipped. Static assets are icons, images and scripts served through the Apps
//    plugin; hundreds of MB already means media that belongs on a CDN, and every byte is uploaded
//    on each new version.
//  - the whole bundle: 1 GiB unzipped and 100,000 entries (DEFAULT_LIMITS in zip/listing.ts):
//    appsctl reads the whole bundle into memory (GetDeployDataFromFile), and the function archives
//    inside are at most 50 MB each.
import { finding, type Finding } from '../findings/finding.js';
import { DEFAULT_LIMITS, type ZipLimits } from '../zip/reader.js';

export const MAX_STATIC_BYTES = 512 * 1024 * 1024;
export const BUNDLE_LIMITS: ZipLimits = DEFAULT_LIMITS;

/** MMA134 when static/ holds more than MAX_STATIC_BYTES. */
export function staticSizeFindings(staticBytes: number): Finding[] {
  return staticBytes > MAX_STATIC_BYTES ? [finding('MMA134', { path: 'static/' }, staticBytes, MAX_STATIC_BYTES)] : [];
}
