// Sorting by the bytes of a string's UTF-8 form (zip entries, S3 keys and Go's sorted map keys
// are in that order) without encoding anything. UTF-16 code units sort like code points, and code
// points like UTF-8 bytes, except where a surrogate meets a unit of U+E000–U+FFFF; only then are
// the strings encoded and compared as bytes (which also gives lone surrogates Buffer's U+FFFD).

/** Negative, zero or positive as `a`'s UTF-8 bytes sort before, equal to or after `b`'s. */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if ((x & 0xf800) === 0xd800 || (y & 0xf800) === 0xd800) return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
    return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
