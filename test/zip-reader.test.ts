// Reading untrusted zips: every check here happens on the central directory, before extraction
// (the data of the entries is verified in zip-verify.test.ts).
// Archives are made with Info-ZIP where it can make them (links, encryption, bombs) and byte by
// byte where it refuses to (traversal names, duplicates, lying sizes).
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, ZipArchive, unsafeNameProblem } from '../src/zip/reader.js';
import { put, tempDir } from './helpers/fs.js';
import { rawZip, type RawEntry } from './helpers/raw-zip.js';

const dir = tempDir();
let n = 0;
function file(content: Buffer): string {
  const p = path.join(dir, `z${n++}.zip`);
  writeFileSync(p, content);
  return p;
}
async function open(p: string, limits = DEFAULT_LIMITS) {
  const r = await ZipArchive.open(p, 'the archive', 'a.zip', limits);
  r.archive?.close();
  return r;
}
async function codesOf(entries: RawEntry[]) {
  return (await open(file(rawZip(entries)))).findings.map((f) => f.code);
}

describe('entry names', () => {
  it.each([
    ['../escape.txt', 'escapes the archive with ".."'],
    ['a/../../escape.txt', 'escapes the archive with ".."'],
    ['/etc/passwd', 'is an absolute path'],
    ['C:/Windows/x', 'is an absolute path'],
    ['dir\\file.txt', 'contains a backslash'],
    ['a//b', 'is not a normalised path (empty or "." segment)'],
    ['./a', 'is not a normalised path (empty or "." segment)'],
    ['a\u0001b', 'contains a control character'],
  ])('refuses %j', async (name, problem) => {
    expect(unsafeNameProblem(name)).toBe(problem);
    const r = await open(file(rawZip([{ name, data: Buffer.from('x') }])));
    expect(r.archive).toBeUndefined();
    // the name is quoted as shown: a control character as its escape (output/untrusted.ts)
    // eslint-disable-next-line no-control-regex -- the control character in the entry name
    const shown = name.replace(/\u0001/g, '\\u0001');
    expect(r.findings).toEqual([expect.objectContaining({ code: 'MMA121', message: `the archive has an entry "${shown}" that ${problem}; archives must hold clean relative paths` })]);
  });

  it('refuses names that are not UTF-8', async () => {
    expect(await codesOf([{ name: Buffer.from([0x61, 0xff, 0x62]), data: Buffer.from('x') }])).toEqual(['MMA121']);
  });

  it('reports every bad entry, not just the first', async () => {
    expect(await codesOf([{ name: '../a' }, { name: 'ok.txt' }, { name: '/b' }])).toEqual(['MMA121', 'MMA121']);
  });
});

describe('entries that are not plain files', () => {
  it('refuses symbolic links stored by zip -y', async () => {
    const src = tempDir();
    put(path.join(src, 'target.txt'), 'x');
    symlinkSync('/etc/passwd', path.join(src, 'link'));
    const out = path.join(dir, 'links.zip');
    execFileSync('zip', ['-q', '-y', '-r', out, '.'], { cwd: src });
    const r = await open(out);
    expect(r.findings.map((f) => [f.code, f.message])).toEqual([['MMA122', 'the archive has a symbolic link entry "link"; store the file itself (zip -y would keep links)']]);
  });

  it('refuses encrypted entries (zip -P)', async () => {
    const src = tempDir();
    put(path.join(src, 'secret.txt'), 'secret');
    const out = path.join(dir, 'enc.zip');
    execFileSync('zip', ['-q', '-P', 'password', out, 'secret.txt'], { cwd: src });
    expect((await open(out)).findings.map((f) => f.code)).toEqual(['MMA124']);
  });

  it('refuses duplicate names', async () => {
    expect(
      await codesOf([
        { name: 'a.txt', data: Buffer.from('1') },
        { name: 'a.txt', data: Buffer.from('2') },
      ]),
    ).toEqual(['MMA123']);
  });

  it('refuses compression methods other than stored and deflate', async () => {
    expect(await codesOf([{ name: 'a.bz2ed', data: Buffer.from('abc'), method: 12 }])).toEqual(['MMA128']);
  });
});

