// The sample app, round trip: build it, pack it, take each function archive out of the bundle,
// load the handler from the extracted files and invoke it the way the Apps plugin does (research
// §7.2: {"path","httpMethod":"POST","headers","body": CallRequest JSON}), routing each call to the
// function the plugin would choose (longest path prefix). Lambda itself cannot run here, so the
// handler is called in this process.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSample } from '../sample-app/scripts/build.mjs';
import { pack, type PackResult } from '../src/bundle/pack.js';
import { routeCall } from '../src/manifest/routing.js';
import { ZipArchive } from '../src/zip/reader.js';
import { tempDir } from './helpers/fs.js';

const APP = path.resolve('sample-app');
let packed: PackResult;
const handlers = new Map<string, (event: unknown) => Promise<{ statusCode: number; headers: Record<string, string>; body: string }>>();

/** Extracts every entry of a zip into `dir`. */
async function extractAll(file: string, dir: string): Promise<void> {
  const { archive, findings } = await ZipArchive.open(file, file, file);
  expect(findings).toEqual([]);
  for (const e of archive!.entries.filter((x) => !x.directory)) {
    mkdirSync(path.dirname(path.join(dir, e.name)), { recursive: true });
    await archive!.extract(e.name, path.join(dir, e.name));
  }
  archive!.close();
}

beforeAll(async () => {
  // the build takes its functions from manifest.json
  const built = await buildSample({ quiet: true, outDir: tempDir() });
  expect(built.map((f) => f.name)).toEqual(['main', 'send']);
  packed = await pack({
    appDir: APP,
    now: new Date('2026-11-21T00:00:00Z'),
    output: path.join(tempDir(), 'bundle.zip'),
    functionSources: new Map(built.map((f) => [f.name, f.dir])),
  });
  expect(packed.findings).toEqual([]);
  const { archive } = await ZipArchive.open(packed.bundle!.path, 'bundle', '.');
  for (const fn of packed.manifest!.functions) {
    const dir = tempDir();
    const inner = path.join(dir, `${fn.name}.zip`);
    await archive!.extract(`${fn.name}.zip`, inner);
    const code = path.join(dir, 'code');
    await extractAll(inner, code);
    // handler "index.handler": the module index.js (ESM, per its package.json), export "handler"
    const mod = (await import(pathToFileURL(path.join(code, 'index.js')).href)) as { handler: never };
    handlers.set(fn.name, mod.handler);
  }
  archive!.close();
});

/** Invokes the function the plugin would route `callPath` to, with the plugin's payload. */
async function call(callPath: string, request: Record<string, unknown> = {}) {
  const fn = routeCall(callPath, packed.manifest!.functions)!;
  const payload = {
    path: callPath,
    httpMethod: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ path: callPath, context: { app_id: 'hello-mm-apps', mattermost_site_url: 'https://mm.example.com' }, ...request }),
  };
  const response = await handlers.get(fn.name)!(payload);
  return { fn: fn.name, response, body: JSON.parse(response.body) as Record<string, unknown> };
}

describe('the packed sample app', () => {
  it('has the current manifest format, two functions on different paths and the static files', async () => {
    const m = packed.manifest!;
    expect(m.format).toBe('current');
    expect(m.functions.map((f) => [f.name, f.path, f.runtime])).toEqual([
      ['main', '/', 'nodejs24.x'],
      ['send', '/send', 'nodejs24.x'],
    ]);
    const { archive } = await ZipArchive.open(packed.bundle!.path, 'bundle', '.');
    expect((await archive!.read('static/test.txt', 100)).toString()).toBe('static pong');
    expect((await archive!.read('static/icon.png', 1e6)).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    archive!.close();
  });

  it('answers /ping with PONG, as appsctl aws test lambda expects', async () => {
    const r = await call('/ping');
    expect(r.fn).toBe('main');
    expect(r.response.statusCode).toBe(200);
    expect(r.body).toEqual({ type: 'ok', text: 'PONG' });
  });

  it('answers /bindings with a slash command whose form submits to /send/submit', async () => {
    const r = await call('/bindings');
    expect(r.fn).toBe('main');
    expect(r.response.statusCode).toBe(200);
    expect(r.body).toMatchObject({
      type: 'ok',
      data: [{ location: '/command', bindings: [{ location: 'hello-mm-apps', bindings: [{ location: 'send', form: { submit: { path: '/send/submit' } } }] }] }],
    });
  });

  it('routes /send/submit to the send function (longest prefix) and returns a message', async () => {
    const r = await call('/send/submit', { values: { message: 'hi there' }, context: { acting_user: { username: 'alice' } } });
    expect(r.fn).toBe('send');
    expect(r.response.statusCode).toBe(200);
    expect(r.body).toEqual({ type: 'ok', text: 'Hello from AWS Lambda, @alice: hi there' });
  });

  it('reports app errors as CallResponse errors with status 200', async () => {
    const missing = await call('/send/submit', { values: {} });
    expect(missing.response.statusCode).toBe(200);
    expect(missing.body.type).toBe('error');
    const unknown = await call('/nowhere');
    expect(unknown.body).toEqual({ type: 'error', text: 'not found: /nowhere' });
  });
});
