// Lambda functions: read their state, decide what differs, and create or update them the way real
// AWS needs it: wait for Active after creating, for LastUpdateStatus=Successful before and after
// every update (AWS answers 409 ResourceConflictException otherwise, and the SDK does not retry
// it), retry creation while IAM propagates a new role (research aws-lambda-s3.md §1.5–1.6).
import {
  CreateFunctionCommand,
  DeleteFunctionCommand,
  InvokeCommand,
  ListFunctionsCommand,
  GetFunctionCommand,
  TagResourceCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  type Architecture,
  type FunctionConfiguration,
  type LambdaClient,
  type Runtime,
} from '@aws-sdk/client-lambda';
import { errorName, isNotFound } from './errors.js';

export interface CurrentFunction {
  arn: string;
  codeSha256: string;
  handler: string;
  runtime: string;
  role: string;
  memorySize?: number;
  timeout?: number;
  architecture: string;
  environment: Record<string, string>;
  tags: Record<string, string>;
  state?: string;
  lastUpdateStatus?: string;
}

export interface DesiredFunction {
  name: string;
  handler: string;
  runtime: string;
  role: string;
  /** Compare and update the role of an existing function only when it was asked for explicitly. */
  roleExplicit: boolean;
  memorySize?: number;
  timeout?: number;
  architecture?: 'x86_64' | 'arm64';
  environment?: Record<string, string>;
  tags: Record<string, string>;
  description: string;
  /** base64 SHA-256 of the archive: Lambda's CodeSha256. */
  codeSha256: string;
}

export type ConfigField = 'handler' | 'runtime' | 'role' | 'memory size' | 'timeout' | 'environment';

export interface FunctionDiff {
  code: boolean;
  architecture: boolean;
  configuration: ConfigField[];
  tags: boolean;
}

export interface LambdaWaitOptions {
  sleep: (ms: number) => Promise<void>;
  /** How long to wait for a state, in ms (default 5 minutes). */
  timeoutMs?: number;
  /** Delay before poll `n` (1-based), in ms (default 1 s growing to 5 s). */
  pollDelay?: (n: number) => number;
  onWait?: (message: string) => void;
}

export class LambdaStateError extends Error {
  override name = 'LambdaStateError';
}

function fromConfiguration(c: FunctionConfiguration, tags: Record<string, string> | undefined): CurrentFunction {
  return {
    arn: c.FunctionArn ?? '',
    codeSha256: c.CodeSha256 ?? '',
    handler: c.Handler ?? '',
    runtime: c.Runtime ?? '',
    role: c.Role ?? '',
    ...(c.MemorySize !== undefined ? { memorySize: c.MemorySize } : {}),
    ...(c.Timeout !== undefined ? { timeout: c.Timeout } : {}),
    architecture: c.Architectures?.[0] ?? 'x86_64',
    environment: c.Environment?.Variables ?? {},
    tags: tags ?? {},
    ...(c.State ? { state: c.State } : {}),
    ...(c.LastUpdateStatus ? { lastUpdateStatus: c.LastUpdateStatus } : {}),
  };
}

