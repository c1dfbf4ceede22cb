// The cloud deployer's bundle bucket, as the deployer sees it (research §8): one page of
// ListObjectsV2 at the root, every ".zip" key, skipped when tagged deployed_<environment>=true.
// We read an object's SHA-256 (our metadata) and tags, and upload a bundle without tags, so that
// the deployer takes it at its next run.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { GetObjectTaggingCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { headObject, SHA256_METADATA } from '../aws/s3-objects.js';

/** The deployer lists one page: S3's default of 1,000 keys ("TODO: Limit of 1000 objects per API call should be handled"). */
export const DEPLOYER_LISTING_PAGE = 1000;

export interface BundleObject {
  /** From our metadata, when the object was published by this tool. */
  sha256?: string;
  /** Without quotes. */
  etag?: string;
  size?: number;
  contentType?: string;
  tags: Record<string, string>;
}

export interface BundleDigests {
  sha256: string;
  /** base64, for Content-MD5. */
  md5: string;
  /** hex, to compare with a single-part ETag. */
  md5Hex: string;
  size: number;
}

/** SHA-256 and MD5 of a file in one pass. */
export async function digestFile(file: string): Promise<BundleDigests> {
  const sha = createHash('sha256');
  const md5 = createHash('md5');
  let size = 0;
  for await (const chunk of createReadStream(file)) {
    sha.update(chunk as Buffer);
    md5.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  const m = md5.digest();
  return { sha256: sha.digest('hex'), md5: m.toString('base64'), md5Hex: m.toString('hex'), size };
}

/** The tags that make the deployer skip an object: deployed_<environment>=true (PutDeployedObjectTag). */
export function deployedTags(tags: Readonly<Record<string, string>>): string[] {
  return Object.entries(tags)
    .filter(([k, v]) => k.startsWith('deployed_') && k.length > 'deployed_'.length && v === 'true')
    .map(([k]) => k)
    .sort();
}

export async function readBundleObject(s3: S3Client, bucket: string, key: string): Promise<BundleObject | undefined> {
  const head = await headObject(s3, bucket, key);
  if (!head) return undefined;
  const tagging = await s3.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: key }));
  const tags = Object.fromEntries((tagging.TagSet ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
  return {
    ...(head.metadata[SHA256_METADATA] ? { sha256: head.metadata[SHA256_METADATA] } : {}),
    ...(head.etag ? { etag: head.etag } : {}),
    ...(head.size !== undefined ? { size: head.size } : {}),
    ...(head.contentType ? { contentType: head.contentType } : {}),
    tags,
  };
}

/** Whether an existing object holds these bytes: our SHA-256, or for an object from elsewhere its single-part ETag (an MD5). */
export function sameBytes(existing: BundleObject, d: BundleDigests): boolean {
  if (existing.sha256) return existing.sha256 === d.sha256;
  return existing.size === d.size && existing.etag === d.md5Hex;
}

/** The first page of the unprefixed listing, as the deployer reads it. */
export async function firstListingPage(s3: S3Client, bucket: string): Promise<string[]> {
  const r = await s3.send(new ListObjectsV2Command({ Bucket: bucket, MaxKeys: DEPLOYER_LISTING_PAGE }));
  return (r.Contents ?? []).map((o) => o.Key ?? '');
}

/**
 * When `key` would not be in the deployer's first page once published: the 1,000th key of the
 * listing (S3 lists in UTF-8 byte order), else undefined.
 */
export function beyondFirstPage(page: readonly string[], key: string): string | undefined {
  if (page.includes(key)) return undefined;
  const before = page.filter((k) => Buffer.compare(Buffer.from(k), Buffer.from(key)) < 0);
  return before.length >= DEPLOYER_LISTING_PAGE ? before[DEPLOYER_LISTING_PAGE - 1] : undefined;
}

/**
 * One PutObject of the bundle file, streamed: Content-Type application/zip, the SHA-256 in the
 * metadata, Content-MD5 (S3 refuses bytes that do not match it) and no tags. Conditional on what
 * the preflight saw (no object, or the object with that ETag), so that a concurrent change is not
 * overwritten. The client must not retry by itself: a stream cannot be sent twice.
 */
export async function putBundle(s3: S3Client, bucket: string, key: string, file: string, d: BundleDigests, replacing: BundleObject | undefined): Promise<void> {
  const condition = !replacing ? { IfNoneMatch: '*' } : replacing.etag ? { IfMatch: `"${replacing.etag}"` } : {};
  const body = createReadStream(file);
  try {
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: body,
        ContentLength: d.size,
        ContentMD5: d.md5,
        ContentType: 'application/zip',
        Metadata: { [SHA256_METADATA]: d.sha256 },
        ...condition,
      }),
    );
  } finally {
    body.destroy();
  }
}
