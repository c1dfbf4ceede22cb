// Reads zip archives that come from outside (prebuilt function archives, bundles built by a
// Makefile) safely: the whole central directory is checked before any byte is extracted
// (listing.ts), `verify` checks every entry's data the way Go's archive/zip and `unzip -t` do
// (verify.ts), and every read of an entry is verified as it streams (entry-data.ts): bytes that
// do not match their CRC-32 and size are never handed on. The central directory is parsed in
// central-directory.ts.
import { createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { finding, type Finding } from '../findings/finding.js';
import { openSource, type ByteSource } from './byte-source.js';
import { readCentralDirectory } from './central-directory.js';
import { entryStream, inflateEntry, LOCAL_HEADER_SIZE, localHeaderLength, checkLocalHeader, type ArchiveLabel, type LocatedEntry } from './entry-data.js';
import { DEFAULT_LIMITS, listEntries, type ZipEntryInfo, type ZipLimits } from './listing.js';
import { verifyEntries, type VerifyOptions } from './verify.js';

export { DEFAULT_LIMITS, unsafeNameProblem, type ZipEntryInfo, type ZipLimits } from './listing.js';
export { ZipDataError } from './entry-data.js';

/** Entries up to this size are read in one piece by `read`; larger ones are streamed. */
const READ_WHOLE = 16 * 1024 * 1024;

/** An open archive whose listing passed every check. */
export class ZipArchive {
  private readonly byName: Map<string, LocatedEntry>;
  readonly entries: ZipEntryInfo[];

  private constructor(
    private readonly source: ByteSource,
    private readonly located: LocatedEntry[],
    private readonly centralDirectory: number,
    private readonly label: ArchiveLabel,
  ) {
    this.byName = new Map(located.map((e) => [e.info.name, e]));
    this.entries = located.map((e) => e.info);
  }

  /**
   * Opens and checks `source`, a file or bytes already in memory (an archive inside a bundle).
   * `what` names the archive in messages and `path` is the location findings carry. Returns the
   * archive only when there is no error.
   */
  static async open(source: string | Buffer, what: string, path: string, limits: ZipLimits = DEFAULT_LIMITS): Promise<{ archive?: ZipArchive; findings: Finding[] }> {
    const label = { what, at: { path } };
    let bytes: ByteSource;
    try {
      bytes = await openSource(source);
    } catch (err) {
      return { findings: [finding('MMA120', label.at, what, describeZipError(err))] };
    }
    try {
      const cd = await readCentralDirectory(bytes);
      if (cd.declared > limits.maxEntries) {
        await bytes.close();
        return { findings: [finding('MMA125', label.at, what, cd.declared, limits.maxEntries)] };
      }
      const listed = listEntries(await cd.records(), cd.offset, label, limits);
      if (listed.findings.some((f) => f.severity === 'error')) {
        await bytes.close();
        return { findings: listed.findings };
      }
      return { archive: new ZipArchive(bytes, listed.entries, cd.offset, label), findings: listed.findings };
    } catch (err) {
      await bytes.close();
      return { findings: [finding('MMA120', label.at, what, describeZipError(err))] };
    }
  }

  /**
   * Checks every entry's data: local headers agree with the central directory, deflate data is
   * valid, sizes and CRC-32 match. Returns a finding per bad entry (MMA129–MMA132), in archive
   * order. Archives of many entries are checked on two threads (`options.helper` decides).
   */
  async verify(options: VerifyOptions = {}): Promise<Finding[]> {
    try {
      return await verifyEntries(this.source, this.located, this.centralDirectory, this.label, options);
    } catch (err) {
      return [finding('MMA120', this.label.at, this.label.what, describeZipError(err))];
    }
  }

  private entry(name: string, limit: number): LocatedEntry {
    const e = this.byName.get(name);
    if (!e) throw new Error(`${this.label.what} has no entry "${name}"`);
    if (e.info.size > limit) throw new Error(`"${name}" in ${this.label.what} is larger than ${limit} bytes (${e.info.size})`);
    return e;
  }

  /**
   * The entry's bytes as a stream, verified as they pass: the stream fails with a ZipDataError
   * when they differ from the declared size or CRC-32, and only then releases its last chunk, so
   * a consumer that stops on error (an upload) never completes with corrupt bytes. Refuses
   * entries larger than `limit` bytes.
   */
  stream(name: string, limit: number): Readable {
    return entryStream(this.source, this.label, this.entry(name, limit));
  }

  /** The entry's verified bytes; refuses entries larger than `maxBytes`. */
  async read(name: string, maxBytes: number): Promise<Buffer> {
    const e = this.entry(name, maxBytes);
    if (e.info.size > READ_WHOLE || e.info.compressedSize > READ_WHOLE) {
      const chunks: Buffer[] = [];
      for await (const chunk of this.stream(name, maxBytes)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    }
    // One read for the local header and the data, unless the header has an extra field.
    const guess = LOCAL_HEADER_SIZE + e.rawName.length;
    let bytes = await this.source.read(e.offset, Math.min(this.source.size - e.offset, guess + e.info.compressedSize));
    const length = localHeaderLength(bytes, this.label, e);
    if (length !== guess) bytes = await this.source.read(e.offset, length + e.info.compressedSize);
    checkLocalHeader(bytes.subarray(0, length), this.label, e);
    const data = bytes.subarray(length, length + e.info.compressedSize);
    // An in-memory source hands out views of its bytes: give the caller its own copy.
    const out = inflateEntry(data, this.label, e);
    return out === data ? Buffer.from(out) : out;
  }

  async extract(name: string, dest: string): Promise<void> {
    await pipeline(this.stream(name, Number.MAX_SAFE_INTEGER), createWriteStream(dest, { flags: 'wx', mode: 0o600 }));
  }

  close(): void {
    void this.source.close().catch(() => undefined);
  }
}

function describeZipError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if ((err as { code?: string }).code === 'EISDIR') return 'it is a directory';
  return message;
}