export async function getFunction(lambda: LambdaClient, name: string): Promise<CurrentFunction | undefined> {
  try {
    const r = await lambda.send(new GetFunctionCommand({ FunctionName: name }));
    return fromConfiguration(r.Configuration ?? {}, r.Tags);
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

const sameMap = (a: Record<string, string>, b: Record<string, string>) => Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

/** What an update has to change. Only fields the user set are compared (besides handler and runtime). */
export function diffFunction(current: CurrentFunction, desired: DesiredFunction): FunctionDiff {
  const configuration: ConfigField[] = [];
  if (current.handler !== desired.handler) configuration.push('handler');
  if (current.runtime !== desired.runtime) configuration.push('runtime');
  if (desired.roleExplicit && current.role !== desired.role) configuration.push('role');
  if (desired.memorySize !== undefined && current.memorySize !== desired.memorySize) configuration.push('memory size');
  if (desired.timeout !== undefined && current.timeout !== desired.timeout) configuration.push('timeout');
  if (desired.environment !== undefined && !sameMap(current.environment, desired.environment)) configuration.push('environment');
  return {
    code: current.codeSha256 !== desired.codeSha256,
    architecture: desired.architecture !== undefined && current.architecture !== desired.architecture,
    configuration,
    tags: Object.entries(desired.tags).some(([k, v]) => current.tags[k] !== v),
  };
}

export function isUnchanged(d: FunctionDiff): boolean {
  return !d.code && !d.architecture && d.configuration.length === 0 && !d.tags;
}

/** 250 ms, 500 ms, 1 s, 2 s, 4 s, then every 5 s: most functions are Active within a second or two. */
const defaultPollDelay = (n: number) => Math.min(5000, 250 * 2 ** (n - 1));

/**
 * Polls GetFunction until the function is Active (`active`) or its last update is Successful
 * (`updated`). Failed states and time-outs are reported with the function name and AWS's reason.
 */
export async function waitForFunction(lambda: LambdaClient, name: string, until: 'active' | 'updated', options: LambdaWaitOptions): Promise<CurrentFunction> {
  const timeoutMs = options.timeoutMs ?? 300_000;
  const pollDelay = options.pollDelay ?? defaultPollDelay;
  let waited = 0;
  for (let n = 1; ; n++) {
    const r = await lambda.send(new GetFunctionCommand({ FunctionName: name }));
    const c = r.Configuration ?? {};
    if (c.State === 'Failed') {
      throw new LambdaStateError(`Lambda function ${name} failed: ${c.StateReason ?? 'no reason given'}${c.StateReasonCode ? ` (${c.StateReasonCode})` : ''}`);
    }
    if (c.LastUpdateStatus === 'Failed' && until === 'updated') {
      throw new LambdaStateError(`the last update of Lambda function ${name} failed: ${c.LastUpdateStatusReason ?? 'no reason given'}${c.LastUpdateStatusReasonCode ? ` (${c.LastUpdateStatusReasonCode})` : ''}`);
    }
    const pending = c.State === 'Pending';
    const inProgress = c.LastUpdateStatus === 'InProgress';
    if (until === 'active' ? c.State === 'Active' || (!pending && c.State === undefined) : !pending && !inProgress) return fromConfiguration(c, r.Tags);
    const state = `State ${c.State ?? '?'}, LastUpdateStatus ${c.LastUpdateStatus ?? '?'}`;
    if (waited >= timeoutMs) {
      throw new LambdaStateError(`Lambda function ${name} is still not ${until === 'active' ? 'Active' : 'updated'} after ${Math.round(waited / 1000)} s (${state}); try again later`);
    }
    const delay = pollDelay(n);
    options.onWait?.(`waiting for ${name} (${state})`);
    await options.sleep(delay);
    waited += delay;
  }
}

/** Runs a mutation, and on 409 ResourceConflictException waits for the function's update to finish and tries again. */
async function mutate<T>(lambda: LambdaClient, name: string, options: LambdaWaitOptions, op: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await op();
    } catch (err) {
      if (errorName(err) !== 'ResourceConflictException' || attempt >= 6) throw err;
      options.onWait?.(`${name} is busy (409 ResourceConflictException), waiting`);
      await waitForFunction(lambda, name, 'updated', options);
      await options.sleep(250 * attempt);
    }
  }
}

const ROLE_NOT_READY = /role defined for the function cannot be assumed|execution role|not authorized to perform: sts:AssumeRole/i;

/**
 * Reads a function archive and sends it: the caller bounds how many archives are in memory at once
 * (a 50 MB archive becomes a ~67 MB base64 request body).
 */
export type WithCode = <T>(send: (zip: Uint8Array) => Promise<T>) => Promise<T>;

/**
 * Creates the function and returns true, or returns false when a function of that name exists
 * already (another run created it since the plan was made). Does not wait for it to be Active.
 */
