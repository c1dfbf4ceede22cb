// The zip records the writer emits, byte for byte (APPNOTE 6.3.10 §4.3): local file headers,
// central directory headers and the end records. Every field that could vary between machines
// is fixed: one timestamp, Unix "made by", no extra fields, no comments. zip64 end records are
// written only when an archive has more than 65,535 entries, so smaller archives are plain zip.

/** 1980-01-01 00:00:00, the smallest DOS timestamp: date word 0x0021, time word 0. */
const DOS_DATE = 0x0021;
const DOS_TIME = 0;
/** Entries a zip without zip64 end records can count. */
export const MAX_ENTRIES = 0xffff;
export const MAX_32 = 0xffffffff;

/** What both headers of an entry say. */
export interface EntryRecord {
  name: Buffer;
  method: 0 | 8;
  crc: number;
  compressedSize: number;
  size: number;
  /** Unix permission bits. */
  mode: number;
}

export const localHeaderSize = (r: EntryRecord) => 30 + r.name.length;
export const centralHeaderSize = (r: EntryRecord) => 46 + r.name.length;

/** Bit 11: the name is UTF-8 (set only when it has non-ASCII bytes, as Info-ZIP does). */
function flagsOf(name: Buffer): number {
  for (let i = 0; i < name.length; i++) if (name[i]! >= 0x80) return 0x0800;
  return 0;
}

/** Writes the local file header of `r` into `h` at `at`; returns its length. */
export function writeLocalHeader(h: Buffer, at: number, r: EntryRecord): number {
  h.fill(0, at, at + 30);
  h.writeUInt32LE(0x04034b50, at);
  h.writeUInt16LE(r.method === 8 ? 20 : 10, at + 4); // version needed to extract
  h.writeUInt16LE(flagsOf(r.name), at + 6);
  h.writeUInt16LE(r.method, at + 8);
  h.writeUInt16LE(DOS_TIME, at + 10);
  h.writeUInt16LE(DOS_DATE, at + 12);
  h.writeUInt32LE(r.crc, at + 14);
  h.writeUInt32LE(r.compressedSize, at + 18);
  h.writeUInt32LE(r.size, at + 22);
  h.writeUInt16LE(r.name.length, at + 26);
  // extra field length 0
  r.name.copy(h, at + 30);
  return localHeaderSize(r);
}

/** Writes the central directory header of `r`, whose local header is at `offset`; returns its length. */
export function writeCentralHeader(h: Buffer, at: number, r: EntryRecord, offset: number): number {
  h.fill(0, at, at + 46);
  h.writeUInt32LE(0x02014b50, at);
  h.writeUInt16LE((3 << 8) | 20, at + 4); // made by: Unix, spec 2.0
  h.writeUInt16LE(r.method === 8 ? 20 : 10, at + 6);
  h.writeUInt16LE(flagsOf(r.name), at + 8);
  h.writeUInt16LE(r.method, at + 10);
  h.writeUInt16LE(DOS_TIME, at + 12);
  h.writeUInt16LE(DOS_DATE, at + 14);
  h.writeUInt32LE(r.crc, at + 16);
  h.writeUInt32LE(r.compressedSize, at + 20);
  h.writeUInt32LE(r.size, at + 24);
  h.writeUInt16LE(r.name.length, at + 28);
  // extra length, comment length, disk number, internal attributes: 0
  h.writeUInt32LE(((0o100000 | r.mode) << 16) >>> 0, at + 38); // S_IFREG | mode, in the high word
  h.writeUInt32LE(offset, at + 42);
  r.name.copy(h, at + 46);
  return centralHeaderSize(r);
}

/**
 * The end records for `count` entries whose central directory of `size` bytes starts at
 * `offset`; `position` is where they are written. Above 65,535 entries the count moves to a zip64
 * end record and its locator (APPNOTE §4.3.14, §4.3.15), which Go's archive/zip, yauzl, Info-ZIP
 * unzip and Python's zipfile all read; the classic record then says 0xffff.
 */
export function endRecords(count: number, size: number, offset: number, position: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(count, MAX_ENTRIES), 8);
  end.writeUInt16LE(Math.min(count, MAX_ENTRIES), 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  if (count <= MAX_ENTRIES) return end;
  const zip64 = Buffer.alloc(56);
  zip64.writeUInt32LE(0x06064b50, 0);
  zip64.writeBigUInt64LE(44n, 4); // size of the rest of this record
  zip64.writeUInt16LE((3 << 8) | 45, 12); // made by: Unix, spec 4.5
  zip64.writeUInt16LE(45, 14); // version needed: zip64
  // disk numbers: 0
  zip64.writeBigUInt64LE(BigInt(count), 24);
  zip64.writeBigUInt64LE(BigInt(count), 32);
  zip64.writeBigUInt64LE(BigInt(size), 40);
  zip64.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(position), 8);
  locator.writeUInt32LE(1, 16); // total number of disks
  return Buffer.concat([zip64, locator, end]);
}
