// A transport between the AWS SDK and moto that records every request and injects what moto never
// does: Lambda functions that stay Pending or InProgress for a few polls, 409 ResourceConflict on
// mutations meanwhile, throttling (429), 503 SlowDown, dropped connections, and failures on demand.
// Real AWS behaves this way (research aws-lambda-s3.md §1.5–1.6, §2.8); moto cannot, so it is
// simulated here, in front of the real emulator.
import { Readable } from 'node:stream';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { HttpResponse, type HttpRequest } from '@smithy/core/transport';

export interface RecordedRequest {
  service: 'lambda' | 's3' | 'iam' | 'sts' | 'other';
  operation: string;
  write: boolean;
  /** The function, bucket/key or policy the request is about. */
  target: string;
  /** The request body, for Lambda calls (their JSON). */
  body?: string;
}

/** A synthetic answer instead of moto's. */
export interface Fault {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface Rule {
  /** The operation to hit, e.g. "lambda:CreateFunction", "s3:PutObject"; optionally a target test. */
  operation: string;
  target?: (t: string) => boolean;
  /** How many times (default 1); Infinity until removed. */
  times?: number;
  fault: Fault | 'reset';
}

function bodyText(req: HttpRequest): string {
  const b = req.body as unknown;
  if (typeof b === 'string') return b;
  if (b instanceof Uint8Array) return Buffer.from(b).toString();
  return '';
}

/** Which API call a request is, from its method, path and (for the Query APIs) its Action. */
export function classify(req: HttpRequest): RecordedRequest {
  const auth = String(req.headers.authorization ?? req.headers.Authorization ?? '');
  const scope = /Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\//.exec(auth)?.[1] ?? '';
  const p = decodeURIComponent(req.path);
  const m = req.method.toUpperCase();
  if (scope === 'iam' || scope === 'sts') {
    const action = /(?:^|&)Action=([^&]+)/.exec(bodyText(req))?.[1] ?? '?';
    const target = /(?:RoleName|PolicyArn|PolicyName|UserName|GroupName)=([^&]+)/.exec(bodyText(req))?.[1] ?? '';
    return { service: scope, operation: action, write: !/^(Get|List|Simulate)/.test(action), target: decodeURIComponent(target) };
  }
  if (scope === 'lambda') {
    const fn = /\/functions\/([^/]+)/.exec(p)?.[1] ?? /\/tags\/(.+)$/.exec(p)?.[1] ?? '';
    const name = fn.split(':').pop() ?? fn;
    let operation = `${m} ${p}`;
    if (m === 'GET' && /\/functions\/[^/]+\/?$/.test(p)) operation = 'GetFunction';
    else if (m === 'GET' && /\/functions\/[^/]+\/configuration/.test(p)) operation = 'GetFunctionConfiguration';
    else if (m === 'POST' && /\/functions\/?$/.test(p)) operation = 'CreateFunction';
    else if (m === 'PUT' && /\/code$/.test(p)) operation = 'UpdateFunctionCode';
    else if (m === 'PUT' && /\/configuration$/.test(p)) operation = 'UpdateFunctionConfiguration';
    else if (m === 'POST' && /\/tags\//.test(p)) operation = 'TagResource';
    else if (m === 'DELETE' && /\/functions\//.test(p)) operation = 'DeleteFunction';
    else if (m === 'GET' && /\/functions\/?$/.test(p)) operation = 'ListFunctions';
    const target = operation === 'CreateFunction' ? ((JSON.parse(bodyText(req) || '{}') as { FunctionName?: string }).FunctionName ?? '') : name;
    return { service: 'lambda', operation, write: m !== 'GET' && m !== 'HEAD', target, body: bodyText(req) };
  }
  if (scope === 's3') {
    const q = req.query ?? {};
    const key = p.replace(/^\/[^/]+\/?/, '');
    let operation = `${m} ${p}`;
    if (m === 'POST' && key && 'uploads' in q) operation = 'CreateMultipartUpload';
    else if (m === 'PUT' && key && 'partNumber' in q) operation = 'UploadPart';
    else if (m === 'POST' && key && 'uploadId' in q) operation = 'CompleteMultipartUpload';
    else if (m === 'DELETE' && key && 'uploadId' in q) operation = 'AbortMultipartUpload';
    else if (m === 'PUT' && key) operation = 'PutObject';
    else if (m === 'HEAD' && key) operation = 'HeadObject';
    else if (m === 'HEAD') operation = 'HeadBucket';
    else if (m === 'GET' && 'list-type' in q) operation = 'ListObjectsV2';
    else if (m === 'GET' && key) operation = 'GetObject';
    else if (m === 'DELETE' && key) operation = 'DeleteObject';
    else if (m === 'POST' && 'delete' in q) operation = 'DeleteObjects';
    else if (m === 'PUT') operation = 'CreateBucket';
    return { service: 's3', operation, write: !['GET', 'HEAD'].includes(m), target: key };
  }
  return { service: 'other', operation: `${m} ${p}`, write: false, target: '' };
}

function respond(f: Fault): { response: HttpResponse } {
  return {
    response: new HttpResponse({
      statusCode: f.status,
      headers: { 'content-type': 'application/json', ...f.headers },
      body: Readable.from([Buffer.from(f.body ?? '')]),
    }),
  };
}

export const conflict = (name: string): Fault => ({
  status: 409,
  headers: { 'x-amzn-errortype': 'ResourceConflictException' },
  body: JSON.stringify({ Type: 'User', message: `The operation cannot be performed at this time. An update is in progress for resource: arn:aws:lambda:us-east-1:123456789012:function:${name}` }),
});
export const throttle: Fault = { status: 429, headers: { 'x-amzn-errortype': 'TooManyRequestsException' }, body: JSON.stringify({ Reason: 'CallerRateLimitExceeded', message: 'Rate exceeded' }) };
export const slowDown: Fault = {
  status: 503,
  headers: { 'content-type': 'application/xml' },
  body: '<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>',
};
export const roleNotReady: Fault = {
  status: 400,
  headers: { 'x-amzn-errortype': 'InvalidParameterValueException' },
  body: JSON.stringify({ Type: 'User', message: 'The role defined for the function cannot be assumed by Lambda.' }),
};

/** mulberry32: a small seeded generator, so that a run of random faults can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random faults on every request: a share answered 500/503 with a body no SDK can parse, a share dropped. */
export interface Chaos {
  serverErrors: number;
  resets: number;
  seed: number;
}

export class FaultyHandler {
  readonly requests: RecordedRequest[] = [];
  rules: Rule[] = [];
  /** Called before each request goes to moto (after the rules): a test can hold a request back. */
  before?: (info: RecordedRequest) => Promise<void> | void;
  private random?: { chaos: Chaos; next: () => number };
  /** Requests answered by chaos() instead of moto. */
  injected = 0;
  /** Function name → remaining GetFunction polls that report it busy, and how. */
  private readonly busy = new Map<string, { polls: number; state: 'Pending' | 'InProgress' }>();
  /** Function name → the reason GetFunction reports it Failed with. */
  readonly failed = new Map<string, string>();
  private readonly inner = new NodeHttpHandler();

  /** After each create or update, functions report Pending / InProgress for this many polls. */
  constructor(private readonly busyPolls = 0) {}

  /** Random faults from now on (undefined: none). */
  chaos(chaos: Chaos | undefined): void {
    this.random = chaos ? { chaos, next: prng(chaos.seed) } : undefined;
  }

  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.write);
  }

  clear(): void {
    this.requests.length = 0;
  }

  async handle(request: HttpRequest, options?: Record<string, unknown>): Promise<{ response: HttpResponse }> {
    const info = classify(request);
    this.requests.push(info);
    const key = `${info.service}:${info.operation}`;
    const rule = this.rules.find((r) => r.operation === key && (!r.target || r.target(info.target)) && (r.times ?? 1) > 0);
    if (rule) {
      rule.times = (rule.times ?? 1) - 1;
      if (rule.fault === 'reset') throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      return respond(rule.fault);
    }
    if (this.random) {
      const r = this.random.next();
      const { serverErrors, resets } = this.random.chaos;
      if (r < serverErrors + resets) this.injected++;
      if (r < serverErrors) return respond({ status: r < serverErrors / 2 ? 500 : 503, headers: { 'content-type': 'text/plain' }, body: 'injected fault' });
      if (r < serverErrors + resets) throw Object.assign(new Error('socket hang up (injected)'), { code: 'ECONNRESET' });
    }
    await this.before?.(info);
    const busy = this.busy.get(info.target);
    const mutation = ['UpdateFunctionCode', 'UpdateFunctionConfiguration', 'TagResource'].includes(info.operation);
    if (info.service === 'lambda' && busy && busy.polls > 0 && mutation) return respond(conflict(info.target));

    const result = await this.inner.handle(request as never, options as never);
    const ok = result.response.statusCode < 300;
    if (info.service === 'lambda' && ok && this.busyPolls > 0 && (info.operation === 'CreateFunction' || mutation)) {
      this.busy.set(info.target, { polls: this.busyPolls, state: info.operation === 'CreateFunction' ? 'Pending' : 'InProgress' });
    }
    const failedReason = this.failed.get(info.target);
    if (info.service === 'lambda' && info.operation === 'GetFunction' && ok && ((busy && busy.polls > 0) || failedReason)) {
      const chunks: Buffer[] = [];
      for await (const c of result.response.body as Readable) chunks.push(Buffer.from(c as Buffer));
      const doc = JSON.parse(Buffer.concat(chunks).toString()) as { Configuration: Record<string, unknown> };
      if (failedReason) Object.assign(doc.Configuration, { State: 'Failed', StateReason: failedReason, StateReasonCode: 'EniLimitExceeded' });
      else if (busy!.state === 'Pending') Object.assign(doc.Configuration, { State: 'Pending', StateReason: 'The function is being created.', StateReasonCode: 'Creating' });
      else Object.assign(doc.Configuration, { LastUpdateStatus: 'InProgress', LastUpdateStatusReason: 'The function is being updated.' });
      if (busy && busy.polls > 0) busy.polls--;
      const body = Buffer.from(JSON.stringify(doc));
      return { response: new HttpResponse({ statusCode: 200, headers: { ...result.response.headers, 'content-length': String(body.length) }, body: Readable.from([body]) }) };
    }
    return result;
  }

  updateHttpClientConfig(key: never, value: never): void {
    this.inner.updateHttpClientConfig(key, value);
  }

  httpHandlerConfigs(): Record<string, unknown> {
    return this.inner.httpHandlerConfigs() as Record<string, unknown>;
  }

  /** Clients call destroy() when a run ends; the handler outlives them (tests close it). */
  destroy(): void {}

  close(): void {
    this.inner.destroy();
  }
}