export async function createFunction(lambda: LambdaClient, desired: DesiredFunction, withCode: WithCode, options: LambdaWaitOptions): Promise<boolean> {
  const input = {
    FunctionName: desired.name,
    Runtime: desired.runtime as Runtime,
    Handler: desired.handler,
    Role: desired.role,
    PackageType: 'Zip' as const,
    Description: desired.description,
    Tags: desired.tags,
    ...(desired.memorySize !== undefined ? { MemorySize: desired.memorySize } : {}),
    ...(desired.timeout !== undefined ? { Timeout: desired.timeout } : {}),
    ...(desired.architecture ? { Architectures: [desired.architecture as Architecture] } : {}),
    ...(desired.environment ? { Environment: { Variables: desired.environment } } : {}),
  };
  // A role created moments ago is not yet assumable by Lambda (IAM is eventually consistent):
  // AWS then answers InvalidParameterValueException; it usually clears within 10–30 s.
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      await withCode((zip) => lambda.send(new CreateFunctionCommand({ ...input, Code: { ZipFile: zip } })));
      return true;
    } catch (err) {
      if (errorName(err) === 'ResourceConflictException' && /already exist/i.test((err as Error).message)) return false;
      const propagating = errorName(err) === 'InvalidParameterValueException' && ROLE_NOT_READY.test((err as Error).message);
      if (!propagating || waited >= 90_000) throw err;
      const delay = Math.min(10_000, 2000 * attempt);
      options.onWait?.(`the execution role is not assumable by Lambda yet (IAM propagation); retrying ${desired.name} in ${delay / 1000} s`);
      await options.sleep(delay);
      waited += delay;
    }
  }
}

/** Applies a diff: code (and architecture), then configuration, then tags, each after the previous update finished. */
export async function updateFunction(lambda: LambdaClient, current: CurrentFunction, desired: DesiredFunction, diff: FunctionDiff, withCode: WithCode, options: LambdaWaitOptions): Promise<CurrentFunction> {
  let latest = await waitForFunction(lambda, desired.name, 'updated', options);
  if (diff.code || diff.architecture) {
    await mutate(lambda, desired.name, options, () =>
      withCode((ZipFile) => lambda.send(new UpdateFunctionCodeCommand({ FunctionName: desired.name, ZipFile, ...(desired.architecture ? { Architectures: [desired.architecture as Architecture] } : {}) }))),
    );
    latest = await waitForFunction(lambda, desired.name, 'updated', options);
  }
  if (diff.configuration.length > 0) {
    const f = new Set(diff.configuration);
    await mutate(lambda, desired.name, options, () =>
      lambda.send(
        new UpdateFunctionConfigurationCommand({
          FunctionName: desired.name,
          ...(f.has('handler') ? { Handler: desired.handler } : {}),
          ...(f.has('runtime') ? { Runtime: desired.runtime as Runtime } : {}),
          ...(f.has('role') ? { Role: desired.role } : {}),
          ...(f.has('memory size') ? { MemorySize: desired.memorySize } : {}),
          ...(f.has('timeout') ? { Timeout: desired.timeout } : {}),
          // Environment replaces all variables: the user's --env list is the whole set.
          ...(f.has('environment') ? { Environment: { Variables: desired.environment ?? {} } } : {}),
        }),
      ),
    );
    latest = await waitForFunction(lambda, desired.name, 'updated', options);
  }
  if (diff.tags) {
    // TagResource takes the ARN (AWS refuses a bare name; moto does not).
    await mutate(lambda, desired.name, options, () => lambda.send(new TagResourceCommand({ Resource: current.arn, Tags: desired.tags })));
  }
  return latest;
}

/** Every function name in the region (paginated). */
export async function listFunctionNames(lambda: LambdaClient): Promise<Set<string>> {
  const names = new Set<string>();
  let marker: string | undefined;
  do {
    const r = await lambda.send(new ListFunctionsCommand({ ...(marker ? { Marker: marker } : {}) }));
    for (const f of r.Functions ?? []) if (f.FunctionName) names.add(f.FunctionName);
    marker = r.NextMarker;
  } while (marker);
  return names;
}

export async function deleteFunction(lambda: LambdaClient, name: string): Promise<void> {
  try {
    await lambda.send(new DeleteFunctionCommand({ FunctionName: name }));
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
}

/** Checks that the function exists and that the caller may invoke it, without running it. */
export async function invokeDryRun(lambda: LambdaClient, name: string): Promise<void> {
  await lambda.send(new InvokeCommand({ FunctionName: name, InvocationType: 'DryRun' }));
}

/** A synchronous invocation, as the Apps plugin makes it; returns the decoded payload and any function error. */
export async function invokeFunction(lambda: LambdaClient, name: string, payload: unknown): Promise<{ payload: string; functionError?: string }> {
  const r = await lambda.send(new InvokeCommand({ FunctionName: name, InvocationType: 'RequestResponse', Payload: Buffer.from(JSON.stringify(payload)) }));
  return { payload: Buffer.from(r.Payload ?? new Uint8Array()).toString('utf8'), ...(r.FunctionError ? { functionError: r.FunctionError } : {}) };
}
