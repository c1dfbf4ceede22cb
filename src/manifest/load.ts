// The manifest of an app directory or of a bundle, read on its own (for checks made before any
// work, such as the release tag check). An app directory's manifest.json is read the way pack
// reads it: inside the app, a regular file, bounded.
import { openAppRoot, readAppManifest } from '../app/app-root.js';
import { UserError } from '../errors.js';
import { targetKind } from '../fs/target.js';
import { ZipArchive } from '../zip/reader.js';
import { MANIFEST_FILE, MAX_MANIFEST_BYTES, readManifest, type ManifestReadResult } from './manifest.js';

export async function loadManifest(target: string): Promise<ManifestReadResult> {
  if (targetKind(target) === 'dir') {
    const { root, findings } = openAppRoot(target, target);
    const read = root ? readAppManifest(root, target) : { findings };
    if (read.bytes) return readManifest(read.bytes);
    if (read.findings.some((f) => f.code === 'MMA001')) throw new UserError(`no manifest.json in ${target}`);
    return { findings: read.findings };
  }
  const { archive, findings } = await ZipArchive.open(target, 'the bundle', '.');
  if (!archive) return { findings };
  try {
    if (!archive.entries.some((e) => e.name === MANIFEST_FILE)) throw new UserError(`the bundle ${target} has no manifest.json at its root`);
    return readManifest(await archive.read(MANIFEST_FILE, MAX_MANIFEST_BYTES));
  } finally {
    archive.close();
  }
}
