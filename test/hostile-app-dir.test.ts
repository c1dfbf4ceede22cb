// The bad-input corpus for app directories (issue 8 items 1, 7, 8, 10, 14): each case builds a
// hostile tree in a temporary directory, runs pack and validate through the CLI, and checks the
// finding codes, the exit status, that nothing was written where it should not be (a picture of
// the whole tree before and after), that no temporary file is left, and that nothing from outside
// the app directory reached the bundle.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { put } from './helpers/fs.js';
import { runCli } from './helpers/cli.js';
import { runAction } from './helpers/runner.js';
import { hostileTree, leaks, SECRET, snapshot, type HostileTree } from './helpers/hostile.js';

// Temporary files of this process go here, so that leftovers can be counted without other test
// files (running at the same time) in the way.
const TMP = mkdtempSync(path.join(tmpdir(), 'mmad-hostile-tmp-'));
process.env.TMPDIR = TMP;
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const leftovers = () => readdirSync(TMP).filter((n) => n.startsWith('mm-apps-deploy-'));

const PASSWD = 'root:x:0:0';
const mkfifo = (p: string) => execFileSync('mkfifo', [p]);
/** A Unix socket file, left behind by a process that bound it and exited. */
const mksock = (p: string) => execFileSync('python3', ['-c', 'import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])', p]);
const rm = (p: string) => rmSync(p, { recursive: true, force: true });
const ln = (target: string, p: string) => {
  mkdirSync(path.dirname(p), { recursive: true });
  symlinkSync(target, p);
};

interface Case {
  name: string;
  build: (t: HostileTree) => void;
  /** --function values, paths relative to the tree root. */
  functions?: string[];
  /** Finding codes, in the order the CLI prints them (errors first, then by file). */
  codes: string[];
  /** A finding whose message must match, by code. */
  message?: [string, RegExp];
  /** Packs (with warnings at most). */
  ok?: boolean;
}

