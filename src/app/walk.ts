// Lists the files of a directory for packing: sorted by the bytes of their relative path, junk left
// out, symbolic links followed only while they stay inside a boundary (the app directory, or a
// source mapped from outside it).
//
// A zip holds no links, so a link becomes a copy. To keep the cost linear in real files whatever
// the link graph (a "diamond" of directory links doubles the paths per level; a loop never ends):
// - every real directory is walked once: its link-free path wins, and any other path reaching it
//   (a second link, a loop) is an error (MMA110), because leaving it out would break code that
//   expects it there and copying it is what explodes;
// - every real file is packed once: under its link-free path when it has one inside the tree, else
//   under the first path in byte order; the other paths are left out with one warning per tree
//   (MMA111), except npm's node_modules/.bin shims, which nothing runs in Lambda.
// The outcome depends only on the tree, never on the order the file system lists it in.
import { accessSync, constants, lstatSync, readdirSync, type Stats } from 'node:fs';
import path from 'node:path';
import { finding, type Finding } from '../findings/finding.js';
import { isInside, resolveInside } from '../fs/confine.js';
import { kindOf } from '../fs/file-kind.js';
import { readableByUs } from '../fs/readable.js';
import { compareUtf8 } from '../util/byte-order.js';
import { unreadableFinding } from './app-root.js';

export interface SourceFile {
  /** POSIX path relative to the walked directory. */
  rel: string;
  /** The real path to read: no links left in it. */
  abs: string;
  size: number;
  executable: boolean;
}

export interface WalkResult {
  files: SourceFile[];
  /** Real paths of the directories walked. */
  dirs: string[];
  findings: Finding[];
}

/** Operating-system litter that never belongs in a bundle. */
const JUNK = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini', '.git']);
/** npm's command shims: links to files of their packages, never loaded by code. */
const NPM_BIN = /(^|\/)node_modules\/\.bin\//;
const MAX_EXAMPLES = 3;

/** Sorts by the bytes of the UTF-8 form, as zip entries are listed. */
export const byteOrder = compareUtf8;

/** `dir` + `name` for a real directory path and a name read from it (path.join normalises again, per file). */
const child = (dir: string, name: string) => (dir.endsWith(path.sep) ? dir + name : dir + path.sep + name);

interface Occurrence {
  rel: string;
  stats: Stats;
}

/**
 * Walks `dir`, whose real path must be inside `boundary` (a real path). `display` turns an
 * absolute path into how findings show it, and `boundaryLabel` names the boundary in messages.
 */
export function walkDir(dir: string, boundary: string, display: (abs: string) => string, boundaryLabel = display(boundary)): WalkResult {
  const findings: Finding[] = [];
  const root = resolveInside(dir, boundary);
  if (!root.ok || root.kind !== 'directory') throw new Error(`internal error: walkDir(${dir}) outside its boundary or not a directory`);
  const shown = (rel: string) => display(rel ? path.join(dir, rel) : dir) + (rel ? '' : '/');
  const walked = new Map<string, string>(); // real directory → the relative path it is packed under
  const files = new Map<string, Occurrence[]>(); // real file → the paths that reach it
  const links: { rel: string; parent: string; real: string }[] = []; // directory links, walked last
  const unreadable = (rel: string, err: unknown) => {
    const f = unreadableFinding(shown(rel), err);
    findings.push({ ...f, location: { path: display(path.join(dir, rel)) } });
  };

  const walk = (realDir: string, rel: string) => {
    const stack: [string, string][] = [[realDir, rel]];
    while (stack.length > 0) {
      const [current, currentRel] = stack.pop()!;
      walked.set(current, currentRel);
      let names: string[];
      try {
        names = readdirSync(current).sort(byteOrder);
      } catch (err) {
        unreadable(currentRel, err);
        continue;
      }
      const subdirs: [string, string][] = [];
      for (const name of names) {
        if (JUNK.has(name)) continue;
        const childReal = child(current, name);
        const childRel = currentRel ? `${currentRel}/${name}` : name;
        const at = () => ({ path: display(path.join(dir, childRel)) }); // only for findings: display() is path.relative
        let st: Stats;
        try {
          st = lstatSync(childReal);
        } catch (err) {
          unreadable(childRel, err);
          continue;
        }
        if (st.isSymbolicLink()) {
          const target = resolveInside(childReal, boundary);
          if (!target.ok) {
            if (target.problem === 'unreadable') unreadable(childRel, target.error);
            else findings.push(finding('MMA103', at(), at().path, target.problem === 'missing' ? '(a missing file)' : target.real, boundaryLabel));
            continue;
          }
          if (target.kind === 'directory') links.push({ rel: childRel, parent: current, real: target.real });
          else if (target.kind === 'file') addFile(target.real, childRel, target.stats);
          else findings.push(finding('MMA112', at(), at().path, target.kind));
        } else if (st.isDirectory()) {
          if (walked.has(childReal)) findings.push(finding('MMA110', at(), at().path, shown(walked.get(childReal)!), false));
          else subdirs.push([childReal, childRel]);
        } else if (st.isFile()) {
          addFile(childReal, childRel, st);
        } else {
          findings.push(finding('MMA112', at(), at().path, kindOf(st)));
        }
      }
      for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]!);
    }
  };

  const addFile = (real: string, rel: string, stats: Stats) => {
    // The mode bits answer for almost every file without a system call; the system has the last
    // word on the rest (ACLs, capabilities), and its error is the one reported.
    if (!readableByUs(stats)) {
      try {
        accessSync(real, constants.R_OK);
      } catch (err) {
        unreadable(rel, err);
        return;
      }
    }
    const seen = files.get(real);
    if (seen) seen.push({ rel, stats });
    else files.set(real, [{ rel, stats }]);
  };

  walk(root.real, '');
  // Links to directories last, so that a directory's own path always wins over a link to it.
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    const at = { path: display(path.join(dir, link.rel)) };
    const owner = walked.get(link.real);
    const loop = isInside(link.parent, link.real); // the link is inside what it points to
    const target = owner !== undefined ? shown(owner) : display(link.real) === '.' ? 'the app directory' : `${display(link.real)}/`;
    if (owner !== undefined || loop) findings.push(finding('MMA110', at, at.path, target, loop));
    else walk(link.real, link.rel);
  }

  const result: SourceFile[] = [];
  const aliases: string[] = [];
  for (const [real, seen] of files) {
    if (seen.length > 1) {
      const own = path.relative(root.real, real).split(path.sep).join('/');
      seen.sort((a, b) => (a.rel === own ? -1 : b.rel === own ? 1 : byteOrder(a.rel, b.rel)));
    }
    const [chosen, ...others] = seen;
    result.push({ rel: chosen!.rel, abs: real, size: chosen!.stats.size, executable: (chosen!.stats.mode & 0o111) !== 0 });
    for (const o of others) if (!NPM_BIN.test(o.rel)) aliases.push(`${o.rel} (→ ${chosen!.rel})`);
  }
  if (aliases.length > 0) {
    aliases.sort(byteOrder);
    const first = aliases[0]!.slice(0, aliases[0]!.indexOf(' (→'));
    findings.push(finding('MMA111', { path: display(path.join(dir, first)) }, shown(''), aliases.length, aliases.slice(0, MAX_EXAMPLES)));
  }
  result.sort((a, b) => byteOrder(a.rel, b.rel));
  return { files: result, dirs: [...walked.keys()], findings };
}
