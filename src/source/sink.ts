// Writes a download to a file while counting and hashing it. The size limit is enforced on the
// bytes as they arrive, not on what the server announced: a server that sends no Content-Length,
// or a wrong one, cannot make us write more than the limit.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UserError } from '../errors.js';
import { formatBytes } from '../util/format.js';
import { TransientError } from '../util/retry.js';
import { grouped } from '../util/digits.js';

/** What a transfer in progress looks like, for progress messages. */
export interface TransferState {
  phase: 'connecting' | 'receiving';
  /** Host (or bucket) being waited on. */
  from: string;
  received: number;
  /** As announced by the server, when it did. */
  total?: number;
}

/** A bundle over the limit: announced by the server (nothing read), or found while receiving it. */
export function tooLarge(what: string, maxBytes: number, announced?: number): UserError {
  const limit = `the ${formatBytes(maxBytes)} (${grouped(maxBytes)} bytes) a bundle may have`;
  return new UserError(
    announced !== undefined
      ? `${what} is ${formatBytes(announced)} (${grouped(announced)} bytes), more than ${limit}; it was not downloaded`
      : `${what} is larger than ${limit}; the download was stopped and nothing was kept`,
  );
}

export interface ReceiveOptions {
  /** Names the download in messages. */
  what: string;
  maxBytes: number;
  /** The body is abandoned when no byte arrives for this long. */
  idleMs: number;
  state: TransferState;
}

/**
 * Streams `body` into `file` (created or truncated), at most `maxBytes`. Returns the size and
 * hex SHA-256 of what was written. The body is destroyed as soon as it goes over the limit or
 * stalls.
 */
export async function receive(body: Readable, file: string, o: ReceiveOptions): Promise<{ size: number; sha256: string }> {
  const { state } = o;
  const hash = createHash('sha256');
  state.phase = 'receiving';
  state.received = 0;
  let idle: NodeJS.Timeout | undefined;
  const watch = () => {
    clearTimeout(idle);
    idle = setTimeout(() => body.destroy(new TransientError(`${state.from} sent nothing for ${seconds(o.idleMs)}`)), o.idleMs);
  };
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      watch();
      state.received += chunk.length;
      if (state.received > o.maxBytes) {
        done(tooLarge(o.what, o.maxBytes));
        return;
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  watch();
  try {
    await pipeline(body, counter, createWriteStream(file));
  } finally {
    clearTimeout(idle);
  }
  if (state.total !== undefined && state.received !== state.total) {
    // the connection broke: another attempt may get it all
    throw new TransientError(`${o.what} ended after ${grouped(state.received)} of ${grouped(state.total)} bytes`);
  }
  return { size: state.received, sha256: hash.digest('hex') };
}

export function seconds(ms: number): string {
  return ms < 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
