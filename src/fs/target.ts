// What the user named as the thing to validate or provision: an app directory or a bundle file.
// Anything else (a FIFO, a socket, a device) is refused before it is opened: opening a FIFO for
// reading blocks until someone writes to it.
import { statSync } from 'node:fs';
import { UserError } from '../errors.js';
import { kindOf } from './file-kind.js';
import { toUserError } from './fs-error.js';

export function targetKind(target: string, given = target): 'dir' | 'file' {
  let st;
  try {
    st = statSync(target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError(`${given} does not exist; give an app directory (with manifest.json) or a bundle .zip`);
    throw toUserError(err, { doing: 'cannot read', path: given, direction: 'read' });
  }
  if (st.isDirectory()) return 'dir';
  if (st.isFile()) return 'file';
  throw new UserError(`${given} is a ${kindOf(st)}; give an app directory (with manifest.json) or a bundle .zip file`);
}
