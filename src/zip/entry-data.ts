// Reading one entry's data and proving it is what the central directory declares: the local
// header agrees with the central directory (name, method, CRC-32 and sizes), the data inflates
// without error to exactly the declared size, and its CRC-32 matches. Go's archive/zip, which
// appsctl uses, fails such entries with ErrChecksum ("zip: checksum error"), ErrFormat or
// io.ErrUnexpectedEOF for a wrong size (checksumReader.Read in archive/zip/reader.go); it reads
// the local header only for its lengths, which is why a header that disagrees is refused here:
// readers that stream local headers would see other data. Bytes that fail are never handed on:
// a stream holds back its last chunk until the CRC-32 has matched.
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { createInflateRaw, crc32 } from 'node:zlib';
import { UserError } from '../errors.js';
import { finding, type Finding, type Location } from '../findings/finding.js';
import type { ByteSource } from './byte-source.js';
import { inflateInto } from './inflater.js';
import type { ZipEntryInfo } from './listing.js';

/** An entry as the central directory places it. */
export interface LocatedEntry {
  info: ZipEntryInfo;
  rawName: Buffer;
  flags: number;
  /** Offset of the local file header. */
  offset: number;
}

/** Names the archive in messages and gives the location findings carry. */
export interface ArchiveLabel {
  what: string;
  at: Location;
}

/** An entry whose bytes are not what the archive declares: the archive is corrupt, reading it again will not help. */
export class ZipDataError extends UserError {
  override name = 'ZipDataError';
  constructor(readonly finding: Finding) {
    super(finding.message);
  }
}

export const LOCAL_HEADER_SIZE = 30;
const LOCAL_SIGNATURE = 0x04034b50;
const FLAG_ENCRYPTED = 0x1;
const FLAG_DATA_DESCRIPTOR = 0x8;
const ZIP64_EXTRA = 0x0001;
const MAX_32 = 0xffffffff;

export const hex = (n: number) => `0x${(n >>> 0).toString(16).padStart(8, '0')}`;

function dataError(label: ArchiveLabel, name: string, detail: string): ZipDataError {
  return new ZipDataError(finding('MMA129', label.at, label.what, name, detail));
}

function headerError(label: ArchiveLabel, name: string, detail: string): ZipDataError {
  return new ZipDataError(finding('MMA130', label.at, label.what, name, detail));
}

/** The local header's name and extra lengths, from its first 30 bytes. */
export function localHeaderLength(fixed: Buffer, label: ArchiveLabel, e: LocatedEntry): number {
  if (fixed.readUInt32LE(0) !== LOCAL_SIGNATURE) throw headerError(label, e.info.name, `is missing (no local header signature at byte ${e.offset})`);
  return LOCAL_HEADER_SIZE + fixed.readUInt16LE(26) + fixed.readUInt16LE(28);
}

/** Checks a whole local header (30 bytes, name and extra field; more bytes may follow) against the central directory. */
export function checkLocalHeader(header: Buffer, label: ArchiveLabel, e: LocatedEntry): void {
  const fail = (detail: string) => headerError(label, e.info.name, detail);
  const flags = header.readUInt16LE(6);
  const method = header.readUInt16LE(8);
  const crc = header.readUInt32LE(14);
  let compressedSize = header.readUInt32LE(18);
  let size = header.readUInt32LE(22);
  const nameEnd = LOCAL_HEADER_SIZE + header.readUInt16LE(26);
  if (nameEnd - LOCAL_HEADER_SIZE !== e.rawName.length || header.compare(e.rawName, 0, e.rawName.length, LOCAL_HEADER_SIZE, nameEnd) !== 0) {
    throw fail(`names ${JSON.stringify(header.toString('latin1', LOCAL_HEADER_SIZE, nameEnd))}, so readers that trust it see another file`);
  }
  if (method !== e.info.method) throw fail(`says compression method ${method}, the central directory ${e.info.method}`);
  if ((flags & FLAG_ENCRYPTED) !== (e.flags & FLAG_ENCRYPTED)) throw fail('disagrees with the central directory on encryption');
  if (size === MAX_32 || compressedSize === MAX_32) {
    // zip64: the local extra field holds both sizes (APPNOTE 4.5.3)
    const zip64 = zip64Sizes(header.subarray(nameEnd, nameEnd + header.readUInt16LE(28)));
    if (zip64) [size, compressedSize] = zip64;
  }
  // With a data descriptor (flag bit 3) the local fields may be zero; the central directory has the values.
  const agrees = (local: number, central: number) => local === central || ((flags & FLAG_DATA_DESCRIPTOR) !== 0 && local === 0);
  if (!agrees(crc, e.info.crc32)) throw fail(`declares CRC-32 ${hex(crc)}, the central directory ${hex(e.info.crc32)}`);
  if (!agrees(size, e.info.size)) throw fail(`declares ${size} bytes unzipped, the central directory ${e.info.size}`);
  if (!agrees(compressedSize, e.info.compressedSize)) throw fail(`declares ${compressedSize} bytes compressed, the central directory ${e.info.compressedSize}`);
}

