// Planning reads AWS and writes nothing: it is the preflight (credentials, bucket, execution role)
// and the dry run. Every later write is decided here.
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { UserError } from '../errors.js';
import { DEFAULT_EXECUTE_ROLE, DEFAULT_INVOKE_POLICY } from '../aws/defaults.js';
import { errorName, explainAwsError, httpStatus } from '../aws/errors.js';
import { findPolicy, findRole, getDefaultPolicyDocument, isRoleArn, withInvokeArns, type PolicyDocument } from '../aws/iam.js';
import { diffFunction, getFunction, isUnchanged, type CurrentFunction, type DesiredFunction, type FunctionDiff } from '../aws/lambda-functions.js';
import { headBucket, headObject, listPrefix, SHA256_METADATA } from '../aws/s3-objects.js';
import type { AwsClients } from '../aws/clients.js';
import { mapLimit } from '../util/limiter.js';
import type { Deployable, DeployableObject } from './deployable.js';

/** Metadata on the manifest object: the static digest it was written with (see Deployable). */
export const STATIC_DIGEST_METADATA = 'static-digest';

export interface ProvisionOptions {
  /** Execution role name or ARN (default mattermost-apps-execute-lambda-role). */
  executeRole?: string;
  createExecuteRole?: boolean;
  /** Invoke policy name (default mattermost-apps-invoke-policy). */
  invokePolicy?: string;
  memorySize?: number;
  timeout?: number;
  architecture?: 'x86_64' | 'arm64';
  environment?: Record<string, string>;
  /** Parallel S3 requests (default 16). */
  concurrency?: number;
}

export type FunctionAction = 'create' | 'update' | 'unchanged';

export interface FunctionPlan {
  name: string;
  lambdaName: string;
  action: FunctionAction;
  desired: DesiredFunction;
  current?: CurrentFunction;
  diff?: FunctionDiff;
}

export interface ObjectPlan {
  object: DeployableObject;
  action: 'upload' | 'unchanged';
  /** Why: new, changed content, changed headers, or the same. */
  reason: 'new' | 'content' | 'headers' | 'same';
}

export interface ProvisionPlan {
  account: string;
  identity: string;
  region: string;
  bucket: string;
  role: { name: string; arn: string; action: 'exists' | 'create' };
  objects: ObjectPlan[];
  functions: FunctionPlan[];
  invokePolicy: { name: string; arn?: string; action: 'update' | 'unchanged' | 'missing'; add: string[]; document?: PolicyDocument };
  manifest: { key: string; action: 'upload' | 'unchanged' };
}

export interface PlanContext {
  clients: AwsClients;
  onProgress?: (message: string) => void;
}

/** How a step that reads AWS turns its failure into a message. */
async function step<T>(ctx: PlanContext, action: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw explainAwsError(err, action, ctx.clients.settings);
  }
}

function tagsFor(d: Deployable): Record<string, string> {
  return { 'mattermost-app-id': d.manifest.appId, 'mattermost-app-version': d.manifest.version, 'managed-by': 'mm-apps-deploy' };
}

export function describeFunction(d: Deployable): string {
  return `Mattermost App ${d.manifest.appId} ${d.manifest.version} (mm-apps-deploy)`;
}

async function checkBucket(ctx: PlanContext, bucket: string, region: string): Promise<void> {
  try {
    await headBucket(ctx.clients.s3, bucket);
  } catch (err) {
    const status = httpStatus(err);
    const bucketRegion = (err as { $response?: { headers?: Record<string, string> } }).$response?.headers?.['x-amz-bucket-region'];
    if (status === 404 || errorName(err) === 'NotFound' || errorName(err) === 'NoSuchBucket') {
      throw new UserError(
        `S3 bucket "${bucket}" does not exist (region ${region}): create it (mm-apps-deploy init --bucket ${bucket} --create), or name an existing one with --bucket (action input s3-bucket) or MM_APPS_S3_BUCKET`,
      );
    }
    if (status === 301 || errorName(err) === 'PermanentRedirect') {
      throw new UserError(`S3 bucket "${bucket}" is in another region${bucketRegion ? ` (${bucketRegion})` : ''}; pass --region ${bucketRegion ?? '<its region>'}`);
    }
    if (status === 403) {
      throw new UserError(`S3 bucket "${bucket}" exists but this identity may not use it (403): grant s3:ListBucket, s3:GetObject and s3:PutObject on it, or choose another bucket`);
    }
    throw explainAwsError(err, `s3:HeadBucket on ${bucket}`, ctx.clients.settings);
  }
}

