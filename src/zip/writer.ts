// A deterministic zip writer for function archives and bundles.
//
// Why not archiver: its per-entry streams round-trip 16 KB chunks through the libuv pool and
// compute CRC-32 in JavaScript, which made a node_modules-shaped function three times slower than
// raw zlib (see bench/pack.ts). Here each file is deflated in one call on a worker thread
// (deflate-pool.ts), several files are in flight at once, and the main thread writes them in the
// order given, so the bytes depend only on the entry list: a fixed timestamp, normalised modes, no
// extra fields, sizes in the local header (no data descriptors), no comment (records.ts). Small
// files travel to the workers in batches. Output is append-only and hashed as it is written.
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createDeflateRaw } from 'node:zlib';
import { UserError } from '../errors.js';
import { isCompressedFormat } from './compressibility.js';
import { DEFLATE_LEVEL, DeflatePool, PROBE_BYTES, type BatchEntry, type CompressedEntry } from './deflate-pool.js';
import { OutputFile } from './output-file.js';
import { centralHeader, endRecords, localHeader, MAX_32, type CentralRecord } from './records.js';

export interface FileSource {
  file: string;
  /** Size from stat, used to budget the read-ahead; the bytes read are what is written. */
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
}

/** What a zip without zip64 sizes cannot hold: an entry or an archive of 4 GiB or more. */
export class ZipFormatLimitError extends UserError {
  override name = 'ZipFormatLimitError';
}

/** Files above this size stream through zlib instead of being read whole. */
const LARGE_FILE = 8 * 1024 * 1024;
/** Bytes and entries read ahead of the writer, per archive. */
const READ_AHEAD_BYTES = 4 * 1024 * 1024;
const READ_AHEAD_ENTRIES = 2048;
/** A batch for the deflate workers closes at this many entries or bytes (see deflate-pool.ts). */
const BATCH_ENTRIES = 64;
const BATCH_BYTES = 512 * 1024;

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

function isLarge(input: ZipEntryInput): input is ZipEntryInput & { source: FileSource } {
  return 'file' in input.source && input.source.size > LARGE_FILE;
}

/**
 * Gathers small entries into batches for the deflate workers. A batch is sent when it is full, or
 * at once while a worker has nothing queued, so workers never wait for a batch to fill.
 */
class Batcher {
  private entries: BatchEntry[] = [];
  private waiters: { resolve: (c: CompressedEntry) => void; reject: (err: unknown) => void }[] = [];
  private bytes = 0;
  /** Entries added so far; those numbered from `firstUnsent` on wait in the open batch. */
  private added = 0;
  private firstUnsent = 0;
  constructor(private readonly pool: DeflatePool) {}

  /** The entry's number (see `flushIfWaiting`) and its result. */
  add(entry: BatchEntry, bytes: number): { seq: number; result: Promise<CompressedEntry> } {
    const seq = this.added++;
    const result = new Promise<CompressedEntry>((resolve, reject) => this.waiters.push({ resolve, reject }));
    this.entries.push(entry);
    this.bytes += bytes;
    if (this.entries.length >= BATCH_ENTRIES || this.bytes >= BATCH_BYTES || this.pool.inFlight < this.pool.size) this.flush();
    return { seq, result };
  }

  /** Sends the open batch if entry `seq` is in it (the writer is about to wait for it). */
  flushIfWaiting(seq: number): void {
    if (seq >= this.firstUnsent) this.flush();
  }

  flush(): void {
    this.firstUnsent = this.added;
    if (this.entries.length === 0) return;
    const { entries, waiters } = this;
    this.entries = [];
    this.waiters = [];
    this.bytes = 0;
    this.pool.compressBatch(entries).then(
      (results) => results.forEach((r, i) => waiters[i]!.resolve(r)),
      (err) => waiters.forEach((w) => w.reject(err)),
    );
  }
}