const CASES: Case[] = [
  // ---- links out of the app directory (item 1): every path, not only links inside static/
  {
    name: 'static/ itself is a link outside',
    build: (t) => (rm(path.join(t.app, 'static')), ln(path.join(t.outside, 'static'), path.join(t.app, 'static'))),
    codes: ['MMA103', 'MMA017'],
    message: ['MMA103', /^symbolic link static points to .*outside\/static, outside the app directory/],
  },
  {
    name: 'functions/ itself is a link outside',
    build: (t) => (rm(path.join(t.app, 'functions')), ln(path.join(t.outside, 'functions'), path.join(t.app, 'functions'))),
    codes: ['MMA103'],
    message: ['MMA103', /^symbolic link functions points to /],
  },
  {
    name: 'functions/NAME is a link outside',
    build: (t) => (rm(path.join(t.app, 'functions', 'main')), ln('../../outside/fn', path.join(t.app, 'functions', 'main'))),
    codes: ['MMA103'],
    message: ['MMA103', /^symbolic link functions\/main points to .*\/outside\/fn, outside/],
  },
  { name: 'functions/NAME.zip is a link outside', build: (t) => (rm(path.join(t.app, 'functions', 'main')), ln(path.join(t.outside, 'main.zip'), path.join(t.app, 'functions', 'main.zip'))), codes: ['MMA103'] },
  {
    name: 'manifest.json is a link outside',
    build: (t) => (rm(path.join(t.app, 'manifest.json')), ln(path.join(t.outside, 'manifest.json'), path.join(t.app, 'manifest.json'))),
    codes: ['MMA103'],
    message: ['MMA103', /^symbolic link manifest\.json points to /],
  },
  { name: 'manifest.json is a link to /etc/passwd', build: (t) => (rm(path.join(t.app, 'manifest.json')), ln('/etc/passwd', path.join(t.app, 'manifest.json'))), codes: ['MMA103'] },
  { name: 'a static file links to /etc/passwd', build: (t) => ln('/etc/passwd', path.join(t.app, 'static', 'passwd')), codes: ['MMA103'] },
  { name: 'a static directory links outside', build: (t) => ln('../../outside', path.join(t.app, 'static', 'more')), codes: ['MMA103'] },
  { name: 'a function file links up and out', build: (t) => ln('../../../outside/secret.txt', path.join(t.app, 'functions', 'main', 'secret.txt')), codes: ['MMA103'] },
  { name: 'a link to a link inside the app that leaves it', build: (t) => (ln('../outside/secret.txt', path.join(t.app, 'hop')), ln('../hop', path.join(t.app, 'static', 'a.txt'))), codes: ['MMA103'] },
  { name: 'a broken link', build: (t) => ln('nowhere', path.join(t.app, 'static', 'gone.txt')), codes: ['MMA103'], message: ['MMA103', /points to \(a missing file\)/] },
  {
    name: '--function to a path in the app that links outside',
    build: (t) => (rm(path.join(t.app, 'functions')), ln('../outside/fn', path.join(t.app, 'build'))),
    functions: ['main=app/build'],
    codes: ['MMA103'],
    message: ['MMA103', /^symbolic link build points to /],
  },
  {
    name: '--function outside the app: a link inside it may not leave it',
    build: (t) => (rm(path.join(t.app, 'functions')), ln('../secret.txt', path.join(t.outside, 'fn', 'secret.txt'))),
    functions: ['main=outside/fn'],
    codes: ['MMA103'],
    message: ['MMA103', /^symbolic link \.\.\/outside\/fn\/secret\.txt points to .*\/outside\/secret\.txt, outside \.\.\/outside\/fn\//],
  },
  {
    name: '--function outside the app: a link from it into the app is refused too',
    build: (t) => (rm(path.join(t.app, 'functions')), ln('../../app/static/test.txt', path.join(t.outside, 'fn', 'test.txt'))),
    functions: ['main=outside/fn'],
    codes: ['MMA103'],
  },

  // ---- FIFOs, sockets and directories where files belong: a clear error, no hang
  {
    name: 'manifest.json is a FIFO',
    build: (t) => (rm(path.join(t.app, 'manifest.json')), mkfifo(path.join(t.app, 'manifest.json'))),
    codes: ['MMA112'],
    message: ['MMA112', /^manifest\.json is a FIFO \(named pipe\), not a regular file/],
  },
  { name: 'manifest.json is a socket', build: (t) => (rm(path.join(t.app, 'manifest.json')), mksock(path.join(t.app, 'manifest.json'))), codes: ['MMA112'] },
  { name: 'manifest.json is a directory', build: (t) => (rm(path.join(t.app, 'manifest.json')), mkdirSync(path.join(t.app, 'manifest.json'))), codes: ['MMA112'] },
  { name: 'manifest.json links to a FIFO inside the app', build: (t) => (rm(path.join(t.app, 'manifest.json')), mkfifo(path.join(t.app, 'pipe')), ln('pipe', path.join(t.app, 'manifest.json'))), codes: ['MMA112'] },
  { name: 'manifest.json over 1 MiB (sparse: claims its size)', build: (t) => truncateSync(path.join(t.app, 'manifest.json'), 3 * 1024 * 1024), codes: ['MMA003'] },
  { name: 'a FIFO in static/', build: (t) => mkfifo(path.join(t.app, 'static', 'pipe')), codes: ['MMA112'] },
  { name: 'a socket in a function directory', build: (t) => mksock(path.join(t.app, 'functions', 'main', 'sock')), codes: ['MMA112'] },
  { name: 'functions/NAME.zip is a FIFO', build: (t) => (rm(path.join(t.app, 'functions', 'main')), mkfifo(path.join(t.app, 'functions', 'main.zip'))), codes: ['MMA112'] },
  { name: 'static/ is a FIFO', build: (t) => (rm(path.join(t.app, 'static')), mkfifo(path.join(t.app, 'static'))), codes: ['MMA112', 'MMA017'] },
  { name: '--function names a FIFO', build: (t) => mkfifo(path.join(t.outside, 'fn.zip')), functions: ['main=outside/fn.zip'], codes: ['MMA112'] },

  // ---- link graphs (item 8): every real directory walked once, every real file packed once
  {
    name: 'a diamond of directory links, 24 levels (16 million paths if followed)',
    build: (t) => {
      for (let i = 0; i < 24; i++) {
        mkdirSync(path.join(t.app, 'shared', `l${i}`), { recursive: true });
        if (i > 0) for (const side of ['a', 'b']) ln(`../l${i}`, path.join(t.app, 'shared', `l${i - 1}`, side));
      }
      put(path.join(t.app, 'shared', 'l23', 'deep.txt'), 'deep');
      ln('../shared/l0', path.join(t.app, 'static', 'tree'));
    },
    codes: Array(23).fill('MMA110'),
    message: ['MMA110', /^static\/tree\/a\/.*b is the same directory as static\/tree\/a\/.*a, through a symbolic link; a zip holds no links/],
  },
  { name: 'a loop back to static/', build: (t) => ln('.', path.join(t.app, 'static', 'loop')), codes: ['MMA110'], message: ['MMA110', /^symbolic link static\/loop leads back to static\/, which contains it: a loop/] },
  {
    name: 'a loop back to the function directory',
    build: (t) => ln('..', path.join(t.app, 'functions', 'main', 'lib', 'up')),
    codes: ['MMA110'],
    message: ['MMA110', /leads back to functions\/main\/, which contains it/],
  },
  {
    name: 'a second link to a directory inside static/',
    build: (t) => (put(path.join(t.app, 'static', 'img', 'a.png'), 'png'), ln('img', path.join(t.app, 'static', 'img2'))),
    codes: ['MMA110'],
    message: ['MMA110', /^static\/img2 is the same directory as static\/img, through a symbolic link;/],
  },
  {
    name: 'a link up to the app directory, which contains it',
    build: (t) => ln('..', path.join(t.app, 'static', 'up')),
    codes: ['MMA110'],
    message: ['MMA110', /^symbolic link static\/up leads back to the app directory, which contains it: a loop/],
  },
  {
    name: 'pnpm-style node_modules (a link into .pnpm)',
    build: (t) => (
      put(path.join(t.app, 'functions', 'main', 'node_modules', '.pnpm', 'dep@1.0.0', 'node_modules', 'dep', 'index.js'), 'x'),
      ln('.pnpm/dep@1.0.0/node_modules/dep', path.join(t.app, 'functions', 'main', 'node_modules', 'dep'))
    ),
    codes: ['MMA110'],
    message: ['MMA110', /node-linker=hoisted/],
  },
  {
    name: 'a file reached by two paths is packed once, with a warning',
    build: (t) => ln('icon.png', path.join(t.app, 'static', 'logo.png')),
    codes: ['MMA111'],
    ok: true,
    message: ['MMA111', /^a path in static\/ is a symbolic link to files packed under another path, and is left out .*: logo\.png \(→ icon\.png\)/],
  },
  {
    name: 'npm .bin shims are left out silently',
    build: (t) => (put(path.join(t.app, 'functions', 'main', 'node_modules', 'tool', 'cli.js'), 'cli'), ln('../tool/cli.js', path.join(t.app, 'functions', 'main', 'node_modules', '.bin', 'tool'))),
    codes: [],
    ok: true,
  },
  {
    name: 'a link to a shared file outside the function (inside the app) is packed',
    build: (t) => (put(path.join(t.app, 'shared', 'util.mjs'), 'u'), ln('../../shared/util.mjs', path.join(t.app, 'functions', 'main', 'util.mjs'))),
    codes: [],
    ok: true,
  },

  // ---- two static files, one S3 key (item 7)
  {
    name: 'static "a b.txt" and "a-b.txt"',
    build: (t) => (put(path.join(t.app, 'static', 'a b.txt'), '1'), put(path.join(t.app, 'static', 'a-b.txt'), '2')),
    codes: ['MMA220'],
    message: ['MMA220', /^"static\/a b\.txt" and "static\/a-b\.txt" are both uploaded as "static\/com\.example\.fixture_v1\.0\.0_app\/a-b\.txt"/],
  },
  { name: 'static "x y/z.txt" and "x-y/z.txt"', build: (t) => (put(path.join(t.app, 'static', 'x y', 'z.txt'), '1'), put(path.join(t.app, 'static', 'x-y', 'z.txt'), '2')), codes: ['MMA220'] },
];

describe('hostile app directories: pack and validate', () => {
  it.each(CASES)('$name', async (c) => {
    const t = hostileTree();
    c.build(t);
    const before = snapshot(t.root);
    const fn = (c.functions ?? []).flatMap((f) => ['--function', f]);
    const packed = await runCli(['pack', 'app', '--json', ...fn], { cwd: t.root });
    const validated = await runCli(['validate', 'app', '--json', ...fn], { cwd: t.root });
    const p = JSON.parse(packed.stdout);
    const v = JSON.parse(validated.stdout);
    expect(
      p.findings.map((f: { code: string }) => f.code),
      packed.stderr,
    ).toEqual(c.codes);
    expect(v.findings.map((f: { code: string }) => f.code)).toEqual(c.codes);
    if (c.message) expect(p.findings.find((f: { code: string }) => f.code === c.message![0]).message).toMatch(c.message[1]);
    expect([packed.code, validated.code]).toEqual(c.ok ? [0, 0] : [1, 1]);
    const after = snapshot(t.root);
    if (c.ok) {
      expect(after.filter((e) => !e.startsWith('app/dist'))).toEqual(before);
      expect(after.filter((e) => e.startsWith('app/dist')).map((e) => e.split(' ')[0])).toEqual(['app/dist/', 'app/dist/com.example.fixture_v1.0.0.zip']);
      expect(leaks(path.join(t.app, 'dist', 'com.example.fixture_v1.0.0.zip'), [SECRET, PASSWD])).toEqual([]);
    } else {
      expect(after).toEqual(before);
    }
    expect(leftovers()).toEqual([]);
  });

  it('packs a file reached by two paths once, under its own path', async () => {
    const t = hostileTree();
    ln('icon.png', path.join(t.app, 'static', 'logo.png'));
    ln('../../static/test.txt', path.join(t.app, 'functions', 'main', 'test.txt'));
    put(path.join(t.app, 'functions', 'main', 'node_modules', 'tool', 'cli.js'), 'cli');
    ln('../tool/cli.js', path.join(t.app, 'functions', 'main', 'node_modules', '.bin', 'tool'));
    const r = await runCli(['pack', 'app', '--json'], { cwd: t.root });
    expect(r.code).toBe(0);
    const bundle = path.join(t.app, 'dist', 'com.example.fixture_v1.0.0.zip');
    const names = JSON.parse(
      execFileSync('python3', [
        '-c',
        'import sys,zipfile,io,json; z=zipfile.ZipFile(sys.argv[1]); print(json.dumps([n for n in z.namelist()] + ["main.zip!" + n for n in zipfile.ZipFile(io.BytesIO(z.read("main.zip"))).namelist()]))',
        bundle,
      ]).toString(),
    );
    // a file linked from another tree (the function) is that tree's own copy; within one tree, one path
    expect(names).toEqual(['manifest.json', 'static/icon.png', 'static/test.txt', 'main.zip', 'main.zip!index.mjs', 'main.zip!lib/util.mjs', 'main.zip!node_modules/tool/cli.js', 'main.zip!test.txt']);
  });
});

describe('existing bundles: two static files, one S3 key', () => {
  it('refuses the bundle in validate, naming both entries', async () => {
    const t = hostileTree();
    put(path.join(t.app, 'static', 'a b.txt'), '1');
    put(path.join(t.app, 'static', 'a-b.txt'), '2');
    execFileSync('sh', ['-c', 'cd functions/main && zip -q -r ../../main.zip . && cd ../.. && zip -q -r -D ../built.zip manifest.json static main.zip && rm main.zip'], { cwd: t.app });
    const r = await runCli(['validate', path.join(t.root, 'built.zip'), '--json']);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).findings;
    expect(findings.map((f: { code: string }) => f.code)).toEqual(['MMA220']);
    expect(findings[0].message).toMatch(/^"static\/a b\.txt" and "static\/a-b\.txt" are both uploaded as /);
    expect(findings[0].file).toMatch(/built\.zip!\/static\/a-b\.txt$/);
  });
});

