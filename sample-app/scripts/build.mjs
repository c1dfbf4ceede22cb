// Builds the app's Lambda functions, every one that manifest.json lists: bundles
// src/functions/<name>.ts with @vercel/ncc into functions/<name>/<file>.js (the handler
// "<file>.<export>", e.g. index.handler), a self-contained ES module exporting <export>, next to a
// package.json {"type":"module"} so that the Lambda Node.js runtime loads it as ESM.
//
//   npm run build                            (in the app directory)
//   node sample-app/scripts/build.mjs        (from any directory)
//
// Tests import buildSample() instead (types in build.d.mts).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SCRIPT = fileURLToPath(import.meta.url);
export const APP_DIR = path.dirname(path.dirname(SCRIPT));

/**
 * The manifest's aws_lambda functions (current format: {"functions": [...]}; v0.7: an array), each
 * with the file and export its handler names. Only Node.js functions with a "<file>.<export>"
 * handler are built here; each needs its entry at src/functions/<name>.ts.
 */
export function manifestFunctions(appDir = APP_DIR) {
  const manifest = JSON.parse(readFileSync(path.join(appDir, 'manifest.json'), 'utf8'));
  const listed = Array.isArray(manifest.aws_lambda) ? manifest.aws_lambda : (manifest.aws_lambda?.functions ?? []);
  if (listed.length === 0) throw new Error('manifest.json lists no aws_lambda functions: add one ({"path", "name", "handler", "runtime"}) under "aws_lambda": {"functions": [...]}');
  return listed.map((f) => {
    const where = `manifest.json, function "${f.name}"`;
    if (typeof f.name !== 'string' || !/^[A-Za-z0-9_-]+$/.test(f.name)) throw new Error(`${where}: the name must be letters, digits, "-" and "_" (it names src/functions/<name>.ts)`);
    if (typeof f.runtime !== 'string' || !f.runtime.startsWith('nodejs')) throw new Error(`${where}: runtime ${JSON.stringify(f.runtime)} is not Node.js; this build bundles TypeScript for nodejs runtimes only`);
    const handler = /^([A-Za-z0-9_-]+)\.([A-Za-z_$][A-Za-z0-9_$]*)$/.exec(typeof f.handler === 'string' ? f.handler : '');
    if (!handler) throw new Error(`${where}: handler ${JSON.stringify(f.handler)} is not "<file>.<export>", e.g. "index.handler"`);
    const entry = path.join(appDir, 'src', 'functions', `${f.name}.ts`);
    if (!existsSync(entry)) throw new Error(`${where}: its entry src/functions/${f.name}.ts is missing: create it and export "${handler[2]}" from it`);
    return { name: f.name, file: `${handler[1]}.js`, exportName: handler[2], entry };
  });
}

const COMPILE_FLAG = '--compile';
const NCC_OPTIONS = {
  cache: false, // no cache directory to go stale or to write outside the repository
  minify: false, // readable in the Lambda console; the functions are a few kB anyway
  sourceMap: false,
  quiet: true,
  target: 'es2022',
  transpileOnly: false, // type errors fail the build
};
const PACKAGE_JSON = '{"type":"module"}\n';

/**
 * Compiles every function's entry; returns name → code. ncc resolves the tsconfig and names the
 * modules in its output relative to the current directory, so this runs only with the current
 * directory set to APP_DIR (in a child process, see buildSample).
 */
async function compileAll() {
  const { default: ncc } = await import('@vercel/ncc');
  const out = {};
  for (const { name, entry, exportName } of manifestFunctions()) {
    const { code, assets } = await ncc(entry, NCC_OPTIONS);
    // For ESM ncc adds the package.json that build writes too; any other asset would be a file the
    // function needs at run time and that index.js alone does not carry.
    const extra = Object.keys(assets).filter((a) => a !== 'package.json');
    if (extra.length > 0) throw new Error(`${name}: ncc emitted assets that the build does not copy: ${extra.join(', ')}`);
    if (!new RegExp(`^export \\{.*\\bas ${exportName.replace(/\$/g, '\\$')}\\b.*\\};?$`, 'm').test(code))
      throw new Error(`${name}: src/functions/${name}.ts does not export "${exportName}" (the manifest's handler) as an ES module`);
    out[name] = code;
  }
  return out;
}

/** Runs compileAll in a child process whose current directory is APP_DIR. */
function compileInChild() {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [SCRIPT, COMPILE_FLAG], { cwd: APP_DIR, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`building the sample app failed:\n${stderr.trim() || err.message}`));
      else resolve(JSON.parse(stdout));
    });
  });
}

/**
 * Builds every function into `outDir` (default APP_DIR/functions), removing what an earlier
 * build left there. Returns what it wrote; the same sources always give the same bytes.
 * @param {{ quiet?: boolean, outDir?: string }} [options]
 */
export async function buildSample({ quiet = false, outDir = path.join(APP_DIR, 'functions') } = {}) {
  const compiled = await compileInChild();
  const built = [];
  for (const { name, file } of manifestFunctions()) {
    const code = compiled[name];
    const dir = path.join(outDir, name);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, file), code);
    await writeFile(path.join(dir, 'package.json'), PACKAGE_JSON);
    const fn = { name, dir, size: Buffer.byteLength(code), sha256: createHash('sha256').update(code).digest('hex') };
    built.push(fn);
    if (!quiet) console.log(`built ${path.relative(process.cwd(), path.join(dir, file)) || file} (${fn.size} bytes, sha256 ${fn.sha256})`);
  }
  return built;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === COMPILE_FLAG) {
    compileAll().then(
      (code) => process.stdout.write(JSON.stringify(code)),
      (err) => {
        process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 1;
      },
    );
  } else {
    buildSample().catch((err) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    });
  }
}
