// Reading manifest.json: size, encoding, syntax with positions, types, both formats.
import { describe, expect, it } from 'vitest';
import { readManifest } from '../src/manifest/manifest.js';

const read = (text: string | Buffer) => readManifest(typeof text === 'string' ? Buffer.from(text) : text);
const codes = (r: ReturnType<typeof read>) => r.findings.map((f) => f.code);

const current = {
  app_id: 'hello',
  version: 'v1.0.0',
  display_name: 'Hello',
  homepage_url: 'https://example.com',
  aws_lambda: { functions: [{ path: '/', name: 'fn', handler: 'index.handler', runtime: 'nodejs24.x' }] },
};

describe('syntax and encoding', () => {
  it('reports invalid JSON with line and column', () => {
    const r = read('{\n  "app_id": "hello",\n  "version": "v1" "x"\n}');
    expect(r.manifest).toBeUndefined();
    expect(r.findings).toEqual([expect.objectContaining({ code: 'MMA002', severity: 'error', location: { path: 'manifest.json', line: 3, column: 19 } })]);
    expect(r.findings[0]!.message).toMatch(/expected ','/);
  });

  it.each([
    ['trailing comma', '{"a": 1,}', /looking for beginning of object key string \(a trailing comma\?\)/],
    ['comment', '{"a": 1 // no\n}', /comments are not allowed/],
    ['unterminated string', '{"a": "x', /unterminated string/],
    ['empty file', '', /empty|expected a value/],
  ])('refuses %s', (_name, text, message) => {
    const r = read(text);
    expect(codes(r)).toEqual(['MMA002']);
    expect(r.findings[0]!.message).toMatch(message);
  });

  it('refuses a byte order mark, which Go rejects', () => {
    const r = read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(current))]));
    expect(codes(r)).toEqual(['MMA009']);
    expect(r.findings[0]!.message).toMatch(/byte order mark/);
  });

  it('reads bytes that are not UTF-8 as Go does (U+FFFD), with a warning', () => {
    const bad = Buffer.concat([Buffer.from('{"app_id": "hello", "description": "caf'), Buffer.from([0xe9]), Buffer.from('", "version": "v1"}')]);
    const r = read(bad);
    expect(codes(r)).toEqual(['MMA038']);
    expect(r.findings[0]!.location).toEqual({ path: 'manifest.json', line: 1, column: 36 });
    expect(r.manifest?.appId).toBe('hello');
  });

  it('refuses more than 1 MiB', () => {
    const big = JSON.stringify({ ...current, description: 'x'.repeat(1024 * 1024) });
    const r = read(big);
    expect(codes(r)).toEqual(['MMA003']);
    expect(r.findings[0]!.message).toMatch(/1,048,576/);
  });

  it('refuses a top-level value that is not an object', () => {
    expect(codes(read('[1, 2]'))).toEqual(['MMA004']);
  });

  it('warns about duplicate keys at the later key', () => {
    const r = read('{\n"app_id": "a",\n"app_id": "hello",\n"version": "v1", "display_name": "x", "homepage_url": "https://x.io",\n"aws_lambda": {"functions": []}}');
    expect(r.findings).toEqual([expect.objectContaining({ code: 'MMA008', severity: 'warning', location: { path: 'manifest.json', line: 3, column: 1 } })]);
    expect(r.manifest?.appId).toBe('hello');
  });
});

describe('types', () => {
  it('reports a wrong type where it is, as Go would fail to decode it', () => {
    const r = read('{\n  "app_id": "hello",\n  "version": 1,\n  "aws_lambda": {"functions": [{"name": "fn", "runtime": ["nodejs24.x"]}]}\n}');
    expect(r.manifest).toBeUndefined();
    expect(r.findings.map((f) => [f.code, f.location?.line, f.location?.column, f.message])).toEqual([
      ['MMA004', 3, 14, '"version" must be a string, found a number (1); the Apps plugin cannot decode this manifest'],
      ['MMA004', 4, 58, '"aws_lambda.functions[0].runtime" must be a string, found an array; the Apps plugin cannot decode this manifest'],
    ]);
  });

  it('accepts null and unknown keys, like Go', () => {
    const r = read(JSON.stringify({ ...current, description: null, kubeless: { functions: [] }, extra: 1 }));
    expect(r.findings).toEqual([]);
    expect(r.manifest?.functions).toHaveLength(1);
  });

  it('accepts calls as strings or objects', () => {
    const r = read(JSON.stringify({ ...current, bindings: '/bindings', on_install: { path: '/install', expand: { app: 'all' } } }));
    expect(r.findings).toEqual([]);
    expect(codes(read(JSON.stringify({ ...current, bindings: 3 })))).toEqual(['MMA004']);
  });
});

describe('formats', () => {
  it('reads the current format and keeps the file as it is for the bundle', () => {
    const text = JSON.stringify(current, null, 2);
    const r = read(text);
    expect(r.manifest).toMatchObject({ appId: 'hello', version: 'v1.0.0', format: 'current' });
    expect(r.manifest!.bundleBytes.toString()).toBe(text);
  });

  it('normalises the legacy format (v0.7, the seed docs) to the current one, with a warning', () => {
    const legacy = {
      app_id: 'hello-lambda',
      version: 'demo',
      display_name: 'Hello, AWS Lambda!',
      app_type: 'aws_lambda',
      homepage_url: 'https://github.com/mattermost/mattermost-plugin-apps',
      requested_permissions: ['act_as_bot'],
      requested_locations: ['/command'],
      aws_lambda: [{ path: '/', name: 'go-function', handler: 'hello-lambda', runtime: 'go1.x' }],
    };
    const r = read(JSON.stringify(legacy, null, '\t'));
    expect(codes(r)).toEqual(['MMA005']);
    expect(r.findings[0]!.location?.line).toBe(5);
    const m = r.manifest!;
    expect(m.format).toBe('legacy');
    expect(m.functions).toEqual([{ index: 0, path: '/', name: 'go-function', handler: 'hello-lambda', runtime: 'go1.x' }]);
    const normalised = JSON.parse(m.bundleBytes.toString());
    expect(normalised.app_type).toBeUndefined();
    expect(normalised.aws_lambda).toEqual({ functions: legacy.aws_lambda });
    expect(Object.keys(normalised)).toEqual(['app_id', 'version', 'display_name', 'homepage_url', 'requested_permissions', 'requested_locations', 'aws_lambda']);
    // locations in the current-format vocabulary still point into the legacy file
    expect(m.locate(['aws_lambda', 'functions', 0, 'runtime'])).toMatchObject({ line: 18 });
  });

  it('refuses a legacy app_type other than aws_lambda', () => {
    const r = read(JSON.stringify({ ...current, app_type: 'http', aws_lambda: current.aws_lambda.functions }));
    expect(codes(r)).toEqual(['MMA006', 'MMA005']);
  });

  it('explains that there is no "deploy" key', () => {
    const { aws_lambda, ...rest } = current;
    const r = read(JSON.stringify({ ...rest, deploy: { aws_lambda } }, null, 2));
    expect(codes(r)).toEqual(['MMA007']);
    expect(r.manifest?.misplacedDeploy).toBe(true);
  });
});