function zip64Sizes(extra: Buffer): [number, number] | undefined {
  for (let p = 0; p + 4 <= extra.length;) {
    const id = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (id === ZIP64_EXTRA && length >= 16 && p + 4 + 16 <= extra.length) {
      return [Number(extra.readBigUInt64LE(p + 4)), Number(extra.readBigUInt64LE(p + 12))];
    }
    p += 4 + length;
  }
  return undefined;
}

/**
 * What is wrong with an entry's data, as facts: inflateEntry here and the helper thread of
 * verify-helper.ts find them the same way, and faultError words them once.
 */
export type DataFault = { kind: 'zlib'; message: string } | { kind: 'more' } | { kind: 'size'; actual: number } | { kind: 'crc'; actual: number };

export function faultError(label: ArchiveLabel, e: LocatedEntry, fault: DataFault): ZipDataError {
  const name = e.info.name;
  switch (fault.kind) {
    case 'zlib':
      return dataError(label, name, `has invalid deflate data (${fault.message})`);
    case 'more':
      return dataError(label, name, `unzips to more than the ${e.info.size} bytes its headers declare`);
    case 'size':
      return dataError(label, name, `unzips to ${fault.actual} bytes, its headers declare ${e.info.size}`);
    case 'crc':
      return dataError(label, name, `has CRC-32 ${hex(fault.actual)}, its headers declare ${hex(e.info.crc32)}`);
  }
}

function resultFault(e: LocatedEntry, length: number, crc: number): DataFault | undefined {
  if (length !== e.info.size) return { kind: 'size', actual: length };
  if (crc >>> 0 !== e.info.crc32 >>> 0) return { kind: 'crc', actual: crc >>> 0 };
  return undefined;
}

function inflateError(label: ArchiveLabel, e: LocatedEntry, err: unknown): Error {
  if (err instanceof ZipDataError) return err;
  const code = (err as { code?: string }).code ?? '';
  if (code.startsWith('Z_')) return faultError(label, e, { kind: 'zlib', message: (err as Error).message });
  return err as Error;
}

/**
 * The verified bytes of an entry whose compressed `data` is in memory. With `scratch` (at least
 * the declared size plus one), they are a view of it, valid until its next use: for callers that
 * only check entries.
 */
export function inflateEntry(data: Buffer, label: ArchiveLabel, e: LocatedEntry, scratch?: Buffer): Buffer {
  let out = data;
  if (e.info.method === 8) {
    // One byte more than declared is enough to tell that the data lies; a bomb gets no further.
    const room = scratch && scratch.length > e.info.size ? scratch.subarray(0, e.info.size + 1) : Buffer.allocUnsafe(e.info.size + 1);
    let length: number;
    try {
      length = inflateInto(data, room);
    } catch (err) {
      throw inflateError(label, e, err);
    }
    if (length === room.length) throw faultError(label, e, { kind: 'more' });
    out = room.subarray(0, length);
  }
  const fault = resultFault(e, out.length, crc32(out));
  if (fault) throw faultError(label, e, fault);
  return out;
}

/** Counts and checksums a stream of entry bytes; holds back the last chunk until both match. */
class EntryVerifier extends Transform {
  private crc = 0;
  private count = 0;
  private held: Buffer | undefined;

  constructor(
    private readonly label: ArchiveLabel,
    private readonly entry: LocatedEntry,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.count += chunk.length;
    if (this.count > this.entry.info.size) return callback(faultError(this.label, this.entry, { kind: 'more' }));
    this.crc = crc32(chunk, this.crc);
    const previous = this.held;
    this.held = chunk;
    callback(null, previous);
  }

  override _flush(callback: TransformCallback): void {
    const fault = resultFault(this.entry, this.count, this.crc);
    if (fault) return callback(faultError(this.label, this.entry, fault));
    callback(null, this.held);
  }
}

/** Reads and checks the local header; returns where the entry's data starts. */
export async function dataStart(source: ByteSource, label: ArchiveLabel, e: LocatedEntry): Promise<number> {
  const fixed = await source.read(e.offset, LOCAL_HEADER_SIZE);
  const length = localHeaderLength(fixed, label, e);
  checkLocalHeader(await source.read(e.offset, length), label, e);
  return e.offset + length;
}

/** A stream of the entry's verified bytes; it fails with a ZipDataError when they are not what the headers declare. */
export function entryStream(source: ByteSource, label: ArchiveLabel, e: LocatedEntry): Readable {
  const verifier = new EntryVerifier(label, e);
  let upstream: Readable[] = [];
  const fail = (err: unknown) => {
    if (!verifier.destroyed) verifier.destroy(inflateError(label, e, err));
  };
  // A consumer that stops early (an aborted upload) releases the file stream and the inflater.
  verifier.once('close', () => upstream.forEach((s) => s.destroy()));
  dataStart(source, label, e).then((start) => {
    if (verifier.destroyed) return;
    const raw = source.stream(start, start + e.info.compressedSize);
    raw.on('error', fail);
    if (e.info.method === 8) {
      const inflate = createInflateRaw();
      inflate.on('error', fail);
      upstream = [raw, inflate];
      raw.pipe(inflate).pipe(verifier);
    } else {
      upstream = [raw];
      raw.pipe(verifier);
    }
  }, fail);
  return verifier;
}
