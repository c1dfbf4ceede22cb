// Verifying entry data: every entry read, and every entry of an archive by `verify`, is checked
// against its local header, its declared sizes and its CRC-32, as Go's archive/zip (appsctl) and
// `unzip -t` check them; and archives whose layout is a bomb are refused from their listing.
// The archives come from the bad-input corpus (helpers/bad-zips.ts); Info-ZIP judges the same
// bytes, so that each case is known to be corrupt by a reader that is not ours.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { ZipArchive, ZipDataError } from '../src/zip/reader.js';
import { ARCHIVE_CASES, ENTRY_CORRUPTIONS, victim } from './helpers/bad-zips.js';
import { tempDir } from './helpers/fs.js';
import { rawZip, type RawEntry } from './helpers/raw-zip.js';

const dir = tempDir();
let n = 0;
function file(content: Buffer): string {
  const p = path.join(dir, `v${n++}.zip`);
  writeFileSync(p, content);
  return p;
}

const good: RawEntry[] = [
  { name: 'before.txt', method: 8, data: Buffer.from('fine before\n'.repeat(100)) },
  { name: 'stored.bin', data: Buffer.from('stored and fine') },
];
const after: RawEntry = { name: 'after.txt', method: 8, data: Buffer.from('fine after\n'.repeat(100)) };

/** Whether an independent reader reads every entry of an archive without error. */
const accepts: Record<'unzip' | 'python', (p: string) => boolean> = {
  unzip: (p) => spawnSync('unzip', ['-tqq', p]).status === 0,
  python: (p) => spawnSync('python3', ['-c', 'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nfor n in z.namelist(): z.read(n)', p]).status === 0,
};

async function drain(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await pipeline(stream, new Writable({ write: (c: Buffer, _e, cb) => (chunks.push(c), cb()) }));
  return Buffer.concat(chunks);
}

describe.each(ENTRY_CORRUPTIONS)('an entry with $title', ({ code, detail, corrupt, alsoRefusedBy }) => {
  const bad = corrupt(victim('static/victim.txt'));
  const p = file(rawZip([...good, bad, after]));
  const expected = new RegExp(`^the archive is corrupt: (its entry|the local header of entry) "static/victim\\.txt" ${detail.source}`);

  if (alsoRefusedBy.length > 0) {
    it(`is corrupt for ${alsoRefusedBy.join(' and ')} too`, () => {
      for (const reader of alsoRefusedBy) expect(accepts[reader](p), reader).toBe(false);
    });
  }

  it('passes the listing, and verify() names it (and only it), on one thread and with the helper thread', async () => {
    const r = await ZipArchive.open(p, 'the archive', 'a.zip');
    expect(r.findings).toEqual([]);
    const findings = await r.archive!.verify({ helper: false });
    expect(await r.archive!.verify({ helper: true })).toEqual(findings);
    r.archive!.close();
    expect(findings.map((f) => f.code)).toEqual([code]);
    expect(findings[0]!.message).toMatch(expected);
  });

  it('fails read() and stream() with a ZipDataError that carries the finding; the other entries read fine', async () => {
    const { archive } = await ZipArchive.open(p, 'the archive', 'a.zip');
    const read = archive!.read('static/victim.txt', 1e6);
    await expect(read).rejects.toBeInstanceOf(ZipDataError);
    await expect(read).rejects.toThrow(expected);
    await expect(drain(archive!.stream('static/victim.txt', 1e6))).rejects.toThrow(expected);
    expect((await archive!.read('after.txt', 1e6)).toString()).toBe('fine after\n'.repeat(100));
    expect((await drain(archive!.stream('stored.bin', 1e6))).toString()).toBe('stored and fine');
    archive!.close();
  });
});

describe.each(ARCHIVE_CASES)('an archive with $title', ({ code, message, build }) => {
  const p = file(build([...good, after]));

  it('is refused from its listing, before any data is read', async () => {
    const r = await ZipArchive.open(p, 'the archive', 'a.zip');
    expect(r.archive).toBeUndefined();
    expect(r.findings.map((f) => f.code)).toContain(code);
    expect(r.findings.find((f) => f.code === code)!.message).toMatch(message);
  });
});