async function planRole(ctx: PlanContext, options: ProvisionOptions): Promise<ProvisionPlan['role']> {
  const requested = options.executeRole ?? DEFAULT_EXECUTE_ROLE;
  const name = isRoleArn(requested) ? requested.slice(requested.lastIndexOf('/') + 1) : requested;
  const arn = await step(ctx, `iam:GetRole on ${name}`, () => findRole(ctx.clients.iam, name));
  if (arn) return { name, arn: isRoleArn(requested) ? requested : arn, action: 'exists' };
  if (isRoleArn(requested)) {
    throw new UserError(`execution role ${requested} does not exist (or is in another account this identity cannot read); create it, or name another with --execute-role`);
  }
  if (!options.createExecuteRole) {
    throw new UserError(
      `execution role "${name}" does not exist: create it with "mm-apps-deploy init --create", pass --create-execute-role (action input create-execute-role: true), or name an existing role with --execute-role`,
    );
  }
  return { name, arn: '', action: 'create' };
}

/** S3 side: one listing of the version's static prefix, and a HEAD only where the listing cannot decide. */
async function planObjects(ctx: PlanContext, d: Deployable, bucket: string, options: ProvisionOptions): Promise<{ objects: ObjectPlan[]; manifest: ProvisionPlan['manifest'] }> {
  const prefix = `static/${d.manifest.appId}_${d.manifest.version}_app/`;
  const [listed, manifestHead] = await Promise.all([
    step(ctx, `s3:ListBucket on ${bucket}`, () => listPrefix(ctx.clients.s3, bucket, prefix)),
    step(ctx, `s3:GetObject on ${bucket}/${d.manifestKey}`, () => headObject(ctx.clients.s3, bucket, d.manifestKey)),
  ]);
  // The manifest is written last, with the digest of every static object's hash and headers: when
  // it matches, objects whose listed ETag is their MD5 are known to be exactly what we would write.
  const trusted = manifestHead?.metadata[STATIC_DIGEST_METADATA] === d.staticDigest;
  const objects = await mapLimit(d.objects, options.concurrency ?? 16, async (object): Promise<ObjectPlan> => {
    const l = listed.get(object.key);
    if (!l) return { object, action: 'upload', reason: 'new' };
    if (l.size !== object.size) return { object, action: 'upload', reason: 'content' };
    const md5Matches = l.etag === object.md5;
    if (md5Matches && trusted) return { object, action: 'unchanged', reason: 'same' };
    // The ETag is not an MD5 (multipart, SSE-KMS) or the headers are unknown: look at the object.
    const head = await step(ctx, `s3:GetObject on ${bucket}/${object.key}`, () => headObject(ctx.clients.s3, bucket, object.key));
    if (!head) return { object, action: 'upload', reason: 'new' };
    const sameContent = head.metadata[SHA256_METADATA] === object.sha256 || (md5Matches && !head.metadata[SHA256_METADATA]);
    if (!sameContent) return { object, action: 'upload', reason: 'content' };
    if (head.contentType !== object.contentType || head.cacheControl !== object.cacheControl || head.metadata[SHA256_METADATA] !== object.sha256) {
      return { object, action: 'upload', reason: 'headers' };
    }
    return { object, action: 'unchanged', reason: 'same' };
  });
  const manifestSame = manifestHead?.metadata[SHA256_METADATA] === d.manifestSha256 && manifestHead.metadata[STATIC_DIGEST_METADATA] === d.staticDigest;
  const allSame = objects.every((o) => o.action === 'unchanged');
  return { objects, manifest: { key: d.manifestKey, action: manifestSame && allSame ? 'unchanged' : 'upload' } };
}

