// A second thread for verify.ts on archives of many entries: it inflates and checksums the chunks
// of small entries the main thread hands it, while the main thread reads on and checks other
// chunks itself. Both inflate with one reused zlib stream (inflater.ts: zlib's per-call setup was
// most of the cost of a bundle like issue 9's 10,000 small files), and two threads halve the
// rest. The helper reports facts (entry-data.ts DataFault), which the main thread words.
//
// Like the deflate workers, the script is a string, so that it runs the same from the sources, the
// ncc bundle and any install location. Its checks are inflateEntry's, with the same limits.
import { Worker } from 'node:worker_threads';
import type { DataFault } from './entry-data.js';
import { INFLATER_SOURCE } from './inflater.js';

const HELPER_SOURCE = `
'use strict';
const { parentPort } = require('node:worker_threads');
const { crc32 } = require('node:zlib');
const inflateInto = new Function('zlib', 'reuse', ${JSON.stringify(INFLATER_SOURCE)})(require('node:zlib'), true);

// Output goes to one buffer, reused while entries fit in it: only the length and CRC-32 are kept.
let scratch = Buffer.allocUnsafeSlow(256 * 1024);

parentPort.on('message', ({ id, bytes, entries }) => {
  const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const faults = [];
  for (let i = 0, n = 0; i < entries.length; i += 5, n++) {
    const at = entries[i], length = entries[i + 1], size = entries[i + 2], crc = entries[i + 3], method = entries[i + 4];
    let out = all.subarray(at, at + length);
    if (method === 8) {
      if (scratch.length < size + 1) scratch = Buffer.allocUnsafeSlow(size + 1);
      const room = scratch.subarray(0, size + 1);
      let inflated;
      try {
        inflated = inflateInto(out, room);
      } catch (err) {
        const code = String(err.code || '');
        if (code.startsWith('Z_')) faults.push([n, { kind: 'zlib', message: err.message }]);
        else faults.push([n, { kind: 'error', message: err.message }]);
        continue;
      }
      if (inflated === room.length) {
        faults.push([n, { kind: 'more' }]);
        continue;
      }
      out = room.subarray(0, inflated);
    }
    if (out.length !== size) faults.push([n, { kind: 'size', actual: out.length }]);
    else {
      const actual = crc32(out) >>> 0;
      if (actual !== crc) faults.push([n, { kind: 'crc', actual }]);
    }
  }
  parentPort.postMessage({ id, faults });
});
`;

/** An entry's compressed bytes and what they must inflate to. */
export interface ChunkEntry {
  data: Buffer;
  method: number;
  size: number;
  crc32: number;
}

type Fault = DataFault | { kind: 'error'; message: string };

interface Waiting {
  resolve: (faults: (DataFault | undefined)[]) => void;
  reject: (err: Error) => void;
  count: number;
}

export class VerifyHelper {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;

  constructor() {
    this.worker = new Worker(HELPER_SOURCE, {
      eval: true,
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
    });
    this.worker.unref();
    this.worker.on('message', ({ id, faults }: { id: number; faults: [number, Fault][] }) => {
      const w = this.waiting.get(id)!;
      this.waiting.delete(id);
      const failed = faults.find(([, f]) => f.kind === 'error');
      if (failed) return w.reject(new Error((failed[1] as { message: string }).message));
      const out: (DataFault | undefined)[] = new Array(w.count).fill(undefined);
      for (const [n, fault] of faults) out[n] = fault as DataFault;
      w.resolve(out);
    });
    this.worker.on('error', (err) => {
      for (const w of this.waiting.values()) w.reject(err);
      this.waiting.clear();
    });
  }

  /** Chunks handed over and not answered yet. */
  get busy(): number {
    return this.waiting.size;
  }

  /** Checks the entries on the helper thread; one fault (or undefined) per entry. */
  check(entries: readonly ChunkEntry[]): Promise<(DataFault | undefined)[]> {
    // One buffer of its own, transferred: the entries' bytes are views of the reader's windows.
    const bytes = Buffer.allocUnsafeSlow(entries.reduce((n, e) => n + e.data.length, 0));
    const meta: number[] = [];
    let at = 0;
    for (const e of entries) {
      meta.push(at, e.data.length, e.size, e.crc32 >>> 0, e.method);
      at += e.data.copy(bytes, at);
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, count: entries.length });
      this.worker.postMessage({ id, bytes, entries: meta }, [bytes.buffer]);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
