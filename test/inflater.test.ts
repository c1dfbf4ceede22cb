// The reused inflate stream (src/zip/inflater.ts) must be indistinguishable from inflateRawSync,
// its fallback, on every input: good data of every shape, data that inflates to more than
// declared, and broken data; and a failure must not spoil the entries after it.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { INFLATER_SOURCE, inflateInto, makeInflater, type InflateInto } from '../src/zip/inflater.js';
import { actionNodes } from './helpers/node24.js';

type Outcome = { length: number; bytes: string } | { code: string; message: string };

function run(inflate: InflateInto, data: Buffer, declared: number): Outcome {
  const out = Buffer.alloc(declared + 1);
  try {
    const length = inflate(data, out);
    // More than declared (length is out.length): what was written is of no use to anyone.
    return { length, bytes: length > declared ? '' : out.subarray(0, length).toString('base64') };
  } catch (err) {
    const e = err as { code?: string; message: string };
    return { code: String(e.code), message: e.message };
  }
}

const text = (n: number) => Buffer.from('All work and no play makes a deploy dull.\n'.repeat(Math.ceil(n / 10))).subarray(0, n);
const good: [string, Buffer][] = [
  ['empty', Buffer.alloc(0)],
  ['one byte', Buffer.from('x')],
  ['text, 3 KiB', text(3000)],
  ['text, 1 MiB', text(1 << 20)],
  ['random, 100 KiB (stored blocks)', randomBytes(100 * 1024)],
];

describe('the reused inflate stream', () => {
  it('is the one in use on this Node', () => {
    expect(inflateInto.reused).toBe(true);
    expect(makeInflater(false).reused).toBe(false);
  });

  it.each(actionNodes().map((n) => [n.label, n.bin]))('is the one in use on %s, which runs the built action', (_label, bin) => {
    const script = "const f = new Function('zlib', 'reuse', process.env.SOURCE)(require('node:zlib'), true); process.stdout.write(String(f.reused));";
    expect(execFileSync(bin, ['-e', script], { env: { SOURCE: INFLATER_SOURCE }, encoding: 'utf8' })).toBe('true');
  });

  const fast = makeInflater(true);
  const slow = makeInflater(false);
  const cases: [string, Buffer, number][] = [];
  for (const [name, data] of good) {
    const packed = deflateRawSync(data, { level: data.length % 2 === 0 ? 6 : 1 });
    cases.push([`${name}: as declared`, packed, data.length]);
    if (data.length > 0) cases.push([`${name}: declared one byte short`, packed, data.length - 1]);
    cases.push([`${name}: declared one byte long`, packed, data.length + 1]);
    if (packed.length > 2) cases.push([`${name}: cut short`, packed.subarray(0, packed.length - 2), data.length]);
    cases.push([`${name}: with bytes after the end`, Buffer.concat([packed, Buffer.from('trailing')]), data.length]);
  }
  cases.push(['no data at all', Buffer.alloc(0), 10]);
  cases.push(['an invalid block type', Buffer.from([0xff, 0xff, 0xff, 0xff]), 10]);
  cases.push(['random bytes', randomBytes(4096), 4096]);
  cases.push(['a stored block whose length check fails', Buffer.from([0x01, 0x05, 0x00, 0x00, 0x00, 0x61, 0x62, 0x63, 0x64, 0x65]), 5]);

  it.each(cases)('%s: the same outcome as inflateRawSync', (_name, data, declared) => {
    const expected = run(slow, data, declared);
    expect(run(fast, data, declared)).toEqual(expected);
  });

  it('inflates good data after a failure, and after data that was too long', () => {
    const packed = deflateRawSync(text(5000));
    expect(run(fast, Buffer.from([0xff, 0xff, 0xff]), 10)).toMatchObject({ code: expect.stringMatching(/^Z_/) });
    expect(run(fast, packed, 5000)).toEqual(run(slow, packed, 5000));
    expect(run(fast, packed, 100)).toEqual({ length: 101, bytes: '' });
    expect(run(fast, packed, 5000)).toMatchObject({ length: 5000 });
  });

  it('never writes past the room it was given', () => {
    const packed = deflateRawSync(text(10_000));
    const out = Buffer.alloc(200, 0xaa);
    expect(fast(packed, out.subarray(0, 101))).toBe(101);
    expect(out.subarray(101).every((b) => b === 0xaa)).toBe(true);
  });
});
