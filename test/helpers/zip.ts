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

/** Every entry of an archive as yauzl (a reader independent of ours, with its own size checks) reads it. */
export async function readWithYauzl(file: string): Promise<Map<string, Buffer>> {
  const { default: yauzl } = await import('yauzl');
  const zip = await yauzl.openPromise(file, { lazyEntries: true, validateEntrySizes: true });
  const out = new Map<string, Buffer>();
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    out.set(entry.fileName, Buffer.concat(chunks));
  }
  zip.close();
  return out;
}
