// Compresses zip entries on worker threads. A job is a batch of entries: the worker reads each
// file (or takes bytes), computes its CRC-32 and deflates it with one synchronous zlib call, and
// answers the whole batch with one message and one transferred buffer. For thousands of small
// files the per-file message round trip was the cost (a 10,000-file app packed 2.9× slower than
// Info-ZIP, both threads idle half the time: issue 9); batches keep both cores busy.
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

// Files are read into one reused buffer: a worker that allocated a fresh buffer per file would
// hold tens of MB of garbage until its GC noticed.
let scratch = Buffer.allocUnsafeSlow(256 * 1024);

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

function incompressible(data, size) {
  if (size < probeFrom) return false;
  const sample = data.subarray(0, probeBytes);
  return deflateRawSync(sample, { level: 1 }).length > sample.length * probeRatio;
}

function compress(entry) {
  const fromFile = entry.file !== undefined;
  const data = fromFile ? readFile(entry.file, entry.size) : Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength);
  const crc = crc32(data) >>> 0;
  if (entry.store || data.length === 0 || incompressible(data, data.length)) return { crc, size: data.length, method: 0, bytes: fromFile ? data : undefined };
  // One output chunk that fits any result (zlib would otherwise allocate 16 KiB chunks and join them).
  const deflated = deflateRawSync(data, { level, chunkSize: Math.max(1024, data.length + (data.length >> 7) + 1024) });
  // Like Info-ZIP, keep the original bytes when deflating does not make them smaller.
  if (deflated.length >= data.length) return { crc, size: data.length, method: 0, bytes: fromFile ? data : undefined };
  return { crc, size: data.length, method: 8, bytes: deflated };
}

parentPort.on('message', (job) => {
  try {
    if (job.probe) {
      const data = Buffer.from(job.probe.buffer, job.probe.byteOffset, job.probe.byteLength);
      parentPort.postMessage({ id: job.id, store: incompressible(data, job.size) });
      return;
    }
    // The bytes of every entry go back in one buffer of their own (copied out of the scratch
    // buffer and zlib's output), with each entry's length: one transfer per batch. Unpooled: a
    // transferred buffer takes its whole ArrayBuffer along.
    const results = [];
    const parts = [];
    let total = 0;
    for (const entry of job.entries) {
      const r = compress(entry);
      // Stored file bytes are a view of the scratch buffer, which the next read overwrites.
      if (r.bytes) parts.push(r.method === 0 ? Buffer.from(r.bytes) : r.bytes);
      const length = r.bytes ? r.bytes.length : -1;
      if (length > 0) total += length;
      results.push([r.crc, r.size, r.method, length]);
    }
    const bytes = Buffer.allocUnsafeSlow(total);
    let at = 0;
    for (const part of parts) at += part.copy(bytes, at);
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
