// Confinement: a path read for packing must, once every symbolic link is resolved, still be inside
// its boundary (the app directory, or a source mapped from outside it). Paths are compared as real
// paths, so "..", links and links to links are all seen through.
import { realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { kindOf, type FileKind } from './file-kind.js';

/** Whether `child` is `parent` or below it; both absolute and normalised. */
export function isInside(child: string, parent: string): boolean {
  if (child === parent) return true;
  return child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);
}

export type Resolved =
  | { ok: true; real: string; stats: Stats; kind: FileKind; viaLink: boolean }
  | { ok: false; problem: 'missing' }
  | { ok: false; problem: 'outside'; real: string }
  | { ok: false; problem: 'unreadable'; error: NodeJS.ErrnoException };

/**
 * Resolves `p` (which may not exist) and checks that its real path is inside `realBoundary` (a
 * real path itself). `viaLink` says whether any component of `p` below the boundary was a link.
 */
export function resolveInside(p: string, realBoundary: string): Resolved {
  let real: string;
  try {
    real = realpathSync(p);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, problem: 'missing' };
    return { ok: false, problem: 'unreadable', error: err as NodeJS.ErrnoException };
  }
  if (!isInside(real, realBoundary)) return { ok: false, problem: 'outside', real };
  let stats: Stats;
  try {
    stats = statSync(real);
  } catch (err) {
    return { ok: false, problem: 'unreadable', error: err as NodeJS.ErrnoException };
  }
  return { ok: true, real, stats, kind: kindOf(stats), viaLink: real !== path.resolve(p) };
}

/**
 * Where a file written at `p` lands: the real path of its directory (the nearest existing
 * ancestor, resolved, plus the components that do not exist yet) joined with its name. The name
 * itself is not followed: a bundle written there replaces whatever has that name.
 */
export function landingPath(p: string): string {
  const abs = path.resolve(p);
  const rest: string[] = [path.basename(abs)];
  let dir = path.dirname(abs);
  for (;;) {
    try {
      return path.join(realpathSync(dir), ...rest);
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return abs;
      rest.unshift(path.basename(dir));
      dir = parent;
    }
  }
}
