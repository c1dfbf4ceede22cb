// Reading back archives in tests, with Python's zipfile (a reader independent of ours).
import { execFileSync } from 'node:child_process';

export interface ListedEntry {
  name: string;
  method: 'stored' | 'deflated';
  mode: number;
  size: number;
}

const SCRIPT = `
import sys, zipfile, json
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
print(json.dumps([[i.filename, i.compress_type, (i.external_attr >> 16) & 0o7777, i.file_size] for i in z.infolist()]))
`;

export function listZip(file: string): ListedEntry[] {
  const rows = JSON.parse(execFileSync('python3', ['-c', SCRIPT, file]).toString()) as [string, number, number, number][];
  return rows.map(([name, method, mode, size]) => ({ name, method: method === 8 ? 'deflated' : 'stored', mode, size }));
}

/** Extracts one entry (nested archives are entries too) and returns its bytes. */
export function readEntry(file: string, name: string): Buffer {
  return execFileSync('python3', ['-c', 'import sys,zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))', file, name], { maxBuffer: 1 << 30 });
}
