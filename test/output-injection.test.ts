// The bad-input corpus for output injection (issue 8 item 3): manifest values, zip entry names and
// file names carrying new lines with workflow commands, CR, ESC and C1 sequences, HTML, "%0A", bidi
// overrides, NUL and very long values. Every front end is run on them — the CLI in-process, the
// built CLI, and the built action as the runner runs it — and nothing injected may survive in
// stdout, stderr, the job summary or the outputs: no line read as a workflow command, no control
// sequence, no tag, no line of unbounded length; --json stays JSON with the values intact. The
// same for what servers say: a Mattermost server's error and an AWS error message.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { manifestJson, tempDir, writeApp } from './helpers/fs.js';
import { expectNothingInjected, HOSTILE, LONG, MARK } from './helpers/hostile-text.js';
import { rawZip } from './helpers/raw-zip.js';
import { runAction } from './helpers/runner.js';
import { runBuiltCli } from './helpers/built-cli.js';
import { startHttpServer } from './helpers/http-server.js';
import { CREDENTIALS_ENV, motoAvailable, REGION, seedAccount, startMoto, type Moto } from './helpers/moto.js';
import { startRecordingProxy, type RecordingProxy } from './helpers/recording-proxy.js';

const CASES = Object.entries({ ...HOSTILE, 'a 200,000-character value': LONG });
/** A text line of ours holds a few bounded values: far below the long value's length. */
const MAX_LINE = 20_000;

/** An app whose manifest carries `value` in every field a message may quote. */
function hostileManifestApp(dir: string, value: string): string {
  const manifest = manifestJson({ app_id: value, version: value, display_name: value, homepage_url: value, icon: value, requested_locations: [value] }, [{ name: value, path: value, handler: value, runtime: value }]);
  return writeApp(dir, { manifest, functions: [{ name: 'main' }] });
}

/** A valid app with `value` in its display name and in the names of its static files. */
function hostileFilesApp(dir: string, value: string): string {
  const name = value.replace(/[\0/]/g, '_').slice(0, 200); // what a file name can hold
  writeApp(dir, { manifest: manifestJson({ display_name: value, description: value }), static: { 'icon.png': 'png', [`${name}.txt`]: 'x', [`sub ${name}/a.txt`]: 'y' } });
  return dir;
}

/** A bundle whose entry names carry `value`. */
function hostileBundle(file: string, value: string): string {
  const name = value.slice(0, 1000);
  writeFileSync(
    file,
    rawZip([
      { name: 'manifest.json', data: Buffer.from(manifestJson({ display_name: value })) },
      { name: `${name}.zip`, data: Buffer.from('not a zip') },
      { name: `static/${name}`, data: Buffer.from('x') },
      { name: `other/${name}`, data: Buffer.from('x') },
    ]),
  );
  return file;
}

function expectJson(where: string, stdout: string): unknown {
  expectNothingInjected(where, stdout, { html: true });
  let doc: unknown;
  expect(() => (doc = JSON.parse(stdout)), `${where}: stdout is one JSON document`).not.toThrow();
  return doc;
}

