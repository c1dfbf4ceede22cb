// Planning reads AWS and writes nothing: it is the preflight (credentials, bucket, execution role)
// and the dry run. Every later write is decided here.
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { UserError } from '../errors.js';
import { DEFAULT_EXECUTE_ROLE, DEFAULT_INVOKE_POLICY } from '../aws/defaults.js';
import { errorName, explainAwsError, httpStatus, isTransient } from '../aws/errors.js';
import { EXECUTE_ROLE_DESCRIPTION, findPolicy, getRole, isLoggingAttached, isRoleArn, listRolePolicies, partitionOf } from '../aws/iam.js';
import { getDefaultPolicyDocument, withInvokeArns, type PolicyDocument } from '../aws/invoke-policy.js';
import { diffFunction, getFunction, isUnchanged, type CurrentFunction, type DesiredFunction, type FunctionDiff } from '../aws/lambda-functions.js';
import { getSmallObject, headBucket, headObject, listPrefix, SHA256_METADATA } from '../aws/s3-objects.js';
import type { AwsClients } from '../aws/clients.js';
import { MAX_MANIFEST_BYTES } from '../manifest/manifest.js';
import { mapLimit } from '../util/limiter.js';
import type { Deployable, DeployableObject } from './deployable.js';
import { APP_ID_TAG, APP_VERSION_TAG, functionOwner, isAnotherApp, manifestOwner, takeoverError, type Owner, type Takeover } from './ownership.js';

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
  /** Parallel S3 requests (default DEFAULT_CONCURRENCY). */
  concurrency?: number;
  /** Take over functions and a manifest at our names that belong to another app (see ownership.ts). */
  force?: boolean;
}

/** Parallel S3 requests: at 30 ms a round trip, 64 at once upload ~2,000 small objects a second. */
export const DEFAULT_CONCURRENCY = 64;

export type FunctionAction = 'create' | 'update' | 'unchanged';

export interface FunctionPlan {
  name: string;
  lambdaName: string;
  action: FunctionAction;
  /** Known for an existing function, computed for a new one: what the invoke policy lists. */
  arn: string;
  desired: DesiredFunction;
  current?: CurrentFunction;
  diff?: FunctionDiff;
}

export interface ObjectPlan {
  object: DeployableObject;
  action: 'upload' | 'unchanged';
  /** Why: new, changed content, changed headers, the same, or not checked (AWS kept failing; uploading is the safe side). */
  reason: 'new' | 'content' | 'headers' | 'same' | 'unchecked';
}

