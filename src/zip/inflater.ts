// Inflating many small entries with one zlib stream. zlib.inflateRawSync builds a Transform stream
// and a native inflate state per call and throws both away: for a bundle of 10,000 small files
// that setup and its garbage were most of the cost of checking them (issue 9: validate ≤ 0.3 s).
// Here one native handle is reset between entries and written once per entry into an output
// buffer one byte larger than the declared size, so an entry that inflates to more stops there.
//
// Node does not document its handles (`_handle.writeSync`, `_writeState`, `reset`), although
// they have had this shape since Node 10 and every Node this tool supports has it. So the fast
// path proves itself on a known stream when it is made, and anything unexpected falls back to
// inflateRawSync for good: both give the same bytes, since inflating is deterministic (only
// deflate can differ between a fresh and a reset stream, which is why pack does not do this).
//
// The code is a string so that the verify helper thread (verify-helper.ts) runs exactly the same
// function as the main thread: `new Function('zlib', 'reuse', INFLATER_SOURCE)(zlib, true)` gives
// one; `reuse` false gives the fallback alone (tests compare the two).
import * as zlib from 'node:zlib';

export const INFLATER_SOURCE = `
'use strict';
const { constants, InflateRaw, inflateRawSync, deflateRawSync } = zlib;
let engine = null;
let usable = reuse;

function open() {
  const e = new InflateRaw();
  const h = e._handle;
  if (!h || typeof h.writeSync !== 'function' || typeof h.reset !== 'function' || !(e._writeState instanceof Uint32Array)) return null;
  // zlib reports errors through the stream (destroy), which also closes the handle.
  e.on('error', () => undefined);
  return e;
}

// Inflates all of data into out; the byte count, out.length when there was more than out.length - 1.
function fast(data, out) {
  if (engine === null || engine.destroyed) engine = open();
  if (engine === null) throw Object.assign(new Error('no reusable zlib handle'), { code: 'NO_HANDLE' });
  const h = engine._handle;
  h.reset();
  h.writeSync(constants.Z_FINISH, data, 0, data.length, out, 0, out.length);
  if (engine.destroyed) {
    const err = engine.errored || new Error('zlib error');
    engine = null;
    throw err;
  }
  return out.length - engine._writeState[0];
}

function slow(data, out) {
  let bytes;
  try {
    bytes = inflateRawSync(data, { maxOutputLength: out.length, chunkSize: Math.min(Math.max(64, out.length), 1024 * 1024) });
  } catch (err) {
    if (err && err.code === 'ERR_BUFFER_TOO_LARGE') return out.length;
    throw err;
  }
  return bytes.copy(out, 0);
}

// The fast path must give what inflateRawSync gives, on a stream that fills its output exactly,
// one that would overflow it, and one that is cut short, or it is not used.
if (usable) try {
  const text = Buffer.from('mm-apps-deploy '.repeat(64));
  const packed = deflateRawSync(text);
  const exact = Buffer.alloc(text.length + 1);
  const short = Buffer.alloc(text.length);
  let cut = false;
  try {
    fast(packed.subarray(0, packed.length - 4), Buffer.alloc(text.length + 1));
  } catch (err) {
    cut = typeof (err && err.code) === 'string' && err.code.startsWith('Z_');
  }
  usable = fast(packed, exact) === text.length && exact.subarray(0, text.length).equals(text) && fast(packed, short) === short.length && cut;
} catch {
  usable = false;
}
if (!usable) engine = null;

const inflateInto = usable ? fast : slow;
inflateInto.reused = usable;
return inflateInto;
`;

/**
 * Inflates raw deflate `data` into `out`, whose length is the declared size plus one. Returns the
 * number of bytes inflated; `out.length` means the data inflates to more than declared (the rest
 * was never produced). Invalid data throws zlib's error (its `code` starts with "Z_").
 */
export type InflateInto = ((data: Buffer, out: Buffer) => number) & { /** Whether the reused stream is in use (else inflateRawSync). */ reused: boolean };

export function makeInflater(reuse = true): InflateInto {
  return new Function('zlib', 'reuse', INFLATER_SOURCE)(zlib, reuse) as InflateInto;
}

export const inflateInto = makeInflater();
