// What a path is, in words, and the open flags that read a file without surprises.
import { constants, type Stats } from 'node:fs';

export type FileKind = 'file' | 'directory' | 'symbolic link' | 'FIFO (named pipe)' | 'socket' | 'character device' | 'block device' | 'special file';

export function kindOf(st: Stats): FileKind {
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'directory';
  if (st.isSymbolicLink()) return 'symbolic link';
  if (st.isFIFO()) return 'FIFO (named pipe)';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'character device';
  if (st.isBlockDevice()) return 'block device';
  return 'special file';
}

/**
 * Flags for opening an input: O_NONBLOCK so that a path swapped for a FIFO after it was checked
 * cannot block the open waiting for a writer, O_NOFOLLOW so that a final component swapped for a
 * link is refused (ELOOP) instead of followed. Both are 0 where the platform lacks them.
 */
export const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
