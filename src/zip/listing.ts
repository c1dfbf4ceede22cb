// The checks on an untrusted archive's central directory, made before any entry is read. Names are
// taken raw, as Go's archive/zip and the Apps plugin see them (no Info-ZIP Unicode path field),
// and refused when absolute, escaping, or unclean; symlinks, duplicates, encrypted entries,
// unknown compression, too many entries and too many bytes are refused; so are the bombs built
// from the layout itself: entries whose data overlap (many names for one compressed block),
// entries that point into the central directory, and a compression ratio too high for the
// archive as a whole, not only per entry.
import type yauzl from 'yauzl';
import { finding, type Finding } from '../findings/finding.js';
import { LOCAL_HEADER_SIZE, type ArchiveLabel, type LocatedEntry } from './entry-data.js';

export interface ZipEntryInfo {
  name: string;
  size: number;
  compressedSize: number;
  method: number;
  directory: boolean;
  executable: boolean;
  /** CRC-32 of the uncompressed bytes, from the central directory. */
  crc32: number;
}

export interface ZipLimits {
  maxEntries: number;
  /** Sum of the declared uncompressed sizes. */
  maxUncompressed: number;
  /**
   * Entries whose uncompressed size exceeds `ratioFloor` may not be compressed more than
   * `maxRatio`:1; nor may the whole archive once its uncompressed total exceeds `ratioFloor`.
   */
  maxRatio: number;
  ratioFloor: number;
}

/**
 * Limits for any archive read from outside. 100,000 entries: more than zip's 65,535 without zip64
 * (which the packer writes when needed), far more than any app. 1 GiB unzipped: appsctl holds the
 * whole bundle in memory (GetDeployDataFromFile), Lambda takes 250 MB per function. 200:1: deflate
 * cannot exceed about 1,030:1; real code and text stay far below 200:1 even in aggregate.
 */
export const DEFAULT_LIMITS: ZipLimits = {
  maxEntries: 100_000,
  maxUncompressed: 1024 * 1024 * 1024,
  maxRatio: 200,
  ratioFloor: 1024 * 1024,
};

