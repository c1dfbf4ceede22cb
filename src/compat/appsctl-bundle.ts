// How appsctl reads a bundle's function archives (upaws getDeployData; research §1.2): every entry
// whose extension is .zip (v1.1 and earlier) or .zip/.jar (v1.2+), at any depth, is an archive; an
// archive is matched to every manifest function whose name is a suffix of the entry name minus the
// extension, and a later match overwrites an earlier one. The cloud deployer instead opens
// "<function name>.zip" at the bundle root. A bundle works with both only if appsctl's matching
// picks exactly that file for every function.
import path from 'node:path';
import { compareUtf8 } from '../util/byte-order.js';

export function isFunctionArchiveName(entry: string): boolean {
  const ext = path.posix.extname(entry);
  return ext === '.zip' || ext === '.jar';
}

/** Manifest function name → the archive entry appsctl would deploy for it, in zip order. */
export function appsctlArchiveMatches(entriesInZipOrder: readonly string[], functionNames: readonly string[]): Map<string, string> {
  const matches = new Map<string, string>();
  for (const entry of entriesInZipOrder) {
    if (!isFunctionArchiveName(entry)) continue;
    const base = entry.slice(0, -path.posix.extname(entry).length);
    for (const fn of functionNames) if (base.endsWith(fn)) matches.set(fn, entry);
  }
  return matches;
}

/**
 * The order in which the packer writes function archives: longest name first. When one function
 * name is a suffix of another ("o" and "xo"), "xo.zip" also matches "o", so "o.zip" must come
 * after it for appsctl's last-match-wins rule to pick it.
 */
export function functionArchiveOrder(functionNames: readonly string[]): string[] {
  return [...functionNames].sort((a, b) => Buffer.byteLength(b) - Buffer.byteLength(a) || compareUtf8(a, b));
}
