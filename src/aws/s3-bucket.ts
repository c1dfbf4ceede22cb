// The bucket itself: whether it exists, creating it, and its Block Public Access settings.
import { CreateBucketCommand, GetPublicAccessBlockCommand, PutPublicAccessBlockCommand, type BucketLocationConstraint, type S3Client } from '@aws-sdk/client-s3';
import { errorName } from './errors.js';

const ALL_BLOCKED = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };

/** A bucket in `region` (us-east-1 takes no location constraint) with all public access blocked. */
export async function createPrivateBucket(s3: S3Client, bucket: string, region: string): Promise<void> {
  await s3.send(
    new CreateBucketCommand({
      Bucket: bucket,
      ...(region !== 'us-east-1' ? { CreateBucketConfiguration: { LocationConstraint: region as BucketLocationConstraint } } : {}),
    }),
  );
  await s3.send(new PutPublicAccessBlockCommand({ Bucket: bucket, PublicAccessBlockConfiguration: ALL_BLOCKED }));
}

/** True when all four Block Public Access settings are on for the bucket. */
export async function isPublicAccessBlocked(s3: S3Client, bucket: string): Promise<boolean> {
  try {
    const r = await s3.send(new GetPublicAccessBlockCommand({ Bucket: bucket }));
    const c = r.PublicAccessBlockConfiguration ?? {};
    return Boolean(c.BlockPublicAcls && c.IgnorePublicAcls && c.BlockPublicPolicy && c.RestrictPublicBuckets);
  } catch (err) {
    if (errorName(err) === 'NoSuchPublicAccessBlockConfiguration') return false;
    throw err;
  }
}