function functionArn(identityArn: string, region: string, account: string, name: string): string {
  const partition = identityArn.split(':')[1] || 'aws';
  return `arn:${partition}:lambda:${region}:${account}:function:${name}`;
}

export async function planProvision(d: Deployable, ctx: PlanContext, options: ProvisionOptions): Promise<ProvisionPlan> {
  const { clients } = ctx;
  const progress = ctx.onProgress ?? (() => undefined);
  const bucket = clients.settings.bucket;
  const region = await step(ctx, 'resolving the AWS region', () => clients.lambda.config.region());
  const identity = await step(ctx, 'sts:GetCallerIdentity', () => clients.sts.send(new GetCallerIdentityCommand({})));
  const account = identity.Account ?? '';
  progress(`AWS account ${account} (${identity.Arn}), region ${region}, bucket ${bucket}`);
  await checkBucket(ctx, bucket, region);
  const role = await planRole(ctx, options);

  const functions = await mapLimit(d.functions, 4, async (f): Promise<FunctionPlan> => {
    const desired: DesiredFunction = {
      name: f.lambdaName,
      handler: f.spec.handler,
      runtime: f.spec.runtime,
      role: role.arn,
      roleExplicit: options.executeRole !== undefined,
      ...(options.memorySize !== undefined ? { memorySize: options.memorySize } : {}),
      ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
      ...(options.architecture ? { architecture: options.architecture } : {}),
      ...(options.environment ? { environment: options.environment } : {}),
      tags: tagsFor(d),
      description: describeFunction(d),
      codeSha256: f.codeSha256,
    };
    const current = await step(ctx, `lambda:GetFunction on ${f.lambdaName}`, () => getFunction(clients.lambda, f.lambdaName));
    if (!current) return { name: f.spec.name, lambdaName: f.lambdaName, action: 'create', desired };
    const diff = diffFunction(current, desired);
    return { name: f.spec.name, lambdaName: f.lambdaName, action: isUnchanged(diff) ? 'unchanged' : 'update', desired, current, diff };
  });

  const { objects, manifest } = await planObjects(ctx, d, bucket, options);

  const policyName = options.invokePolicy ?? DEFAULT_INVOKE_POLICY;
  const arns = functions.map((f) => f.current?.arn || functionArn(identity.Arn ?? '', region, account, f.lambdaName));
  const policyArn = await step(ctx, 'iam:ListPolicies', () => findPolicy(clients.iam, policyName));
  let invokePolicy: ProvisionPlan['invokePolicy'];
  if (!policyArn) {
    invokePolicy = { name: policyName, action: 'missing', add: [] };
  } else {
    const { document } = await step(ctx, `iam:GetPolicyVersion on ${policyName}`, () => getDefaultPolicyDocument(clients.iam, policyArn));
    const updated = withInvokeArns(document, arns);
    invokePolicy = updated
      ? { name: policyName, arn: policyArn, action: 'update', add: updated.added, document: updated.document }
      : { name: policyName, arn: policyArn, action: 'unchanged', add: [] };
  }
  return { account, identity: identity.Arn ?? '', region, bucket, role, objects, functions, invokePolicy, manifest };
}

/** The number of writes a plan would make. */
export function plannedWrites(plan: ProvisionPlan): number {
  return (
    (plan.role.action === 'create' ? 1 : 0) +
    plan.objects.filter((o) => o.action === 'upload').length +
    plan.functions.filter((f) => f.action !== 'unchanged').length +
    (plan.invokePolicy.action === 'update' ? 1 : 0) +
    (plan.manifest.action === 'upload' ? 1 : 0)
  );
}