/** Problems with one entry's name, or undefined when it is a clean relative path. */
export function unsafeNameProblem(name: string): string | undefined {
  if (name === '') return 'has an empty name';
  if (name.includes('\\')) return 'contains a backslash';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'contains a control character';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'is an absolute path';
  const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  if (segments.includes('..')) return 'escapes the archive with ".."';
  if (segments.some((s) => s === '' || s === '.')) return 'is not a normalised path (empty or "." segment)';
  return undefined;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const CENTRAL_SIGNATURE = 0x02014b50;
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Findings about entry extents in one archive: enough to show the problem, not a flood. */
const MAX_EXTENT_FINDINGS = 10;

export interface Listing {
  entries: LocatedEntry[];
  findings: Finding[];
}

/**
 * Reads and checks every central directory record of `zip`. `centralDirectory` is where the
 * records start; `peek` reads bytes of the archive (to look past the last record).
 */
export async function listEntries(zip: yauzl.ZipFile, centralDirectory: number, label: ArchiveLabel, limits: ZipLimits, peek: (position: number, length: number) => Promise<Buffer>): Promise<Listing> {
  const { what, at } = label;
  const findings: Finding[] = [];
  const entries: LocatedEntry[] = [];
  const all: LocatedEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let totalCompressed = 0;
  for await (const entry of zip.eachEntry()) {
    const raw = entry.fileNameRaw ?? (entry.fileName as unknown as Buffer);
    const located = (name: string, unixMode = 0): LocatedEntry => ({
      info: {
        name,
        size: entry.uncompressedSize,
        compressedSize: entry.compressedSize,
        method: entry.compressionMethod,
        directory: name.endsWith('/'),
        executable: (unixMode & 0o111) !== 0,
        crc32: entry.crc32,
      },
      rawName: raw,
      flags: entry.generalPurposeBitFlag,
      offset: entry.relativeOffsetOfLocalHeader,
    });
    let name: string;
    try {
      name = utf8.decode(raw);
    } catch {
      findings.push(finding('MMA121', at, what, raw.toString('latin1'), 'is not valid UTF-8'));
      all.push(located(raw.toString('latin1')));
      continue;
    }
    const unixMode = entry.versionMadeBy >> 8 === 3 ? entry.externalFileAttributes >>> 16 : 0;
    const e = located(name, unixMode);
    all.push(e);
    const problem = unsafeNameProblem(name);
    if (problem) findings.push(finding('MMA121', at, what, name, problem));
    else if ((unixMode & S_IFMT) === S_IFLNK) findings.push(finding('MMA122', at, what, name));
    else if (names.has(name)) findings.push(finding('MMA123', at, what, name));
    else if (entry.isEncrypted()) findings.push(finding('MMA124', at, what, name));
    else if (!e.info.directory && entry.compressionMethod !== 0 && entry.compressionMethod !== 8) findings.push(finding('MMA128', at, what, name, entry.compressionMethod));
    else if (entry.uncompressedSize > limits.ratioFloor && ratio(entry.uncompressedSize, entry.compressedSize) > limits.maxRatio) {
      findings.push(finding('MMA127', at, what, name, ratio(entry.uncompressedSize, entry.compressedSize)));
    } else {
      names.add(name);
      total += entry.uncompressedSize;
      totalCompressed += entry.compressedSize;
      entries.push(e);
    }
  }
  // Go's archive/zip reads records until the signature stops matching and then compares the count
  // with the end record's (Reader.init); yauzl stops at the count. A record past the count would
  // be a file that only some readers see.
  const after = (zip as unknown as { readEntryCursor: number }).readEntryCursor;
  const next = await peek(after, 4).catch(() => undefined);
  if (next?.readUInt32LE(0) === CENTRAL_SIGNATURE) findings.push(finding('MMA120', at, what, `its central directory holds more entries than the ${zip.entryCount} its end record declares`));
  findings.push(...extentFindings(all, centralDirectory, label));
  if (total > limits.maxUncompressed) findings.push(finding('MMA126', at, what, total, limits.maxUncompressed));
  else if (total > limits.ratioFloor && ratio(total, totalCompressed) > limits.maxRatio) findings.push(finding('MMA133', at, what, total, totalCompressed));
  return { entries, findings };
}

function ratio(size: number, compressedSize: number): number {
  return size / Math.max(1, compressedSize);
}

/**
 * Each entry's bytes (local header, name, data) must lie between its own offset and the next
 * entry's, and before the central directory. This is a lower bound (local extra fields and data
 * descriptors add to it); reading the entries checks the exact extent again.
 */
function extentFindings(entries: readonly LocatedEntry[], centralDirectory: number, label: ArchiveLabel): Finding[] {
  const byOffset = [...entries].sort((a, b) => a.offset - b.offset);
  const end = (e: LocatedEntry) => e.offset + LOCAL_HEADER_SIZE + e.rawName.length + e.info.compressedSize;
  const overlapping = new Set<LocatedEntry>();
  let first: [LocatedEntry, LocatedEntry] | undefined;
  for (const [i, e] of byOffset.entries()) {
    const next = byOffset[i + 1];
    if (next && end(e) > next.offset) {
      first ??= [e, next];
      overlapping.add(e).add(next);
    }
  }
  // One finding for all overlaps (a bomb of this kind has thousands), and a few for the rest.
  const out: Finding[] = [];
  if (first) out.push(finding('MMA131', label.at, label.what, overlapping.size, first[0].info.name, first[1].info.name));
  for (const e of byOffset) {
    if (out.length >= MAX_EXTENT_FINDINGS) break;
    if (e.offset >= centralDirectory) out.push(finding('MMA132', label.at, label.what, e.info.name, 'starts inside the central directory'));
    else if (!overlapping.has(e) && end(e) > centralDirectory) out.push(finding('MMA132', label.at, label.what, e.info.name, 'runs into the central directory'));
  }
  return out;
}