describe('sizes', () => {
  it('refuses too many entries before reading them', async () => {
    const p = file(rawZip(Array.from({ length: 11 }, (_, i) => ({ name: `f${i}`, data: Buffer.from('x') }))));
    expect((await open(p, { ...DEFAULT_LIMITS, maxEntries: 10 })).findings.map((f) => f.message)).toEqual(['the archive has 11 entries, more than the 10 this tool reads']);
  });

  it('refuses more declared bytes than the limit', async () => {
    const p = file(
      rawZip([
        { name: 'a', data: Buffer.alloc(600) },
        { name: 'b', data: Buffer.alloc(600) },
      ]),
    );
    expect((await open(p, { ...DEFAULT_LIMITS, maxUncompressed: 1000 })).findings.map((f) => f.code)).toEqual(['MMA126']);
  });

  it('refuses a decompression bomb (20 MiB of zeros, compressed about 1000:1 by Info-ZIP)', async () => {
    const src = tempDir();
    writeFileSync(path.join(src, 'zeros.bin'), Buffer.alloc(20 * 1024 * 1024));
    const out = path.join(dir, 'bomb.zip');
    execFileSync('zip', ['-q', out, 'zeros.bin'], { cwd: src });
    const r = await open(out);
    expect(r.findings.map((f) => f.code)).toEqual(['MMA127']);
    expect(r.findings[0]!.message).toMatch(/compressed \d{3,4}:1, which looks like a decompression bomb/);
  });

  it('refuses a stored entry whose sizes disagree, naming it', async () => {
    const r = await open(file(rawZip([{ name: 'a', data: Buffer.from('hello'), size: 99 }])));
    expect(r.findings.map((f) => [f.code, f.message])).toEqual([['MMA129', expect.stringMatching(/^the archive is corrupt: its entry "a" is stored, yet its headers declare 5 bytes stored and 99 unzipped/)]]);
  });

  it('fails a read whose bytes exceed the declared size, naming the entry', async () => {
    const p = file(rawZip([{ name: 'a', data: Buffer.alloc(5000, 1), method: 8, size: 10 }]));
    const r = await ZipArchive.open(p, 'the archive', 'a.zip');
    await expect(r.archive!.read('a', 1e6)).rejects.toThrow('the archive is corrupt: its entry "a" unzips to more than the 10 bytes its headers declare');
    r.archive!.close();
  });
});

describe('files that are not zips', () => {
  it('refuses a text file', async () => {
    const r = await open(file(Buffer.from('just text, not a zip\n')));
    expect(r.findings.map((f) => f.message)).toEqual(['the archive is not a readable zip archive (no zip end-of-central-directory record: not a zip file, or truncated); rebuild it']);
  });

  it('refuses a truncated zip', async () => {
    const src = tempDir();
    put(path.join(src, 'a.txt'), 'a'.repeat(10000));
    put(path.join(src, 'b.txt'), 'b'.repeat(10000));
    const whole = path.join(dir, 'whole.zip');
    execFileSync('zip', ['-q', whole, 'a.txt', 'b.txt'], { cwd: src });
    const bytes = execFileSync('cat', [whole]);
    expect((await open(file(bytes.subarray(0, bytes.length - 30)))).findings.map((f) => f.code)).toEqual(['MMA120']);
    expect((await open(file(bytes.subarray(0, 100)))).findings.map((f) => f.code)).toEqual(['MMA120']);
  });

  it('refuses an archive with data before it (its central directory is not where its end record says)', async () => {
    const zip = rawZip([{ name: 'a.txt', data: Buffer.from('a') }]);
    const r = await open(file(Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), zip])));
    expect(r.findings.map((f) => f.message)).toEqual([
      'the archive is not a readable zip archive (its end record places the central directory at bytes 36–87, but it ends at 104 (data before the archive, or a damaged directory)); rebuild it',
    ]);
  });

  it('refuses an empty file', async () => {
    expect((await open(file(Buffer.alloc(0)))).findings.map((f) => f.code)).toEqual(['MMA120']);
  });
});

it('reads a zip64 archive made by Info-ZIP (zip -fz: zip64 end records and extra fields)', async () => {
  const src = tempDir();
  put(path.join(src, 'big.txt'), Array.from({ length: 20_000 }, (_, i) => `${i}\n`).join(''));
  put(path.join(src, 'small.txt'), 'hi\n');
  const out = path.join(dir, 'z64.zip');
  execFileSync('zip', ['-q', '-fz', out, 'big.txt', 'small.txt'], { cwd: src });
  expect(execFileSync('zipinfo', ['-v', out]).toString()).toMatch(/ID 0x0001 \(PKWARE 64-bit sizes\)/);
  const r = await ZipArchive.open(out, 'the archive', 'z64.zip');
  expect(r.findings).toEqual([]);
  expect(r.archive!.entries.map((e) => [e.name, e.size])).toEqual([
    ['big.txt', 108_890],
    ['small.txt', 3],
  ]);
  expect(await r.archive!.verify()).toEqual([]);
  expect((await r.archive!.read('small.txt', 10)).toString()).toBe('hi\n');
  r.archive!.close();
});

it('lists a good archive made by Info-ZIP with modes and sizes', async () => {
  const src = tempDir();
  put(path.join(src, 'bootstrap'), '#!/bin/sh\n', 0o755);
  put(path.join(src, 'lib', 'x.txt'), 'x'.repeat(1000));
  const out = path.join(dir, 'good.zip');
  execFileSync('zip', ['-q', '-r', out, '.'], { cwd: src });
  const r = await ZipArchive.open(out, 'the archive', 'good.zip');
  expect(r.findings).toEqual([]);
  const entries = r.archive!.entries.map((e) => [e.name, e.directory, e.executable, e.size]);
  expect(entries).toEqual(
    expect.arrayContaining([
      ['bootstrap', false, true, 10],
      ['lib/', true, true, 0],
      ['lib/x.txt', false, false, 1000],
    ]),
  );
  expect((await r.archive!.read('lib/x.txt', 10_000)).toString()).toBe('x'.repeat(1000));
  await expect(r.archive!.read('lib/x.txt', 10)).rejects.toThrow(/larger than 10 bytes/);
  r.archive!.close();
});
