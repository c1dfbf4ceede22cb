// Builds zip files byte by byte, for the malformed and malicious archives that real zip tools
// refuse to produce (traversal names, duplicates, wrong sizes, unknown methods, wrong CRCs,
// local headers that disagree with the central directory, entries that share their data).
import { crc32, deflateRawSync } from 'node:zlib';

export interface RawEntry {
  name: string | Buffer;
  data?: Buffer;
  /** 0 stored, 8 deflated, anything else is written as is (with stored bytes). */
  method?: number;
  flags?: number;
  /** Unix mode bits for the high word of the external attributes (default regular file 0644). */
  unixMode?: number;
  /** Overrides of what both headers declare. */
  size?: number;
  compressedSize?: number;
  crc?: number;
  /** The bytes written as the entry's data instead of the (deflated) data: corrupt streams. */
  body?: Buffer;
  /** Where the local header says something else than the central directory. */
  local?: { name?: string | Buffer; method?: number; flags?: number; crc?: number; size?: number; compressedSize?: number; signature?: number };
  /** Writes no local header and data: the central record points at entry `sharesWith`'s (a bomb's trick). */
  sharesWith?: number;
  /** The central record's local header offset, overriding the real one. */
  offset?: number;
}

export interface RawZipOptions {
  /** The entry count the end record declares (default: the number of central records). */
  declaredCount?: number;
}

export function rawZip(entries: RawEntry[], options: RawZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const offsets: number[] = [];
  const bodies: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = typeof e.name === 'string' ? Buffer.from(e.name) : e.name;
    const data = e.data ?? Buffer.alloc(0);
    const method = e.method ?? 0;
    const body = e.sharesWith !== undefined ? bodies[e.sharesWith]! : (e.body ?? (method === 8 ? deflateRawSync(data) : data));
    bodies.push(body);
    const crc = e.crc ?? crc32(data) >>> 0;
    const size = e.size ?? data.length;
    const csize = e.compressedSize ?? body.length;
    const flags = e.flags ?? 0;
    let at = offset;
    if (e.sharesWith !== undefined) at = offsets[e.sharesWith]!;
    else {
      const l = e.local ?? {};
      const localName = l.name === undefined ? name : typeof l.name === 'string' ? Buffer.from(l.name) : l.name;
      const lh = Buffer.alloc(30);
      lh.writeUInt32LE(l.signature ?? 0x04034b50, 0);
      lh.writeUInt16LE(20, 4);
      lh.writeUInt16LE(l.flags ?? flags, 6);
      lh.writeUInt16LE(l.method ?? method, 8);
      lh.writeUInt16LE(0x0021, 12);
      lh.writeUInt32LE(l.crc ?? crc, 14);
      lh.writeUInt32LE(l.compressedSize ?? csize, 18);
      lh.writeUInt32LE(l.size ?? size, 22);
      lh.writeUInt16LE(localName.length, 26);
      // With flag bit 3 the sizes and CRC follow the data, in a data descriptor.
      const descriptor = Buffer.alloc(flags & 0x8 ? 16 : 0);
      if (descriptor.length > 0) {
        descriptor.writeUInt32LE(0x08074b50, 0);
        descriptor.writeUInt32LE(crc, 4);
        descriptor.writeUInt32LE(csize, 8);
        descriptor.writeUInt32LE(size, 12);
      }
      locals.push(lh, localName, body, descriptor);
      offset += 30 + localName.length + body.length + descriptor.length;
    }
    offsets.push(at);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE((3 << 8) | 20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(flags, 8);
    ch.writeUInt16LE(method, 10);
    ch.writeUInt16LE(0x0021, 14);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(csize, 20);
    ch.writeUInt32LE(size, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(((e.unixMode ?? 0o100644) << 16) >>> 0, 38);
    ch.writeUInt32LE(e.offset ?? at, 42);
    centrals.push(ch, name);
  }
  const cd = Buffer.concat(centrals);
  const count = options.declaredCount ?? entries.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** Offset of the first occurrence of `needle` in a zip (to damage bytes after the fact). */
export function offsetOf(zip: Buffer, needle: string | Buffer): number {
  const at = zip.indexOf(needle);
  if (at < 0) throw new Error(`not found: ${needle.toString()}`);
  return at;
}
