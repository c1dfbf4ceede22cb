// The invoke policy's AllowLambda statement (upaws client_iam.go AddResourcesToPolicyDocument;
// research mattermost-apps-aws.md §4.4), and a change to it that concurrent runs do not lose.
//
// IAM has no conditional write: a run that reads the policy, adds its functions and writes a new
// version replaces whatever another run wrote in between (6 versions provisioned at once once
// ended with 2 in the policy). So every change is read-modify-write, then verified: after a pause
// longer than another run's read-to-write window, the default version is read again, and the
// change is made again if it is missing. A run that stalls longer than that between its read and
// its write can still undo a change; the next provision of that version puts it back.
import { setTimeout as delay } from 'node:timers/promises';
import { CreatePolicyVersionCommand, DeletePolicyVersionCommand, GetPolicyVersionCommand, ListPolicyVersionsCommand, type IAMClient } from '@aws-sdk/client-iam';
import { UserError } from '../errors.js';
import { errorName, isNotFound } from './errors.js';

export interface PolicyDocument {
  Version?: string;
  Statement?: Record<string, unknown>[] | Record<string, unknown>;
  [key: string]: unknown;
}

export async function getDefaultPolicyDocument(iam: IAMClient, policyArn: string): Promise<{ versionId: string; document: PolicyDocument; versions: { id: string; isDefault: boolean }[] }> {
  // Another run may delete the version we just saw as default (it became non-default): read again.
  for (let attempt = 1; ; attempt++) {
    const listed = await iam.send(new ListPolicyVersionsCommand({ PolicyArn: policyArn }));
    const versions = (listed.Versions ?? []).filter((v) => v.VersionId).map((v) => ({ id: v.VersionId!, isDefault: v.IsDefaultVersion ?? false }));
    const current = versions.find((v) => v.isDefault);
    if (!current) throw new Error(`policy ${policyArn} has no default version`);
    try {
      const r = await iam.send(new GetPolicyVersionCommand({ PolicyArn: policyArn, VersionId: current.id }));
      // IAM returns the document URL-encoded.
      return { versionId: current.id, versions, document: JSON.parse(decodeURIComponent(r.PolicyVersion?.Document ?? '{}')) as PolicyDocument };
    } catch (err) {
      if (!isNotFound(err) || attempt >= 5) throw err;
    }
  }
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** A change to a document: the new document and what it changed, or undefined when there is nothing to change. */
export type PolicyChange = (document: PolicyDocument) => { document: PolicyDocument; changed: string[] } | undefined;

/**
 * The document with `arns` in the Resource list of the statement with Sid "AllowLambda" (created
 * like upaws.DefaultAllowLambdaStatement when missing) and the ARNs it added, or undefined when
 * they are all there already. Unlike appsctl, other statements and fields are kept as they are.
 */
export function withInvokeArns(document: PolicyDocument, arns: readonly string[]): { document: PolicyDocument; changed: string[] } | undefined {
  const statements = (asArray(document.Statement) as Record<string, unknown>[]).map((s) => ({ ...s }));
  let allow = statements.find((s) => s.Sid === 'AllowLambda');
  const resources = allow ? (asArray(allow.Resource) as string[]) : [];
  const missing = [...new Set(arns)].filter((a) => !resources.includes(a));
  if (missing.length === 0) return undefined;
  if (!allow) {
    allow = { Sid: 'AllowLambda', Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: [] };
    statements.push(allow);
  }
  allow.Resource = [...resources, ...missing];
  return { document: { ...document, Version: document.Version ?? '2012-10-17', Statement: statements }, changed: missing };
}

/** The document without `arns` in its AllowLambda statement, or undefined when none of them is there. */
export function withoutInvokeArns(document: PolicyDocument, arns: readonly string[]): { document: PolicyDocument; changed: string[] } | undefined {
  const statements = (asArray(document.Statement) as Record<string, unknown>[]).map((s) => ({ ...s }));
  const allow = statements.find((s) => s.Sid === 'AllowLambda');
  if (!allow) return undefined;
  const resources = asArray(allow.Resource) as string[];
  const removed = resources.filter((r) => arns.includes(r));
  if (removed.length === 0) return undefined;
  allow.Resource = resources.filter((r) => !arns.includes(r));
  // IAM refuses a statement without resources: drop an emptied AllowLambda (provision recreates it).
  const kept = (allow.Resource as string[]).length > 0 ? statements : statements.filter((s) => s !== allow);
  return { document: { ...document, Statement: kept }, changed: removed };
}

export interface PolicyUpdateOptions {
  /** Attempts to make the change stick (default 10). */
  attempts?: number;
  /** Real time by default: the pause has to outlast other processes' requests. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  onRetry?: (message: string) => void;
}

export interface PolicyUpdate {
  /** What the writes changed (empty when the policy already had it). */
  changed: string[];
  /** Versions written: more than 1 when another run replaced ours meanwhile. */
  writes: number;
}

const IGNORED_ON_DELETE = new Set(['NoSuchEntity', 'NoSuchEntityException', 'DeleteConflict', 'DeleteConflictException']);
const VERSION_LIMIT = new Set(['LimitExceeded', 'LimitExceededException']);

/**
 * Makes `change` hold in the policy's default version, verified after writing. Like appsctl, the
 * non-default versions are deleted before each write, so IAM's limit of 5 versions per policy is
 * not reached; versions another run deletes or writes meanwhile are expected.
 */
export async function updatePolicyDocument(iam: IAMClient, policyArn: string, change: PolicyChange, options: PolicyUpdateOptions = {}): Promise<PolicyUpdate> {
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  const random = options.random ?? Math.random;
  const attempts = options.attempts ?? 10;
  const changed = new Set<string>();
  let writes = 0;
  for (let attempt = 1; ; attempt++) {
    const started = Date.now();
    const { document, versions } = await getDefaultPolicyDocument(iam, policyArn);
    const next = change(document);
    if (!next) return { changed: [...changed], writes };
    if (attempt > attempts) {
      throw new UserError(`could not update IAM policy ${policyArn}: other runs kept replacing it (${attempts} attempts). Run again once the other deployments have finished`);
    }
    if (writes > 0) options.onRetry?.(`another run replaced IAM policy ${policyArn} meanwhile; writing it again`);
    for (const v of versions.filter((x) => !x.isDefault)) {
      try {
        await iam.send(new DeletePolicyVersionCommand({ PolicyArn: policyArn, VersionId: v.id }));
      } catch (err) {
        if (!IGNORED_ON_DELETE.has(errorName(err))) throw err;
      }
    }
    try {
      await iam.send(new CreatePolicyVersionCommand({ PolicyArn: policyArn, PolicyDocument: JSON.stringify(next.document), SetAsDefault: true }));
    } catch (err) {
      // Other runs filled the 5 versions between our delete and our write: read again, after a while.
      if (!VERSION_LIMIT.has(errorName(err))) throw err;
      await sleep((50 + 200 * random()) * attempt);
      continue;
    }
    writes++;
    for (const c of next.changed) changed.add(c);
    // Longer than another run needs from its read to its write (about as long as ours took: 1 to
    // 2 times that, at random, so that runs that collided do not collide again).
    const window = Math.min(1500, Math.max(150, Date.now() - started));
    await sleep(window * (1 + random()));
  }
}
