// A deterministic zip writer for function archives and bundles.
//
// Why not archiver: its per-entry streams round-trip 16 KB chunks through the libuv pool and
// compute CRC-32 in JavaScript, which made a node_modules-shaped function three times slower than
// raw zlib (see bench/pack.ts). Here each file is deflated in one call on a worker thread
// (deflate-pool.ts), and the main thread writes them in the order given, so the bytes depend only
// on the entry list: a fixed timestamp, normalised modes, no extra fields, sizes in the local
// header (no data descriptors), no comment (records.ts). Consecutive small files travel to the
// workers in batches and are written a batch at a time, headers and data in one buffer: per file,
// the main thread does little more than write two headers (10,000 files are issue 9's case).
// Large files stream (large-entry.ts). Output is append-only and hashed as it is written.
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { isCompressedFormat } from './compressibility.js';
import { DeflatePool, type BatchEntry, type CompressedEntry } from './deflate-pool.js';
import { changed, copyPayload, LARGE_FILE, prepareLarge, type LargePayload } from './large-entry.js';
import { OutputFile } from './output-file.js';
import { centralHeaderSize, endRecords, localHeaderSize, MAX_32, writeCentralHeader, writeLocalHeader, type EntryRecord } from './records.js';
import { grouped } from '../util/digits.js';

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

/** What a zip without zip64 sizes cannot hold: an entry or an archive of 4 GiB or more. */
export class ZipFormatLimitError extends UserError {
  override name = 'ZipFormatLimitError';
}

/** Bytes and entries read ahead of the writer, per archive. */
const READ_AHEAD_BYTES = 4 * 1024 * 1024;
const READ_AHEAD_ENTRIES = 2048;
/** A batch for the deflate workers closes at this many entries or bytes (see deflate-pool.ts). */
const BATCH_ENTRIES = 64;
const BATCH_BYTES = 512 * 1024;

/** What is written next: a batch of small entries, or one large entry. */
type Unit = { inputs: ZipEntryInput[]; bytes: number } & ({ batch: Promise<CompressedEntry[]> } | { large: Promise<LargePayload> });

function isLarge(input: ZipEntryInput): input is ZipEntryInput & { source: FileSource } {
  return 'file' in input.source && input.source.size > LARGE_FILE;
}

const storeOf = (input: ZipEntryInput) => input.compression === 'store' || isCompressedFormat(input.name);

function batchEntry(input: ZipEntryInput): BatchEntry {
  const source = input.source;
  return 'file' in source ? { file: source.file, size: source.size, store: storeOf(input) } : { data: source.data, store: storeOf(input) };
}

/** Entries of 4 GiB or more need zip64 sizes, which no archive this tool writes needs: refused by name. */
function checkEntrySize(name: string, size: number): void {
  if (size > MAX_32) {
    throw new ZipFormatLimitError(`"${name}" is ${grouped(size)} bytes; a zip entry without zip64 holds at most 4 GiB − 1 (4,294,967,295 bytes), far more than a bundle may carry (see "The bundle" in the README)`);
  }
}

/**
 * Writes `entries`, in the order given, to `outPath`. The archive is written to a temporary file
 * beside it and renamed into place only when complete: on any error nothing is left behind.
 * `entries` may be an async iterable, so a bundle can start on its static files while its
 * function archives are still being built.
 */
