// File-system errors (issue 8 item 14) and bounded reads (item 1): every operating-system error on
// a file is a message naming the path and the fix, never "unexpected error"; a FIFO or device given
// as input is refused without blocking; a file that grows or shrinks while being packed is never
// read past its listed size.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../src/errors.js';
import { fsErrorMessage, fsFallback, type ErrnoError } from '../src/fs/fs-error.js';
import { readBounded } from '../src/fs/read-bounded.js';
import { loadManifest } from '../src/manifest/load.js';
import { writeZip } from '../src/zip/writer.js';
import { runCli } from './helpers/cli.js';
import { runCliProcess } from './helpers/cli-process.js';
import { put, tempDir, writeApp } from './helpers/fs.js';
import { snapshot } from './helpers/hostile.js';

const errno = (code: string, extra: Partial<ErrnoError> = {}): ErrnoError => Object.assign(new Error(`${code}: boom`), { code, ...extra }) as ErrnoError;

describe('operating-system errors in words', () => {
  it.each([
    ['ENOSPC', 'write', 'cannot write the bundle to /out/b.zip: no space left on the device (ENOSPC); free some space on that device, or write elsewhere (TMPDIR for temporary files)'],
    ['EACCES', 'read', 'cannot read /app/static/x: permission denied (EACCES); make it readable by the user that runs mm-apps-deploy (chmod)'],
    ['EROFS', 'write', 'cannot write the bundle to /out/b.zip: the file system is read-only (EROFS); choose a writable location'],
    ['EDQUOT', 'write', 'cannot write the bundle to /out/b.zip: the disk quota is exceeded (EDQUOT); free some space, or write elsewhere'],
    ['EMFILE', 'read', 'cannot read /app/static/x: too many open files (EMFILE); raise the open-file limit (ulimit -n)'],
    ['EWHATEVER', 'write', 'cannot write the bundle to /out/b.zip: EWHATEVER in open; check the output location and try again'],
  ] as const)('%s (%s)', (code, direction, message) => {
    const doing = direction === 'write' ? 'cannot write the bundle to' : 'cannot read';
    const where = direction === 'write' ? '/out/b.zip' : '/app/static/x';
    expect(fsErrorMessage(errno(code, { syscall: 'open' }), { doing, path: where, direction })).toBe(message);
  });

  it('the front ends turn an error that escaped the core into a UserError naming its path', () => {
    const e = fsFallback(errno('EACCES', { syscall: 'scandir', path: '/app/x' }));
    expect(e).toBeInstanceOf(UserError);
    expect((e as Error).message).toBe('cannot read /app/x: permission denied (EACCES); make it readable by the user that runs mm-apps-deploy (chmod)');
    expect((fsFallback(errno('ENOSPC', { syscall: 'mkdir', path: '/out' })) as Error).message).toMatch(/^cannot write \/out: no space left/);
    const other = new Error('not an fs error');
    expect(fsFallback(other)).toBe(other);
  });
});

