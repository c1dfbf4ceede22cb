// Compresses zip entries on worker threads. A job is a batch of entries: the worker reads each
// file (or takes bytes), computes its CRC-32 and deflates it in one call on a fresh native zlib
// state (deflater.ts), and answers the whole batch with one message and one transferred buffer.
// For thousands of small files the per-file message round trip was the cost (a 10,000-file app
// packed 2.9× slower than Info-ZIP, both threads idle half the time: issue 9); batches keep both
// cores busy.
//
// The worker is a small CommonJS script kept as a string so it runs the same from the TypeScript
// sources (tests), from the ncc bundle (action and CLI) and from any install location.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DEFLATER_SOURCE } from './deflater.js';

/** Deflate settings shared by the worker and the streaming path for large files. */
export const DEFLATE_LEVEL = 6;
/** Files smaller than this are never probed for compressibility. */
export const PROBE_FROM = 128 * 1024;
/** How much of a file the probe deflates. */
export const PROBE_BYTES = 64 * 1024;
/** Stored when a level-1 deflate of the probe saves less than 3%. */
export const PROBE_RATIO = 0.97;

const WORKER_SOURCE = `
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { closeSync, constants, fstatSync, openSync, readSync } = require('node:fs');
const zlib = require('node:zlib');
const { level, probeFrom, probeBytes, probeRatio, reuseUpTo } = workerData;
const keepUpTo = 2 * reuseUpTo;
const deflateInto = new Function('zlib', 'bare', workerData.deflater)(zlib, true);

// Files are read into one reused buffer, and a batch's output collects in another: a worker that
// allocated fresh buffers per file would hold tens of MB of garbage until its GC noticed.
let scratch = Buffer.allocUnsafeSlow(256 * 1024);
let output = Buffer.allocUnsafeSlow(256 * 1024);

// Never more than the size the file was listed with, plus one byte to notice growth (the writer
// compares sizes); a FIFO cannot block the open (O_NONBLOCK) and a link swapped in is refused
// (O_NOFOLLOW).
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK || 0) | (constants.O_NOFOLLOW || 0);

function readFile(file, listed) {
  const fd = openSync(file, READ_FLAGS);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw Object.assign(new Error(file + ' is not a regular file'), { code: 'EINVAL', path: file });
    const size = Math.min(st.size, listed + 1);
    let target = scratch;
    if (size > scratch.length) {
      if (size <= reuseUpTo) target = scratch = Buffer.allocUnsafeSlow(Math.min(reuseUpTo, Math.max(size, scratch.length * 2)));
      else target = Buffer.allocUnsafeSlow(size);
    }
    let n = 0;
    while (n < size) {
      const r = readSync(fd, target, n, size - n, n);
      if (r === 0) break;
      n += r;
    }
    return target.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Makes room for n more bytes after the first used of the output buffer. */
function reserve(used, n) {
  if (output.length - used >= n) return;
  const bigger = Buffer.allocUnsafeSlow(Math.max(used + n, output.length * 2));
  output.copy(bigger, 0, 0, used);
  output = bigger;
}

// Deflates the start of the file at level 1 into the free part of the output buffer (after used).
function incompressible(data, size, used) {
  if (size < probeFrom) return false;
  const sample = data.subarray(0, probeBytes);
  reserve(used, deflateInto.room(sample.length));
  return deflateInto(sample, 1, output, used) > sample.length * probeRatio;
}

// Appends the bytes to write for one entry to the output buffer at used; returns
// [crc, size, method, length], length -1 when the entry's own bytes in memory are to be written.
function compress(entry, used) {
  const fromFile = entry.file !== undefined;
  const data = fromFile ? readFile(entry.file, entry.size) : Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength);
  const crc = zlib.crc32(data) >>> 0;
  const stored = () => {
    if (!fromFile) return [crc, data.length, 0, -1];
    reserve(used, data.length);
    return [crc, data.length, 0, data.copy(output, used)];
  };
  if (entry.store || data.length === 0 || incompressible(data, data.length, used)) return stored();
  reserve(used, deflateInto.room(data.length));
  const length = deflateInto(data, level, output, used);
  // Like Info-ZIP, keep the original bytes when deflating does not make them smaller.
  return length >= data.length ? stored() : [crc, data.length, 8, length];
}

parentPort.on('message', (job) => {
  try {
    if (job.probe) {
      const data = Buffer.from(job.probe.buffer, job.probe.byteOffset, job.probe.byteLength);
      parentPort.postMessage({ id: job.id, store: incompressible(data, job.size, 0) });
      return;
    }
    // The bytes of every entry go back in one buffer of their own, with each entry's length: one
    // copy and one transfer per batch. Unpooled: a transferred buffer takes its whole ArrayBuffer
    // along.
    const results = [];
    let used = 0;
    for (const entry of job.entries) {
      const r = compress(entry, used);
      if (r[3] > 0) used += r[3];
      results.push(r);
    }
    const bytes = Buffer.allocUnsafeSlow(used);
    output.copy(bytes, 0, 0, used);
    // A batch with a file of megabytes grew it: not kept for the batches of small files after it.
    if (output.length > keepUpTo) output = Buffer.allocUnsafeSlow(256 * 1024);
    parentPort.postMessage({ id: job.id, results, bytes }, [bytes.buffer]);
  } catch (err) {
    parentPort.postMessage({ id: job.id, error: { message: err.message, code: err.code, syscall: err.syscall, path: err.path } });
  }
});
`;

