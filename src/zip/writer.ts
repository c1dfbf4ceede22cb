// A deterministic zip writer for function archives and bundles.
//
// Why not archiver: its per-entry streams round-trip 16 KB chunks through the libuv pool and
// compute CRC-32 in JavaScript, which made a node_modules-shaped function three times slower than
// raw zlib (see bench/pack.ts). Here each file is deflated in one call on a worker thread
// (deflate-pool.ts), several files are in flight at once, and the main thread writes them in the
// order given, so the bytes depend only on the entry list: a fixed timestamp, normalised modes, no
// extra fields, sizes in the local header (no data descriptors), no comment. Output is append-only
// and hashed as it is written.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createDeflateRaw } from 'node:zlib';
import { UserError } from '../errors.js';
import { READ_FLAGS } from '../fs/file-kind.js';
import { isCompressedFormat } from './compressibility.js';
import { DEFLATE_LEVEL, DeflatePool, PROBE_BYTES } from './deflate-pool.js';

export interface FileSource {
  file: string;
  /**
   * Size from stat when the file was listed. No more than this (plus one byte, to notice growth)
   * is ever read, and a file whose size changed is an error: a file that grows, or claims a size
   * it does not have, cannot make a pack read without end or write other bytes than were checked.
   */
  size: number;
}

export interface ZipEntryInput {
  /** POSIX path inside the archive. */
  name: string;
  /** Unix permission bits: 0o644 or 0o755. */
  mode: number;
  /** A file on disk (read when its turn comes) or bytes already in memory. */
  source: FileSource | { data: Buffer };
  /** `store` keeps the bytes as they are (used for function archives inside a bundle). */
  compression?: 'auto' | 'store';
}

export interface ZipEntryWritten {
  name: string;
  size: number;
  compressedSize: number;
  method: 'stored' | 'deflated';
  crc32: number;
}

export interface ZipWriteResult {
  path: string;
  entries: ZipEntryWritten[];
  /** Bytes of the archive file. */
  size: number;
  /** Sum of the entries' uncompressed sizes. */
  uncompressedSize: number;
  /** SHA-256 of the archive file. */
  sha256: Buffer;
}

export interface ZipWriteOptions {
  /** Workers shared by the archives of one pack; a private pool is used (and closed) otherwise. */
  pool?: DeflatePool;
  /** Called after each entry is written (progress). */
  onEntry?: (entry: ZipEntryWritten) => void;
  /** Stops before the next entry is started; the partial archive is removed. */
  signal?: AbortSignal;
}

export class ZipFormatLimitError extends Error {}

/** 1980-01-01 00:00:00, the smallest DOS timestamp: date word 0x0021, time word 0. */
const DOS_DATE = 0x0021;
const DOS_TIME = 0;
const MAX_ENTRIES = 0xffff;
const MAX_32 = 0xffffffff;
/** Files above this size stream through zlib instead of being read whole. */
const LARGE_FILE = 8 * 1024 * 1024;
/** Bytes read ahead of the writer, per archive. */
const READ_AHEAD_BYTES = 2 * 1024 * 1024;
const READ_AHEAD_ENTRIES = 32;
const WRITE_BUFFER = 1024 * 1024;
const IOV_MAX = 1024;

interface Payload {
  crc: number;
  size: number;
  method: 0 | 8;
  compressedSize: number;
  /** In-memory bytes to write, or a file holding them (large entries). */
  bytes?: Buffer;
  file?: string;
  /** A temporary file to delete once written. */
  temporary?: boolean;
}

interface Prepared {
  input: ZipEntryInput;
  payload: Payload;
}

interface CentralRecord {
  name: Buffer;
  flags: number;
  method: 0 | 8;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
  mode: number;
}

/** Append-only buffered writer that hashes what it writes (the archive's SHA-256 comes for free). */
class OutputFile {
  position = 0;
  private chunks: Buffer[] = [];
  private buffered = 0;
  private readonly hash = createHash('sha256');
  constructor(private readonly fh: FileHandle) {}

