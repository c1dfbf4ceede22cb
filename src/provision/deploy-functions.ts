// The Lambda side of a run: the execution role when it has to be made or finished, then every
// function at once (only their archives' upload is bounded, by memory). Runs beside the static
// uploads and the invoke policy.
import { UserError } from '../errors.js';
import { errorName, explainAwsError, operationOf } from '../aws/errors.js';
import { attachRoleLogging, createRole, findRole, partitionOf } from '../aws/iam.js';
import { createFunction, diffFunction, getFunction, isUnchanged, updateFunction, waitForFunction, type DesiredFunction, type LambdaWaitOptions, type WithCode } from '../aws/lambda-functions.js';
import type { AwsClients } from '../aws/clients.js';
import { WeightedLimiter } from '../util/limiter.js';
import type { Deployable } from './deployable.js';
import { describeChange } from './describe.js';
import { functionOwner, isAnotherApp, takeoverError } from './ownership.js';
import type { FunctionPlan, ProvisionOptions, ProvisionPlan } from './plan.js';
import type { Run } from './run.js';

/** Function archives in memory at once (at least one, whatever its size). */
const CODE_BUDGET = 64 * 1024 * 1024;

export interface FunctionContext {
  run: Run;
  clients: AwsClients;
  plan: ProvisionPlan;
  d: Deployable;
  options: ProvisionOptions;
  wait: LambdaWaitOptions;
}

/** Creates or finishes the execution role; returns its ARN, or undefined when that failed. */
async function ensureRole(c: FunctionContext): Promise<string | undefined> {
  const { run, plan, clients } = c;
  const role = plan.role;
  if (role.action === 'exists') return role.arn;
  if (!run.mayWrite()) return undefined;
  let arn = role.arn;
  let step = `iam:CreateRole on ${role.name}`;
  try {
    if (role.action === 'create') {
      run.progress(`creating execution role ${role.name}`);
      // Another run of this deploy may have created it since the plan: then finish that one.
      arn = await createRole(clients.iam, role.name).catch(async (err: unknown) => {
        if (errorName(err) !== 'EntityAlreadyExists' && errorName(err) !== 'EntityAlreadyExistsException') throw err;
        return (await findRole(clients.iam, role.name)) ?? Promise.reject(err);
      });
      run.report.role = { name: role.name, arn, status: 'done', result: 'created' };
      run.report.changed = true;
    }
    step = `iam:AttachRolePolicy on ${role.name}`;
    await attachRoleLogging(clients.iam, role.name, partitionOf(arn || plan.identity));
    run.report.role = { name: role.name, arn, status: 'done', result: role.action === 'create' ? 'created' : 'logging attached' };
    run.report.changed = true;
    return arn;
  } catch (err) {
    if (role.action === 'create' && arn) run.report.role.result = 'created, logging not attached';
    run.report.role.status = 'failed';
    run.fail(explainAwsError(err, step, clients.settings));
    return undefined;
  }
}

/** One function. A function another run created since the plan was made is updated like any existing one. */
async function deployFunction(c: FunctionContext, f: FunctionPlan, roleArn: string, withCode: WithCode): Promise<void> {
  const { run, clients, wait } = c;
  const result = run.report.functions.find((r) => r.lambdaName === f.lambdaName)!;
  const desired: DesiredFunction = { ...f.desired, role: f.desired.role || roleArn };
  if (f.action === 'unchanged') {
    // A function a stopped run left Pending or mid-update: wait for it, as for our own.
    if (f.current?.state === 'Pending' || f.current?.lastUpdateStatus === 'InProgress' || f.current?.state === 'Failed') await waitForFunction(clients.lambda, f.lambdaName, 'active', wait);
    return;
  }
  if (!run.mayWrite()) return;
  run.progress(`${f.action === 'create' ? 'creating' : 'updating'} function ${f.lambdaName} (${describeChange(f)})`);
  if (f.action === 'update') {
    await updateFunction(clients.lambda, f.current!, desired, f.diff!, withCode, wait);
  } else if (await createFunction(clients.lambda, desired, withCode, wait)) {
    await waitForFunction(clients.lambda, f.lambdaName, 'active', wait);
  } else {
    // Created meanwhile: by the same deploy running twice, or by another app with our names.
    const current = await getFunction(clients.lambda, f.lambdaName);
    if (!current) throw new UserError(`Lambda function ${f.lambdaName} was created and deleted by another run meanwhile; run again`);
    const owner = functionOwner(current.tags);
    const ours = { appId: c.d.manifest.appId, version: c.d.manifest.version };
    if (isAnotherApp(owner, ours) && !c.options.force) throw takeoverError(ours, [{ what: `Lambda function ${f.lambdaName}`, owner }]);
    const diff = diffFunction(current, desired);
    result.result = 'created by another run at the same time';
    if (!isUnchanged(diff)) {
      await updateFunction(clients.lambda, current, desired, diff, withCode, wait);
      result.result += `, ${describeChange({ ...f, action: 'update', current, diff })}`;
    } else await waitForFunction(clients.lambda, f.lambdaName, 'active', wait);
  }
  result.status = 'done';
  run.report.changed = true;
}

export async function deployFunctions(c: FunctionContext): Promise<void> {
  const { run, plan, d, clients } = c;
  const roleArn = await ensureRole(c);
  const code = new WeightedLimiter(CODE_BUDGET);
  const deploys = plan.functions.map((f) => {
    const fn = d.functions.find((x) => x.lambdaName === f.lambdaName)!;
    const result = run.report.functions.find((r) => r.lambdaName === f.lambdaName)!;
    const withCode: WithCode = (send) => code.run(fn.size, async () => send(await fn.read()));
    return (async () => {
      if (roleArn === undefined) return;
      try {
        await deployFunction(c, f, roleArn, withCode);
      } catch (err) {
        result.status = 'failed';
        run.fail(err instanceof Error && err.name === 'LambdaStateError' ? new UserError(err.message) : explainAwsError(err, `${operationOf(err, 'lambda')} on ${f.lambdaName}`, clients.settings));
      }
    })();
  });
  await Promise.all(deploys);
}
