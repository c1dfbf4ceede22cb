// The app directory as a boundary: every path read from it (manifest.json, static/, functions/,
// functions/NAME, functions/NAME.zip, mapped sources inside it) is resolved, and refused when its
// real path leaves the directory, is missing, unreadable, or not the kind of file expected. Reads
// go through the real path, so a link cannot be swapped between the check and the read.
import { lstatSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { finding, type Finding } from '../findings/finding.js';
import { isInside, resolveInside, type Resolved } from '../fs/confine.js';
import { describeErrno, isErrno } from '../fs/fs-error.js';
import { readBounded } from '../fs/read-bounded.js';
import { MANIFEST_FILE, MAX_MANIFEST_BYTES } from '../manifest/manifest.js';

export interface AppRoot {
  /** The app directory as given, absolute. */
  dir: string;
  /** Its real path: the boundary. */
  real: string;
  /** How findings show an absolute path: relative to the app directory, POSIX. */
  display: (abs: string) => string;
}

/** Location paths are relative to the app directory, in POSIX form. */
export function relativeTo(appDir: string): (abs: string) => string {
  return (abs) => path.relative(appDir, abs).split(path.sep).join('/') || '.';
}

/** The app directory itself: it may be reached through links (the user named it), but must be a directory. */
export function openAppRoot(appDir: string, given: string): { root?: AppRoot; findings: Finding[] } {
  const dir = path.resolve(appDir);
  try {
    if (!statSync(dir).isDirectory()) return { findings: [finding('MMA001', { path: MANIFEST_FILE }, `in ${given} (not a directory)`)] };
    return { root: { dir, real: realpathSync(dir), display: relativeTo(dir) }, findings: [] };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { findings: [finding('MMA001', { path: MANIFEST_FILE }, `in ${given} (no such directory)`)] };
    if (!isErrno(err)) throw err;
    const { cause, advice } = describeErrno(err, 'read');
    return { findings: [finding('MMA113', { path: '.' }, given, cause, advice)] };
  }
}

/**
 * The symbolic link that takes `abs` out of `root`: the first component below the app directory
 * that is a link whose real path is outside. Messages name it rather than the path below it.
 */
function escapingLink(root: AppRoot, abs: string): string {
  const parts = path.relative(root.dir, abs).split(path.sep);
  let p = root.dir;
  for (const part of parts) {
    p = path.join(p, part);
    try {
      if (lstatSync(p).isSymbolicLink() && !isInside(realpathSync(p), root.real)) return p;
    } catch {
      break;
    }
  }
  return abs;
}

export type Located = Extract<Resolved, { ok: true }>;

/** MMA113 for a path that could not be read (permissions and the like), with the fix. */
export function unreadableFinding(at: string, err: unknown): Finding {
  if (!isErrno(err)) throw err;
  const { cause, advice } = describeErrno(err, 'read');
  return finding('MMA113', { path: at }, at, cause, advice);
}

/**
 * Resolves `abs` (inside the app directory) to a real path inside it. Missing paths give
 * undefined and no finding (the caller knows whether that is a problem); every other problem is
 * reported in `findings`.
 */
export function locate(root: AppRoot, abs: string, findings: Finding[]): Located | undefined {
  const r = resolveInside(abs, root.real);
  if (r.ok) return r;
  const at = { path: root.display(abs) };
  if (r.problem === 'outside') {
    const link = escapingLink(root, abs);
    findings.push(finding('MMA103', { path: root.display(link) }, root.display(link), link === abs ? r.real : realpathSync(link), 'the app directory'));
  } else if (r.problem === 'unreadable') {
    findings.push(unreadableFinding(at.path, r.error));
  } else if (isBrokenLink(abs)) {
    findings.push(finding('MMA103', at, at.path, '(a missing file)', 'the app directory'));
  }
  return undefined;
}

function isBrokenLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * manifest.json of an app directory, read safely: inside the app, a regular file (a FIFO, socket
 * or device is refused without opening it), at most 1 MiB however large it claims to be.
 */
export function readAppManifest(root: AppRoot, given: string): { bytes?: Buffer; findings: Finding[] } {
  const findings: Finding[] = [];
  const at = { path: MANIFEST_FILE };
  const file = path.join(root.dir, MANIFEST_FILE);
  const located = locate(root, file, findings);
  if (!located) {
    if (findings.length === 0) findings.push(finding('MMA001', at, `in ${given}`));
    return { findings };
  }
  if (located.kind !== 'file') return { findings: [finding('MMA112', at, MANIFEST_FILE, located.kind)] };
  try {
    const read = readBounded(located.real, MAX_MANIFEST_BYTES);
    if (read.ok) return { bytes: read.bytes, findings };
    if (read.problem === 'too large') return { findings: [finding('MMA003', at, read.size)] };
    return { findings: [finding('MMA112', at, MANIFEST_FILE, read.kind)] };
  } catch (err) {
    return { findings: [unreadableFinding(MANIFEST_FILE, err)] };
  }
}
