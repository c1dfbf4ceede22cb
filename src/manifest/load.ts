// The manifest of an app directory or of a bundle, read on its own (for checks made before any
// work, such as the release tag check).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { ZipArchive } from '../zip/reader.js';
import { MANIFEST_FILE, MAX_MANIFEST_BYTES, readManifest, type ManifestReadResult } from './manifest.js';

export async function loadManifest(target: string): Promise<ManifestReadResult> {
  if (statSync(target).isDirectory()) {
    const file = path.join(target, MANIFEST_FILE);
    try {
      if (statSync(file).size > MAX_MANIFEST_BYTES) return readManifest(Buffer.alloc(MAX_MANIFEST_BYTES + 1));
      return readManifest(readFileSync(file));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError(`no manifest.json in ${target}`);
      throw err;
    }
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