export interface ProvisionPlan {
  account: string;
  identity: string;
  region: string;
  bucket: string;
  /** `attach`: the role exists without AWSLambdaBasicExecutionRole (a run that created it stopped halfway). */
  role: { name: string; arn: string; action: 'exists' | 'create' | 'attach' };
  objects: ObjectPlan[];
  functions: FunctionPlan[];
  invokePolicy: { name: string; arn?: string; action: 'update' | 'unchanged' | 'missing'; add: string[]; document?: PolicyDocument };
  manifest: { key: string; action: 'upload' | 'unchanged' };
  /** Functions and a manifest of another app at our names, taken over with --force. */
  takeovers: Takeover[];
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
  return { [APP_ID_TAG]: d.manifest.appId, [APP_VERSION_TAG]: d.manifest.version, 'managed-by': 'mm-apps-deploy' };
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
  const role = await step(ctx, `iam:GetRole on ${name}`, () => getRole(ctx.clients.iam, name));
  const arn = role?.arn;
  if (arn && options.createExecuteRole && role.description === EXECUTE_ROLE_DESCRIPTION) {
    // A role this tool made (its description says so): finish it when a run stopped between
    // creating it and attaching logging. Other existing roles are left as they are.
    const attached = await step(ctx, `iam:ListAttachedRolePolicies on ${name}`, () => listRolePolicies(ctx.clients.iam, name));
    if (!isLoggingAttached(attached, partitionOf(arn))) return { name, arn, action: 'attach' };
  }
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

/**
 * S3 side. The manifest is written last, with a digest of every static key's size, CRC-32 and
 * headers: when it matches ours, every object it vouches for was uploaded before it, as we would
 * write it, and nothing is listed, read or looked at one by one (prune withdraws that digest
 * before it deletes anything, see setup/prune.ts). Otherwise one listing of the version's
 * static prefix, and a HEAD only where the listing cannot decide.
 */
async function planObjects(ctx: PlanContext, d: Deployable, bucket: string, options: ProvisionOptions): Promise<{ objects: ObjectPlan[]; manifest: ProvisionPlan['manifest']; manifestOwner?: Owner }> {
  const prefix = `static/${d.manifest.appId}_${d.manifest.version}_app/`;
  const manifestHead = await step(ctx, `s3:GetObject on ${bucket}/${d.manifestKey}`, () => headObject(ctx.clients.s3, bucket, d.manifestKey));
  const trusted = manifestHead?.metadata[STATIC_DIGEST_METADATA] === d.staticDigest;
  const listed = trusted ? undefined : await step(ctx, `s3:ListBucket on ${bucket}`, () => listPrefix(ctx.clients.s3, bucket, prefix));
  const objects = await mapLimit(d.objects, options.concurrency ?? DEFAULT_CONCURRENCY, async (object): Promise<ObjectPlan> => {
    if (!listed) return { object, action: 'unchanged', reason: 'same' };
    const l = listed.get(object.key);
    if (!l) return { object, action: 'upload', reason: 'new' };
    if (l.size !== object.size) return { object, action: 'upload', reason: 'content' };
    let head;
    try {
      head = await headObject(ctx.clients.s3, bucket, object.key);
    } catch (err) {
      // A HEAD that keeps failing must not stop the run: uploading again is always right, and
      // a run under a high fault rate still makes progress.
      if (isTransient(err)) return { object, action: 'upload', reason: 'unchecked' };
      throw explainAwsError(err, `s3:GetObject on ${bucket}/${object.key}`, ctx.clients.settings);
    }
    if (!head) return { object, action: 'upload', reason: 'new' };
    const { md5, sha256 } = await object.digests();
    // Our uploads carry their SHA-256; an object from elsewhere may still match by its ETag (an MD5 for single-part uploads without SSE-KMS).
    const sameContent = head.metadata[SHA256_METADATA] ? head.metadata[SHA256_METADATA] === sha256 : l.etag === md5;
    if (!sameContent) return { object, action: 'upload', reason: 'content' };
    if (head.contentType !== object.contentType || head.cacheControl !== object.cacheControl || head.metadata[SHA256_METADATA] !== sha256) {
      return { object, action: 'upload', reason: 'headers' };
    }
    return { object, action: 'unchanged', reason: 'same' };
  });
  const manifestSame = manifestHead?.metadata[SHA256_METADATA] === d.manifestSha256 && manifestHead.metadata[STATIC_DIGEST_METADATA] === d.staticDigest;
  const allSame = objects.every((o) => o.action === 'unchanged');
  // Whose manifest is at our key: ours when it has our bytes, else it has to be read.
  let owner: Owner | undefined;
  if (manifestHead && manifestHead.metadata[SHA256_METADATA] !== d.manifestSha256) {
    const bytes = await step(ctx, `s3:GetObject on ${bucket}/${d.manifestKey}`, () => getSmallObject(ctx.clients.s3, bucket, d.manifestKey, MAX_MANIFEST_BYTES));
    owner = bytes && manifestOwner(bytes);
  }
  return { objects, manifest: { key: d.manifestKey, action: manifestSame && allSame ? 'unchanged' : 'upload' }, ...(owner ? { manifestOwner: owner } : {}) };
}

function functionArn(identityArn: string, region: string, account: string, name: string): string {
  const partition = identityArn.split(':')[1] || 'aws';
  return `arn:${partition}:lambda:${region}:${account}:function:${name}`;
}

/** What the account looks like, independently of the bundle: read while the bundle is validated. */
export interface AccountState {
  region: string;
  account: string;
  identity: string;
  role: ProvisionPlan['role'];
  policyName: string;
  policy?: { arn: string; document: PolicyDocument };
}

/** The preflight that does not need the bundle: region, credentials (STS), bucket, execution role, invoke policy. */
export async function readAccount(ctx: PlanContext, options: ProvisionOptions): Promise<AccountState> {
  const { clients } = ctx;
  const bucket = clients.settings.bucket;
  const region = await step(ctx, 'resolving the AWS region', () => clients.lambda.config.region());
  const policyName = options.invokePolicy ?? DEFAULT_INVOKE_POLICY;
  // Every read at once; failures are reported in a fixed order, the most fundamental first.
  const settled = await Promise.allSettled([
    step(ctx, 'sts:GetCallerIdentity', () => clients.sts.send(new GetCallerIdentityCommand({}))),
    checkBucket(ctx, bucket, region),
    planRole(ctx, options),
    step(ctx, 'iam:ListPolicies', async () => {
      const arn = await findPolicy(clients.iam, policyName);
      return arn ? { arn, document: (await getDefaultPolicyDocument(clients.iam, arn)).document } : undefined;
    }),
  ] as const);
  for (const r of settled) if (r.status === 'rejected') throw r.reason;
  const [identity, , role, policy] = settled.map((r) => (r as PromiseFulfilledResult<unknown>).value) as [{ Account?: string; Arn?: string }, void, ProvisionPlan['role'], AccountState['policy']];
  return { region, account: identity.Account ?? '', identity: identity.Arn ?? '', role, policyName, ...(policy ? { policy } : {}) };
}

/** The rest of the plan: each function and object of the bundle against what AWS has. */
export async function planProvision(d: Deployable, ctx: PlanContext, state: AccountState, options: ProvisionOptions): Promise<ProvisionPlan> {
  const { clients } = ctx;
  const bucket = clients.settings.bucket;
  const { region, account, role } = state;
  ctx.onProgress?.(`AWS account ${account} (${state.identity}), region ${region}, bucket ${bucket}`);
  const [currents, { objects, manifest, manifestOwner: owner }] = await Promise.all([
    mapLimit(d.functions, 4, (f) => step(ctx, `lambda:GetFunction on ${f.lambdaName}`, () => getFunction(clients.lambda, f.lambdaName))),
    planObjects(ctx, d, bucket, options),
  ]);

  const functions = d.functions.map((f, i): FunctionPlan => {
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
    const current = currents[i];
    const arn = current?.arn || functionArn(state.identity, region, account, f.lambdaName);
    if (!current) return { name: f.spec.name, lambdaName: f.lambdaName, action: 'create', arn, desired };
    const diff = diffFunction(current, desired);
    return { name: f.spec.name, lambdaName: f.lambdaName, action: isUnchanged(diff) ? 'unchanged' : 'update', arn, desired, current, diff };
  });

  // Another app's functions or manifest at our names: refused before anything is written.
  const ours: Owner = { appId: d.manifest.appId, version: d.manifest.version };
  const takeovers: Takeover[] = [];
  for (const f of functions) {
    const fOwner = f.current && functionOwner(f.current.tags);
    if (isAnotherApp(fOwner, ours)) takeovers.push({ what: `Lambda function ${f.lambdaName}`, owner: fOwner });
  }
  if (isAnotherApp(owner, ours)) takeovers.push({ what: `manifest ${bucket}/${manifest.key}`, owner });
  if (takeovers.length > 0 && !options.force) throw takeoverError(ours, takeovers);

  const arns = functions.map((f) => f.arn);
  let invokePolicy: ProvisionPlan['invokePolicy'];
  if (!state.policy) {
    invokePolicy = { name: state.policyName, action: 'missing', add: [] };
  } else {
    const updated = withInvokeArns(state.policy.document, arns);
    invokePolicy = updated
      ? { name: state.policyName, arn: state.policy.arn, action: 'update', add: updated.changed, document: updated.document }
      : { name: state.policyName, arn: state.policy.arn, action: 'unchanged', add: [] };
  }
  return { account, identity: state.identity, region, bucket, role, objects, functions, invokePolicy, manifest, takeovers };
}

/** The number of writes a plan would make. */
export function plannedWrites(plan: ProvisionPlan): number {
  return (
    (plan.role.action === 'create' ? 2 : plan.role.action === 'attach' ? 1 : 0) +
    plan.objects.filter((o) => o.action === 'upload').length +
    plan.functions.filter((f) => f.action !== 'unchanged').length +
    (plan.invokePolicy.action === 'update' ? 1 : 0) +
    (plan.manifest.action === 'upload' ? 1 : 0)
  );
}
