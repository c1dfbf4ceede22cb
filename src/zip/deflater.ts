// Deflating many small entries, each with a fresh zlib state and no stream around it.
// zlib.deflateRawSync builds a Transform stream (with its buffers, state objects and listeners)
// around a native deflate state for every call. For 10,000 files of 2 KiB that wrapper, not the
// compression, was most of the deflate time, and its garbage most of the workers' GC (issue 9):
// 120 ms here against 165–360 ms for the same bytes (Node 20 and 24).
//
// Unlike inflating (inflater.ts), one state cannot be reset and reused: measured here, a reset
// state gave other bytes than a fresh one for 63 of the 5,468 files of the node_modules benchmark
// app, depending on the entries deflated before them. So each entry gets a new native handle (the
// class behind a DeflateRaw stream's `_handle`), initialised as zlib.js initialises it, and
// written once with Z_FINISH into an output buffer that always has room.
//
// Node does not document the handle (`init`, `writeSync`, `close`, the write-state array). So the
// fast path proves itself when it is made, by giving deflateRawSync's exact bytes on inputs that
// compress, do not compress and are empty, and anything unexpected falls back to deflateRawSync
// for good: same bytes, more time.
//
// The code is a string so that the deflate workers (deflate-pool.ts) run exactly the function the
// tests check: `new Function('zlib', 'bare', DEFLATER_SOURCE)(zlib, true)`; `bare` false gives
// the fallback alone.
import * as zlib from 'node:zlib';

export const DEFLATER_SOURCE = `
'use strict';
const { constants, DeflateRaw, deflateRawSync } = zlib;

// Room for the deflated form of n bytes in one call: above zlib's deflateBound for raw deflate.
function deflateRoom(n) {
  return n + (n >> 7) + 1024;
}

let Handle = null;
const state = new Uint32Array(2); // [avail_out, avail_in] after a write
const noCallback = () => undefined;

function bareInto(data, level, out, at) {
  const room = deflateRoom(data.length);
  if (out.length - at < room) throw new RangeError('deflateInto: no room for ' + room + ' bytes');
  const h = new Handle(constants.DEFLATERAW);
  let failure = null;
  h.onerror = (message, errno) => {
    failure = Object.assign(new Error(message), { errno });
  };
  try {
    h.init(15, level, 8, constants.Z_DEFAULT_STRATEGY, state, noCallback, undefined);
    h.writeSync(constants.Z_FINISH, data, 0, data.length, out, at, room);
  } finally {
    h.close();
  }
  if (failure) throw failure;
  // All input taken and output left over: with Z_FINISH that is the end of the stream.
  if (state[1] !== 0 || state[0] === 0) throw new Error('deflate did not finish');
  return room - state[0];
}

function streamInto(data, level, out, at) {
  const room = deflateRoom(data.length);
  if (out.length - at < room) throw new RangeError('deflateInto: no room for ' + room + ' bytes');
  return deflateRawSync(data, { level, chunkSize: Math.max(1024, room) }).copy(out, at);
}

let usable = bare;
if (usable) {
  try {
    const probe = new DeflateRaw();
    Handle = probe._handle && probe._handle.constructor;
    probe.close();
    usable = typeof Handle === 'function';
    const samples = [Buffer.alloc(0), Buffer.from('mm-apps-deploy '.repeat(700)), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 2654435761) >>> 24))];
    for (const level of [1, 6]) {
      for (const sample of samples) {
        if (!usable) break;
        const out = Buffer.alloc(deflateRoom(sample.length) + 7);
        const n = bareInto(sample, level, out, 7);
        usable = out.subarray(7, 7 + n).equals(deflateRawSync(sample, { level }));
      }
    }
  } catch {
    usable = false;
  }
}

const deflateInto = usable ? bareInto : streamInto;
deflateInto.bare = usable;
deflateInto.room = deflateRoom;
return deflateInto;
`;

/**
 * Deflates `data` (raw deflate, memLevel 8, 32 KiB window, the default strategy: deflateRawSync's
 * bytes) into `out` at `at`, which needs `room(data.length)` bytes free; returns the bytes written.
 */
export type DeflateInto = ((data: Buffer, level: number, out: Buffer, at: number) => number) & {
  /** Whether the bare native handle is in use (else deflateRawSync). */
  bare: boolean;
  room: (size: number) => number;
};

export function makeDeflater(bare = true): DeflateInto {
  return new Function('zlib', 'bare', DEFLATER_SOURCE)(zlib, bare) as DeflateInto;
}
