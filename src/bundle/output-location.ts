// Where pack may write a bundle. The app's own files are its inputs: a bundle written over
// manifest.json, a function archive or anything under static/ would destroy a source, or be packed
// by the next run. So an output inside the app directory must land in its dist/ folder once every
// link is resolved, and no output may land on a file or in a directory this pack reads, wherever
// that is (a --function source outside the app, a directory a link leads to).
import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { isInside, landingPath } from '../fs/confine.js';
import { kindOf } from '../fs/file-kind.js';
import { toUserError } from '../fs/fs-error.js';

export const DIST_DIR = 'dist';

export interface PackInputs {
  /** The app directory as given (absolute) and its real path. */
  appDir: string;
  appReal?: string;
  /** Real paths of every file read and every directory walked. */
  files: ReadonlySet<string>;
  dirs: ReadonlySet<string>;
}

/** Throws a UserError when `output` may not be written; returns where it lands (its real location). */
export function checkOutputLocation(output: string, inputs: PackInputs): string {
  const abs = path.resolve(output);
  let existing;
  try {
    existing = lstatSync(abs);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw toUserError(err, { doing: 'cannot write the bundle to', path: output, direction: 'write' });
  }
  if (existing?.isDirectory()) throw new UserError(`the output ${output} is a directory; give a file name, such as ${path.join(output, 'bundle.zip')}`);
  if (existing?.isSymbolicLink()) {
    throw new UserError(`the output ${output} is a symbolic link; the bundle would replace the link, not write to ${safeRealpath(abs)}. Give the path of the file itself, or remove the link`);
  }
  if (existing && !existing.isFile()) throw new UserError(`the output ${output} is a ${kindOf(existing)}; give the path of a regular file`);

  const landing = landingPath(abs);
  const { appDir, appReal } = inputs;
  if (appReal) {
    const dist = path.join(appReal, DIST_DIR);
    const inApp = isInside(landing, appReal);
    if (inApp && !(isInside(landing, dist) && landing !== dist)) {
      throw new UserError(`the output ${output} is inside the app directory ${appDir}, whose files are the app's sources; write the bundle into its ${DIST_DIR}/ folder, or outside the app`);
    }
    if (!inApp && (isInside(abs, appDir) || isInside(abs, appReal))) {
      throw new UserError(`the output ${output} is inside the app directory, but a symbolic link there leads it to ${landing}, outside; make ${DIST_DIR}/ a real folder, or give an output outside the app`);
    }
  }
  if (inputs.files.has(landing)) throw new UserError(`the output ${output} is a file this pack reads (${landing}); write the bundle elsewhere`);
  for (let dir = path.dirname(landing); ; dir = path.dirname(dir)) {
    if (inputs.dirs.has(dir)) throw new UserError(`the output ${output} is inside ${dir}, which this pack reads, so the next pack would include it; write the bundle elsewhere`);
    if (path.dirname(dir) === dir) break;
  }
  return landing;
}

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return 'a missing file';
  }
}