describe.each(CASES)('%s', (_label, value) => {
  it('the CLI (in-process) prints no injected line, sequence or tag, in text and in --json', async () => {
    const cwd = tempDir();
    hostileManifestApp(path.join(cwd, 'manifest-app'), value);
    hostileFilesApp(path.join(cwd, 'files-app'), value);
    hostileBundle(path.join(cwd, 'bundle.zip'), value);
    for (const args of [
      ['validate', 'manifest-app'],
      ['pack', 'manifest-app'],
      ['provision-data', 'manifest-app'],
      ['validate', 'files-app'],
      ['pack', 'files-app', '-o', 'files.zip'],
      ['provision-data', 'files-app'],
      ['validate', 'bundle.zip'],
      ['provision', 'bundle.zip', '--dry-run', '--region', 'us-east-1', '--endpoint-url', 'http://127.0.0.1:9'],
    ]) {
      const where = `mm-apps-deploy ${args.join(' ')}`;
      const text = await runCli(args, { cwd });
      expect([0, 1], `${where}: exit ${text.code}\n${text.stderr.slice(0, 500)}`).toContain(text.code);
      expectNothingInjected(`${where}: stdout`, text.stdout, { maxLine: MAX_LINE });
      expectNothingInjected(`${where}: stderr`, text.stderr, { maxLine: MAX_LINE });
      const json = await runCli([...args, '--json'], { cwd });
      expectJson(`${where} --json`, json.stdout);
      expectNothingInjected(`${where} --json: stderr`, json.stderr, { maxLine: MAX_LINE });
    }
    // the data itself is intact: where the names are deployable (no control character, MMA034),
    // --json decodes to the very file names
    const pd = JSON.parse((await runCli(['provision-data', 'files-app', '--json'], { cwd })).stdout) as { ok: boolean; provisionData?: { static_files: Record<string, unknown> } };
    if (pd.ok) expect(Object.keys(pd.provisionData!.static_files)).toContain(`${value.replace(/[\0/]/g, '_').slice(0, 200)}.txt`);
  });

  it('the built CLI prints none either', async () => {
    const cwd = tempDir();
    hostileManifestApp(path.join(cwd, 'manifest-app'), value);
    hostileBundle(path.join(cwd, 'bundle.zip'), value);
    for (const args of [
      ['validate', 'manifest-app'],
      ['validate', 'bundle.zip', '--json'],
      ['pack', 'manifest-app'],
    ]) {
      const r = await runBuiltCli(args, { cwd });
      expect(r.code, r.stderr.slice(0, 500)).toBe(1);
      expectNothingInjected(`built CLI ${args.join(' ')}: stdout`, r.stdout, { maxLine: args.includes('--json') ? undefined : MAX_LINE, html: true });
      expectNothingInjected(`built CLI ${args.join(' ')}: stderr`, r.stderr, { maxLine: MAX_LINE });
    }
  });

  it('the built action puts none in its log, annotations, job summary or outputs', async () => {
    const cwd = tempDir();
    hostileManifestApp(path.join(cwd, 'manifest-app'), value);
    hostileFilesApp(path.join(cwd, 'files-app'), value);
    hostileBundle(path.join(cwd, 'bundle.zip'), value);
    for (const inputs of <Record<string, string>[]>[
      { mode: 'validate', 'app-dir': 'manifest-app' },
      { mode: 'pack', 'app-dir': 'files-app' },
      { mode: 'validate', bundle: 'bundle.zip' },
    ]) {
      const where = `action ${JSON.stringify(inputs)}`;
      const r = await runAction({ inputs, cwd });
      expectNothingInjected(`${where}: stdout`, r.stdout, { commands: true, maxLine: MAX_LINE });
      expectNothingInjected(`${where}: stderr`, r.stderr, { maxLine: MAX_LINE });
      expectNothingInjected(`${where}: summary`, r.summary, { html: true, file: true, maxLine: MAX_LINE });
      for (const [name, output] of Object.entries(r.outputs)) expectNothingInjected(`${where}: output ${name}`, output, { html: true, file: true });
    }
  });
});

it('the corpus reaches the outputs it is checked in (the checks would see it)', async () => {
  const cwd = tempDir();
  hostileManifestApp(path.join(cwd, 'app'), HOSTILE['newline + workflow command']!);
  const r = await runCli(['validate', 'app'], { cwd });
  expect(r.stderr).toContain(`a\\n::warning::${MARK}`);
  const files = hostileFilesApp(path.join(cwd, 'files'), HOSTILE['HTML tag']!);
  const action = await runAction({ inputs: { mode: 'pack', 'app-dir': path.relative(cwd, files) }, cwd });
  expect(action.code).toBe(0);
  expect(action.summary).toContain(`&lt;script&gt;alert(&quot;${MARK}&quot;)&lt;/script&gt;`);
  expect(action.outputs['provision-data']).toContain('\\u003cscript\\u003e');
});

