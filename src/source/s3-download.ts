// One attempt at downloading a bundle from S3 with the deploy credentials. The SDK retries the
// request itself (so its failures are final here); a body that breaks or stalls half-way, or no
// answer in time, is retried by the caller.
import type { Readable } from 'node:stream';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { errorName, explainAwsError, httpStatus } from '../aws/errors.js';
import type { AwsSettings } from '../aws/settings.js';
import { UserError } from '../errors.js';
import { TransientError } from '../util/retry.js';
import { receive, seconds, tooLarge, type TransferState } from './sink.js';

export interface S3Context {
  s3: S3Client;
  settings: AwsSettings;
  timeoutMs: number;
  maxBytes: number;
  state: TransferState;
}

export async function downloadS3(bucket: string, key: string, file: string, ctx: S3Context): Promise<{ size: number; sha256: string }> {
  const what = `s3://${bucket}/${key}`;
  ctx.state.phase = 'connecting';
  ctx.state.from = `s3://${bucket}`;
  ctx.state.received = 0;
  delete ctx.state.total;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ctx.timeoutMs);
  let body: Readable;
  let length: number | undefined;
  try {
    const r = await ctx.s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }), { abortSignal: abort.signal });
    body = r.Body as Readable;
    length = r.ContentLength;
  } catch (err) {
    if (abort.signal.aborted) throw new TransientError(`no answer from S3 for ${what} in ${seconds(ctx.timeoutMs)}`);
    throw explain(err, bucket, key, ctx.settings);
  } finally {
    clearTimeout(timer);
  }
  if (length !== undefined && length > ctx.maxBytes) {
    body.destroy();
    throw tooLarge(what, ctx.maxBytes, length);
  }
  if (length !== undefined) ctx.state.total = length;
  return await receive(body, file, { what, maxBytes: ctx.maxBytes, idleMs: ctx.timeoutMs, state: ctx.state });
}

function explain(err: unknown, bucket: string, key: string, settings: AwsSettings): Error {
  const name = errorName(err);
  if (name === 'NoSuchKey' || (httpStatus(err) === 404 && name !== 'NoSuchBucket')) return new UserError(`s3://${bucket}/${key} does not exist; check the key (keys are case-sensitive)`);
  if (name === 'NoSuchBucket') return new UserError(`S3 bucket "${bucket}" does not exist`);
  // The SDK has retried the request already: what is left is for the user.
  const explained = explainAwsError(err, `s3:GetObject on s3://${bucket}/${key}`, settings);
  return explained instanceof UserError ? explained : new UserError(`s3:GetObject on s3://${bucket}/${key} failed: ${explained.message}`);
}
