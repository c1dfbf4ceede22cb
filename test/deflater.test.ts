// The bare deflate handle (src/zip/deflater.ts) must give deflateRawSync's bytes, its fallback's,
// for every entry whatever came before it: bundles are byte-reproducible, and their bytes must not
// change with the Node that packed them or the order the workers took the entries in.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFLATER_SOURCE, makeDeflater, type DeflateInto } from '../src/zip/deflater.js';
import { actionNodes } from './helpers/node24.js';

const words = ['manifest', 'static', 'lambda', 'bundle', 'deploy', 'function', 'mattermost', 'apps', '\n', ' ', '{', '}'];
/** Text of `n` bytes with some structure (deflate finds matches at varying distances). */
function prose(n: number, seed: number): Buffer {
  let x = seed >>> 0 || 1;
  const parts: string[] = [];
  let length = 0;
  while (length < n) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const w = words[(x >>> 0) % words.length]!;
    parts.push(w);
    length += w.length;
  }
  return Buffer.from(parts.join('')).subarray(0, n);
}

function deflate(d: DeflateInto, data: Buffer, level: number): Buffer {
  const out = Buffer.alloc(d.room(data.length));
  return out.subarray(0, d(data, level, out, 0));
}

const samples: [string, Buffer][] = [
  ['empty', Buffer.alloc(0)],
  ['one byte', Buffer.from('x')],
  ['2 KiB of text', prose(2048, 1)],
  ['40 KiB of text (longer than the window)', prose(40 * 1024, 2)],
  ['300 KiB of text', prose(300 * 1024, 3)],
  ['random, 3 KiB (does not compress)', randomBytes(3072)],
  ['random, 100 KiB', randomBytes(100 * 1024)],
  ['one byte repeated, 64 KiB', Buffer.alloc(64 * 1024, 0x61)],
];

describe('the bare deflate handle', () => {
  it('is the one in use on this Node, and the fallback can be chosen', () => {
    expect(makeDeflater(true).bare).toBe(true);
    expect(makeDeflater(false).bare).toBe(false);
  });

  it.each(actionNodes().map((n) => [n.label, n.bin]))('is the one in use on %s, which runs the built action', (_label, bin) => {
    const script = "const f = new Function('zlib', 'bare', process.env.SOURCE)(require('node:zlib'), true); process.stdout.write(String(f.bare));";
    expect(execFileSync(bin, ['-e', script], { env: { SOURCE: DEFLATER_SOURCE }, encoding: 'utf8' })).toBe('true');
  });

  const bare = makeDeflater(true);
  const fallback = makeDeflater(false);
  it.each(samples.flatMap(([name, data]) => [1, 6, 9].map((level) => [name, level, data] as const)))('gives deflateRawSync’s bytes: %s at level %i', (_name, level, data) => {
    const expected = deflateRawSync(data, { level });
    expect(deflate(bare, data, level).equals(expected)).toBe(true);
    expect(deflate(fallback, data, level).equals(expected)).toBe(true);
    expect(inflateRawSync(deflate(bare, data, level)).equals(data)).toBe(true);
  });

  it('gives each entry the bytes it gets alone, whatever was deflated before it', () => {
    // 2,000 entries of mixed sizes and kinds in one sequence: a state carried over from one entry
    // to the next (a reset instead of a fresh handle) changes some of them.
    const entries = Array.from({ length: 2000 }, (_, i) => (i % 7 === 3 ? randomBytes(200 + (i % 900)) : prose(50 + ((i * 7919) % 9000), i + 11)));
    let differ = 0;
    for (const data of entries) if (!deflate(bare, data, 6).equals(deflateRawSync(data, { level: 6 }))) differ++;
    expect(differ).toBe(0);
  });

  it('writes only where it is told to', () => {
    const data = prose(5000, 9);
    const out = Buffer.alloc(bare.room(data.length) + 20, 0xee);
    const n = bare(data, 6, out, 10);
    expect(out.subarray(10, 10 + n).equals(deflateRawSync(data, { level: 6 }))).toBe(true);
    expect(out.subarray(0, 10).every((b) => b === 0xee)).toBe(true);
    expect(out.subarray(10 + n).every((b) => b === 0xee)).toBe(true);
  });

  it('refuses an output buffer without room for the worst case, before writing anything', () => {
    const data = randomBytes(4096);
    for (const d of [bare, fallback]) {
      const out = Buffer.alloc(d.room(data.length) - 1, 0xee);
      expect(() => d(data, 6, out, 0)).toThrow(RangeError);
      expect(out.every((b) => b === 0xee)).toBe(true);
    }
  });
});
