// The bad-input corpus of hand-crafted zips (issue 8, items 5 and 6): entries whose data or
// headers lie, and archives whose layout is a bomb. Each case says which finding it must give.
// The same entry corruptions are applied to static files of a bundle, to files inside function
// archives (nested in a bundle, or prebuilt in an app directory) and to plain archives.
import { deflateRawSync } from 'node:zlib';
import { rawZip, type RawEntry } from './raw-zip.js';

export interface EntryCorruption {
  title: string;
  code: 'MMA129' | 'MMA130';
  /** What the message says about the entry (after its name). */
  detail: RegExp;
  /** The victim entry, damaged. The victim is deflated and holds at least 1 KB. */
  corrupt: (victim: RawEntry) => RawEntry;
  /**
   * Independent readers that refuse it too (`unzip -t`, Python's zipfile). Size mismatches that
   * neither notices are refused by Go's archive/zip (checksumReader: ErrFormat, or
   * io.ErrUnexpectedEOF); a local header that disagrees misleads readers that stream local headers.
   */
  alsoRefusedBy: ('unzip' | 'python')[];
}

const deflated = (e: RawEntry) => deflateRawSync(e.data!);

export const ENTRY_CORRUPTIONS: EntryCorruption[] = [
  { title: 'a wrong CRC-32 in both headers', code: 'MMA129', detail: /has CRC-32 0x[0-9a-f]{8}, its headers declare 0x12345678/, alsoRefusedBy: ['unzip', 'python'], corrupt: (e) => ({ ...e, crc: 0x12345678 }) },
  {
    title: 'a flipped bit in the deflate data (valid stream, other bytes)',
    code: 'MMA129',
    detail: /has CRC-32 |has invalid deflate data|unzips to/,
    alsoRefusedBy: ['unzip', 'python'],
    corrupt: (e) => {
      const body = deflated(e);
      body[Math.floor(body.length / 2)]! ^= 0x10;
      return { ...e, body };
    },
  },
  {
    title: 'a deflate stream that is not deflate',
    code: 'MMA129',
    detail: /has invalid deflate data \(invalid/,
    alsoRefusedBy: ['unzip', 'python'],
    corrupt: (e) => ({ ...e, body: Buffer.from([0xff, 0xff, 0xff, 0xff, 0x00, 0x01, 0x02, 0x03]) }),
  },
  { title: 'a truncated deflate stream', code: 'MMA129', detail: /has invalid deflate data \(unexpected end of file\)/, alsoRefusedBy: ['unzip', 'python'], corrupt: (e) => ({ ...e, body: deflated(e).subarray(0, 20) }) },
  { title: 'a declared size larger than the data', code: 'MMA129', detail: /unzips to \d+ bytes, its headers declare \d+/, alsoRefusedBy: [], corrupt: (e) => ({ ...e, size: e.data!.length + 100 }) },
  { title: 'a declared size smaller than the data', code: 'MMA129', detail: /unzips to more than the 10 bytes its headers declare/, alsoRefusedBy: ['python'], corrupt: (e) => ({ ...e, size: 10 }) },
  {
    title: 'a local header with another size than the central directory',
    code: 'MMA130',
    detail: /declares \d+ bytes unzipped, the central directory \d+/,
    alsoRefusedBy: [],
    corrupt: (e) => ({ ...e, local: { size: 5 } }),
  },
  { title: 'a local header with another CRC-32', code: 'MMA130', detail: /declares CRC-32 0x00000bad, the central directory 0x/, alsoRefusedBy: ['unzip'], corrupt: (e) => ({ ...e, local: { crc: 0xbad } }) },
  {
    title: 'a local header with another compressed size',
    code: 'MMA130',
    detail: /declares \d+ bytes compressed, the central directory \d+/,
    alsoRefusedBy: ['unzip'],
    corrupt: (e) => ({ ...e, local: { compressedSize: 3 } }),
  },
  {
    title: 'a local header with another name',
    code: 'MMA130',
    detail: /names "[^"]*evil[^"]*", so readers that trust it see another file/,
    alsoRefusedBy: ['unzip', 'python'],
    corrupt: (e) => ({ ...e, local: { name: `${String(e.name)}.evil` } }),
  },
  { title: 'a local header with another method', code: 'MMA130', detail: /says compression method 0, the central directory 8/, alsoRefusedBy: ['unzip'], corrupt: (e) => ({ ...e, local: { method: 0 } }) },
  {
    title: 'no local header at the offset',
    code: 'MMA130',
    detail: /is missing \(no local header signature at byte \d+\)/,
    alsoRefusedBy: ['unzip', 'python'],
    corrupt: (e) => ({ ...e, local: { signature: 0x12345678 } }),
  },
];

/** A text file that deflates well, for victims. */
export function victim(name: string, size = 4096): RawEntry {
  return { name, method: 8, data: Buffer.from('All work and no play makes Jack a dull boy.\n'.repeat(Math.ceil(size / 44)).slice(0, size)) };
}

export interface ArchiveCase {
  title: string;
  code: 'MMA120' | 'MMA131' | 'MMA132' | 'MMA133';
  message: RegExp;
  /** The archive, built around `good` (entries that are fine by themselves). */
  build: (good: RawEntry[]) => Buffer;
}

export const ARCHIVE_CASES: ArchiveCase[] = [
  {
    title: 'many entries sharing one compressed block (an overlap bomb)',
    code: 'MMA131',
    message: /has 301 entries whose data overlap \(first "[^"]+" and "[^"]+"\)/,
    build: (good) => {
      const bomb = { name: 'z/0.bin', method: 8, data: Buffer.alloc(1024 * 1024) };
      const copies = Array.from({ length: 300 }, (_, i): RawEntry => ({ ...bomb, name: `z/${i + 1}.bin`, sharesWith: good.length }));
      return rawZip([...good, bomb, ...copies]);
    },
  },
  {
    title: 'an entry whose offset points into the central directory',
    code: 'MMA132',
    message: /has an entry "late\.txt" whose data starts inside the central directory/,
    build: (good) => {
      const late: RawEntry = { name: 'late.txt', data: Buffer.from('x') };
      const plain = rawZip([...good, late]);
      const centralDirectory = plain.readUInt32LE(plain.length - 6);
      return rawZip([...good, { ...late, offset: centralDirectory + 10 }]);
    },
  },
  {
    title: 'a central directory with more entries than the end record declares (a hidden entry)',
    code: 'MMA120',
    message: /its central directory holds \d+ entries, its end record declares \d+/,
    build: (good) => rawZip([...good, { name: 'hidden.txt', data: Buffer.from('only some readers see me') }], { declaredCount: good.length }),
  },
  {
    title: 'thousands of small entries that compress too well together (each under the 1 MiB per-entry check)',
    code: 'MMA133',
    message: /unzips to \d+\.\d MiB \([\d,]+ bytes\) from [\d,]+ bytes of compressed data \(\d+:1 overall\), which looks like a decompression bomb/,
    build: (good) => rawZip([...good, ...Array.from({ length: 40 }, (_, i): RawEntry => ({ name: `zeros/${i}.bin`, method: 8, data: Buffer.alloc(512 * 1024) }))]),
  },
];