interface OutputCase {
  name: string;
  build?: (t: HostileTree) => void;
  /** -o value relative to the tree root; none for the default (app/dist/...). */
  output?: string;
  functions?: string[];
  error: RegExp;
}

// Item 10: pack -o (and the action's output, and provision's bundle) never lands on the app's sources or any input.
const OUTPUTS: OutputCase[] = [
  {
    name: 'onto manifest.json',
    output: 'app/manifest.json',
    error: /the output \/.*\/app\/manifest\.json is inside the app directory .*app, whose files are the app's sources; write the bundle into its dist\/ folder, or outside the app/,
  },
  { name: 'onto a function archive', output: 'app/functions/x.zip', error: /is inside the app directory/ },
  { name: 'into static/', output: 'app/static/b.zip', error: /is inside the app directory/ },
  { name: 'into the app root', output: 'app/b.zip', error: /is inside the app directory/ },
  { name: 'through dist/.. into static/', output: 'app/dist/../static/b.zip', error: /is inside the app directory/ },
  {
    name: 'dist/ a link outside the app (default output)',
    build: (t) => ln('../outside', path.join(t.app, 'dist')),
    error: /a symbolic link there leads it to .*\/outside\/com\.example\.fixture_v1\.0\.0\.zip, outside; make dist\/ a real folder/,
  },
  { name: 'dist/ a link to static/ (default output)', build: (t) => ln('static', path.join(t.app, 'dist')), error: /is inside the app directory/ },
  {
    name: 'dist/ read by a static link',
    build: (t) => (put(path.join(t.app, 'dist', 'old.txt'), 'x'), ln('../dist', path.join(t.app, 'static', 'dist'))),
    error: /is inside .*\/app\/dist, which this pack reads, so the next pack would include it/,
  },
  { name: 'onto a mapped function archive', output: 'outside/main.zip', functions: ['main=outside/main.zip'], error: /the output \/.*\/outside\/main\.zip is a file this pack reads/ },
  { name: 'into a mapped function directory', output: 'outside/fn/b.zip', functions: ['main=outside/fn'], error: /is inside .*\/outside\/fn, which this pack reads/ },
  { name: 'an existing directory', output: 'outside', error: /^mm-apps-deploy: the output \/.*\/outside is a directory; give a file name, such as \/.*\/outside\/bundle\.zip\n$/ },
  {
    name: 'a link (to manifest.json)',
    build: (t) => ln('../app/manifest.json', path.join(t.outside, 'b.zip')),
    output: 'outside/b.zip',
    error: /the output \/.*\/outside\/b\.zip is a symbolic link; the bundle would replace the link, not write to .*app\/manifest\.json/,
  },
  { name: 'a character device', output: '/dev/full', error: /the output \/dev\/full is a character device; give the path of a regular file/ },
  { name: 'below a file', output: 'app/manifest.json/b.zip', error: /cannot write the bundle to \/.*\/app\/manifest\.json\/b\.zip: a part of the path is not a directory \(ENOTDIR\)/ },
  {
    name: 'a directory that cannot hold files (/proc)',
    output: '/proc/x.zip',
    error: /^mm-apps-deploy: cannot write the bundle to \/proc\/x\.zip: no such file or directory \(ENOENT\); choose an output in an existing, writable directory\n$/,
  },
];

