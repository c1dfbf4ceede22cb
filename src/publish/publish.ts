// publish: hands a bundle to the Mattermost apps cloud deployer by putting it in its bundle
// bucket (research §8). Validates it as validate does plus what the deployer needs, reads the
// bucket first (the preflight: nothing is written when it fails), leaves the same bytes alone,
// refuses to replace a bundle the deployer has already deployed unless forced, uploads without
// tags so that the deployer takes it at its next run, and checks what it wrote.
import { statSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { createS3Client, SILENT_LOGGER, type ClientOptions } from '../aws/clients.js';
import { errorName, explainAwsError, httpStatus } from '../aws/errors.js';
import { headBucket } from '../aws/s3-objects.js';
import { resolveAwsSettings, type AwsSettings, type AwsSettingsInput } from '../aws/settings.js';
import { validate } from '../bundle/validate.js';
import type { ProvisionData } from '../compat/provision-data.js';
import { UserError } from '../errors.js';
import { finding, FindingsError, hasErrors, sortFindings, type Finding } from '../findings/finding.js';
import type { AppManifest } from '../manifest/manifest.js';
import { backoffDelay, isTransient, withRetries } from '../util/retry.js';
import { beyondFirstPage, deployedTags, digestFile, firstListingPage, putBundle, readBundleObject, sameBytes, type BundleObject } from './bundle-bucket.js';
import { deployerFindings } from './deployer.js';
import { bundleKey } from './key.js';
import { grouped } from '../util/digits.js';

export interface PublishRequest {
  /** A bundle file on disk (fetched already when it came from elsewhere). */
  bundlePath: string;
  /** The deployer's bundle bucket. */
  bucket: string;
  /** Default <app_id>_<version>.zip. */
  key?: string | undefined;
  /** Replace a bundle with other bytes although the deployer has deployed it. */
  force?: boolean;
  dryRun?: boolean;
  now: Date;
  /** Region, endpoint and credentials, resolved like provisioning's (the bucket is `bucket`). */
  aws: Omit<AwsSettingsInput, 'bucket'>;
  onProgress?: (message: string) => void;
  /** Test hooks: transport and retry delays. */
  clientOptions?: ClientOptions;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * upload: a new key; replace: other bytes at the key, not deployed or forced; unchanged: the same
 * bytes are there; refused: other bytes at the key that the deployer has deployed, and no force.
 */
export type PublishAction = 'upload' | 'replace' | 'unchanged' | 'refused';

export interface PublishOutcome {
  bucket: string;
  key: string;
  sha256: string;
  size: number;
  manifest: AppManifest;
  provisionData: ProvisionData;
  /** Warnings: from validation, and about the bucket listing. */
  findings: Finding[];
  /** What was done, or in a dry run what would be. */
  action: PublishAction;
  dryRun: boolean;
  /** True when the bundle was written. */
  published: boolean;
  /** The object that was at the key before. */
  existing?: { sha256?: string; deployedTags: string[] };
  settings: AwsSettings;
}

export async function publish(req: PublishRequest): Promise<PublishOutcome> {
  const progress = req.onProgress ?? (() => undefined);
  if (statSync(req.bundlePath).isDirectory()) {
    throw new UserError('publish takes a bundle .zip, not an app directory: pack it first (mm-apps-deploy pack DIR, or action mode pack) and publish the bundle it writes');
  }
  const validation = await validate(req.bundlePath, { now: req.now, onProgress: progress });
  const findings = sortFindings([...validation.findings, ...deployerFindings(validation)]);
  if (hasErrors(findings) || !validation.manifest || !validation.provisionData) throw new FindingsError(findings);
  const manifest = validation.manifest;
  const key = bundleKey(manifest, req.key);
  const settings = resolveAwsSettings({ ...req.aws, bucket: req.bucket });
  const digests = await digestFile(req.bundlePath);

  // The bundle bucket may be in another region than the apps': follow S3's redirect.
  const s3 = createS3Client(settings, req.clientOptions, { followRegionRedirects: true });
  // Uploads stream the file, which the SDK cannot send twice: they are retried (and their
  // failures reported) here instead; the SDK would also warn on the console about each.
  const uploader = createS3Client(settings, { ...req.clientOptions, maxAttempts: 1 }, { followRegionRedirects: true, logger: SILENT_LOGGER });
  try {
    progress(`checking bucket ${req.bucket}`);
    await checkBucket(s3, req.bucket, settings);
    const [existing, page] = await Promise.all([
      step(settings, `s3:GetObject and s3:GetObjectTagging on s3://${req.bucket}/${key}`, () => readBundleObject(s3, req.bucket, key)),
      step(settings, `s3:ListBucket on ${req.bucket}`, () => firstListingPage(s3, req.bucket)),
    ]);
    const action = decide(existing, digests, req.force ?? false);
    const last = action === 'refused' ? undefined : beyondFirstPage(page, key);
    const outcome: PublishOutcome = {
      bucket: req.bucket,
      key,
      sha256: digests.sha256,
      size: digests.size,
      manifest,
      provisionData: validation.provisionData,
      findings: last ? sortFindings([...findings, finding('MMA241', undefined, key, req.bucket, last)]) : findings,
      action,
      dryRun: req.dryRun ?? false,
      published: false,
      ...(existing ? { existing: { ...(existing.sha256 ? { sha256: existing.sha256 } : {}), deployedTags: deployedTags(existing.tags) } } : {}),
      settings,
    };
    if (outcome.dryRun || action === 'unchanged' || action === 'refused') return outcome;

    const what = `s3://${req.bucket}/${key}`;
    progress(`uploading ${key} (${grouped(digests.size)} bytes) to ${req.bucket}`);
    const retry = { attempts: 3, delay: backoffDelay, sleep: req.sleep ?? ((ms: number) => delay(ms)), onRetry: progress };
    await withRetries(`upload ${what}`, retry, async (n) => {
      try {
        await putBundle(uploader, req.bucket, key, req.bundlePath, digests, existing);
      } catch (err) {
        // A retried conditional put finds the object of the attempt whose answer was lost.
        if (n > 1 && preconditionFailed(err) && (await readBundleObject(s3, req.bucket, key))?.sha256 === digests.sha256) return;
        if (preconditionFailed(err)) throw new UserError(`${what} changed while this was publishing (another publish at the same time?); nothing was overwritten. Run again`);
        // transient failures go back to the retry loop as they are; the rest are explained
        throw isTransient(err) ? err : explainAwsError(err, `s3:PutObject on ${what}`, settings);
      }
    });
    progress(`verifying ${what}`);
    await verify(s3, req.bucket, key, digests.sha256, digests.size, settings);
    outcome.published = true;
    return outcome;
  } finally {
    s3.destroy();
    uploader.destroy();
  }
}

function decide(existing: BundleObject | undefined, d: Awaited<ReturnType<typeof digestFile>>, force: boolean): PublishAction {
  if (!existing) return 'upload';
  if (sameBytes(existing, d)) return 'unchanged';
  return deployedTags(existing.tags).length > 0 && !force ? 'refused' : 'replace';
}

async function step<T>(settings: AwsSettings, action: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw explainAwsError(err, action, settings);
  }
}

async function checkBucket(s3: ReturnType<typeof createS3Client>, bucket: string, settings: AwsSettings): Promise<void> {
  try {
    await headBucket(s3, bucket);
  } catch (err) {
    const status = httpStatus(err);
    if (status === 404 || errorName(err) === 'NotFound' || errorName(err) === 'NoSuchBucket') {
      throw new UserError(`bundle bucket "${bucket}" does not exist; give the cloud deployer's bucket (its AppsBundleBucketName) with --bundle-bucket (action input bundle-bucket)`);
    }
    if (status === 403) {
      throw new UserError(`bundle bucket "${bucket}" exists but this identity may not use it (403): grant s3:ListBucket on it and s3:GetObject, s3:GetObjectTagging and s3:PutObject on its objects`);
    }
    throw explainAwsError(err, `s3:HeadBucket on ${bucket}`, settings);
  }
}

function preconditionFailed(err: unknown): boolean {
  return errorName(err) === 'PreconditionFailed' || httpStatus(err) === 412;
}

/** What the deployer will find: our bytes (by their SHA-256 and size) and no deployed_* tag. */
async function verify(s3: ReturnType<typeof createS3Client>, bucket: string, key: string, sha256: string, size: number, settings: AwsSettings): Promise<void> {
  const what = `s3://${bucket}/${key}`;
  const got = await step(settings, `s3:GetObject and s3:GetObjectTagging on ${what}`, () => readBundleObject(s3, bucket, key));
  if (!got || got.sha256 !== sha256 || got.size !== size) {
    throw new UserError(`${what} does not hold what was uploaded (SHA-256 ${got?.sha256 ?? 'none'}, ${got?.size ?? 0} bytes); run publish again`);
  }
  const tags = deployedTags(got.tags);
  if (tags.length > 0) {
    throw new UserError(`${what} was uploaded but carries ${tags.join(', ')}=true, so the cloud deployer would skip it; remove the tag (aws s3api delete-object-tagging) or run publish again`);
  }
}