export interface CompressedEntry {
  crc: number;
  size: number;
  method: 0 | 8;
  /** The bytes to write: deflated, or the original when stored. */
  bytes: Buffer;
}

/**
 * One entry of a batch: a file, of which at most `size` + 1 bytes are read (`size` from when it
 * was listed: the caller compares sizes), or bytes in memory; `store` skips deflate.
 */
export type BatchEntry = ({ file: string; size: number } | { data: Buffer }) & { store: boolean };

interface Reply {
  id: number;
  results?: [number, number, 0 | 8, number][];
  bytes?: Uint8Array;
  store?: boolean;
  error?: { message: string; code?: string; syscall?: string; path?: string };
}

interface Pending {
  resolve: (reply: Reply) => void;
  reject: (err: Error) => void;
}

/** Batches queued on one worker at a time, so that it never waits for the main thread's reply. */
const DEPTH = 4;

interface Slot {
  worker: Worker;
  jobs: Map<number, Pending>;
}

/** A fixed set of workers shared by every archive of one pack, so parallel archives share the cores. */
export class DeflatePool {
  private readonly slots: Slot[] = [];
  private readonly queue: { message: Record<string, unknown>; pending: Pending }[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly size = Math.max(1, Math.min(4, availableParallelism()))) {}

  /** Starts the workers now (they take tens of milliseconds to boot), e.g. while the app is walked. */
  warmUp(): void {
    while (!this.closed && this.slots.length < this.size) this.spawn();
  }

  /** Jobs sent and not answered yet. */
  get inFlight(): number {
    return this.queue.length + this.slots.reduce((n, s) => n + s.jobs.size, 0);
  }

  /** Reads each entry (or takes its bytes), computes its CRC and deflates it unless `store` is set. */
  async compressBatch(entries: readonly BatchEntry[]): Promise<CompressedEntry[]> {
    const reply = await this.submit({ entries });
    const all = reply.bytes ? Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength) : Buffer.alloc(0);
    let offset = 0;
    return reply.results!.map(([crc, size, method, length], i) => {
      let bytes: Buffer;
      if (length < 0) bytes = (entries[i] as { data: Buffer }).data;
      else {
        bytes = all.subarray(offset, offset + length);
        offset += length;
      }
      return { crc, size, method, bytes };
    });
  }

  /** Whether a file of `size` bytes starting with `sample` looks incompressible. */
  async probe(sample: Buffer, size: number): Promise<boolean> {
    const reply = await this.submit({ probe: sample, size });
    return reply.store === true;
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const slot of slots) for (const pending of slot.jobs.values()) pending.reject(new Error('deflate pool closed'));
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private submit(message: Record<string, unknown>): Promise<Reply> {
    if (this.closed) return Promise.reject(new Error('deflate pool is closed'));
    return new Promise<Reply>((resolve, reject) => {
      this.queue.push({ message, pending: { resolve, reject } });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.leastBusy();
      if (!slot) return;
      const { message, pending } = this.queue.shift()!;
      const id = this.nextId++;
      slot.jobs.set(id, pending);
      slot.worker.postMessage({ ...message, id });
    }
  }

  /** The slot with the fewest queued jobs, spawning a worker while below `size`. */
  private leastBusy(): Slot | undefined {
    let best: Slot | undefined;
    for (const slot of this.slots) if (!best || slot.jobs.size < best.jobs.size) best = slot;
    if ((!best || best.jobs.size > 0) && this.slots.length < this.size) return this.spawn();
    return best && best.jobs.size < DEPTH ? best : undefined;
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { deflater: DEFLATER_SOURCE, level: DEFLATE_LEVEL, probeFrom: PROBE_FROM, probeBytes: PROBE_BYTES, probeRatio: PROBE_RATIO, reuseUpTo: 2 * 1024 * 1024 },
      // File bytes live outside the JS heap and move to the main thread; a small young generation
      // keeps each worker's footprint down (peak RSS is a target: see bench/pack.ts).
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
    });
    worker.unref();
    const slot: Slot = { worker, jobs: new Map() };
    worker.on('message', (reply: Reply) => {
      const pending = slot.jobs.get(reply.id);
      slot.jobs.delete(reply.id);
      if (reply.error) pending?.reject(Object.assign(new Error(reply.error.message), reply.error));
      else pending?.resolve(reply);
      this.dispatch();
    });
    worker.on('error', (err) => {
      // A worker that died takes its queued jobs with it; the pool spawns a replacement.
      this.slots.splice(this.slots.indexOf(slot), 1);
      for (const pending of slot.jobs.values()) pending.reject(err);
      this.dispatch();
    });
    this.slots.push(slot);
    return slot;
  }
}
