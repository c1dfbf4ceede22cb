// Entries too large to hold in memory (above LARGE_FILE): stored ones are checksummed in one pass
// and copied in a second; deflated ones are compressed into a temporary file first, so that the
// local header can carry the sizes without data descriptors.
import { createWriteStream } from 'node:fs';
import { open, stat, unlink } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createDeflateRaw } from 'node:zlib';
import { UserError } from '../errors.js';
import { READ_FLAGS } from '../fs/file-kind.js';
import { DEFLATE_LEVEL, PROBE_BYTES, type DeflatePool } from './deflate-pool.js';
import type { OutputFile } from './output-file.js';

/** Files above this size stream through zlib instead of being read whole. */
export const LARGE_FILE = 8 * 1024 * 1024;

export interface LargePayload {
  crc: number;
  size: number;
  method: 0 | 8;
  compressedSize: number;
  /** The file holding the bytes to write: the source (stored) or a temporary file (deflated). */
  file: string;
  temporary: boolean;
}

export function changed(file: string, listed: number, now: number | string): UserError {
  return new UserError(`${file} changed while it was being packed (${listed} bytes when listed, ${now} now); run again when nothing is writing to it`);
}

/**
 * The bytes of an input file as a stream of at most `size + 1` bytes, opened so that a FIFO
 * cannot block and a link swapped in is not followed.
 */
async function* readInput(file: string, size: number, signal: AbortSignal | undefined): AsyncGenerator<Buffer> {
  const fh = await open(file, READ_FLAGS);
  try {
    if (!(await fh.stat()).isFile()) throw changed(file, size, 'not a regular file');
    for await (const chunk of fh.createReadStream({ start: 0, end: size, highWaterMark: 1024 * 1024, autoClose: false })) {
      signal?.throwIfAborted();
      yield chunk as Buffer;
    }
  } finally {
    await fh.close();
  }
}

/** CRC-32 and size of a file, read as a stream. */
async function crcOfFile(file: string, listed: number, signal: AbortSignal | undefined): Promise<{ crc: number; size: number }> {
  let crc = 0;
  let size = 0;
  for await (const chunk of readInput(file, listed, signal)) {
    crc = crc32(chunk, crc);
    size += chunk.length;
  }
  if (size !== listed) throw changed(file, listed, size > listed ? 'more' : size);
  return { crc: crc >>> 0, size };
}

async function readSample(file: string): Promise<Buffer> {
  const fh = await open(file, READ_FLAGS);
  try {
    const buf = Buffer.alloc(PROBE_BYTES);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * Measures (and compresses, unless `store` or the probe says it will not shrink) a large file of
 * `listed` bytes; `scratch` prefixes temporary files.
 */
export async function prepareLarge(file: string, listed: number, pool: DeflatePool, store: boolean, scratch: string, signal: AbortSignal | undefined): Promise<LargePayload> {
  if (store || (await pool.probe(await readSample(file), listed))) {
    const measured = await crcOfFile(file, listed, signal);
    return { ...measured, method: 0, compressedSize: measured.size, file, temporary: false };
  }
  let crc = 0;
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      cb(null, chunk);
    },
  });
  const temp = `${scratch}.${Math.random().toString(36).slice(2)}.entry`;
  let compressedSize: number;
  try {
    await pipeline(readInput(file, listed, signal), tap, createDeflateRaw({ level: DEFLATE_LEVEL, chunkSize: 256 * 1024 }), createWriteStream(temp, { flags: 'wx' }));
    compressedSize = (await stat(temp)).size;
    if (size !== listed) throw changed(file, listed, size > listed ? 'more' : size);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  if (compressedSize >= size) {
    await unlink(temp);
    return { crc: crc >>> 0, size, method: 0, compressedSize: size, file, temporary: false };
  }
  return { crc: crc >>> 0, size, method: 8, compressedSize, file: temp, temporary: true };
}

/** Copies a payload file into the archive, checking that it still has the bytes it was measured with. */
export async function copyPayload(out: OutputFile, payload: LargePayload, name: string, signal: AbortSignal | undefined): Promise<void> {
  let crc = 0;
  let size = 0;
  for await (const buf of readInput(payload.file, payload.compressedSize, signal)) {
    if (payload.method === 0) crc = crc32(buf, crc);
    size += buf.length;
    if (size > payload.compressedSize) break;
    await out.append(buf);
  }
  if (size !== payload.compressedSize || (payload.method === 0 && crc >>> 0 !== payload.crc)) {
    throw new UserError(`${name} changed while it was being packed; run again when nothing is writing to it`);
  }
}
