// Corrupt and hostile bundles (issue 8, items 5 and 6): every case of the bad-input corpus
// (helpers/bad-zips.ts) in the places a bundle carries zips: a static file of the bundle, a file
// inside a function archive inside the bundle, and a prebuilt functions/NAME.zip of an app
// directory. validate (and pack) must refuse each with a finding that names the entry; the caps
// on static/ and on the bundle hold for bundles read and for apps packed.
import { rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyBundle } from '../src/bundle/layout.js';
import { MAX_STATIC_BYTES } from '../src/bundle/limits.js';
import { pack } from '../src/bundle/pack.js';
import { validate } from '../src/bundle/validate.js';
import { ARCHIVE_CASES, ENTRY_CORRUPTIONS, victim } from './helpers/bad-zips.js';
import { runCli } from './helpers/cli.js';
import { manifestJson, put, tempDir, writeApp } from './helpers/fs.js';
import { rawZip, type RawEntry } from './helpers/raw-zip.js';

const NOW = new Date('2026-11-21T00:00:00Z');
const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

const functionFiles = (): RawEntry[] => [{ name: 'index.mjs', method: 8, data: Buffer.from('export const handler = async () => ({ statusCode: 200 });\n'.repeat(20)) }];
const staticFiles = (): RawEntry[] => [
  { name: 'static/icon.png', data: Buffer.from('89504e470d0a1a0a', 'hex') },
  { name: 'static/test.txt', method: 8, data: Buffer.from('static pong\n'.repeat(50)) },
];

/** A bundle as Makefiles build them: manifest, a stored main.zip, static files. */
function bundle(options: { functionZip?: Buffer; statics?: RawEntry[]; build?: (entries: RawEntry[]) => Buffer } = {}): string {
  const entries: RawEntry[] = [{ name: 'manifest.json', data: Buffer.from(manifestJson()) }, { name: 'main.zip', data: options.functionZip ?? rawZip(functionFiles()) }, ...(options.statics ?? staticFiles())];
  const file = path.join(tempDir(), 'bundle.zip');
  writeFileSync(file, (options.build ?? rawZip)(entries));
  return file;
}

it('the base bundle of these tests is valid', async () => {
  const r = await validate(bundle(), { now: NOW });
  expect(r.findings).toEqual([]);
  expect(r.ok).toBe(true);
});

describe.each(ENTRY_CORRUPTIONS)('$title', ({ code, detail, corrupt }) => {
  it('in a static file: validate refuses the bundle, naming the entry; the CLI exits 1 with it', async () => {
    const file = bundle({ statics: [...staticFiles(), corrupt(victim('static/docs/guide.txt'))] });
    const r = await validate(file, { now: NOW });
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual([code]);
    expect(r.findings[0]!.message).toMatch(new RegExp(`^the bundle is corrupt: (its entry|the local header of entry) "static/docs/guide\\.txt" ${detail.source}`));
    const cli = await runCli(['validate', file]);
    expect(cli.code).toBe(1);
    expect(cli.stderr + cli.stdout).toContain(`error ${code}: the bundle is corrupt:`);
  });

  it('in a function archive inside the bundle: refused, naming the archive and the entry', async () => {
    const r = await validate(bundle({ functionZip: rawZip([...functionFiles(), corrupt(victim('lib/big.js'))]) }), { now: NOW });
    expect(codes(r)).toEqual([code]);
    expect(r.findings[0]!.location?.path).toBe('main.zip');
    expect(r.findings[0]!.message).toMatch(new RegExp(`^"main\\.zip" in the bundle is corrupt: (its entry|the local header of entry) "lib/big\\.js" ${detail.source}`));
  });

  it('in a prebuilt functions/main.zip: pack refuses and writes nothing', async () => {
    const app = writeApp(tempDir());
    put(path.join(app, 'functions', 'main.zip'), rawZip([...functionFiles(), corrupt(victim('lib/big.js'))]));
    // functions/main/ would be an ambiguous second source
    rmSync(path.join(app, 'functions', 'main'), { recursive: true });
    const out = path.join(tempDir(), 'b.zip');
    const r = await pack({ appDir: app, now: NOW, output: out });
    expect(codes(r)).toEqual([code]);
    expect(r.findings[0]!.message).toMatch(/^functions\/main\.zip is corrupt: /);
    expect(r.bundle).toBeUndefined();
  });
});

describe.each(ARCHIVE_CASES)('a bundle with $title', ({ code, build }) => {
  it('is refused from its listing', async () => {
    const r = await validate(bundle({ build }), { now: NOW });
    expect(r.ok).toBe(false);
    expect(codes(r)).toContain(code);
  });
});

it('refuses the bomb of issue 8 (314 MB uploaded from a 27 KB bundle): static files that share one compressed block', async () => {
  const block = { name: 'static/a/0.bin', method: 8, data: Buffer.alloc(1024 * 1024) };
  const copies = Array.from({ length: 300 }, (_, i): RawEntry => ({ ...block, name: `static/a/${i + 1}.bin`, sharesWith: 4 }));
  const file = bundle({ statics: [...staticFiles(), block, ...copies] });
  const size = statSync(file).size;
  expect(size).toBeLessThan(30_000);
  const r = await validate(file, { now: NOW });
  expect(r.ok).toBe(false);
  expect(codes(r)).toEqual(expect.arrayContaining(['MMA131']));
  expect(r.findings.find((f) => f.code === 'MMA131')!.message).toMatch(/^the bundle has 301 entries whose data overlap \(first "static\/a\/\d+\.bin" and "static\/a\/\d+\.bin"\)/);
});

describe('caps', () => {
  it('refuses a bundle whose static/ declares more than 512 MiB (its layout, from the central directory)', () => {
    // 520 entries of 1 MiB, as listed: reading them is not needed to refuse them.
    const entry = (name: string, size: number) => ({ name, size, compressedSize: size, method: 0, directory: false, executable: false, crc32: 0 });
    const layout = classifyBundle([entry('manifest.json', 500), entry('main.zip', 1000), ...Array.from({ length: 520 }, (_, i) => entry(`static/big/${i}.bin`, 1024 * 1024))]);
    expect(layout.findings.map((f) => [f.code, f.location?.path, f.message])).toEqual([
      ['MMA134', 'static/', 'static/ holds 520.0 MiB (545,259,520 bytes), more than the 512.0 MiB (536,870,912 bytes) a bundle may carry; serve large media from elsewhere (a CDN, or a URL the app fetches)'],
    ]);
  });

  it('pack refuses an app whose static/ holds more than 512 MiB before reading any of it', async () => {
    const app = writeApp(tempDir());
    const sparse = put(path.join(app, 'static', 'video.mp4'), '');
    truncateSync(sparse, MAX_STATIC_BYTES + 1);
    const out = path.join(tempDir(), 'b.zip');
    const r = await pack({ appDir: app, now: NOW, output: out });
    expect(codes(r)).toEqual(['MMA134']);
    expect(r.findings[0]!.location?.path).toBe('static/');
    expect(r.bundle).toBeUndefined();
  });

  it('pack refuses a static file of 4 GiB with the static/ cap, not an archive error', async () => {
    const app = writeApp(tempDir());
    const sparse = put(path.join(app, 'static', 'disk.img'), '');
    truncateSync(sparse, 2 ** 32);
    const cli = await runCli(['pack', app, '-o', path.join(tempDir(), 'b.zip')]);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/error MMA134: static\/ holds 4096\.0 MiB \(4,294,967,\d{3} bytes\), more than the 512\.0 MiB/);
    expect(cli.stderr).not.toMatch(/unexpected error|4 GiB/);
  });
});
