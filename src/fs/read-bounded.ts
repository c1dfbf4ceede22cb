// Reads a small input file (manifest.json) whole, safely: only a regular file, opened so that a
// FIFO cannot block and a swapped-in link is not followed, and never more than the limit plus one
// byte, whatever size the file claims or however it grows while being read.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { kindOf, READ_FLAGS, type FileKind } from './file-kind.js';

export type BoundedRead = { ok: true; bytes: Buffer } | { ok: false; problem: 'not a file'; kind: FileKind } | { ok: false; problem: 'too large'; size: number };

/** Reads the regular file at `real` (a path with no links) if it holds at most `max` bytes. */
export function readBounded(real: string, max: number): BoundedRead {
  const fd = openSync(real, READ_FLAGS);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, problem: 'not a file', kind: kindOf(st) };
    if (st.size > max) return { ok: false, problem: 'too large', size: st.size };
    const buf = Buffer.alloc(max + 1);
    let n = 0;
    while (n < buf.length) {
      const r = readSync(fd, buf, n, buf.length - n, n);
      if (r === 0) break;
      n += r;
    }
    if (n > max) return { ok: false, problem: 'too large', size: Math.max(n, st.size) };
    return { ok: true, bytes: buf.subarray(0, n) };
  } finally {
    closeSync(fd);
  }
}
