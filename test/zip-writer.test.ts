// The deterministic zip writer: archives that Info-ZIP, Python's zipfile and yauzl all read back
// byte for byte, with the same bytes whatever the file times, modes or timezone.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DeflatePool } from '../src/zip/deflate-pool.js';
import { ZipArchive } from '../src/zip/reader.js';
import { ZipFormatLimitError, writeZip, type ZipEntryInput } from '../src/zip/writer.js';
import { put, tempDir } from './helpers/fs.js';
import { readWithYauzl } from './helpers/zip.js';

const dir = tempDir();
const src = tempDir();
const text = Buffer.from('export const handler = async (event) => ({ statusCode: 200 });\n'.repeat(2000));
const random = randomBytes(300 * 1024);
const bigText = Buffer.from('lorem ipsum dolor sit amet, consectetur adipiscing elit\n'.repeat(200_000)); // 11 MB: streamed
const bigRandom = randomBytes(9 * 1024 * 1024); // streamed, probed incompressible
const tinyRandom = randomBytes(50);
put(path.join(src, 'index.js'), text);
put(path.join(src, 'blob.bin'), random);
put(path.join(src, 'big.txt'), bigText);
put(path.join(src, 'big.bin'), bigRandom);
put(path.join(src, 'bootstrap'), '#!/bin/sh\necho hi\n', 0o755);

function entries(): ZipEntryInput[] {
  const f = (name: string, mode = 0o644): ZipEntryInput => ({ name, mode, source: { file: path.join(src, name), size: statSync(path.join(src, name)).size } });
  return [
    f('big.bin'),
    f('big.txt'),
    f('blob.bin'),
    f('bootstrap', 0o755),
    { name: 'empty.txt', mode: 0o644, source: { data: Buffer.alloc(0) } },
    f('index.js'),
    { name: 'img/logo.png', mode: 0o644, source: { data: Buffer.from('not really compressed but named .png'.repeat(100)) } },
    { name: 'nested/dir/ünïcödé name.txt', mode: 0o644, source: { data: Buffer.from('unicode') } },
    { name: 'tiny-random', mode: 0o644, source: { data: tinyRandom } },
  ];
}

