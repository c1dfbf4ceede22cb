// Generates a realistic Mattermost App directory for the benchmarks: Node functions shaped like
// node_modules (many small compressible text files plus a few binaries) and a static folder of
// mixed text and already-compressed images. Deterministic: the same seed gives the same tree.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface GenerateOptions {
  /** Names of the aws_lambda functions to generate. */
  functions: string[];
  /** Approximate unzipped bytes per function. */
  functionBytes: number;
  /** Number of static files. */
  staticFiles: number;
  /** Approximate total bytes of the static folder. */
  staticBytes: number;
  /** Share of function bytes that are incompressible binaries (native addons, wasm). */
  binaryShare?: number;
  seed?: number;
}

export interface GeneratedApp {
  dir: string;
  appId: string;
  version: string;
  files: number;
  bytes: number;
}

/** mulberry32: tiny, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'const let var function return if else for while async await import export default from ' +
  'module require this new class extends super null undefined true false typeof instanceof ' +
  'value key options config result error callback promise resolve reject buffer stream data ' +
  'length index item items array object string number boolean map set get has delete push ' +
  'request response headers body status path method handler context event payload token user ' +
  'channel team post message bot app manifest binding command form submit call expand state'
).split(' ');
const PUNCT = ['(', ')', '{', '}', ';', '.', ',', ' = ', ' => ', ' + ', '\n', '\n  ', '\n    ', ': ', "'"];

function textBytes(rand: () => number, size: number): Buffer {
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const w = rand() < 0.8 ? WORDS[Math.floor(rand() * WORDS.length)]! : PUNCT[Math.floor(rand() * PUNCT.length)]!;
    const token = rand() < 0.05 ? `${w}${Math.floor(rand() * 1000)}` : w;
    parts.push(token, rand() < 0.6 ? ' ' : '');
    n += token.length + 1;
  }
  return Buffer.from(parts.join('').slice(0, size));
}

function binaryBytes(rand: () => number, size: number): Buffer {
  const b = Buffer.allocUnsafe(size);
  for (let i = 0; i < size; i += 4) b.writeUInt32LE((rand() * 4294967296) >>> 0, i > size - 4 ? size - 4 : i);
  return b;
}

/** Log-uniform sizes between lo and hi, scaled so they sum to about `total`. */
function sizes(rand: () => number, count: number, total: number, lo: number, hi: number): number[] {
  const raw = Array.from({ length: count }, () => Math.exp(Math.log(lo) + rand() * (Math.log(hi) - Math.log(lo))));
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((s) => Math.max(16, Math.round((s * total) / sum)));
}

async function put(file: string, data: Buffer, mode = 0o644): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, data, { mode });
}

/**
 * Text like a style sheet or a translation catalogue: one long line repeated with a small
 * variation. 10,000 such files (28 MiB) pack to 2.1 MiB, half of it zip headers; the app of
 * issue 9 packed to 1.6 MiB.
 */
function repetitiveText(rand: () => number, size: number): Buffer {
  const w = WORDS[Math.floor(rand() * WORDS.length)]!;
  const lines: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const line = `.${w}-${i % 16 === 0 ? i : 0} { color: #333; margin: 0 auto; padding: 4px 8px; border: 1px solid #ddd; }\n`;
    lines.push(line);
    n += line.length;
  }
  return Buffer.from(lines.join('').slice(0, size));
}

async function writeManifest(dir: string, appId: string, version: string, functions: string[]): Promise<void> {
  const manifest = {
    app_id: appId,
    version,
    display_name: 'Benchmark app',
    homepage_url: 'https://example.com/bench',
    icon: 'icon.png',
    requested_permissions: ['act_as_bot'],
    requested_locations: ['/command'],
    aws_lambda: {
      functions: functions.map((name, i) => ({
        path: i === 0 ? '/' : `/${name}`,
        name,
        handler: 'index.handler',
        runtime: 'nodejs22.x',
      })),
    },
  };
  await put(path.join(dir, 'manifest.json'), Buffer.from(JSON.stringify(manifest, null, 2) + '\n'));
}

