// Content-Type and Cache-Control for uploaded objects: S3 does not sniff types, so an object
// without one is served as binary/octet-stream (research aws-lambda-s3.md §2.2).
import path from 'node:path';
import mime from 'mime-types';

/** Types the MIME table gives without a charset that are text nonetheless. */
const OVERRIDES: Record<string, string> = {
  '.svg': 'image/svg+xml; charset=utf-8',
};

export function contentTypeOf(name: string): string {
  const ext = path.posix.extname(name).toLowerCase();
  return OVERRIDES[ext] ?? ((ext && mime.contentType(ext)) || 'application/octet-stream');
}

/** Static keys carry the app version, so their content never changes under the same key for clients. */
export const STATIC_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** The manifest is read by the plugin through the S3 API; caches should still revalidate it. */
export const MANIFEST_CACHE_CONTROL = 'no-cache';
