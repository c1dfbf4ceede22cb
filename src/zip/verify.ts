// Verifies every entry of an archive in one pass over its bytes, in the order they lie in the
// file: each local header against the central directory, each entry's exact extent (no overlap,
// nothing in the central directory), and its data against its size and CRC-32 (entry-data.ts).
// Reading the file front to back in large windows, and inflating small entries in one call with
// one reused zlib stream (on two threads for archives of many bytes), keeps this near what
// `unzip -t` costs; a stream per entry cost ten times more for many small files.
import { finding, type Finding } from '../findings/finding.js';
import type { ByteSource } from './byte-source.js';
import { checkLocalHeader, entryStream, faultError, inflateEntry, LOCAL_HEADER_SIZE, localHeaderLength, ZipDataError, type ArchiveLabel, type LocatedEntry } from './entry-data.js';
import { VerifyHelper } from './verify-helper.js';

/** Bytes read at once. */
const WINDOW = 1024 * 1024;
/** Entries up to this size (compressed and not) are checked in memory; larger ones are streamed. */
const IN_MEMORY = 16 * 1024 * 1024;

/**
 * Sequential reads through a window; a request outside it moves the window. `get` answers from
 * the window without a promise when it can: two awaits per entry were a tenth of checking 10,000.
 */
class Window {
  private start = 0;
  private bytes: Buffer = Buffer.alloc(0);
  constructor(private readonly source: ByteSource) {}

  /** The bytes, or undefined when they are not in the window (then `load` them). */
  get(position: number, length: number): Buffer | undefined {
    if (position < this.start || position + length > this.start + this.bytes.length) return undefined;
    return this.bytes.subarray(position - this.start, position - this.start + length);
  }

  async load(position: number, length: number): Promise<Buffer> {
    this.start = position;
    this.bytes = await this.source.read(position, Math.max(length, Math.min(WINDOW, this.source.size - position)));
    return this.bytes.subarray(0, length);
  }
}

/**
 * From this many bytes of small entries on, a helper thread shares the inflating
 * (verify-helper.ts). Starting it costs about as much as inflating 100 MB with a reused stream
 * (inflater.ts), measured here: 28 MiB in 10,000 files checked in 285 ms alone and 320 ms with
 * it; 196 MB in 2,000 files, 420 ms alone and 380 ms with it.
 */
const HELPER_FROM_BYTES = 96 * 1024 * 1024;
/** Small entries go to the helper, or are checked here, a chunk at a time. */
const CHUNK_ENTRIES = 128;
const CHUNK_BYTES = 1024 * 1024;

const isSmall = (e: LocatedEntry) => e.info.compressedSize <= IN_MEMORY && e.info.size <= IN_MEMORY;

export interface VerifyOptions {
  /** Use a helper thread (default: for archives whose small entries unzip to HELPER_FROM_BYTES or more). */
  helper?: boolean;
}

/**
 * Checks the data of `entries` (all of an archive's entries that passed the listing checks).
 * Returns a finding per bad entry, in the order the entries lie in the archive; the pass goes on
 * after one, so that every bad entry is named.
 */
export async function verifyEntries(source: ByteSource, entries: readonly LocatedEntry[], centralDirectory: number, label: ArchiveLabel, options: VerifyOptions = {}): Promise<Finding[]> {
  const found: { offset: number; finding: Finding }[] = [];
  const report = (e: LocatedEntry, err: unknown) => {
    if (!(err instanceof ZipDataError)) throw err;
    found.push({ offset: e.offset, finding: err.finding });
  };
  const window = new Window(source);
  // Entries are only checked here, so they inflate into one buffer (grown for a larger entry).
  let scratch = Buffer.allocUnsafeSlow(256 * 1024);
  const check = (data: Buffer, e: LocatedEntry) => {
    if (scratch.length <= e.info.size) scratch = Buffer.allocUnsafeSlow(e.info.size + 1);
    inflateEntry(data, label, e, scratch);
  };
  const byOffset = [...entries].sort((a, b) => a.offset - b.offset);
  const helper = (options.helper ?? byOffset.reduce((n, e) => (isSmall(e) ? n + e.info.size : n), 0) >= HELPER_FROM_BYTES) ? new VerifyHelper() : undefined;
  const answers: Promise<void>[] = [];
  let chunk: { e: LocatedEntry; data: Buffer }[] = [];
  let chunkBytes = 0;
  /** Hands the chunk to the helper when it has little to do; checks it here otherwise. */
  const flush = () => {
    const items = chunk;
    chunk = [];
    chunkBytes = 0;
    if (items.length === 0) return;
    if (helper && helper.busy < 2) {
      const answer = helper.check(items.map(({ e, data }) => ({ data, method: e.info.method, size: e.info.size, crc32: e.info.crc32 })));
      answers.push(answer.then((faults) => faults.forEach((fault, i) => fault && report(items[i]!.e, faultError(label, items[i]!.e, fault)))));
      return;
    }
    for (const { e, data } of items) {
      try {
        check(data, e);
      } catch (err) {
        report(e, err);
      }
    }
  };

  try {
    let previous: { name: string; end: number } | undefined;
    for (const e of byOffset) {
      try {
        const small = isSmall(e);
        const data = small ? e.info.compressedSize : 0;
        // One read for the local header and the data, unless the header has an extra field (the
        // listing made sure that this much lies before the central directory).
        const guess = LOCAL_HEADER_SIZE + e.rawName.length;
        let bytes = window.get(e.offset, guess + data) ?? (await window.load(e.offset, guess + data));
        const length = localHeaderLength(bytes, label, e);
        if (length !== guess) {
          const all = Math.min(length + data, source.size - e.offset);
          bytes = window.get(e.offset, all) ?? (await window.load(e.offset, all));
        }
        checkLocalHeader(bytes, label, e);
        const start = e.offset + length;
        const end = start + e.info.compressedSize;
        if (end > centralDirectory) {
          found.push({ offset: e.offset, finding: finding('MMA132', label.at, label.what, e.info.name, 'runs into the central directory') });
          continue;
        }
        if (previous && previous.end > e.offset) {
          found.push({ offset: e.offset, finding: finding('MMA131', label.at, label.what, 2, previous.name, e.info.name) });
          continue;
        }
        previous = { name: e.info.name, end };
        if (!small) for await (const piece of entryStream(source, label, e)) void piece;
        else if (!helper) check(bytes.subarray(length, length + data), e);
        else {
          chunk.push({ e, data: bytes.subarray(length, length + data) });
          chunkBytes += data;
          if (chunk.length >= CHUNK_ENTRIES || chunkBytes >= CHUNK_BYTES) flush();
        }
      } catch (err) {
        report(e, err);
      }
    }
    flush();
    await Promise.all(answers);
  } finally {
    await Promise.allSettled(answers);
    await helper?.close();
  }
  return found.sort((a, b) => a.offset - b.offset).map((f) => f.finding);
}
