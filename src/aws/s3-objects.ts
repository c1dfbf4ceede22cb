// S3 objects: list what a prefix holds, look at one object, upload one. Uploads carry the
// content's SHA-256 in their metadata, because an ETag is an MD5 only for single-part uploads
// without SSE-KMS (research aws-lambda-s3.md §2.3).
import type { Readable } from 'node:stream';
import { Upload as MultipartUpload } from '@aws-sdk/lib-storage';
import { CopyObjectCommand, DeleteObjectsCommand, GetObjectCommand, HeadBucketCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { isNotFound } from './errors.js';

export const SHA256_METADATA = 'sha256';

export interface ListedObject {
  /** The ETag without quotes. */
  etag: string;
  size: number;
}

export interface ObjectHead {
  contentType?: string;
  cacheControl?: string;
  metadata: Record<string, string>;
  etag?: string;
  size?: number;
}

export interface Upload {
  key: string;
  body: Buffer;
  contentType: string;
  cacheControl: string;
  metadata: Record<string, string>;
}

export interface StreamUpload extends Omit<Upload, 'body'> {
  open(): Promise<Readable>;
  /** Bytes per part, buffered in memory; `queueSize` parts are sent at once. */
  partSize: number;
  queueSize: number;
}

export async function headBucket(s3: S3Client, bucket: string): Promise<void> {
  await s3.send(new HeadBucketCommand({ Bucket: bucket }));
}

/** Every object under `prefix`, following continuation tokens. */
export async function listPrefix(s3: S3Client, bucket: string, prefix: string): Promise<Map<string, ListedObject>> {
  const out = new Map<string, ListedObject>();
  let token: string | undefined;
  do {
    const r = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ...(token ? { ContinuationToken: token } : {}) }));
    for (const o of r.Contents ?? []) if (o.Key) out.set(o.Key, { etag: (o.ETag ?? '').replaceAll('"', ''), size: o.Size ?? -1 });
    token = r.IsTruncated ? r.NextContinuationToken : undefined;
  } while (token);
  return out;
}

export async function headObject(s3: S3Client, bucket: string, key: string): Promise<ObjectHead | undefined> {
  try {
    const r = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return {
      ...(r.ContentType ? { contentType: r.ContentType } : {}),
      ...(r.CacheControl ? { cacheControl: r.CacheControl } : {}),
      metadata: r.Metadata ?? {},
      ...(r.ETag ? { etag: r.ETag.replaceAll('"', '') } : {}),
      ...(r.ContentLength !== undefined ? { size: r.ContentLength } : {}),
    };
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

/**
 * A single PutObject with a buffer body: retries re-send the same bytes, and the ETag is the MD5.
 * The body's SHA-256, recorded in the metadata, is also the request's signed payload hash
 * (x-amz-content-sha256, see signWithContentHash): S3 and every S3-compatible store verify it,
 * and no checksum header is needed that some of them reject (research aws-lambda-s3.md §2.4).
 */
export async function putObject(s3: S3Client, bucket: string, upload: Upload & { metadata: { [SHA256_METADATA]: string } }): Promise<void> {
  await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: upload.key,
      Body: upload.body,
      ContentType: upload.contentType,
      CacheControl: upload.cacheControl,
      Metadata: upload.metadata,
    }),
  );
}

/**
 * A PutObject whose metadata carries the body's SHA-256 is signed with it as the payload hash,
 * instead of the SDK hashing the body again (a tenth of an upload's CPU time for small files).
 */
export function signWithContentHash(s3: S3Client): void {
  s3.middlewareStack.add(
    (next, context) => async (args) => {
      const sha256 = context.commandName === 'PutObjectCommand' ? (args.input as { Metadata?: Record<string, string> }).Metadata?.[SHA256_METADATA] : undefined;
      const request = args.request as { headers?: Record<string, string> } | undefined;
      if (sha256 && /^[0-9a-f]{64}$/.test(sha256) && request?.headers) request.headers['x-amz-content-sha256'] = sha256;
      return next(args);
    },
    { step: 'build', name: 'mmAppsDeployContentHash' },
  );
}

/**
 * A multipart upload of a stream (@aws-sdk/lib-storage), for objects too large to hold in memory:
 * at most `queueSize` parts of `partSize` bytes are buffered at once, and each part is a buffer
 * the SDK can retry. A failed upload is aborted, so no parts are left behind.
 */
export async function uploadStream(s3: S3Client, bucket: string, upload: StreamUpload): Promise<void> {
  const body = await upload.open();
  try {
    await new MultipartUpload({
      client: s3,
      params: { Bucket: bucket, Key: upload.key, Body: body, ContentType: upload.contentType, CacheControl: upload.cacheControl, Metadata: upload.metadata },
      partSize: upload.partSize,
      queueSize: upload.queueSize,
      leavePartsOnError: false,
    }).done();
  } finally {
    body.destroy();
  }
}

/** The keys under `prefix` with their last-modified time. */
export async function listWithDates(s3: S3Client, bucket: string, prefix: string): Promise<{ key: string; lastModified?: Date }[]> {
  const out: { key: string; lastModified?: Date }[] = [];
  let token: string | undefined;
  do {
    const r = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ...(token ? { ContinuationToken: token } : {}) }));
    for (const o of r.Contents ?? []) if (o.Key) out.push({ key: o.Key, ...(o.LastModified ? { lastModified: o.LastModified } : {}) });
    token = r.IsTruncated ? r.NextContinuationToken : undefined;
  } while (token);
  return out;
}

export async function getObject(s3: S3Client, bucket: string, key: string): Promise<Buffer> {
  const r = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return Buffer.from(await r.Body!.transformToByteArray());
}

/** The object's bytes, or undefined when it is missing or larger than `maxBytes` (not read then). */
export async function getSmallObject(s3: S3Client, bucket: string, key: string, maxBytes: number): Promise<Buffer | undefined> {
  try {
    const r = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    if ((r.ContentLength ?? 0) > maxBytes) {
      (r.Body as Readable | undefined)?.destroy?.();
      return undefined;
    }
    return Buffer.from(await r.Body!.transformToByteArray());
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

/** Rewrites an object's metadata in place (a copy onto itself), keeping its headers; false when it does not exist. */
export async function replaceMetadata(s3: S3Client, bucket: string, key: string, change: (metadata: Record<string, string>) => Record<string, string>): Promise<boolean> {
  const head = await headObject(s3, bucket, key);
  if (!head) return false;
  await s3.send(
    new CopyObjectCommand({
      Bucket: bucket,
      Key: key,
      CopySource: `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`,
      MetadataDirective: 'REPLACE',
      Metadata: change(head.metadata),
      ...(head.contentType ? { ContentType: head.contentType } : {}),
      ...(head.cacheControl ? { CacheControl: head.cacheControl } : {}),
    }),
  );
  return true;
}

/** Deletes keys, 1,000 per request (S3's limit); fails on the first key S3 could not delete. */
export async function deleteObjects(s3: S3Client, bucket: string, keys: readonly string[]): Promise<void> {
  for (let i = 0; i < keys.length; i += 1000) {
    const batch = keys.slice(i, i + 1000);
    const r = await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }));
    const failed = r.Errors?.[0];
    if (failed) throw new Error(`S3 could not delete ${failed.Key}: ${failed.Code} ${failed.Message ?? ''}`);
  }
}
