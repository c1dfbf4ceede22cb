// What the CLI promises in every outcome: every invalid option value is a usage error (exit 2)
// pointing to the command's --help; --json prints exactly one JSON document on stdout whatever
// happens (a usage error, a failed preflight, an unexpected error); colour only on a terminal,
// as NO_COLOR and FORCE_COLOR say.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { main } from '../src/cli/main.js';
import { manifestJson, tempDir, writeApp } from './helpers/fs.js';

describe('every invalid option value is a usage error (exit 2)', () => {
  it.each([
    ['provision', '.', '--bucket', 'Not_A_Bucket'],
    ['provision', '.', '--region', 'mars-1'],
    ['provision', '.', '--endpoint-url', 'not a url'],
    ['provision', '.', '--mattermost-url', 'ftp://chat.example.com'],
    ['provision', '.', '--mattermost-url', 'https://admin:pw@chat.example.com'],
    ['provision', '.', '--memory-size', '64'],
    ['provision', '.', '--architecture', 'sparc'],
    ['provision', '.', '--env', 'NOEQUALS'],
    ['provision', '.', '--execute-role', 'has space'],
    ['provision', '.', '--invoke-policy', 'bad/name'],
    ['provision', '.', '--sha256', 'abc'],
    ['register', '.', '--mattermost-url', 'not a url'],
    ['validate', '.', '--region', 'nowhere'],
    ['validate', '.', '--manifest-format', 'v2'],
    ['provision-data', '.', '--endpoint-url', '::'],
    ['publish', 'b.zip', '--bundle-bucket', 'UPPER'],
    ['publish', 'b.zip', '--bundle-bucket', 'ok-bucket', '--key', 'dir/app.zip'],
    ['init', '--bucket', 'x'],
    ['init', '--user', 'a b'],
    ['test', '--region', 'eu'],
    ['prune', 'app', '--keep', '0'],
    ['prune', 'app', '--keep', '2', '--bucket', 'bad..bucket'],
    ['clean', '--policy', 'p'.repeat(200)],
  ])('%s %j', async (...args) => {
    const r = await runCli(args, { env: { MM_ADMIN_TOKEN: 'token' } });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`Run "mm-apps-deploy ${args[0]} --help" for its options.`);
  });
});

