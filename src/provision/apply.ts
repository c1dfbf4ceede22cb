// Carries out a plan in the order that never leaves an app half-visible: static assets, then
// functions, then the invoke policy, then the manifest, which is what makes a version
// installable. The first failure stops everything after it; the report says what was done and
// what was not, and running again converges.
import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';
import { explainAwsError } from '../aws/errors.js';
import { createExecuteRole, getDefaultPolicyDocument, withInvokeArns, writePolicyDocument } from '../aws/iam.js';
import { createFunction, updateFunction, type LambdaWaitOptions } from '../aws/lambda-functions.js';
import { MANIFEST_CACHE_CONTROL } from '../aws/content-type.js';
import { putObject, SHA256_METADATA } from '../aws/s3-objects.js';
import { plural } from '../util/format.js';
import type { Deployable } from './deployable.js';
import { describeChange } from './describe.js';
import { STATIC_DIGEST_METADATA, type PlanContext, type ProvisionOptions, type ProvisionPlan } from './plan.js';

export type StepStatus = 'done' | 'unchanged' | 'failed' | 'not done' | 'skipped';

export interface FunctionResult {
  name: string;
  lambdaName: string;
  arn?: string;
  /** What happened, in words: created, updated code, updated configuration (timeout), tagged, unchanged. */
  result: string;
  status: StepStatus;
}

export interface ProvisionReport {
  ok: boolean;
  /** True when anything was written. */
  changed: boolean;
  role: { name: string; arn: string; status: StepStatus };
  objects: { uploaded: number; unchanged: number; failed: number; notDone: number };
  functions: FunctionResult[];
  invokePolicy: { name: string; status: StepStatus; added: string[]; note?: string };
  manifest: { key: string; status: StepStatus };
  /** The failure that stopped provisioning. */
  error?: Error;
}

export interface ApplyContext extends PlanContext {
  sleep: (ms: number) => Promise<void>;
  /** Lambda waits (default 5 minutes per state). */
  waitTimeoutMs?: number;
  pollDelay?: (n: number) => number;
  /** Checked before each write: an aborted run starts no new one (see ProvisionRequest.signal). */
  signal?: AbortSignal;
}

