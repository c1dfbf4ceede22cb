// A lower bound for packing a directory in Node, printed beside the small-files benchmark
// (bench/pack.ts): the least work any pack must do, done the fastest way we know, and nothing
// else. The main thread lists the tree (readdir, lstat per entry: what the checks need) and hands
// files to as many workers as pack uses, in batches, while it walks; each worker opens, reads and
// CRCs each file and deflates it at level 6 on a fresh native zlib handle (as src/zip/deflater.ts
// does). Nothing is checked, sorted, written or hashed, and no bytes travel back.
//
// Plain JavaScript started directly by node, so that it pays Node's start-up and no more; it
// measures what is possible, not our code, and so keeps its own few lines of deflate.
//
//   node bench/floor.mjs DIR    prints the compressed bytes to stderr
import { lstatSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

const WORKER = `
const { parentPort } = require('node:worker_threads');
const { closeSync, fstatSync, openSync, readSync } = require('node:fs');
const zlib = require('node:zlib');
const Handle = new zlib.DeflateRaw()._handle.constructor;
const state = new Uint32Array(2);
let input = Buffer.allocUnsafeSlow(1 << 20);
let output = Buffer.allocUnsafeSlow(1 << 21);
let total = 0;
parentPort.on('message', (files) => {
  if (files === null) return parentPort.postMessage(total);
  for (const file of files) {
    const fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    if (size > input.length) input = Buffer.allocUnsafeSlow(size);
    if (size * 2 + 1024 > output.length) output = Buffer.allocUnsafeSlow(size * 2 + 1024);
    const n = readSync(fd, input, 0, size, 0);
    closeSync(fd);
    const data = input.subarray(0, n);
    zlib.crc32(data);
    const h = new Handle(zlib.constants.DEFLATERAW);
    h.init(15, 6, 8, 0, state, () => undefined, undefined);
    h.writeSync(zlib.constants.Z_FINISH, data, 0, n, output, 0, output.length);
    h.close();
    total += output.length - state[0];
  }
});
`;

const workers = Array.from({ length: Math.max(1, Math.min(4, availableParallelism())) }, () => new Worker(WORKER, { eval: true }));
let batch = [];
let next = 0;
const send = () => {
  workers[next++ % workers.length].postMessage(batch);
  batch = [];
};
const walk = (dir) => {
  const dirs = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const st = lstatSync(p);
    if (st.isDirectory()) dirs.push(p);
    else if (st.isFile()) {
      batch.push(p);
      if (batch.length === 64) send();
    }
  }
  for (const d of dirs) walk(d);
};
walk(path.resolve(process.argv[2]));
if (batch.length > 0) send();

let answered = 0;
let bytes = 0;
for (const w of workers) {
  w.on('message', (n) => {
    bytes += n;
    if (++answered === workers.length) {
      process.stderr.write(`${bytes} bytes deflated\n`);
      process.exit(0);
    }
  });
  w.postMessage(null);
}