  async append(buf: Buffer): Promise<void> {
    this.hash.update(buf);
    this.chunks.push(buf);
    this.buffered += buf.length;
    this.position += buf.length;
    if (this.buffered >= WRITE_BUFFER) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffered === 0) return;
    const chunks = this.chunks;
    let position = this.position - this.buffered;
    this.chunks = [];
    this.buffered = 0;
    // writev instead of joining the chunks: no megabyte copies for the GC to collect.
    for (let i = 0; i < chunks.length; i += IOV_MAX) {
      const batch = chunks.slice(i, i + IOV_MAX);
      const total = batch.reduce((n, b) => n + b.length, 0);
      const { bytesWritten } = await this.fh.writev(batch, position);
      if (bytesWritten < total) await this.writeAll(Buffer.concat(batch).subarray(bytesWritten), position + bytesWritten);
      position += total;
    }
  }

  /** Short writes are rare (a full disk, a signal); finish them one call at a time. */
  private async writeAll(buf: Buffer, position: number): Promise<void> {
    let done = 0;
    while (done < buf.length) done += (await this.fh.write(buf, done, buf.length - done, position + done)).bytesWritten;
  }

  digest(): Buffer {
    return this.hash.digest();
  }
}

function localHeader(name: Buffer, flags: number, method: 0 | 8, crc: number, csize: number, size: number): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(method === 8 ? 20 : 10, 4); // version needed to extract
  h.writeUInt16LE(flags, 6);
  h.writeUInt16LE(method, 8);
  h.writeUInt16LE(DOS_TIME, 10);
  h.writeUInt16LE(DOS_DATE, 12);
  h.writeUInt32LE(crc, 14);
  h.writeUInt32LE(csize, 18);
  h.writeUInt32LE(size, 22);
  h.writeUInt16LE(name.length, 26);
  h.writeUInt16LE(0, 28); // no extra field
  return Buffer.concat([h, name]);
}

function centralHeader(r: CentralRecord): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, spec 2.0
  h.writeUInt16LE(r.method === 8 ? 20 : 10, 6);
  h.writeUInt16LE(r.flags, 8);
  h.writeUInt16LE(r.method, 10);
  h.writeUInt16LE(DOS_TIME, 12);
  h.writeUInt16LE(DOS_DATE, 14);
  h.writeUInt32LE(r.crc, 16);
  h.writeUInt32LE(r.compressedSize, 20);
  h.writeUInt32LE(r.size, 24);
  h.writeUInt16LE(r.name.length, 28);
  // extra length, comment length, disk number, internal attributes: 0
  h.writeUInt32LE(((0o100000 | r.mode) << 16) >>> 0, 38); // S_IFREG | mode, in the high word
  h.writeUInt32LE(r.offset, 42);
  return Buffer.concat([h, r.name]);
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const e = Buffer.alloc(22);
  e.writeUInt32LE(0x06054b50, 0);
  e.writeUInt16LE(count, 8);
  e.writeUInt16LE(count, 10);
  e.writeUInt32LE(size, 12);
  e.writeUInt32LE(offset, 16);
  return e;
}

function isLarge(input: ZipEntryInput): input is ZipEntryInput & { source: FileSource } {
  return 'file' in input.source && input.source.size > LARGE_FILE;
}

