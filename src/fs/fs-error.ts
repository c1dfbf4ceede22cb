// The one place where an operating-system error on a file becomes a message a person can act on:
// what we were doing, the path, what went wrong in words, and what to do. The core wraps the
// operations it knows the purpose of (reading the app, writing the bundle); the front ends pass
// anything that still escapes through toUserError, so no "unexpected error: EACCES" reaches a user.
import { UserError } from '../errors.js';

export type ErrnoError = NodeJS.ErrnoException & { code: string };

export function isErrno(err: unknown): err is ErrnoError {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string' && /^E[A-Z0-9]+$/.test((err as NodeJS.ErrnoException).code!);
}

/** errno → [what it means, what to do when reading, what to do when writing]. */
const ERRNO: Record<string, [string, string, string]> = {
  EACCES: ['permission denied', 'make it readable by the user that runs mm-apps-deploy (chmod)', 'choose a location this user may write to, or fix its permissions'],
  EPERM: ['operation not permitted', 'make it readable by the user that runs mm-apps-deploy', 'choose a location this user may write to'],
  ENOENT: ['no such file or directory', 'check the path', 'choose an output in an existing, writable directory'],
  ENOTDIR: ['a part of the path is not a directory', 'check the path', 'choose an output whose parent is a directory'],
  EISDIR: ['it is a directory', 'give a file', 'a directory has that name: remove it, or write elsewhere'],
  EEXIST: ['it already exists', 'check the path', 'remove it or choose another name'],
  ENOSPC: ['no space left on the device', 'free some space', 'free some space on that device, or write elsewhere (TMPDIR for temporary files)'],
  EDQUOT: ['the disk quota is exceeded', 'free some space', 'free some space, or write elsewhere'],
  EFBIG: ['the file is larger than this file system or process limit allows (ulimit -f)', 'check the file', 'raise the limit or write elsewhere'],
  EROFS: ['the file system is read-only', 'check the path', 'choose a writable location'],
  ENAMETOOLONG: ['the name is too long', 'use a shorter path', 'use a shorter path'],
  ELOOP: ['too many levels of symbolic links', 'remove the link loop', 'remove the link loop'],
  EMFILE: ['too many open files', 'raise the open-file limit (ulimit -n)', 'raise the open-file limit (ulimit -n)'],
  ENFILE: ['too many open files on the system', 'try again when fewer files are open', 'try again when fewer files are open'],
  EIO: ['an input/output error (a failing disk or network file system)', 'check the device', 'check the device'],
  EBUSY: ['the resource is busy', 'try again', 'try again'],
  ETXTBSY: ['the file is busy', 'try again', 'try again'],
  EAGAIN: ['the file is not ready (a pipe or a device?)', 'give a regular file', 'give a regular file'],
  ENXIO: ['no such device (a pipe with no writer, or a socket?)', 'give a regular file', 'give a regular file'],
  ESPIPE: ['it is a pipe, not a file', 'give a regular file', 'give a regular file'],
  EXDEV: ['it is on another device', 'check the path', 'write the output on the same device as its directory'],
};

export interface FsContext {
  /** What we were doing, e.g. "reading the app directory", "writing the bundle". */
  doing: string;
  /** The path to name: the one the error carries when absent (a write on an open file carries none, and a temporary name means nothing to a user). */
  path?: string;
  /** Reading the user's input, or writing an output: decides the advice. */
  direction: 'read' | 'write';
}

/** An operating-system error in words: its cause, and what to do about it when reading or writing. */
export function describeErrno(err: ErrnoError, direction: 'read' | 'write'): { cause: string; advice: string } {
  const known = ERRNO[err.code];
  if (known) return { cause: `${known[0]} (${err.code})`, advice: known[direction === 'read' ? 1 : 2] };
  return { cause: `${err.code}${err.syscall ? ` in ${err.syscall}` : ''}`, advice: direction === 'read' ? 'check the file and try again' : 'check the output location and try again' };
}

/** The message for an operating-system error: doing, path, cause, advice. */
export function fsErrorMessage(err: ErrnoError, context: FsContext): string {
  const where = context.path ?? err.path;
  const { cause, advice } = describeErrno(err, context.direction);
  return `${context.doing}${where ? ` ${where}` : ''}: ${cause}; ${advice}`;
}

/** An operating-system error as a UserError with context; anything else is returned as it is. */
export function toUserError(err: unknown, context: FsContext): unknown {
  if (err instanceof UserError || !isErrno(err)) return err;
  return new UserError(fsErrorMessage(err, context), { cause: err });
}

/** Runs `work`, turning operating-system errors into UserErrors that say what was being done. */
export async function withFsContext<T>(context: FsContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw toUserError(err, context);
  }
}

const WRITE_SYSCALLS = new Set(['write', 'writev', 'mkdir', 'mkdtemp', 'rename', 'unlink', 'rmdir', 'rm', 'copyfile', 'ftruncate', 'fsync', 'symlink', 'link', 'chmod', 'utime']);

/**
 * For the front ends: an operating-system error that escaped the core (which wraps the operations
 * it knows the purpose of) still becomes a UserError naming the path, reading or writing as its
 * system call says.
 */
export function fsFallback(err: unknown): unknown {
  if (!isErrno(err) || err.path === undefined) return err;
  const write = WRITE_SYSCALLS.has(err.syscall ?? '');
  return toUserError(err, { doing: write ? 'cannot write' : 'cannot read', direction: write ? 'write' : 'read' });
}
