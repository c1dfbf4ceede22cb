// The checks on an untrusted archive's central directory, made before any entry is read. Names are
// taken raw, as Go's archive/zip and the Apps plugin see them (no Info-ZIP Unicode path field),
// and refused when absolute, escaping, or unclean; symlinks, duplicates, encrypted entries,
// unknown compression, too many entries and too many bytes are refused; so are the bombs built
// from the layout itself: entries whose data overlap (many names for one compressed block),
// entries that point into the central directory, and a compression ratio too high for the
// archive as a whole, not only per entry.
import { finding, type Finding } from '../findings/finding.js';
import type { CentralRecord } from './central-directory.js';
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
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Findings about entry extents in one archive: enough to show the problem, not a flood. */
const MAX_EXTENT_FINDINGS = 10;

function isAscii(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

export interface Listing {
  entries: LocatedEntry[];
  findings: Finding[];
}

/** Checks every central directory record; `centralDirectory` is where the records start. */
export function listEntries(records: readonly CentralRecord[], centralDirectory: number, label: ArchiveLabel, limits: ZipLimits): Listing {
  const { what, at } = label;
  const findings: Finding[] = [];
  const entries: LocatedEntry[] = [];
  const all: LocatedEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let totalCompressed = 0;
  for (const r of records) {
    let name: string;
    let valid = true;
    if (isAscii(r.rawName)) name = r.rawName.toString('latin1');
    else {
      try {
        name = utf8.decode(r.rawName);
      } catch {
        name = r.rawName.toString('latin1');
        valid = false;
      }
    }
    const unixMode = r.versionMadeBy >> 8 === 3 ? r.externalAttributes >>> 16 : 0;
    const e: LocatedEntry = {
      info: { name, size: r.size, compressedSize: r.compressedSize, method: r.method, directory: name.endsWith('/'), executable: (unixMode & 0o111) !== 0, crc32: r.crc32 },
      rawName: r.rawName,
      flags: r.flags,
      offset: r.offset,
    };
    all.push(e);
    const problem = valid ? unsafeNameProblem(name) : 'is not valid UTF-8';
    if (problem) findings.push(finding('MMA121', at, what, name, problem));
    else if ((unixMode & S_IFMT) === S_IFLNK) findings.push(finding('MMA122', at, what, name));
    else if (names.has(name)) findings.push(finding('MMA123', at, what, name));
    else if ((r.flags & 0x1) !== 0) findings.push(finding('MMA124', at, what, name));
    else if (!e.info.directory && r.method !== 0 && r.method !== 8) findings.push(finding('MMA128', at, what, name, r.method));
    else if (r.method === 0 && r.compressedSize !== r.size) {
      findings.push(finding('MMA129', at, what, name, `is stored, yet its headers declare ${r.compressedSize} bytes stored and ${r.size} unzipped`));
    } else if (r.size > limits.ratioFloor && ratio(r.size, r.compressedSize) > limits.maxRatio) {
      findings.push(finding('MMA127', at, what, name, ratio(r.size, r.compressedSize)));
    } else {
      names.add(name);
      total += r.size;
      totalCompressed += r.compressedSize;
      entries.push(e);
    }
  }
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
  for (let i = 0; i + 1 < byOffset.length; i++) {
    const e = byOffset[i]!;
    const next = byOffset[i + 1]!;
    if (end(e) > next.offset) {
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