describe('writeZip', () => {
  it('writes an archive that Info-ZIP, Python and yauzl read back exactly', async () => {
    const out = path.join(dir, 'a.zip');
    const result = await writeZip(out, entries());
    expect(result.size).toBe(statSync(out).size);
    expect(result.sha256.toString('hex')).toBe(execFileSync('sha256sum', [out]).toString().split(' ')[0]);
    expect(execFileSync('unzip', ['-tq', out]).toString()).toMatch(/No errors detected/);
    const py = execFileSync('python3', [
      '-c',
      'import sys,zipfile,json; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(json.dumps({i.filename: [i.compress_type, i.external_attr >> 16, i.date_time[:3], i.extra.hex(), i.flag_bits] for i in z.infolist()}))',
      out,
    ]);
    const info = JSON.parse(py.toString()) as Record<string, [number, number, number[], string, number]>;
    expect(Object.keys(info)).toEqual(entries().map((e) => e.name)); // order as given
    expect(info['bootstrap']![1]).toBe(0o100755);
    expect(info['index.js']![1]).toBe(0o100644);
    expect(info['index.js']![0]).toBe(8); // deflated
    expect(info['blob.bin']![0]).toBe(0); // random: probed and stored
    expect(info['big.bin']![0]).toBe(0);
    expect(info['big.txt']![0]).toBe(8);
    expect(info['img/logo.png']![0]).toBe(0); // compressed format by name
    expect(info['tiny-random']![0]).toBe(0); // deflate did not help
    expect(info['nested/dir/ünïcödé name.txt']![4] & 0x800).toBe(0x800); // UTF-8 flag
    for (const [, [, , date, extra]] of Object.entries(info)) {
      expect(date).toEqual([1980, 1, 1]);
      expect(extra).toBe(''); // no extra fields
    }
    const yauzl = await readWithYauzl(out);
    expect(yauzl.get('big.txt')!.equals(bigText)).toBe(true);
    expect(yauzl.get('big.bin')!.equals(bigRandom)).toBe(true);
    expect(yauzl.get('index.js')!.equals(text)).toBe(true);
    const r = await ZipArchive.open(out, 'a', 'a.zip', { maxEntries: 100, maxUncompressed: 1e9, maxRatio: 1e6, ratioFloor: 0 });
    expect(r.findings).toEqual([]);
    expect(await r.archive!.verify()).toEqual([]);
    expect((await r.archive!.read('big.txt', 1e8)).equals(bigText)).toBe(true);
    r.archive!.close();
    expect(result.entries.find((e) => e.name === 'big.txt')).toMatchObject({ size: bigText.length, method: 'deflated' });
  });

  it('is byte-reproducible: other file times, other numbers of workers', async () => {
    const first = path.join(dir, 'r1.zip');
    const second = path.join(dir, 'r2.zip');
    await writeZip(first, entries());
    for (const name of readdirSync(src)) utimesSync(path.join(src, name), new Date('2011-11-11'), new Date('2011-11-11'));
    const pool = new DeflatePool(3);
    await writeZip(second, entries(), { pool });
    await pool.close();
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
  });

  it('keeps every entry of a batch intact: small files around a probed one and one of megabytes', async () => {
    // One batch, as given: small text, a 300 KiB random file whose compressibility probe runs
    // after it, a 5 MiB text file that grows the worker's output buffer past what it keeps; then
    // a batch of small files on the same worker, after the buffer shrank back.
    const batchDir = tempDir();
    const first: [string, Buffer][] = [
      ['a.txt', Buffer.from('first small file\n'.repeat(40))],
      ['b.bin', randomBytes(300 * 1024)],
      ['c.txt', Buffer.from('between the large ones\n'.repeat(30))],
      ['d.txt', Buffer.from('five mebibytes of text, deflated in the batch\n'.repeat(115_000))],
    ];
    const second = Array.from({ length: 100 }, (_, i): [string, Buffer] => [`e${i}.txt`, Buffer.from(`after it, file ${i}\n`.repeat(i + 1))]);
    for (const [name, data] of [...first, ...second]) put(path.join(batchDir, name), data);
    const pool = new DeflatePool(1);
    try {
      for (const batch of [first, second]) {
        const results = await pool.compressBatch(batch.map(([name, data]) => ({ file: path.join(batchDir, name), size: data.length, store: false })));
        results.forEach((r, i) => {
          const [name, data] = batch[i]!;
          expect(r.size, name).toBe(data.length);
          expect(r.crc, name).toBe(crc32(data));
          expect((r.method === 8 ? inflateRawSync(r.bytes) : r.bytes).equals(data), name).toBe(true);
        });
        if (batch === first) expect(results.map((r) => r.method)).toEqual([8, 0, 8, 8]); // b.bin probed and stored
      }
    } finally {
      await pool.close();
      rmSync(batchDir, { recursive: true, force: true });
    }
  });

  it('stores entries marked store, for function archives inside a bundle', async () => {
    const out = path.join(dir, 'store.zip');
    await writeZip(out, [{ name: 'fn.zip', mode: 0o644, source: { data: text }, compression: 'store' }]);
    expect(execFileSync('zipinfo', [out]).toString()).toMatch(/-rw-r--r-- .* stor 80-Jan-01 00:00 fn\.zip/);
  });

  it('leaves nothing behind when an entry cannot be read', async () => {
    const out = tempDir();
    await expect(writeZip(path.join(out, 'x.zip'), [...entries(), { name: 'missing', mode: 0o644, source: { file: path.join(src, 'does-not-exist'), size: 1 } }])).rejects.toThrow(/ENOENT/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('leaves nothing behind when the entry list itself fails', async () => {
    const out = tempDir();
    async function* failing(): AsyncGenerator<ZipEntryInput> {
      yield { name: 'a', mode: 0o644, source: { data: Buffer.from('a') } };
      throw new Error('function build failed');
    }
    await expect(writeZip(path.join(out, 'x.zip'), failing())).rejects.toThrow('function build failed');
    expect(readdirSync(out)).toEqual([]);
  });

  it('writes zip64 end records above 65,535 entries, which yauzl, Info-ZIP and Python read; the same bytes every time', async () => {
    const out = tempDir();
    const many = () => Array.from({ length: 65_540 }, (_, i): ZipEntryInput => ({ name: `f${i}`, mode: 0o644, source: { data: Buffer.from(String(i)) } }));
    const first = await writeZip(path.join(out, 'many.zip'), many());
    const again = await writeZip(path.join(out, 'again.zip'), many());
    expect(again.sha256.equals(first.sha256)).toBe(true);
    const zip = readFileSync(first.path);
    expect(zip.readUInt32LE(zip.length - 22)).toBe(0x06054b50);
    expect(zip.readUInt16LE(zip.length - 22 + 10)).toBe(0xffff); // the classic record points to zip64
    expect(zip.readUInt32LE(zip.length - 42)).toBe(0x07064b50); // locator
    expect(execFileSync('python3', ['-c', 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(len(z.infolist()), z.read("f65539").decode())', first.path]).toString()).toBe(
      '65540 65539\n',
    );
    expect(execFileSync('unzip', ['-tqq', first.path]).toString()).toBe('');
    const yauzl = await readWithYauzl(first.path);
    expect([yauzl.size, yauzl.get('f65539')!.toString()]).toEqual([65_540, '65539']);
    const r = await ZipArchive.open(first.path, 'a', 'many.zip');
    expect(r.findings).toEqual([]);
    expect(r.archive!.entries.length).toBe(65_540);
    expect(await r.archive!.verify()).toEqual([]);
    expect((await r.archive!.read('f65539', 100)).toString()).toBe('65539');
    r.archive!.close();
  });

  it('writes no zip64 record at 65,535 entries or fewer (the bytes of smaller archives do not change)', async () => {
    const out = tempDir();
    const r = await writeZip(path.join(out, 'x.zip'), [{ name: 'a', mode: 0o644, source: { data: Buffer.from('a') } }]);
    const zip = readFileSync(r.path);
    expect(zip.length).toBe(30 + 1 + 1 + 46 + 1 + 22);
    expect(zip.indexOf(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(-1);
  });

  it('refuses an entry of 4 GiB or more by name, before reading it, and leaves nothing behind', async () => {
    const out = tempDir();
    const huge = path.join(src, 'huge.bin');
    execFileSync('truncate', ['-s', String(2 ** 32), huge]); // sparse: no disk space, no read
    const write = writeZip(path.join(out, 'x.zip'), [...entries(), { name: 'static/huge.bin', mode: 0o644, source: { file: huge, size: statSync(huge).size } }]);
    await expect(write).rejects.toBeInstanceOf(ZipFormatLimitError);
    await expect(write).rejects.toThrow('"static/huge.bin" is 4,294,967,296 bytes; a zip entry without zip64 holds at most 4 GiB − 1 (4,294,967,295 bytes)');
    expect(readdirSync(out)).toEqual([]);
    rmSync(huge);
  });
});