/** Many small text files in static/ and one tiny function: per-file costs dominate (issue 9 §4). */
export async function generateSmallFilesApp(dir: string, opts: { files: number; bytes: number; seed?: number }): Promise<GeneratedApp> {
  const rand = prng(opts.seed ?? 7);
  const appId = 'com.example.small';
  const version = 'v1.0.0';
  let bytes = 0;
  await put(path.join(dir, 'functions', 'main', 'index.mjs'), Buffer.from('export const handler = async () => ({ statusCode: 200, body: "{}" });\n'));
  const fileSizes = sizes(rand, opts.files, opts.bytes, 400, 12_000);
  for (let i = 0; i < fileSizes.length; i++) {
    const data = repetitiveText(rand, fileSizes[i]!);
    await put(path.join(dir, 'static', `s${i % 20}`, `${i}.${i % 2 ? 'txt' : 'css'}`), data);
    bytes += data.length;
  }
  await put(path.join(dir, 'static', 'icon.png'), binaryBytes(rand, 4096));
  await writeManifest(dir, appId, version, ['main']);
  return { dir, appId, version, files: opts.files + 2, bytes: bytes + 4096 };
}

export async function generateApp(dir: string, opts: GenerateOptions): Promise<GeneratedApp> {
  const rand = prng(opts.seed ?? 42);
  const appId = 'com.example.bench';
  const version = 'v1.0.0';
  let files = 0;
  let bytes = 0;
  const binaryShare = opts.binaryShare ?? 0.15;

  for (const fn of opts.functions) {
    const root = path.join(dir, 'functions', fn);
    await put(path.join(root, 'index.mjs'), Buffer.from('export const handler = async () => ({ statusCode: 200, body: "{}" });\n'));
    const textTotal = Math.round(opts.functionBytes * (1 - binaryShare));
    const fileCount = Math.round(textTotal / 8000);
    const textSizes = sizes(rand, fileCount, textTotal, 300, 120_000);
    for (let i = 0; i < textSizes.length; i++) {
      const pkg = `pkg-${Math.floor(i / 40)}`;
      const ext = i % 7 === 0 ? 'json' : i % 11 === 0 ? 'md' : i % 5 === 0 ? 'd.ts' : 'js';
      const data = textBytes(rand, textSizes[i]!);
      await put(path.join(root, 'node_modules', pkg, i % 3 === 0 ? 'lib' : 'dist', `file-${i}.${ext}`), data);
      files++;
      bytes += data.length;
    }
    const binTotal = opts.functionBytes - textTotal;
    for (let i = 0; i < 4; i++) {
      const data = binaryBytes(rand, Math.round(binTotal / 4));
      await put(path.join(root, 'node_modules', `native-${i}`, 'build', 'Release', `addon-${i}.node`), data, 0o755);
      files++;
      bytes += data.length;
    }
  }

  const staticSizes = sizes(rand, opts.staticFiles, opts.staticBytes, 500, 200_000);
  for (let i = 0; i < staticSizes.length; i++) {
    const image = i % 3 === 0;
    const ext = image ? 'png' : ['svg', 'css', 'js', 'json', 'txt'][i % 5]!;
    const data = image ? binaryBytes(rand, staticSizes[i]!) : textBytes(rand, staticSizes[i]!);
    await put(path.join(dir, 'static', `dir-${i % 17}`, `asset ${i}.${ext}`), data);
    files++;
    bytes += data.length;
  }
  await put(path.join(dir, 'static', 'icon.png'), binaryBytes(rand, 4096));

  await writeManifest(dir, appId, version, opts.functions);
  return { dir, appId, version, files, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'bench-app';
  const app = await generateApp(dir, {
    functions: ['api', 'worker'],
    functionBytes: 20 * 1024 * 1024,
    staticFiles: 1000,
    staticBytes: 25 * 1024 * 1024,
  });
  console.log(`generated ${app.files} files, ${(app.bytes / 1048576).toFixed(1)} MiB in ${app.dir}`);
}