describe('messages from servers', () => {
  const everything = Object.values(HOSTILE).join(' | ');

  it("a Mattermost server's error message (register: CLI in-process and built)", async () => {
    const server = await startHttpServer();
    server.route('/api/v4/users/me', (_req, res) => res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ message: everything, id: everything })));
    try {
      const cwd = tempDir();
      writeApp(path.join(cwd, 'app'), { manifest: manifestJson({ app_id: 'hostile-server' }) });
      const args = ['register', 'app', '--mattermost-url', server.url];
      const env = { MM_ADMIN_TOKEN: 'admin-token-for-hostile' };
      for (const [where, r] of [
        ['in-process', await runCli(args, { cwd, env })],
        ['in-process --json', await runCli([...args, '--json'], { cwd, env })],
        ['built', await runBuiltCli(args, { cwd, env })],
      ] as const) {
        expect(r.code, `${where}: ${r.stderr}`).toBe(1);
        expect(r.stdout + r.stderr, where).toContain(MARK); // the message was shown
        expectNothingInjected(`register ${where}: stdout`, r.stdout, { maxLine: MAX_LINE, html: where.includes('json') });
        expectNothingInjected(`register ${where}: stderr`, r.stderr, { maxLine: MAX_LINE });
      }
    } finally {
      await server.close();
    }
  });

  describe.skipIf(!motoAvailable())('an AWS error message (provision: built CLI and action)', () => {
    let moto: Moto;
    let proxy: RecordingProxy;
    beforeAll(async () => {
      moto = await startMoto();
      await seedAccount(moto.endpoint, 'hostile-bucket');
      // Lambda's CreateFunction refused with a message made of the whole corpus
      proxy = await startRecordingProxy(moto.endpoint, (req) =>
        req.method === 'POST' && /\/functions\/?$/.test(req.path) ? { status: 400, headers: { 'x-amzn-errortype': 'InvalidParameterValueException' }, body: JSON.stringify({ message: everything }) } : undefined,
      );
    });
    afterAll(async () => {
      await proxy?.close();
      await moto?.stop();
    });

    it('is shown on one line, escaped, in the log, the summary and --json', async () => {
      const cwd = tempDir();
      writeApp(path.join(cwd, 'app'), { manifest: manifestJson({ app_id: 'hostile-aws' }) });
      const env = { ...CREDENTIALS_ENV, AWS_REGION: REGION };
      for (const json of [false, true]) {
        const r = await runBuiltCli(['provision', 'app', '--bucket', 'hostile-bucket', '--endpoint-url', proxy.endpoint, '--create-execute-role', ...(json ? ['--json'] : [])], { cwd, env });
        expect(r.code, r.stderr).toBe(1);
        expect(r.stdout + r.stderr).toContain(MARK);
        expectNothingInjected(`provision${json ? ' --json' : ''}: stdout`, r.stdout, { maxLine: json ? undefined : MAX_LINE, html: json });
        expectNothingInjected(`provision${json ? ' --json' : ''}: stderr`, r.stderr, { maxLine: MAX_LINE });
      }
      const inputs = { mode: 'provision', 'app-dir': 'app', 's3-bucket': 'hostile-bucket', 'aws-region': REGION, 'aws-endpoint-url': proxy.endpoint, 'create-execute-role': 'true' };
      const action = await runAction({ cwd, inputs, env });
      expect(action.code).toBe(1);
      expect(action.summary).toContain(MARK);
      expectNothingInjected('action: stdout', action.stdout, { commands: true, maxLine: MAX_LINE });
      expectNothingInjected('action: stderr', action.stderr, { maxLine: MAX_LINE });
      expectNothingInjected('action: summary', action.summary, { html: true, file: true, maxLine: MAX_LINE });
      for (const [name, output] of Object.entries(action.outputs)) expectNothingInjected(`action: output ${name}`, output, { html: true, file: true });
    });
  });
});