/** Starts preparing an entry; `seq` is its number in the batcher (-1 for large files). */
function prepare(input: ZipEntryInput, pool: DeflatePool, batcher: Batcher, scratch: string): { seq: number; prepared: Promise<Prepared> } {
  const store = input.compression === 'store' || isCompressedFormat(input.name);
  if (isLarge(input)) return { seq: -1, prepared: prepareLarge(input, pool, store, scratch).then((payload) => ({ input, payload })) };
  const source = input.source;
  const entry: BatchEntry = 'file' in source ? { file: source.file, size: source.size, store } : { data: source.data, store };
  const { seq, result } = batcher.add(entry, 'file' in source ? source.size : source.data.length);
  const prepared = result.then((c) => ({ input, payload: { crc: c.crc, size: c.size, method: c.method, compressedSize: c.bytes.length, bytes: c.bytes } }));
  return { seq, prepared };
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

/**
 * A large file is never held in memory: stored ones are checksummed in one pass and copied in a
 * second; deflated ones are compressed into a temporary file first, so that the local header can
 * carry the sizes without data descriptors.
 */
async function prepareLarge(input: ZipEntryInput & { source: FileSource }, pool: DeflatePool, store: boolean, scratch: string): Promise<Payload> {
  const file = input.source.file;
  if (store || (await pool.probe(await readSample(file), input.source.size))) {
    const { crc, size } = await crcOfFile(file);
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
  await pipeline(createReadStream(file, { highWaterMark: 1024 * 1024 }), tap, createDeflateRaw({ level: DEFLATE_LEVEL, chunkSize: 256 * 1024 }), createWriteStream(temp, { flags: 'wx' }));
  const compressedSize = (await stat(temp)).size;
  if (compressedSize >= size) {
    await unlink(temp);
    return { crc: crc >>> 0, size, method: 0, compressedSize: size, file };
  }
  return { crc: crc >>> 0, size, method: 8, compressedSize, file: temp, temporary: true };
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

/** Copies a payload file into the archive, checking that it still has the bytes it was measured with. */
async function copyPayload(out: OutputFile, payload: Payload, name: string): Promise<void> {
  let crc = 0;
  let size = 0;
  for await (const chunk of createReadStream(payload.file!, { highWaterMark: 1024 * 1024 })) {
    const buf = chunk as Buffer;
    if (payload.method === 0) crc = crc32(buf, crc);
    size += buf.length;
    await out.append(buf);
  }
  if (size !== payload.compressedSize || (payload.method === 0 && crc >>> 0 !== payload.crc)) {
    throw new Error(`${name} changed while it was being packed; run again`);
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
  const batcher = new Batcher(pool);
  const tmp = path.join(path.dirname(outPath), `.${path.basename(outPath)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  const temporaries: string[] = [];
  const fh = await open(tmp, 'wx');
  const out = new OutputFile(fh);
  const records: CentralRecord[] = [];
  const written: ZipEntryWritten[] = [];
  const queue: { prepared: Promise<Prepared>; seq: number; bytes: number }[] = [];
  let queuedBytes = 0;
  let uncompressedSize = 0;

  const writeNext = async (): Promise<void> => {
    const item = queue.shift()!;
    queuedBytes -= item.bytes;
    batcher.flushIfWaiting(item.seq); // the entry may wait in a batch that is not full yet
    const { input, payload } = await item.prepared;
    checkEntrySize(input.name, payload.size);
    if (out.position + 30 + payload.compressedSize > MAX_32) {
      throw new ZipFormatLimitError(`the archive ${outPath} would pass 4 GiB at entry "${input.name}", which a zip without zip64 cannot address; the bundles this tool writes stay far below that (see "The bundle" in the README)`);
    }
    const name = Buffer.from(input.name, 'utf8');
    const flags = name.some((b) => b >= 0x80) ? 0x0800 : 0; // bit 11: the name is UTF-8
    const record: CentralRecord = { name, flags, method: payload.method, crc: payload.crc, compressedSize: payload.compressedSize, size: payload.size, offset: out.position, mode: input.mode };
    await out.append(localHeader(name, flags, payload.method, payload.crc, payload.compressedSize, payload.size));
    if (payload.bytes) await out.append(payload.bytes);
    else await copyPayload(out, payload, input.name);
    if (payload.temporary) await unlink(payload.file!);
    records.push(record);
    uncompressedSize += record.size;
    const entry: ZipEntryWritten = { name: input.name, size: record.size, compressedSize: record.compressedSize, method: record.method === 8 ? 'deflated' : 'stored', crc32: record.crc };
    written.push(entry);
    options.onEntry?.(entry);
  };

  try {
    for await (const input of entries) {
      if ('file' in input.source) checkEntrySize(input.name, input.source.size);
      while (queue.length > 0 && (queue.length >= READ_AHEAD_ENTRIES || queuedBytes >= READ_AHEAD_BYTES)) await writeNext();
      const bytes = isLarge(input) ? 0 : 'data' in input.source ? input.source.data.length : input.source.size;
      const { seq, prepared } = prepare(input, pool, batcher, tmp);
      prepared.then((p) => p.payload.temporary && temporaries.push(p.payload.file!)).catch(() => undefined);
      prepared.catch(() => undefined); // rejections are handled when the entry's turn comes
      queue.push({ prepared, seq, bytes });
      queuedBytes += bytes;
    }
    batcher.flush();
    while (queue.length > 0) await writeNext();
    const cdOffset = out.position;
    for (const r of records) await out.append(centralHeader(r));
    const cdSize = out.position - cdOffset;
    if (out.position > MAX_32) throw new ZipFormatLimitError(`the archive ${outPath} would pass 4 GiB in its central directory, which a zip without zip64 cannot address`);
    await out.append(endRecords(records.length, cdSize, cdOffset, out.position));
    await out.flush();
    await fh.close();
    await rename(tmp, outPath);
    return { path: outPath, entries: written, size: out.position, uncompressedSize, sha256: out.digest() };
  } catch (err) {
    batcher.flush();
    await Promise.allSettled(queue.map((q) => q.prepared));
    await fh.close().catch(() => undefined);
    await Promise.allSettled([tmp, ...temporaries].map((f) => unlink(f)));
    throw err;
  } finally {
    if (!options.pool) await pool.close();
  }
}

/** Entries of 4 GiB or more need zip64 sizes, which no archive this tool writes needs: refused by name. */
function checkEntrySize(name: string, size: number): void {
  if (size > MAX_32) {
    throw new ZipFormatLimitError(`"${name}" is ${size.toLocaleString('en-US')} bytes; a zip entry without zip64 holds at most 4 GiB − 1 (4,294,967,295 bytes), far more than a bundle may carry (see "The bundle" in the README)`);
  }
}