function changed(file: string, listed: number, now: number | string): UserError {
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

async function prepare(input: ZipEntryInput, pool: DeflatePool, scratch: string, signal: AbortSignal | undefined): Promise<Prepared> {
  const store = input.compression === 'store' || isCompressedFormat(input.name);
  if (isLarge(input)) return { input, payload: await prepareLarge(input, pool, store, scratch, signal) };
  const c = await pool.compress(input.source, store);
  if ('file' in input.source && c.size !== input.source.size) throw changed(input.source.file, input.source.size, c.size > input.source.size ? 'more' : c.size);
  return { input, payload: { crc: c.crc, size: c.size, method: c.method, compressedSize: c.bytes.length, bytes: c.bytes } };
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

/**
 * A large file is never held in memory: stored ones are checksummed in one pass and copied in a
 * second; deflated ones are compressed into a temporary file first, so that the local header can
 * carry the sizes without data descriptors.
 */
async function prepareLarge(input: ZipEntryInput & { source: FileSource }, pool: DeflatePool, store: boolean, scratch: string, signal: AbortSignal | undefined): Promise<Payload> {
  const file = input.source.file;
  const listed = input.source.size;
  if (store || (await pool.probe(await readSample(file), listed))) {
    const { crc, size } = await crcOfFile(file, listed, signal);
    return { crc, size, method: 0, compressedSize: size, file };
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
    return { crc: crc >>> 0, size, method: 0, compressedSize: size, file };
  }
  return { crc: crc >>> 0, size, method: 8, compressedSize, file: temp, temporary: true };
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

/** Copies a payload file into the archive, checking that it still has the bytes it was measured with. */
async function copyPayload(out: OutputFile, payload: Payload, name: string, signal: AbortSignal | undefined): Promise<void> {
  let crc = 0;
  let size = 0;
  for await (const buf of readInput(payload.file!, payload.compressedSize, signal)) {
    if (payload.method === 0) crc = crc32(buf, crc);
    size += buf.length;
    if (size > payload.compressedSize) break;
    await out.append(buf);
  }
  if (size !== payload.compressedSize || (payload.method === 0 && crc >>> 0 !== payload.crc)) {
    throw new UserError(`${name} changed while it was being packed; run again when nothing is writing to it`);
  }
}

/**
 * Writes `entries`, in the order given, to `outPath`. The archive is written to a temporary file
 * beside it and renamed into place only when complete: on any error nothing is left behind.
 * `entries` may be an async iterable, so a bundle can start on its static files while its
 * function archives are still being built.
 */
export async function writeZip(
  outPath: string,
  entries: Iterable<ZipEntryInput> | AsyncIterable<ZipEntryInput>,
  options: ZipWriteOptions = {},
): Promise<ZipWriteResult> {
  const pool = options.pool ?? new DeflatePool();
  const tmp = path.join(path.dirname(outPath), `.${path.basename(outPath)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  const temporaries: string[] = [];
  const fh = await open(tmp, 'wx');
  const out = new OutputFile(fh);
  const records: CentralRecord[] = [];
  const written: ZipEntryWritten[] = [];
  const queue: { prepared: Promise<Prepared>; bytes: number }[] = [];
  let queuedBytes = 0;
  let uncompressedSize = 0;

  const writeNext = async (): Promise<void> => {
    options.signal?.throwIfAborted();
    const item = queue.shift()!;
    queuedBytes -= item.bytes;
    const { input, payload } = await item.prepared;
    if (records.length >= MAX_ENTRIES) throw new ZipFormatLimitError(`more than ${MAX_ENTRIES} entries; zip64 archives are not produced`);
    if (payload.size > MAX_32 || payload.compressedSize > MAX_32 || out.position + payload.compressedSize > MAX_32) {
      throw new ZipFormatLimitError(`${input.name}: archive larger than 4 GiB; zip64 archives are not produced`);
    }
    const name = Buffer.from(input.name, 'utf8');
    const flags = name.some((b) => b >= 0x80) ? 0x0800 : 0; // bit 11: the name is UTF-8
    const record: CentralRecord = { name, flags, method: payload.method, crc: payload.crc, compressedSize: payload.compressedSize, size: payload.size, offset: out.position, mode: input.mode };
    await out.append(localHeader(name, flags, payload.method, payload.crc, payload.compressedSize, payload.size));
    if (payload.bytes) await out.append(payload.bytes);
    else await copyPayload(out, payload, input.name, options.signal);
    if (payload.temporary) await unlink(payload.file!);
    records.push(record);
    uncompressedSize += record.size;
    const entry: ZipEntryWritten = { name: input.name, size: record.size, compressedSize: record.compressedSize, method: record.method === 8 ? 'deflated' : 'stored', crc32: record.crc };
    written.push(entry);
    options.onEntry?.(entry);
  };

  try {
    for await (const input of entries) {
      options.signal?.throwIfAborted();
      while (queue.length > 0 && (queue.length >= READ_AHEAD_ENTRIES || queuedBytes >= READ_AHEAD_BYTES)) await writeNext();
      const bytes = isLarge(input) ? 0 : 'data' in input.source ? input.source.data.length : input.source.size;
      const prepared = prepare(input, pool, tmp, options.signal);
      prepared.then((p) => p.payload.temporary && temporaries.push(p.payload.file!)).catch(() => undefined);
      prepared.catch(() => undefined); // rejections are handled when the entry's turn comes
      queue.push({ prepared, bytes });
      queuedBytes += bytes;
    }
    while (queue.length > 0) await writeNext();
    const cdOffset = out.position;
    for (const r of records) await out.append(centralHeader(r));
    const cdSize = out.position - cdOffset;
    if (out.position > MAX_32) throw new ZipFormatLimitError('archive larger than 4 GiB; zip64 archives are not produced');
    await out.append(endOfCentralDirectory(records.length, cdSize, cdOffset));
    await out.flush();
    await fh.close();
    await rename(tmp, outPath);
    return { path: outPath, entries: written, size: out.position, uncompressedSize, sha256: out.digest() };
  } catch (err) {
    await Promise.allSettled(queue.map((q) => q.prepared));
    await fh.close().catch(() => undefined);
    await Promise.allSettled([tmp, ...temporaries].map((f) => unlink(f)));
    throw err;
  } finally {
    if (!options.pool) await pool.close();
  }
}