describe('inputs that are not regular files', () => {
  it('reads a device as "not a file", never from it', () => {
    expect(readBounded('/dev/zero', 100)).toEqual({ ok: false, problem: 'not a file', kind: 'character device' });
  });

  it('validate, provision-data and provision refuse a FIFO as the bundle, without blocking', async () => {
    const dir = tempDir();
    execFileSync('mkfifo', [path.join(dir, 'bundle.zip')]);
    for (const args of [
      ['validate', 'bundle.zip'],
      ['provision-data', 'bundle.zip'],
      ['provision', 'bundle.zip', '--dry-run', '--region', 'us-east-1'],
    ]) {
      const r = await runCli(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(/^mm-apps-deploy: \/.*\/bundle\.zip is a FIFO \(named pipe\); give an app directory \(with manifest\.json\) or a bundle \.zip file\n$/);
    }
  });

  it('the release tag check reads a FIFO manifest.json as a finding, without blocking', async () => {
    const app = writeApp(tempDir());
    rmSync(path.join(app, 'manifest.json'));
    execFileSync('mkfifo', [path.join(app, 'manifest.json')]);
    expect((await loadManifest(app)).findings.map((f) => f.code)).toEqual(['MMA112']);
  });
});

describe('files that change while they are packed', () => {
  const dir = tempDir();
  it.each([
    ['small, grew', 1000, 10],
    ['small, shrank', 1000, 2000],
    ['large (streamed), grew', 9 * 1024 * 1024, 4096],
    ['large (streamed), shrank', 9 * 1024 * 1024, 10 * 1024 * 1024],
  ])('%s: an error, and no archive', async (_name, actual, listed) => {
    const file = put(path.join(dir, `f-${actual}-${listed}.txt`), Buffer.alloc(actual, 'a'));
    const out = path.join(dir, `out-${actual}-${listed}.zip`);
    await expect(writeZip(out, [{ name: 'f.txt', mode: 0o644, source: { file, size: listed } }])).rejects.toThrow(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} changed while it was being packed \\(${listed} bytes when listed, (more|${actual}) now\\); run again when nothing is writing to it$`),
    );
    expect(readdirSync(dir).filter((n) => n.startsWith('out-') || n.endsWith('.tmp') || n.endsWith('.entry'))).toEqual([]);
  });
});

describe('write failures mid-bundle', () => {
  it('a file-size limit (EFBIG, like a full disk) names the bundle and removes what was written', async () => {
    const ws = tempDir();
    writeApp(path.join(ws, 'app'), { static: { 'big.bin': randomBytes(3 * 1024 * 1024), 'icon.png': 'png' } });
    const before = snapshot(ws);
    // ulimit -f counts 1 KiB blocks: the bundle passes 1 MiB, the function archive does not
    const r = await runCliProcess(['pack', 'app', '-o', 'out/b.zip'], { cwd: ws, fileSizeLimitKb: 1024 });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(
      /\nmm-apps-deploy: cannot write the bundle to \/.*\/out\/b\.zip: the file is larger than this file system or process limit allows \(ulimit -f\) \(EFBIG\); raise the limit or write elsewhere\n$/,
    );
    expect(snapshot(ws)).toEqual(before);
  });
});

// Permission errors need a user the permissions apply to: root reads everything, so when the tests
// run as root these run the CLI as "nobody" (uid 65534); otherwise as the current user.
const unprivileged = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

describe('permissions (a child process, unprivileged)', () => {
  /** A tree the unprivileged user may read and write, with a TMPDIR of its own. */
  function tree(): { ws: string; app: string; env: Record<string, string> } {
    const ws = tempDir('mmad-perm-');
    const tmp = tempDir('mmad-perm-tmp-'); // beside the tree: tsx keeps its cache there
    const app = writeApp(path.join(ws, 'app'));
    execFileSync('chmod', ['-R', 'a+rwX', ws, tmp]);
    return { ws, app, env: { TMPDIR: tmp } };
  }

  it.each([
    [
      'an unreadable static file',
      (app: string) => chmodSync(path.join(app, 'static', 'test.txt'), 0o000),
      /^app\/static\/test\.txt: error MMA113: cannot read static\/test\.txt: permission denied \(EACCES\); make it readable by the user that runs mm-apps-deploy \(chmod\)$/m,
    ],
    ['an unreadable directory', (app: string) => chmodSync(path.join(app, 'functions', 'main', 'lib'), 0o000), /^app\/functions\/main\/lib: error MMA113: cannot read functions\/main\/lib: permission denied \(EACCES\)/m],
    ['an unreadable manifest.json', (app: string) => chmodSync(path.join(app, 'manifest.json'), 0o000), /^app\/manifest\.json: error MMA113: cannot read manifest\.json: permission denied \(EACCES\)/m],
    [
      'an unreadable function archive',
      (app: string) => {
        execFileSync('sh', ['-c', 'cd functions/main && zip -q -r ../main.zip . && cd .. && rm -r main && chmod 000 main.zip'], { cwd: app });
      },
      /^app\/functions\/main\.zip: error MMA113: cannot read functions\/main\.zip: permission denied \(EACCES\)/m,
    ],
  ])('%s: a finding with the fix (exit 1), nothing written', async (_name, arrange, message) => {
    const { ws, app, env } = tree();
    arrange(app);
    const before = snapshot(ws);
    for (const command of ['pack', 'validate']) {
      const r = await runCliProcess([command, 'app'], { cwd: ws, env, ...unprivileged });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/unexpected error/);
    }
    expect(snapshot(ws)).toEqual(before);
  });

  it('an output directory that cannot be written: the path and the fix (exit 1)', async () => {
    const { ws, env } = tree();
    mkdirSync(path.join(ws, 'ro'));
    chmodSync(path.join(ws, 'ro'), 0o555);
    const before = snapshot(ws);
    const r = await runCliProcess(['pack', 'app', '-o', 'ro/b.zip'], { cwd: ws, env, ...unprivileged });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/\nmm-apps-deploy: cannot write the bundle to \/.*\/ro\/b\.zip: permission denied \(EACCES\); choose a location this user may write to, or fix its permissions\n$/);
    expect(snapshot(ws)).toEqual(before);
    expect(readdirSync(env.TMPDIR!).filter((n) => n.startsWith('mm-apps-deploy-'))).toEqual([]);
  });

  it('a temporary directory that cannot be written: TMPDIR named (exit 1)', async () => {
    const { ws, env } = tree();
    await runCliProcess(['--version'], { cwd: ws, env, ...unprivileged }); // tsx makes its cache folder there first
    chmodSync(env.TMPDIR!, 0o555);
    const r = await runCliProcess(['validate', 'app'], { cwd: ws, env: { TMPDIR: env.TMPDIR! }, ...unprivileged });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(
      /mm-apps-deploy: cannot create a temporary directory \(set by TMPDIR\) in \/.*\/mmad-perm-tmp-\w+: permission denied \(EACCES\); choose a location this user may write to, or fix its permissions\n$/,
    );
    expect(statSync(env.TMPDIR!).isDirectory()).toBe(true);
  });
});
