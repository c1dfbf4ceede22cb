// Formats that are compressed already: stored as they are, since deflating them again costs time
// and saves nothing (Info-ZIP tries and falls back; we skip the attempt). Files with other names
// are probed by the deflate pool (deflate-pool.ts), so the choice depends only on name and content.
import path from 'node:path';

const COMPRESSED_EXTENSIONS = new Set([
  '.7z',
  '.avif',
  '.br',
  '.bz2',
  '.gif',
  '.gz',
  '.heic',
  '.jar',
  '.jpeg',
  '.jpg',
  '.lz4',
  '.m4a',
  '.mov',
  '.mp3',
  '.mp4',
  '.ogg',
  '.opus',
  '.png',
  '.rar',
  '.tgz',
  '.webm',
  '.webp',
  '.whl',
  '.woff',
  '.woff2',
  '.xz',
  '.zip',
  '.zst',
]);

export function isCompressedFormat(name: string): boolean {
  return COMPRESSED_EXTENSIONS.has(path.posix.extname(name).toLowerCase());
}