describe("pack -o: never onto the app's sources or any input", () => {
  it.each(OUTPUTS)('$name', async (c) => {
    const t = hostileTree();
    c.build?.(t);
    const before = snapshot(t.root);
    const fn = (c.functions ?? []).flatMap((f) => ['--function', f]);
    const r = await runCli(['pack', 'app', ...(c.output ? ['-o', c.output] : []), ...fn, '-q'], { cwd: t.root });
    expect(r.code, r.stdout).toBe(1);
    expect(r.stderr).toMatch(c.error);
    expect(r.stderr).not.toMatch(/unexpected error/);
    expect(snapshot(t.root)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it("the action's output input is held to the same rule (dist/)", async () => {
    const t = hostileTree();
    const before = snapshot(t.root);
    const r = await runAction({ cwd: t.root, inputs: { mode: 'pack', 'app-dir': 'app', output: 'app/functions/main.zip' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::the output \/.*\/app\/functions\/main\.zip is inside the app directory .*; write the bundle into its dist\/ folder, or outside the app/);
    expect(snapshot(t.root)).toEqual(before);
  });

  it("writes into the app's dist/ and outside the app", async () => {
    const t = hostileTree();
    expect((await runCli(['pack', 'app', '-o', 'app/dist/sub/b.zip', '-q'], { cwd: t.root })).code).toBe(0);
    expect((await runCli(['pack', 'app', '-o', 'elsewhere/b.zip', '-q'], { cwd: t.root })).code).toBe(0);
    writeFileSync(path.join(t.root, 'elsewhere', 'b.zip'), 'old');
    expect((await runCli(['pack', 'app', '-o', 'elsewhere/b.zip', '-q'], { cwd: t.root })).code).toBe(0); // a regular file is replaced
    expect(snapshot(path.join(t.root, 'elsewhere'))).toEqual(['/', `b.zip ${snapshot(path.join(t.app, 'dist', 'sub'))[1]!.split(' ')[1]}`]);
  });
});
