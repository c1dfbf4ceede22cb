// Which file a handler string needs in the function archive, per runtime family
// (research/aws-lambda-s3.md §1.1; AWS "Define Lambda function handler" pages).
import path from 'node:path';
import type { RuntimeFamily } from './runtimes.js';

export interface ArchiveFile {
  /** POSIX path inside the function archive. */
  name: string;
  executable: boolean;
}

export type HandlerCheck = { ok: true } | { ok: false; kind: 'missing'; expected: string[]; hint: string } | { ok: false; kind: 'bootstrap'; problem: string };

/** Candidate files for a handler, or undefined when the runtime's handler is not a file (Java, .NET). */
export function handlerFiles(family: RuntimeFamily, handler: string): string[] | undefined {
  switch (family) {
    case 'nodejs': {
      // "dir/file.export": the module is everything before the last dot.
      const mod = handler.slice(0, Math.max(0, handler.lastIndexOf('.')));
      return mod ? ['.js', '.mjs', '.cjs'].map((ext) => `${mod}${ext}`) : undefined;
    }
    case 'python': {
      // "pkg.module.function" or "dir/module.function".
      const mod = handler.slice(0, Math.max(0, handler.lastIndexOf('.'))).replaceAll('.', '/');
      return mod ? [`${mod}.py`, `${mod}/__init__.py`, `${mod}.pyc`] : undefined;
    }
    case 'ruby': {
      // "file.method" or "file.Module::Class.method": the file is everything before the first dot.
      const file = handler.split('.')[0];
      return file ? [`${file}.rb`] : undefined;
    }
    case 'go':
      // go1.x runs the executable named by the handler.
      return [handler];
    default:
      return undefined;
  }
}

/** Checks that the archive holds what the runtime will load for `handler`. */
export function checkHandler(family: RuntimeFamily, handler: string, files: readonly ArchiveFile[]): HandlerCheck {
  const byName = new Map(files.map((f) => [f.name, f]));
  if (family === 'provided') {
    const bootstrap = byName.get('bootstrap');
    if (!bootstrap) return { ok: false, kind: 'bootstrap', problem: `there is no "bootstrap" at the root${nestedHint(['bootstrap'], files)}` };
    if (!bootstrap.executable) return { ok: false, kind: 'bootstrap', problem: '"bootstrap" is not executable: set its mode to 0755 (chmod +x) before zipping' };
    return { ok: true };
  }
  const candidates = handlerFiles(family, handler);
  if (!candidates) return { ok: true };
  const found = candidates.map((c) => byName.get(c)).find((f) => f !== undefined);
  if (!found) return { ok: false, kind: 'missing', expected: candidates, hint: nestedHint(candidates, files) };
  if (family === 'go' && !found.executable) return { ok: false, kind: 'bootstrap', problem: `"${handler}" is not executable: set its mode to 0755 before zipping` };
  return { ok: true };
}

/** When the expected file sits one directory down, the folder itself was zipped instead of its contents. */
function nestedHint(candidates: readonly string[], files: readonly ArchiveFile[]): string {
  for (const f of files) {
    const slash = f.name.indexOf('/');
    if (slash <= 0) continue;
    const rest = f.name.slice(slash + 1);
    if (candidates.includes(rest)) {
      const dir = f.name.slice(0, slash);
      return `; "${f.name}" exists: zip the contents of "${dir}/", not the folder itself`;
    }
  }
  const base = candidates[0] ? path.posix.basename(candidates[0]) : '';
  const elsewhere = files.find((f) => base && path.posix.basename(f.name) === base);
  return elsewhere ? `; found "${elsewhere.name}": fix the handler path or the archive layout` : '';
}
