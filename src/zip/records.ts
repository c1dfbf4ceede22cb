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

export interface CentralRecord {
  name: Buffer;
  flags: number;
  method: 0 | 8;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
  mode: number;
}

/** A small buffer from Node's pool (one ArrayBuffer per header would keep the GC busy), zeroed. */
function zeroed(length: number): Buffer {
  return Buffer.allocUnsafe(length).fill(0);
}

export function localHeader(name: Buffer, flags: number, method: 0 | 8, crc: number, csize: number, size: number): Buffer {
  const h = zeroed(30 + name.length);
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
  // extra field length 0
  name.copy(h, 30);
  return h;
}

export function centralHeader(r: CentralRecord): Buffer {
  const h = zeroed(46 + r.name.length);
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
  r.name.copy(h, 46);
  return h;
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