it('reports every corrupt entry of a large archive in archive order, with or without the helper thread', async () => {
  const entries: RawEntry[] = Array.from({ length: 3000 }, (_, i) => ({ name: `f/${String(i).padStart(4, '0')}.txt`, method: 8, data: Buffer.from(`file ${i}\n`.repeat(50)) }));
  const bad = [7, 1500, 2999];
  for (const i of bad) entries[i] = { ...entries[i]!, crc: 0xdead };
  const { archive } = await ZipArchive.open(file(rawZip(entries)), 'the archive', 'a.zip');
  const names = (fs: { message: string }[]) => fs.map((f) => /"([^"]+)"/.exec(f.message)![1]);
  const serial = await archive!.verify({ helper: false });
  expect(names(serial)).toEqual(bad.map((i) => `f/${String(i).padStart(4, '0')}.txt`));
  expect(await archive!.verify()).toEqual(serial); // 3,000 small entries: the helper by default
  archive!.close();
});

describe('streams of entry data', () => {
  const big = Buffer.from(Array.from({ length: 200_000 }, (_, i) => `line ${i} of a large text file\n`).join('')); // 5.7 MB
  const p = file(
    rawZip([
      { name: 'big.txt', method: 8, data: big },
      { name: 'bad.txt', method: 8, data: big, crc: 1 },
    ]),
  );

  it('hand on exactly the bytes, in chunks, for large entries', async () => {
    const { archive } = await ZipArchive.open(p, 'the archive', 'a.zip');
    expect((await drain(archive!.stream('big.txt', 1e8))).equals(big)).toBe(true);
    expect((await archive!.read('big.txt', 1e8)).equals(big)).toBe(true);
    archive!.close();
  });

  it('hold back the last chunk of a corrupt entry: a consumer never sees all its bytes before the error', async () => {
    const { archive } = await ZipArchive.open(p, 'the archive', 'a.zip');
    let received = 0;
    const sink = new Writable({ write: (c: Buffer, _e, cb) => ((received += c.length), cb()) });
    await expect(pipeline(archive!.stream('bad.txt', 1e8), sink)).rejects.toThrow(/its entry "bad\.txt" has CRC-32 0x[0-9a-f]{8}, its headers declare 0x00000001/);
    expect(received).toBeGreaterThan(0);
    expect(received).toBeLessThan(big.length);
    archive!.close();
  });

  it('refuse an entry above the limit before reading it', async () => {
    const { archive } = await ZipArchive.open(p, 'the archive', 'a.zip');
    expect(() => archive!.stream('big.txt', 1000)).toThrow(/"big\.txt" in the archive is larger than 1000 bytes/);
    archive!.close();
  });

  it('stop reading when the consumer stops', async () => {
    const { archive } = await ZipArchive.open(p, 'the archive', 'a.zip');
    const s = archive!.stream('big.txt', 1e8);
    for await (const chunk of s) {
      expect(chunk.length).toBeGreaterThan(0);
      break; // destroys the stream
    }
    expect(s.destroyed).toBe(true);
    expect((await archive!.read('big.txt', 1e8)).length).toBe(big.length);
    archive!.close();
  });
});

describe('archives that are well-formed', () => {
  it('verify with no finding, from a file and from memory, also with data descriptors (zip -fd)', async () => {
    const entries: RawEntry[] = [...good, after, { ...victim('described.txt'), flags: 0x8, local: { crc: 0, size: 0, compressedSize: 0 } }];
    const bytes = rawZip(entries);
    const onDisk = file(bytes);
    expect(accepts.unzip(onDisk) && accepts.python(onDisk)).toBe(true);
    for (const source of [onDisk, bytes]) {
      const r = await ZipArchive.open(source, 'the archive', 'a.zip');
      expect(r.findings).toEqual([]);
      expect(await r.archive!.verify()).toEqual([]);
      expect((await r.archive!.read('described.txt', 1e6)).toString()).toMatch(/^All work and no play/);
      r.archive!.close();
    }
  });
});
