// compareUtf8 must sort exactly as the UTF-8 bytes do (zip entries, S3 keys and Go's sorted map
// keys are in that order), and grouped must write what toLocaleString('en-US') writes.
import { describe, expect, it } from 'vitest';
import { compareUtf8 } from '../src/util/byte-order.js';
import { grouped } from '../src/util/digits.js';

/** Strings made of the code units where UTF-16 and UTF-8 orders part: surrogates (pairs and lone), U+E000–U+FFFF, ASCII. */
function sample(seed: number, n: number): string[] {
  const units = [0x41, 0x61, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfeff, 0xffff];
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    const length = next() % 5;
    for (let j = 0; j < length; j++) {
      const r = next() % (units.length + 1);
      s += r === units.length ? '\u{1f600}' : String.fromCharCode(units[r]!);
    }
    out.push(s);
  }
  return out;
}

describe('compareUtf8', () => {
  it('orders every pair as Buffer.compare orders their UTF-8 bytes', () => {
    const strings = sample(7, 400);
    for (const a of strings) {
      for (const b of strings) expect(Math.sign(compareUtf8(a, b)), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(Buffer.compare(Buffer.from(a), Buffer.from(b)));
    }
  });

  it('puts an astral character after U+FFFF, where UTF-16 order would put it before', () => {
    expect(compareUtf8('\u{10000}', '\uffff')).toBeGreaterThan(0);
    expect('\u{10000}' < '\uffff').toBe(true);
  });
});

describe('grouped', () => {
  it.each([0, 7, 999, 1000, 12_345, 999_999, 1_000_000, 4_294_967_295, -1234, Number.MAX_SAFE_INTEGER])('%d as toLocaleString("en-US") writes it', (n) => {
    expect(grouped(n)).toBe(n.toLocaleString('en-US'));
  });
});