export async function writeZip(outPath: string, entries: Iterable<ZipEntryInput> | AsyncIterable<ZipEntryInput>, options: ZipWriteOptions = {}): Promise<ZipWriteResult> {
  const pool = options.pool ?? new DeflatePool();
  const tmp = path.join(path.dirname(outPath), `.${path.basename(outPath)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  const temporaries: string[] = [];
  const fh = await open(tmp, 'wx');
  const out = new OutputFile(fh);
  /** The central directory, a buffer per unit written. */
  const central: Buffer[] = [];
  const written: ZipEntryWritten[] = [];
  const queue: Unit[] = [];
  let queuedBytes = 0;
  let queuedEntries = 0;
  let pending: ZipEntryInput[] = [];
  let pendingBytes = 0;
  let uncompressedSize = 0;
  let flushLater: NodeJS.Immediate | undefined;

  /** Sends the open batch to the workers. */
  const submit = () => {
    if (flushLater) clearImmediate(flushLater);
    flushLater = undefined;
    if (pending.length === 0) return;
    const inputs = pending;
    const batch = pool.compressBatch(inputs.map(batchEntry));
    batch.catch(() => undefined); // rejections are handled when the unit's turn comes
    queue.push({ inputs, bytes: pendingBytes, batch });
    queuedBytes += pendingBytes;
    queuedEntries += inputs.length;
    pending = [];
    pendingBytes = 0;
  };

  const done = (record: EntryRecord, name: string) => {
    uncompressedSize += record.size;
    const entry: ZipEntryWritten = { name, size: record.size, compressedSize: record.compressedSize, method: record.method === 8 ? 'deflated' : 'stored', crc32: record.crc };
    written.push(entry);
    options.onEntry?.(entry);
  };

  const checkOffset = (name: string, end: number) => {
    if (end > MAX_32) {
      throw new ZipFormatLimitError(
        `the archive ${outPath} would pass 4 GiB at entry "${name}", which a zip without zip64 cannot address; the bundles this tool writes stay far below that (see "The bundle" in the README)`,
      );
    }
  };

  /** Writes the unit at the head of the queue: headers and data of a batch in one buffer. */
  const writeNext = async (): Promise<void> => {
    options.signal?.throwIfAborted();
    const unit = queue.shift()!;
    queuedBytes -= unit.bytes;
    queuedEntries -= unit.inputs.length;
    if ('large' in unit) {
      const input = unit.inputs[0]!;
      const payload = await unit.large;
      const record: EntryRecord = { name: Buffer.from(input.name, 'utf8'), method: payload.method, crc: payload.crc, compressedSize: payload.compressedSize, size: payload.size, mode: input.mode };
      checkEntrySize(input.name, record.size);
      checkOffset(input.name, out.position + localHeaderSize(record) + record.compressedSize);
      const cd = Buffer.allocUnsafe(centralHeaderSize(record));
      writeCentralHeader(cd, 0, record, out.position);
      const header = Buffer.allocUnsafe(localHeaderSize(record));
      writeLocalHeader(header, 0, record);
      await out.append(header);
      await copyPayload(out, payload, input.name, options.signal);
      if (payload.temporary) await unlink(payload.file);
      central.push(cd);
      done(record, input.name);
      return;
    }
    const results = await unit.batch;
    const records = results.map((c, i): EntryRecord => {
      const input = unit.inputs[i]!;
      const source = input.source;
      if ('file' in source && c.size !== source.size) throw changed(source.file, source.size, c.size > source.size ? 'more' : c.size);
      checkEntrySize(input.name, c.size);
      return { name: Buffer.from(input.name, 'utf8'), method: c.method, crc: c.crc, compressedSize: c.bytes.length, size: c.size, mode: input.mode };
    });
    const local = Buffer.allocUnsafe(records.reduce((n, r) => n + localHeaderSize(r) + r.compressedSize, 0));
    const cd = Buffer.allocUnsafe(records.reduce((n, r) => n + centralHeaderSize(r), 0));
    let at = 0;
    let cdAt = 0;
    for (let i = 0; i < records.length; i++) {
      const record = records[i]!;
      const offset = out.position + at;
      checkOffset(unit.inputs[i]!.name, offset + localHeaderSize(record) + record.compressedSize);
      cdAt += writeCentralHeader(cd, cdAt, record, offset);
      at += writeLocalHeader(local, at, record);
      at += results[i]!.bytes.copy(local, at);
    }
    await out.append(local);
    central.push(cd);
    for (let i = 0; i < records.length; i++) done(records[i]!, unit.inputs[i]!.name);
  };

  try {
    for await (const input of entries) {
      options.signal?.throwIfAborted();
      if ('file' in input.source) checkEntrySize(input.name, input.source.size);
      while (queue.length > 0 && (queuedEntries >= READ_AHEAD_ENTRIES || queuedBytes >= READ_AHEAD_BYTES)) await writeNext();
      if (isLarge(input)) {
        submit();
        const large = prepareLarge(input.source.file, input.source.size, pool, storeOf(input), tmp, options.signal);
        large.then((p) => p.temporary && temporaries.push(p.file)).catch(() => undefined);
        queue.push({ inputs: [input], bytes: 0, large });
        queuedEntries++;
        continue;
      }
      pending.push(input);
      pendingBytes += 'data' in input.source ? input.source.data.length : input.source.size;
      // Full, or a worker has nothing to do: workers never wait for a batch to fill. Nor does
      // a batch wait for entries that are slow to come (function archives still being built).
      if (pending.length >= BATCH_ENTRIES || pendingBytes >= BATCH_BYTES || pool.inFlight < pool.size) submit();
      else flushLater ??= setImmediate(submit);
    }
    submit();
    while (queue.length > 0) await writeNext();
    const cdOffset = out.position;
    for (const cd of central) await out.append(cd);
    const cdSize = out.position - cdOffset;
    if (out.position > MAX_32) throw new ZipFormatLimitError(`the archive ${outPath} would pass 4 GiB in its central directory, which a zip without zip64 cannot address`);
    await out.append(endRecords(written.length, cdSize, cdOffset, out.position));
    await out.flush();
    await fh.close();
    await rename(tmp, outPath);
    return { path: outPath, entries: written, size: out.position, uncompressedSize, sha256: out.digest() };
  } catch (err) {
    if (flushLater) clearImmediate(flushLater);
    await Promise.allSettled(queue.map((u) => ('large' in u ? u.large : u.batch)));
    await fh.close().catch(() => undefined);
    await Promise.allSettled([tmp, ...temporaries].map((f) => unlink(f)));
    throw err;
  } finally {
    if (!options.pool) await pool.close();
  }
}