describe('--json prints one JSON document on stdout in every outcome', () => {
  const parse = (stdout: string) => JSON.parse(stdout) as { command: string | null; ok: boolean; exitCode: number; error?: { kind: string; message: string } };

  it('a usage error', async () => {
    const r = await runCli(['provision', '.', '--region', 'mars-1', '--json']);
    expect(r.code).toBe(2);
    expect(parse(r.stdout)).toMatchObject({ command: 'provision', ok: false, exitCode: 2, error: { kind: 'usage', message: expect.stringContaining('--region') } });
  });

  it('an unknown command', async () => {
    const r = await runCli(['pakc', '--json']);
    expect(parse(r.stdout)).toMatchObject({ command: null, ok: false, exitCode: 2, error: { kind: 'usage', message: expect.stringContaining('did you mean "pack"') } });
  });

  it('a failure before the work (a missing app directory)', async () => {
    const r = await runCli(['validate', 'nowhere', '--json'], { cwd: tempDir() });
    expect(r.code).toBe(1);
    expect(parse(r.stdout)).toMatchObject({ command: 'validate', ok: false, exitCode: 1, error: { kind: 'failed', message: expect.stringContaining('nowhere does not exist') } });
  });

  it('a failed preflight (no AWS credentials anywhere)', async () => {
    const cwd = tempDir();
    writeApp(path.join(cwd, 'app'), { manifest: manifestJson({ app_id: 'json-preflight' }) });
    const home = tempDir();
    const r = await runCli(['provision', 'app', '--region', 'us-east-1', '--endpoint-url', 'http://127.0.0.1:9', '--json'], {
      cwd,
      env: { HOME: home, AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'none'), AWS_CONFIG_FILE: path.join(home, 'none'), AWS_EC2_METADATA_DISABLED: 'true' },
    });
    expect(r.code).toBe(1);
    expect(parse(r.stdout)).toMatchObject({ command: 'provision', ok: false, exitCode: 1, error: { kind: 'failed', message: expect.stringMatching(/no AWS credentials|cannot reach AWS/) } });
  });

  it('findings', async () => {
    const cwd = tempDir();
    writeApp(path.join(cwd, 'bad'), { manifest: manifestJson({ version: 'v1.2.3-beta.1' }) });
    for (const command of ['validate', 'pack', 'provision-data']) {
      const r = await runCli([command, 'bad', '--json'], { cwd });
      expect(r.code).toBe(1);
      const doc = parse(r.stdout) as ReturnType<typeof parse> & { findings: unknown[] };
      expect(doc).toMatchObject({ command, ok: false, exitCode: 1 });
      expect(doc.findings.length).toBeGreaterThan(0);
    }
  });

  it('success, with the result in the same envelope; provision-data --json holds the provision data', async () => {
    const cwd = tempDir();
    writeApp(path.join(cwd, 'app'));
    const r = await runCli(['provision-data', 'app', '--json'], { cwd });
    expect(r.code).toBe(0);
    expect(parse(r.stdout)).toMatchObject({ command: 'provision-data', ok: true, exitCode: 0, provisionData: { manifest_key: 'manifests/com.example.fixture_v1.0.0.json' } });
    expect(parse(r.stdout).error).toBeUndefined();
  });

  it('--help', async () => {
    const r = await runCli(['pack', '--help', '--json']);
    expect(parse(r.stdout)).toMatchObject({ command: 'pack', ok: true, help: expect.stringContaining('Usage: mm-apps-deploy pack') });
  });

  it('an unexpected error', async () => {
    let stdout = '';
    const code = await main(['validate', '.', '--json'], {
      out: (t) => (stdout += t),
      err: () => undefined,
      // an environment that breaks while the command starts: an error none of ours
      env: new Proxy({} as Record<string, string | undefined>, {
        get: (_t, key) => {
          if (key === 'MM_APPS_DEPLOY_DATE') throw new TypeError('boom');
          return undefined;
        },
      }),
      cwd: tempDir(),
    });
    expect(code).toBe(1);
    expect(parse(stdout)).toMatchObject({ command: 'validate', ok: false, exitCode: 1, error: { kind: 'unexpected', message: 'boom' } });
  });
});

describe('colour only on a terminal, as NO_COLOR and FORCE_COLOR say', () => {
  async function run(env: Record<string, string>, tty: boolean): Promise<string> {
    const cwd = tempDir();
    writeApp(path.join(cwd, 'bad'), { manifest: manifestJson({ version: 'v1.2.3-beta.1' }) });
    let text = '';
    await main(['validate', 'bad'], { out: (t) => (text += t), err: (t) => (text += t), env: { MM_APPS_DEPLOY_DATE: '2026-11-21', ...env }, cwd, tty: { out: tty, err: tty } });
    return text;
  }
  const ESC = '\u001b[';

  it('none when the output is not a terminal (a file, a pipe)', async () => {
    expect(await run({}, false)).not.toContain(ESC);
  });
  it('on a terminal: the severity of findings', async () => {
    expect(await run({}, true)).toContain(`: ${ESC}31merror${ESC}0m MMA012:`);
  });
  it('NO_COLOR turns it off on a terminal, FORCE_COLOR on off one; TERM=dumb has none', async () => {
    expect(await run({ NO_COLOR: '1' }, true)).not.toContain(ESC);
    expect(await run({ FORCE_COLOR: '1' }, false)).toContain(ESC);
    expect(await run({ FORCE_COLOR: '0' }, true)).not.toContain(ESC);
    expect(await run({ TERM: 'dumb' }, true)).not.toContain(ESC);
  });
});

describe('the action checks the same names before any work', () => {
  it.each([
    ['execute-role', 'has space', /input "execute-role" "has space" is not an IAM role name/],
    ['execute-role', 'arn:aws:iam::12:role/x', /is not an IAM role ARN/],
    ['invoke-policy', 'bad/name', /input "invoke-policy" "bad\/name" is not an IAM policy name/],
  ])('input %s: %j', async (input, value, message) => {
    const { readInputs } = await import('../src/action/inputs.js');
    const get = (name: string) => ({ mode: 'provision', [input]: value })[name] ?? '';
    expect(() => readInputs(get, tempDir())).toThrow(message);
  });
});
