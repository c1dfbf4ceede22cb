// Carries out a plan in the order that never leaves an app half-visible: the static assets, the
// functions and the invoke policy at once, then, once all of that is done, the manifest, which
// is what makes a version installable. The first failure stops every step from starting another
// write; the report says what was done and what was not, and running again converges.
import { explainAwsError } from '../aws/errors.js';
import type { LambdaWaitOptions } from '../aws/lambda-functions.js';
import { MANIFEST_CACHE_CONTROL } from '../aws/content-type.js';
import { putObject, SHA256_METADATA } from '../aws/s3-objects.js';
import { plural } from '../util/format.js';
import type { Deployable } from './deployable.js';
import { addToInvokePolicy } from './add-to-invoke-policy.js';
import { deployFunctions } from './deploy-functions.js';
import { describeChange } from './describe.js';
import { DEFAULT_CONCURRENCY, STATIC_DIGEST_METADATA, type PlanContext, type ProvisionOptions, type ProvisionPlan } from './plan.js';
import type { ProvisionReport, Run } from './run.js';
import { uploadObjects } from './upload-objects.js';

export type { FunctionResult, ProvisionReport, StepStatus } from './run.js';

export interface ApplyContext extends PlanContext {
  sleep: (ms: number) => Promise<void>;
  /** Lambda waits (default 5 minutes per state). */
  waitTimeoutMs?: number;
  pollDelay?: (n: number) => number;
  /** Checked before each write: an aborted run starts no new one (see ProvisionRequest.signal). */
  signal?: AbortSignal;
}

function initialReport(plan: ProvisionPlan): ProvisionReport {
  return {
    ok: false,
    changed: false,
    role: { name: plan.role.name, arn: plan.role.arn, status: plan.role.action === 'exists' ? 'unchanged' : 'not done' },
    objects: { uploaded: 0, unchanged: plan.objects.filter((o) => o.action === 'unchanged').length, failed: 0, notDone: plan.objects.filter((o) => o.action === 'upload').length },
    functions: plan.functions.map((f) => ({ name: f.name, lambdaName: f.lambdaName, arn: f.arn, result: describeChange(f), status: f.action === 'unchanged' ? 'unchanged' : 'not done' })),
    invokePolicy: { name: plan.invokePolicy.name, status: plan.invokePolicy.action === 'missing' ? 'skipped' : 'not done', added: [] },
    manifest: { key: plan.manifest.key, status: 'not done' },
  };
}

export async function applyPlan(plan: ProvisionPlan, d: Deployable, ctx: ApplyContext, options: ProvisionOptions): Promise<ProvisionReport> {
  const { clients } = ctx;
  const report = initialReport(plan);
  let failure: Error | undefined;
  const run: Run = {
    report,
    progress: ctx.onProgress ?? (() => undefined),
    mayWrite: () => failure === undefined && !ctx.signal?.aborted,
    fail: (err) => void (failure ??= err),
  };
  const wait: LambdaWaitOptions = {
    sleep: ctx.sleep,
    ...(ctx.waitTimeoutMs !== undefined ? { timeoutMs: ctx.waitTimeoutMs } : {}),
    ...(ctx.pollDelay ? { pollDelay: ctx.pollDelay } : {}),
    onWait: run.progress,
  };

  const uploads = plan.objects.filter((o) => o.action === 'upload').map((o) => o.object);
  if (uploads.length > 0) run.progress(`uploading ${plural(uploads.length, 'static object')} (${report.objects.unchanged} unchanged)`);
  await Promise.all([uploadObjects(run, clients, plan.bucket, uploads, options.concurrency ?? DEFAULT_CONCURRENCY), deployFunctions({ run, clients, plan, d, options, wait }), addToInvokePolicy(run, clients, plan)]);

  // The manifest, last: from now on the plugin can install this version.
  if (plan.manifest.action === 'unchanged') report.manifest.status = 'unchanged';
  else if (run.mayWrite()) {
    run.progress(`uploading manifest ${plan.manifest.key}`);
    try {
      await putObject(clients.s3, plan.bucket, {
        key: plan.manifest.key,
        body: d.manifestBytes,
        contentType: 'application/json; charset=utf-8',
        cacheControl: MANIFEST_CACHE_CONTROL,
        metadata: { [SHA256_METADATA]: d.manifestSha256, [STATIC_DIGEST_METADATA]: d.staticDigest },
      });
      report.manifest.status = 'done';
      report.changed = true;
    } catch (err) {
      report.manifest.status = 'failed';
      run.fail(explainAwsError(err, `s3:PutObject on ${plan.bucket}/${plan.manifest.key}`, clients.settings));
    }
  }
  // Interrupted (SIGINT): the interruption is the cause, also of a step it cut short (a Lambda wait
  // ends with an AbortError).
  if (ctx.signal?.aborted) failure = ctx.signal.reason instanceof Error ? ctx.signal.reason : new Error(String(ctx.signal.reason));
  report.ok = failure === undefined;
  if (failure) report.error = failure;
  return report;
}
