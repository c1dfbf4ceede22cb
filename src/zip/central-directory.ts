// Parses an archive's end records and central directory (APPNOTE 6.3.10 §4.3.12–4.3.16), in one
// read of the directory. yauzl reads each record with two reads through a callback chain; on a
// 10,000-entry bundle that was as costly as inflating and checksumming every entry (see
// bench/pack.ts), against a tenth of it here. Stricter than yauzl where readers could disagree:
// the directory must end where the end record begins, and hold exactly the entries it declares.
import type { ByteSource } from './byte-source.js';

export interface CentralRecord {
  versionMadeBy: number;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  externalAttributes: number;
  /** Offset of the local file header. */
  offset: number;
  rawName: Buffer;
}

export interface CentralDirectory {
  /** Where the directory starts: entry data must end before it. */
  offset: number;
  /** The entry count the end record declares. */
  declared: number;
  /** Reads the records; throws a ZipFormatError on the first malformed one. */
  records(): Promise<CentralRecord[]>;
}

export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_EOCD_SIZE = 56;
const CENTRAL = 0x02014b50;
const CENTRAL_SIZE = 46;
const MAX_16 = 0xffff;
const MAX_32 = 0xffffffff;

const u64 = (b: Buffer, at: number) => {
  const n = b.readBigUInt64LE(at);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('a zip64 field is larger than 2^53');
  return Number(n);
};

/** Finds the end records and where the directory is; reads no record yet. */
export async function readCentralDirectory(source: ByteSource): Promise<CentralDirectory> {
  const tailLength = Math.min(source.size, EOCD_SIZE + MAX_16 + ZIP64_LOCATOR_SIZE);
  const tail = await source.read(source.size - tailLength, tailLength);
  // The comment may not contain the signature; search from the end, as every reader does.
  let at = -1;
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD && tail.readUInt16LE(i + 20) === tail.length - i - EOCD_SIZE) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new ZipFormatError('no zip end-of-central-directory record: not a zip file, or truncated');
  const end = tail.subarray(at);
  const endPosition = source.size - tailLength + at;
  if (end.readUInt16LE(4) !== 0 || end.readUInt16LE(6) !== 0) throw new ZipFormatError('it spans several disks');
  let declared = end.readUInt16LE(10);
  let size = end.readUInt32LE(12);
  let offset = end.readUInt32LE(16);
  let directoryEnd = endPosition;
  if (at >= ZIP64_LOCATOR_SIZE && tail.readUInt32LE(at - ZIP64_LOCATOR_SIZE) === ZIP64_LOCATOR) {
    const zip64Position = u64(tail, at - ZIP64_LOCATOR_SIZE + 8);
    if (zip64Position + ZIP64_EOCD_SIZE > endPosition - ZIP64_LOCATOR_SIZE) throw new ZipFormatError('its zip64 end record is out of place');
    const zip64 = await source.read(zip64Position, ZIP64_EOCD_SIZE);
    if (zip64.readUInt32LE(0) !== ZIP64_EOCD) throw new ZipFormatError('its zip64 end record is missing');
    if (zip64.readUInt32LE(16) !== 0 || zip64.readUInt32LE(20) !== 0) throw new ZipFormatError('it spans several disks');
    declared = u64(zip64, 32);
    size = u64(zip64, 40);
    offset = u64(zip64, 48);
    directoryEnd = zip64Position;
  }
  if (offset + size !== directoryEnd) {
    throw new ZipFormatError(`its end record places the central directory at bytes ${offset}–${offset + size}, but it ends at ${directoryEnd} (data before the archive, or a damaged directory)`);
  }
  return {
    offset,
    declared,
    records: async () => {
      return parseRecords(await source.read(offset, size), offset, declared);
    },
  };
}

function parseRecords(cd: Buffer, base: number, declared: number): CentralRecord[] {
  const records: CentralRecord[] = [];
  let p = 0;
  while (p < cd.length) {
    if (p + CENTRAL_SIZE > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError(`no central directory record at byte ${base + p}`);
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    const next = p + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > cd.length) throw new ZipFormatError(`the central directory record at byte ${base + p} runs past the directory`);
    const r: CentralRecord = {
      versionMadeBy: cd.readUInt16LE(p + 4),
      flags: cd.readUInt16LE(p + 8),
      method: cd.readUInt16LE(p + 10),
      crc32: cd.readUInt32LE(p + 16),
      compressedSize: cd.readUInt32LE(p + 20),
      size: cd.readUInt32LE(p + 24),
      externalAttributes: cd.readUInt32LE(p + 38),
      offset: cd.readUInt32LE(p + 42),
      rawName: cd.subarray(p + CENTRAL_SIZE, p + CENTRAL_SIZE + nameLength),
    };
    if (r.size === MAX_32 || r.compressedSize === MAX_32 || r.offset === MAX_32) zip64Fields(r, cd.subarray(p + CENTRAL_SIZE + nameLength, p + CENTRAL_SIZE + nameLength + extraLength), base + p);
    records.push(r);
    p = next;
  }
  // Go's archive/zip reads records until the signature stops and then compares the count; yauzl
  // stops at the count. Either way, a directory with other than the declared entries hides files.
  if (records.length !== declared) throw new ZipFormatError(`its central directory holds ${records.length} entries, its end record declares ${declared}`);
  return records;
}

/** The zip64 extended information extra field (0x0001): 64-bit values for the fields set to 0xffffffff, in order. */
function zip64Fields(r: CentralRecord, extra: Buffer, at: number): void {
  for (let p = 0; p + 4 <= extra.length; p += 4 + extra.readUInt16LE(p + 2)) {
    if (extra.readUInt16LE(p) !== 0x0001) continue;
    const field = extra.subarray(p + 4, p + 4 + extra.readUInt16LE(p + 2));
    let q = 0;
    const take = () => {
      if (q + 8 > field.length) throw new ZipFormatError(`the zip64 field of the record at byte ${at} is too short`);
      q += 8;
      return u64(field, q - 8);
    };
    if (r.size === MAX_32) r.size = take();
    if (r.compressedSize === MAX_32) r.compressedSize = take();
    if (r.offset === MAX_32) r.offset = take();
    return;
  }
  // No zip64 field: the values are what they say (yauzl 3.1.1 reads them so too).
}
