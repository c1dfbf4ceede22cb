// S3 objects: list what a prefix holds, look at one object, upload one. Uploads carry the
// content's SHA-256 in their metadata, because an ETag is an MD5 only for single-part uploads
// without SSE-KMS (research aws-lambda-s3.md §2.3).
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Upload as MultipartUpload } from '@aws-sdk/lib-storage';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
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
 * Integrity is checked with Content-MD5 (computed natively) rather than the SDK's default CRC-32
 * trailer: S3 verifies both, and S3-compatible stores that reject the newer checksum headers
 * accept Content-MD5 (research aws-lambda-s3.md §2.4).
 */
export async function putObject(s3: S3Client, bucket: string, upload: Upload): Promise<void> {
  await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: upload.key,
      Body: upload.body,
      ContentMD5: createHash('md5').update(upload.body).digest('base64'),
      ContentType: upload.contentType,
      CacheControl: upload.cacheControl,
      Metadata: upload.metadata,
    }),
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

/** Deletes keys, 1,000 per request (S3's limit); fails on the first key S3 could not delete. */
export async function deleteObjects(s3: S3Client, bucket: string, keys: readonly string[]): Promise<void> {
  for (let i = 0; i < keys.length; i += 1000) {
    const batch = keys.slice(i, i + 1000);
    const r = await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }));
    const failed = r.Errors?.[0];
    if (failed) throw new Error(`S3 could not delete ${failed.Key}: ${failed.Code} ${failed.Message ?? ''}`);
  }
}
