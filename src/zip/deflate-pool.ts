// Compresses zip entries on worker threads. Each job reads one file (or takes bytes), computes its
// CRC-32 and deflates it with one synchronous zlib call: for thousands of small files this is
// several times cheaper than the async zlib API, whose per-call setup and thread-pool trips
// dominate, and it keeps both cores busy while the main thread writes the archive.
//
// The worker is a small CommonJS script kept as a string so it runs the same from the TypeScript
// sources (tests), from the ncc bundle (action and CLI) and from any install location.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

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
const { crc32, deflateRawSync } = require('node:zlib');
const { level, probeFrom, probeBytes, probeRatio, reuseUpTo } = workerData;

// Files are read into one reused buffer, and results leave by transfer: a worker that allocated
// a fresh buffer per file would hold tens of MB of garbage until its GC noticed.
let scratch = Buffer.allocUnsafeSlow(256 * 1024);

// Never more than the size the file was listed with, plus one byte to notice growth; a FIFO
// cannot block the open (O_NONBLOCK) and a link swapped in is refused (O_NOFOLLOW).
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

/** A copy in a buffer of its own, so that it can be transferred. */
function own(data) {
  const copy = Buffer.allocUnsafeSlow(data.length);
  data.copy(copy);
  return copy;
}

function reply(message) {
  parentPort.postMessage(message, message.bytes ? [message.bytes.buffer] : []);
}

function incompressible(data, size) {
  if (size < probeFrom) return false;
  const sample = data.subarray(0, probeBytes);
  return deflateRawSync(sample, { level: 1 }).length > sample.length * probeRatio;
}

parentPort.on('message', (job) => {
  try {
    if (job.probe) {
      const data = Buffer.from(job.probe.buffer, job.probe.byteOffset, job.probe.byteLength);
      reply({ id: job.id, store: incompressible(data, job.size) });
      return;
    }
    const fromFile = job.file !== undefined;
    const data = fromFile ? readFile(job.file, job.size) : Buffer.from(job.data.buffer, job.data.byteOffset, job.data.byteLength);
    const crc = crc32(data) >>> 0;
    if (job.store || data.length === 0 || incompressible(data, data.length)) {
      reply({ id: job.id, crc, size: data.length, method: 0, bytes: fromFile ? own(data) : undefined });
      return;
    }
    // One output chunk that fits any result (zlib would otherwise allocate 16 KiB chunks and join
    // them); the exact bytes are then copied into a buffer that can be transferred.
    const deflated = deflateRawSync(data, { level, chunkSize: Math.max(1024, data.length + (data.length >> 7) + 1024) });
    // Like Info-ZIP, keep the original bytes when deflating does not make them smaller.
    if (deflated.length >= data.length) reply({ id: job.id, crc, size: data.length, method: 0, bytes: fromFile ? own(data) : undefined });
    else reply({ id: job.id, crc, size: data.length, method: 8, bytes: own(deflated) });
  } catch (err) {
    reply({ id: job.id, error: { message: err.message, code: err.code, syscall: err.syscall, path: err.path } });
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

interface Reply {
  id: number;
  crc?: number;
  size?: number;
  method?: 0 | 8;
  bytes?: Uint8Array;
  store?: boolean;
  error?: { message: string; code?: string; syscall?: string; path?: string };
}

interface Pending {
  resolve: (reply: Reply) => void;
  reject: (err: Error) => void;
}


/** Jobs queued on one worker at a time, so that it never waits for the main thread's reply. */
const DEPTH = 8;

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

  /**
   * Reads `file` (at most `size` + 1 bytes: the caller compares sizes) or takes `data`, computes its
   * CRC and deflates it unless `store` is set.
   */
  async compress(source: { file: string; size: number } | { data: Buffer }, store: boolean): Promise<CompressedEntry> {
    const message = 'file' in source ? { file: source.file, size: source.size, store } : { data: source.data, store };
    const reply = await this.submit(message);
    const bytes = reply.bytes ? Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength) : (source as { data: Buffer }).data;
    return { crc: reply.crc!, size: reply.size!, method: reply.method!, bytes };
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
      workerData: { level: DEFLATE_LEVEL, probeFrom: PROBE_FROM, probeBytes: PROBE_BYTES, probeRatio: PROBE_RATIO, reuseUpTo: 2 * 1024 * 1024 },
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
