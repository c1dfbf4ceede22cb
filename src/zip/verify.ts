// Verifies every entry of an archive in one pass over its bytes, in the order they lie in the
// file: each local header against the central directory, each entry's exact extent (no overlap,
// nothing in the central directory), and its data against its size and CRC-32 (entry-data.ts).
// Reading the file front to back in large windows, and inflating small entries in one call, makes
// this cost about what `unzip -t` costs; a stream per entry cost ten times more for many small files.
import { finding, type Finding } from '../findings/finding.js';
import type { ByteSource } from './byte-source.js';
import { entryStream, inflateEntry, LOCAL_HEADER_SIZE, checkLocalHeader, localHeaderLength, ZipDataError, type ArchiveLabel, type LocatedEntry } from './entry-data.js';

/** Bytes read at once. */
const WINDOW = 1024 * 1024;
/** Entries up to this size (compressed and not) are checked in memory; larger ones are streamed. */
const IN_MEMORY = 16 * 1024 * 1024;

/** Sequential reads through a window; a request outside it moves the window. */
class Window {
  private start = 0;
  private bytes: Buffer = Buffer.alloc(0);
  constructor(private readonly source: ByteSource) {}

  async get(position: number, length: number): Promise<Buffer> {
    if (position < this.start || position + length > this.start + this.bytes.length) {
      this.start = position;
      this.bytes = await this.source.read(position, Math.max(length, Math.min(WINDOW, this.source.size - position)));
    }
    return this.bytes.subarray(position - this.start, position - this.start + length);
  }
}

/**
 * Checks the data of `entries` (all of an archive's entries that passed the listing checks).
 * Returns a finding per bad entry; the pass goes on after one, so that every bad entry is named.
 */
export async function verifyEntries(source: ByteSource, entries: readonly LocatedEntry[], centralDirectory: number, label: ArchiveLabel): Promise<Finding[]> {
  const findings: Finding[] = [];
  const window = new Window(source);
  const byOffset = [...entries].sort((a, b) => a.offset - b.offset);
  let previous: { name: string; end: number } | undefined;
  for (const e of byOffset) {
    try {
      const small = e.info.compressedSize <= IN_MEMORY && e.info.size <= IN_MEMORY;
      const data = small ? e.info.compressedSize : 0;
      // One read for the local header and the data, unless the header has an extra field (the
      // listing made sure that this much lies before the central directory).
      const guess = LOCAL_HEADER_SIZE + e.rawName.length;
      let bytes = await window.get(e.offset, guess + data);
      const length = localHeaderLength(bytes, label, e);
      if (length !== guess) bytes = await window.get(e.offset, Math.min(length + data, source.size - e.offset));
      checkLocalHeader(bytes, label, e);
      const start = e.offset + length;
      const end = start + e.info.compressedSize;
      if (end > centralDirectory) {
        findings.push(finding('MMA132', label.at, label.what, e.info.name, 'runs into the central directory'));
        continue;
      }
      if (previous && previous.end > e.offset) {
        findings.push(finding('MMA131', label.at, label.what, 2, previous.name, e.info.name));
        continue;
      }
      previous = { name: e.info.name, end };
      if (small) inflateEntry(bytes.subarray(length, length + data), label, e);
      else for await (const chunk of entryStream(source, label, e)) void chunk;
    } catch (err) {
      if (!(err instanceof ZipDataError)) throw err;
      findings.push(err.finding);
    }
  }
  return findings;
}
