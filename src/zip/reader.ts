// Reads zip archives that come from outside (prebuilt function archives, bundles built by a
// Makefile) safely: the whole central directory is checked before any byte is extracted. Names
// are taken raw, as Go's archive/zip and the Apps plugin see them (no Info-ZIP Unicode path field),
// and refused when absolute, escaping, or unclean; symlinks, duplicates, encrypted entries, unknown
// compression, too many entries, too many bytes and bomb-like ratios are refused too.
import { createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { finding, type Finding } from '../findings/finding.js';
import { openZipFile } from './file-reader.js';

export interface ZipLimits {
  maxEntries: number;
  /** Sum of the declared uncompressed sizes. */
  maxUncompressed: number;
  /** Entries whose uncompressed size exceeds `ratioFloor` may not be compressed more than `maxRatio`:1. */
  maxRatio: number;
  ratioFloor: number;
}

export const DEFAULT_LIMITS: ZipLimits = {
  maxEntries: 65_535,
  maxUncompressed: 4 * 1024 * 1024 * 1024,
  maxRatio: 200,
  ratioFloor: 1024 * 1024,
};

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

/** An open archive whose listing passed every check. */
export class ZipArchive {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly byName: Map<string, yauzl.Entry>,
    readonly entries: ZipEntryInfo[],
  ) {}

  /**
   * Opens and checks `source`, a file or bytes already in memory (an archive inside a bundle).
   * `what` names the archive in messages and `path` is the location findings carry. Returns the
   * archive only when there is no error.
   */
  static async open(source: string | Buffer, what: string, path: string, limits: ZipLimits = DEFAULT_LIMITS): Promise<{ archive?: ZipArchive; findings: Finding[] }> {
    const at = { path };
    let zip: yauzl.ZipFile;
    const options = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true };
    try {
      zip = typeof source === 'string' ? await openZipFile(source, options) : await yauzl.fromBufferPromise(source, options);
    } catch (err) {
      return { findings: [finding('MMA120', at, what, describeZipError(err))] };
    }
    const findings: Finding[] = [];
    if (zip.entryCount > limits.maxEntries) {
      zip.close();
      return { findings: [finding('MMA125', at, what, zip.entryCount, limits.maxEntries)] };
    }
    const byName = new Map<string, yauzl.Entry>();
    const entries: ZipEntryInfo[] = [];
    let total = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        const raw = entry.fileNameRaw ?? (entry.fileName as unknown as Buffer);
        let name: string;
        try {
          name = new TextDecoder('utf-8', { fatal: true }).decode(raw);
        } catch {
          findings.push(finding('MMA121', at, what, raw.toString('latin1'), 'is not valid UTF-8'));
          continue;
        }
        const problem = unsafeNameProblem(name);
        if (problem) {
          findings.push(finding('MMA121', at, what, name, problem));
          continue;
        }
        const unixMode = entry.versionMadeBy >> 8 === 3 ? entry.externalFileAttributes >>> 16 : 0;
        if ((unixMode & S_IFMT) === S_IFLNK) {
          findings.push(finding('MMA122', at, what, name));
          continue;
        }
        if (byName.has(name)) {
          findings.push(finding('MMA123', at, what, name));
          continue;
        }
        if (entry.isEncrypted()) {
          findings.push(finding('MMA124', at, what, name));
          continue;
        }
        const directory = name.endsWith('/');
        if (!directory && entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
          findings.push(finding('MMA128', at, what, name, entry.compressionMethod));
          continue;
        }
        const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
        if (entry.uncompressedSize > limits.ratioFloor && ratio > limits.maxRatio) {
          findings.push(finding('MMA127', at, what, name, ratio));
          continue;
        }
        total += entry.uncompressedSize;
        byName.set(name, entry);
        entries.push({
          name,
          size: entry.uncompressedSize,
          compressedSize: entry.compressedSize,
          method: entry.compressionMethod,
          directory,
          executable: (unixMode & 0o111) !== 0,
          crc32: entry.crc32,
        });
      }
    } catch (err) {
      zip.close();
      return { findings: [...findings, finding('MMA120', at, what, describeZipError(err))] };
    }
    if (total > limits.maxUncompressed) findings.push(finding('MMA126', at, what, total, limits.maxUncompressed));
    if (findings.some((f) => f.severity === 'error')) {
      zip.close();
      return { findings };
    }
    return { archive: new ZipArchive(zip, byName, entries), findings };
  }

  /** A stream of the entry's bytes; yauzl fails the stream if they differ from the declared size. */
  async openStream(name: string): Promise<Readable> {
    const entry = this.byName.get(name);
    if (!entry) throw new Error(`no entry ${name}`);
    return this.zip.openReadStreamPromise(entry);
  }

  /** The entry's bytes; refuses entries larger than `maxBytes`. */
  async read(name: string, maxBytes: number): Promise<Buffer> {
    const entry = this.byName.get(name);
    if (!entry) throw new Error(`no entry ${name}`);
    if (entry.uncompressedSize > maxBytes) throw new Error(`${name} is larger than ${maxBytes} bytes`);
    const chunks: Buffer[] = [];
    for await (const chunk of await this.openStream(name)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async extract(name: string, dest: string): Promise<void> {
    await pipeline(await this.openStream(name), createWriteStream(dest, { flags: 'wx', mode: 0o600 }));
  }

  close(): void {
    this.zip.close();
  }
}

function describeZipError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/end of central directory record signature not found/i.test(message)) return 'no zip end-of-central-directory record: not a zip file, or truncated';
  if (/EISDIR/.test(message)) return 'it is a directory';
  return message;
}
