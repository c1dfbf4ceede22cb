// Lists the files of a directory for packing: sorted by the bytes of their relative path,
// symbolic links followed only while they stay inside a boundary (the app directory), junk left out.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { finding, type Finding } from '../findings/finding.js';

export interface SourceFile {
  /** POSIX path relative to the walked directory. */
  rel: string;
  /** Absolute path to read (may be a link inside the boundary). */
  abs: string;
  size: number;
  executable: boolean;
}

export interface WalkResult {
  files: SourceFile[];
  findings: Finding[];
}

/** Operating-system litter that never belongs in a bundle. */
const JUNK = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini', '.git']);

export function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function isInside(child: string, parent: string): boolean {
  return child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);
}

/**
 * Walks `dir`. Links whose target lies outside `boundary` (or is missing) are reported with
 * MMA103 and skipped; `display` turns an absolute path into how findings show it, and
 * `boundaryLabel` names the boundary in messages.
 */
export function walkDir(dir: string, boundary: string, display: (abs: string) => string, boundaryLabel = display(boundary)): WalkResult {
  const files: SourceFile[] = [];
  const findings: Finding[] = [];
  const realBoundary = realpathSync(boundary);

  const visit = (abs: string, rel: string, ancestors: Set<string>) => {
    let names: string[];
    try {
      names = readdirSync(abs);
    } catch (err) {
      throw new Error(`cannot read directory ${display(abs)}: ${(err as Error).message}`);
    }
    for (const name of names) {
      if (JUNK.has(name)) continue;
      const childAbs = path.join(abs, name);
      const childRel = rel ? `${rel}/${name}` : name;
      let st = lstatSync(childAbs);
      if (st.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(childAbs);
        } catch {
          findings.push(finding('MMA103', { path: display(childAbs) }, display(childAbs), '(a missing file)', boundaryLabel));
          continue;
        }
        if (!isInside(target, realBoundary)) {
          findings.push(finding('MMA103', { path: display(childAbs) }, display(childAbs), target, boundaryLabel));
          continue;
        }
        st = statSync(childAbs);
        if (st.isDirectory()) {
          if (ancestors.has(target)) continue; // a loop back to an enclosing directory
          visit(childAbs, childRel, new Set([...ancestors, target]));
          continue;
        }
      }
      if (st.isDirectory()) {
        visit(childAbs, childRel, new Set([...ancestors, realpathSync(childAbs)]));
      } else if (st.isFile()) {
        files.push({ rel: childRel, abs: childAbs, size: st.size, executable: (st.mode & 0o111) !== 0 });
      }
      // sockets, FIFOs and devices are not files anyone can deploy: left out
    }
  };

  visit(dir, '', new Set([realpathSync(dir)]));
  files.sort((a, b) => byteOrder(a.rel, b.rel));
  return { files, findings };
}