export async function applyPlan(plan: ProvisionPlan, d: Deployable, ctx: ApplyContext, options: ProvisionOptions): Promise<ProvisionReport> {
  const { clients } = ctx;
  const progress = ctx.onProgress ?? (() => undefined);
  const settings = clients.settings;
  const report: ProvisionReport = {
    ok: false,
    changed: false,
    role: { name: plan.role.name, arn: plan.role.arn, status: plan.role.action === 'create' ? 'not done' : 'unchanged' },
    objects: { uploaded: 0, unchanged: plan.objects.filter((o) => o.action === 'unchanged').length, failed: 0, notDone: plan.objects.filter((o) => o.action === 'upload').length },
    functions: plan.functions.map((f) => ({ name: f.name, lambdaName: f.lambdaName, ...(f.current?.arn ? { arn: f.current.arn } : {}), result: describeChange(f), status: f.action === 'unchanged' ? 'unchanged' : 'not done' })),
    invokePolicy: { name: plan.invokePolicy.name, status: plan.invokePolicy.action === 'missing' ? 'skipped' : 'not done', added: [] },
    manifest: { key: plan.manifest.key, status: 'not done' },
  };
  const wait: LambdaWaitOptions = {
    sleep: ctx.sleep,
    ...(ctx.waitTimeoutMs !== undefined ? { timeoutMs: ctx.waitTimeoutMs } : {}),
    ...(ctx.pollDelay ? { pollDelay: ctx.pollDelay } : {}),
    onWait: progress,
  };

  try {
    // 1. Static assets: bounded parallel uploads; the first failure stops new ones.
    const uploads = plan.objects.filter((o) => o.action === 'upload');
    if (uploads.length > 0) progress(`uploading ${plural(uploads.length, 'static object')} (${report.objects.unchanged} unchanged)`);
    let failure: Error | undefined;
    let next = 0;
    const stop = () => ctx.signal?.throwIfAborted();
    const worker = async () => {
      while (!failure && !ctx.signal?.aborted && next < uploads.length) {
        const { object } = uploads[next++]!;
        try {
          const body = await object.read();
          await putObject(clients.s3, plan.bucket, {
            key: object.key,
            body,
            contentType: object.contentType,
            cacheControl: object.cacheControl,
            metadata: { [SHA256_METADATA]: createHash('sha256').update(body).digest('hex') },
          });
          report.objects.uploaded++;
          report.objects.notDone--;
          report.changed = true;
        } catch (err) {
          report.objects.failed++;
          report.objects.notDone--;
          failure ??= explainAwsError(err, `s3:PutObject on ${plan.bucket}/${object.key}`, settings);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 16, uploads.length) }, worker));
    if (failure) throw failure;
    stop();

    // 2. Functions (after the execution role, when it has to be created).
    let roleArn = plan.role.arn;
    if (plan.role.action === 'create') {
      stop();
      progress(`creating execution role ${plan.role.name}`);
      try {
        roleArn = await createExecuteRole(clients.iam, plan.role.name);
      } catch (err) {
        report.role.status = 'failed';
        throw explainAwsError(err, `iam:CreateRole ${plan.role.name}`, settings);
      }
      report.role = { name: plan.role.name, arn: roleArn, status: 'done' };
      report.changed = true;
    }
    for (const [i, f] of plan.functions.entries()) {
      const result = report.functions[i]!;
      if (f.action === 'unchanged') continue;
      stop();
      const desired = { ...f.desired, role: f.desired.role || roleArn };
      const fn = d.functions.find((x) => x.lambdaName === f.lambdaName)!;
      progress(`${f.action === 'create' ? 'creating' : 'updating'} function ${f.lambdaName} (${describeChange(f)})`);
      try {
        const done =
          f.action === 'create'
            ? await createFunction(clients.lambda, desired, await fn.read(), wait)
            : await updateFunction(clients.lambda, f.current!, desired, f.diff!, () => fn.read(), wait);
        result.arn = done.arn || result.arn;
        result.status = 'done';
        report.changed = true;
      } catch (err) {
        result.status = 'failed';
        const e = err instanceof Error && err.name === 'LambdaStateError' ? new UserError(err.message) : explainAwsError(err, `lambda ${f.action} of ${f.lambdaName}`, settings);
        throw e;
      }
    }

    // 3. The invoke policy: read again now, so that concurrent changes are kept.
    if (plan.invokePolicy.action === 'missing') {
      report.invokePolicy.note = `no IAM policy named "${plan.invokePolicy.name}": the Apps plugin's invoke user needs lambda:InvokeFunction on these functions (mm-apps-deploy init creates the policy)`;
    } else {
      stop();
      try {
        const { document } = await getDefaultPolicyDocument(clients.iam, plan.invokePolicy.arn!);
        const updated = withInvokeArns(document, report.functions.map((f) => f.arn!).filter(Boolean));
        if (updated) {
          progress(`adding ${plural(updated.added.length, 'function')} to invoke policy ${plan.invokePolicy.name}`);
          await writePolicyDocument(clients.iam, plan.invokePolicy.arn!, updated.document);
          report.invokePolicy = { name: plan.invokePolicy.name, status: 'done', added: updated.added };
          report.changed = true;
        } else {
          report.invokePolicy.status = 'unchanged';
        }
      } catch (err) {
        report.invokePolicy.status = 'failed';
        throw explainAwsError(err, `updating IAM policy ${plan.invokePolicy.name}`, settings);
      }
    }

    // 4. The manifest, last: from now on the plugin can install this version.
    if (plan.manifest.action === 'upload') {
      stop();
      progress(`uploading manifest ${plan.manifest.key}`);
      try {
        await putObject(clients.s3, plan.bucket, {
          key: plan.manifest.key,
          body: d.manifestBytes,
          contentType: 'application/json; charset=utf-8',
          cacheControl: MANIFEST_CACHE_CONTROL,
          metadata: { [SHA256_METADATA]: d.manifestSha256, [STATIC_DIGEST_METADATA]: d.staticDigest },
        });
      } catch (err) {
        report.manifest.status = 'failed';
        throw explainAwsError(err, `s3:PutObject on ${plan.bucket}/${plan.manifest.key}`, settings);
      }
      report.manifest.status = 'done';
      report.changed = true;
    } else {
      report.manifest.status = 'unchanged';
    }
    report.ok = true;
  } catch (err) {
    // Interrupted mid-step (a Lambda wait ends with an AbortError): the interruption is the cause.
    const cause = ctx.signal?.aborted && ctx.signal.reason instanceof Error ? ctx.signal.reason : err;
    report.error = cause instanceof Error ? cause : new Error(String(cause));
  }
  return report;
}
