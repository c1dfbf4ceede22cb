// Hostile app directories: a temporary tree with the app and, beside it, "outside" files that must
// never reach a bundle (a secret, a function, a manifest), plus ways to see what changed on disk
// and what a bundle holds, nested function archives included.
import { execFileSync } from 'node:child_process';
import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { manifestJson, put, tempDir, writeApp } from './fs.js';

/** In every outside file: finding it in a bundle means something leaked. */
export const SECRET = 'OUTSIDE-SECRET-5d8e1f';

export interface HostileTree {
  root: string;
  app: string;
  outside: string;
}

/** root/app (a valid app: functions main, static icon.png and test.txt) and root/outside. */
export function hostileTree(): HostileTree {
  const root = tempDir('mmad-hostile-');
  const app = writeApp(path.join(root, 'app'));
  const outside = path.join(root, 'outside');
  put(path.join(outside, 'secret.txt'), `${SECRET}\n`);
  put(path.join(outside, 'static', 'leak.txt'), `${SECRET}\n`);
  put(path.join(outside, 'functions', 'main', 'index.mjs'), `export const handler = async () => '${SECRET}';\n`);
  put(path.join(outside, 'fn', 'index.mjs'), `export const handler = async () => '${SECRET}';\n`);
  put(path.join(outside, 'manifest.json'), manifestJson({ display_name: SECRET }));
  execFileSync('zip', ['-q', '-r', '../main.zip', '.'], { cwd: path.join(outside, 'fn') });
  return { root, app, outside };
}

/** Every path under `dir` (links not followed) with its type and size or link target: a picture of the disk. */
export function snapshot(dir: string): string[] {
  const out: string[] = [];
  const visit = (abs: string, rel: string) => {
    const st = lstatSync(abs);
    if (st.isSymbolicLink()) out.push(`${rel} -> ${readlinkSync(abs)}`);
    else if (st.isDirectory()) {
      out.push(`${rel}/`);
      for (const name of readdirSync(abs).sort()) visit(path.join(abs, name), rel ? `${rel}/${name}` : name);
    } else out.push(`${rel} ${st.isFile() ? st.size : 'special'}`);
  };
  visit(dir, '');
  return out;
}

const SCAN = `
import sys, zipfile, io, json
marks = [m.encode() for m in sys.argv[2:]]
found = []
def scan(z, prefix):
    for i in z.infolist():
        data = z.read(i)
        name = prefix + i.filename
        for m in marks:
            if m in data: found.append([name, m.decode()])
        if i.filename.endswith('.zip'):
            scan(zipfile.ZipFile(io.BytesIO(data)), name + '!')
scan(zipfile.ZipFile(sys.argv[1]), '')
print(json.dumps(found))
`;

/** Entries of a bundle (and of the archives inside it) whose content holds any of `marks`. */
export function leaks(bundle: string, marks: string[]): [string, string][] {
  return JSON.parse(execFileSync('python3', ['-c', SCAN, bundle, ...marks]).toString()) as [string, string][];
}
