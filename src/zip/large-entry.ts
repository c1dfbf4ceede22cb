// Entries too large to hold in memory (above LARGE_FILE): stored ones are checksummed in one pass
// and copied in a second; deflated ones are compressed into a temporary file first, so that the
// local header can carry the sizes without data descriptors.
import { createReadStream, createWriteStream } from 'node:fs';
import { open, stat, unlink } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createDeflateRaw } from 'node:zlib';
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

/** CRC-32 and size of a file, read as a stream. */
async function crcOfFile(file: string): Promise<{ crc: number; size: number }> {
  let crc = 0;
  let size = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    crc = crc32(chunk as Buffer, crc);
    size += (chunk as Buffer).length;
  }
  return { crc: crc >>> 0, size };
}

async function readSample(file: string): Promise<Buffer> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(PROBE_BYTES);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Measures (and compresses, unless `store` or the probe says it will not shrink) a large file; `scratch` prefixes temporary files. */
export async function prepareLarge(file: string, size: number, pool: DeflatePool, store: boolean, scratch: string): Promise<LargePayload> {
  if (store || (await pool.probe(await readSample(file), size))) {
    const measured = await crcOfFile(file);
    return { ...measured, method: 0, compressedSize: measured.size, file, temporary: false };
  }
  let crc = 0;
  let read = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      crc = crc32(chunk, crc);
      read += chunk.length;
      cb(null, chunk);
    },
  });
  const temp = `${scratch}.${Math.random().toString(36).slice(2)}.entry`;
  await pipeline(createReadStream(file, { highWaterMark: 1024 * 1024 }), tap, createDeflateRaw({ level: DEFLATE_LEVEL, chunkSize: 256 * 1024 }), createWriteStream(temp, { flags: 'wx' }));
  const compressedSize = (await stat(temp)).size;
  if (compressedSize >= read) {
    await unlink(temp);
    return { crc: crc >>> 0, size: read, method: 0, compressedSize: read, file, temporary: false };
  }
  return { crc: crc >>> 0, size: read, method: 8, compressedSize, file: temp, temporary: true };
}

/** Copies a payload file into the archive, checking that it still has the bytes it was measured with. */
export async function copyPayload(out: OutputFile, payload: LargePayload, name: string): Promise<void> {
  let crc = 0;
  let size = 0;
  for await (const chunk of createReadStream(payload.file, { highWaterMark: 1024 * 1024 })) {
    const buf = chunk as Buffer;
    if (payload.method === 0) crc = crc32(buf, crc);
    size += buf.length;
    await out.append(buf);
  }
  if (size !== payload.compressedSize || (payload.method === 0 && crc >>> 0 !== payload.crc)) {
    throw new Error(`${name} changed while it was being packed; run again`);
  }
}
