// Whether this process may read a file, from what lstat already returned: the permission bits
// that apply to the effective user (owner, group or others), and root reads everything. One
// access() call per file was a fifth of walking a 10,000-file app; callers ask the system only
// when the bits say no (ACLs and capabilities can still allow it). A file an ACL denies although
// its bits allow it fails when it is opened, with the path and the fix (fs-error.ts).
import type { Stats } from 'node:fs';

let identity: { uid: number; groups: Set<number> } | null | undefined;

function whoAmI(): { uid: number; groups: Set<number> } | null {
  if (identity !== undefined) return identity;
  if (typeof process.geteuid !== 'function' || typeof process.getegid !== 'function') return (identity = null);
  const groups = new Set<number>([process.getegid(), ...(process.getgroups?.() ?? [])]);
  return (identity = { uid: process.geteuid(), groups });
}

/** Whether the permission bits of `st` let this process read it (always true where there are none, e.g. Windows). */
export function readableByUs(st: Pick<Stats, 'mode' | 'uid' | 'gid'>): boolean {
  const me = whoAmI();
  if (me === null || me.uid === 0) return true;
  if (st.uid === me.uid) return (st.mode & 0o400) !== 0;
  if (me.groups.has(st.gid)) return (st.mode & 0o040) !== 0;
  return (st.mode & 0o004) !== 0;
}
