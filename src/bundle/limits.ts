// How much a bundle may carry. Lambda bounds each function (50 MB zipped, 250 MB unzipped:
// lambda/limits.ts); nothing bounds static/ or the bundle as a whole, so we do, for every bundle
// we pack, download or read: a bundle over a limit is refused before anything is inflated or
// uploaded. Mattermost's tooling reads a bundle whole into memory (upaws.GetDeployDataFromFile:
// io.ReadAll, in appsctl and the cloud deployer), so no bigger bundle is one any consumer deploys.
//  - the file: 1 GiB (MAX_BUNDLE_BYTES), enforced while downloading.
//  - unzipped: 1 GiB in all and 100,000 entries (BUNDLE_LIMITS, the DEFAULT_LIMITS of
//    zip/listing.ts), from the central directory; the function archives inside are at most 50 MB each.
//  - static/: 512 MiB unzipped. Static assets are icons, images and scripts served through the Apps
//    plugin; hundreds of MB already means media that belongs on a CDN, and every byte is uploaded
//    again for each new version.
import { finding, type Finding } from '../findings/finding.js';
import { DEFAULT_LIMITS, type ZipLimits } from '../zip/reader.js';

export const MAX_BUNDLE_BYTES = 1024 * 1024 * 1024;
export const MAX_STATIC_BYTES = 512 * 1024 * 1024;
export const BUNDLE_LIMITS: ZipLimits = DEFAULT_LIMITS;

/** MMA134 when static/ holds more than MAX_STATIC_BYTES. */
export function staticSizeFindings(staticBytes: number): Finding[] {
  return staticBytes > MAX_STATIC_BYTES ? [finding('MMA134', { path: 'static/' }, staticBytes, MAX_STATIC_BYTES)] : [];
}
