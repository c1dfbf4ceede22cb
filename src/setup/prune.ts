// prune: removes the Lambda functions, static objects and manifests of all but the newest N
// versions of an app, and takes their functions out of the invoke policy. Versions are found
// through their manifests (their app_id is checked: "foo" must not take "foo_bar"'s), ordered
// newest first by version (numbers compared as numbers), and the newest is never removed.
// Per version, the manifest goes last, so that an interrupted prune can be run again; before
// anything is deleted, the manifest stops vouching for the static objects (provision trusts a
// manifest's static digest instead of listing them), so that provisioning that version again
// checks and restores every object.
import type { AwsClients } from '../aws/clients.js';
import { DEFAULT_INVOKE_POLICY } from '../aws/defaults.js';
import { explainAwsError } from '../aws/errors.js';
import { findPolicy } from '../aws/iam.js';
import { updatePolicyDocument, withoutInvokeArns } from '../aws/invoke-policy.js';
import { deleteFunction, getFunction, listFunctionNames } from '../aws/lambda-functions.js';
import { deleteObjects, getObject, listPrefix, listWithDates, replaceMetadata } from '../aws/s3-objects.js';
import { STATIC_DIGEST_METADATA } from '../provision/plan.js';
import { lambdaName, s3ManifestName, s3StaticName } from '../compat/naming.js';
import { UserError } from '../errors.js';
import { readManifest } from '../manifest/manifest.js';

export interface PruneOptions {
  appId: string;
  keep: number;
  invokePolicy?: string;
  onProgress?: (message: string) => void;
}

export interface VersionPlan {
  version: string;
  keep: boolean;
  manifestKey: string;
  /** Lambda functions of this version that exist. */
  functions: string[];
  /** Their ARNs, for the invoke policy. */
  functionArns: string[];
  objects: string[];
}

export interface PrunePlan {
  appId: string;
  bucket: string;
  /** Newest first. */
  versions: VersionPlan[];
  invokePolicy: { name: string; arn?: string };
}

export interface PruneReport {
  removed: string[];
  /** Versions left untouched because of a failure before them. */
  notRemoved: string[];
  policy: { removed: string[]; status: 'done' | 'unchanged' | 'skipped' | 'failed' };
  error?: Error;
}

export function compareVersions(a: string, b: string): number {
  return a.replace(/^v/, '').localeCompare(b.replace(/^v/, ''), 'en', { numeric: true });
}

export async function planPrune(clients: AwsClients, options: PruneOptions): Promise<PrunePlan> {
  if (!Number.isInteger(options.keep) || options.keep < 1) throw new UserError('--keep must be 1 or more: the newest version is never removed');
  const { s3, lambda, iam, settings } = clients;
  const bucket = settings.bucket;
  const step = async <T>(action: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      throw explainAwsError(err, action, settings);
    }
  };
  const listed = await step(`s3:ListBucket on ${bucket}`, () => listWithDates(s3, bucket, `manifests/${options.appId}_`));
  const versions: VersionPlan[] = [];
  for (const { key } of listed) {
    const manifest = readManifest(await step(`s3:GetObject on ${bucket}/${key}`, () => getObject(s3, bucket, key))).manifest;
    // Another app whose ID starts with this one's (and "_") has manifests under the same prefix.
    if (!manifest || manifest.appId !== options.appId || s3ManifestName(manifest.appId, manifest.version) !== key) continue;
    versions.push({ version: manifest.version, keep: false, manifestKey: key, functions: manifest.functions.map((f) => lambdaName(options.appId, manifest.version, f.name)), functionArns: [], objects: [] });
  }
  if (versions.length === 0) throw new UserError(`no versions of "${options.appId}" in bucket ${bucket} (no manifests/${options.appId}_<version>.json)`);
  versions.sort((a, b) => compareVersions(b.version, a.version));
  versions.forEach((v, i) => (v.keep = i < options.keep));

  const existing = await step('lambda:ListFunctions', () => listFunctionNames(lambda));
  for (const v of versions.filter((x) => !x.keep)) {
    v.functions = v.functions.filter((f) => existing.has(f));
    for (const f of v.functions) {
      const current = await step(`lambda:GetFunction ${f}`, () => getFunction(lambda, f));
      if (current?.arn) v.functionArns.push(current.arn);
    }
    v.objects = [...(await step(`s3:ListBucket on ${bucket}`, () => listPrefix(s3, bucket, s3StaticName(options.appId, v.version, '')))).keys()];
  }
  const policyName = options.invokePolicy ?? DEFAULT_INVOKE_POLICY;
  const policyArn = await step('iam:ListPolicies', () => findPolicy(iam, policyName));
  return { appId: options.appId, bucket, versions, invokePolicy: { name: policyName, ...(policyArn ? { arn: policyArn } : {}) } };
}

export async function applyPrune(clients: AwsClients, plan: PrunePlan, options: Pick<PruneOptions, 'onProgress'>): Promise<PruneReport> {
  const progress = options.onProgress ?? (() => undefined);
  const remove = plan.versions.filter((v) => !v.keep);
  const report: PruneReport = { removed: [], notRemoved: remove.map((v) => v.version), policy: { removed: [], status: 'skipped' } };
  try {
    // The invoke policy first: nothing may invoke what is about to go.
    if (plan.invokePolicy.arn) {
      const arns = remove.flatMap((v) => v.functionArns);
      const updated = await updatePolicyDocument(clients.iam, plan.invokePolicy.arn, (document) => withoutInvokeArns(document, arns), { onRetry: progress });
      if (updated.writes > 0) {
        progress(`removed ${updated.changed.length} functions from invoke policy ${plan.invokePolicy.name}`);
        report.policy = { removed: updated.changed, status: 'done' };
      } else report.policy.status = 'unchanged';
    }
    for (const v of remove) {
      progress(`removing ${plan.appId} ${v.version}: ${v.functions.length} functions, ${v.objects.length} static objects, the manifest`);
      await replaceMetadata(clients.s3, plan.bucket, v.manifestKey, ({ [STATIC_DIGEST_METADATA]: _, ...rest }) => rest);
      for (const f of v.functions) await deleteFunction(clients.lambda, f);
      await deleteObjects(clients.s3, plan.bucket, v.objects);
      await deleteObjects(clients.s3, plan.bucket, [v.manifestKey]);
      report.removed.push(v.version);
      report.notRemoved = report.notRemoved.filter((x) => x !== v.version);
    }
  } catch (err) {
    if (report.policy.status === 'skipped' && plan.invokePolicy.arn) report.policy.status = 'failed';
    report.error = explainAwsError(err, 'prune', clients.settings);
  }
  return report;
}
