// manifest.json is read as the Apps plugin reads it: Go's encoding/json grammar and messages, keys
// matched to fields case-insensitively with the last one winning, null leaving text fields alone,
// invalid UTF-8 made well-formed the Go way, a nesting limit of 10,000, and the v0.7 shape decoded
// by the v0.7 struct (research mattermost-apps-aws.md §3.1, §3.2). Expected values are what Go's
// documented behaviour gives (decode.go, scanner.go), worked out by hand from its source.
import { describe, expect, it } from 'vitest';
import { scanGoJson, type GoJsonNode } from '../src/compat/go-json-scanner.js';
import { foldKey, goUnmarshal } from '../src/compat/go-unmarshal.js';
import { MANIFEST_V0_7 } from '../src/manifest/go-structs.js';
import { readManifest } from '../src/manifest/manifest.js';
import { validateManifest } from '../src/manifest/rules.js';

const NOW = new Date('2026-11-21T00:00:00Z');
const fn = { path: '/', name: 'main', handler: 'index.handler', runtime: 'nodejs24.x' };
const base = { app_id: 'com.example.app', version: 'v1.0.0', display_name: 'App', homepage_url: 'https://example.com', aws_lambda: { functions: [fn] } };
const body = (json: object) => JSON.stringify(json).slice(1, -1);
const read = (text: string | Buffer) => readManifest(typeof text === 'string' ? Buffer.from(text) : text);
const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

describe("Go's grammar and messages", () => {
  it.each([
    ['{"a" 1}', "invalid character '1' after object key"],
    ['[1,]', "invalid character ']' looking for beginning of value"],
    ['{"a":tru}', "invalid character '}' in literal true (expecting 'e')"],
    ['01', "invalid character '1' after top-level value"],
    ['1.', 'unexpected end of JSON input'],
    ['{"a":"\u0001"}', "invalid character '\\x01' in string literal"],
    ['{"a":1}}', "invalid character '}' after top-level value"],
    ['{"a":"\\x"}', "invalid character 'x' in string escape code"],
    ['{"a":"\\u12G4"}', "invalid character 'G' in \\u hexadecimal character escape"],
    ["{'a':1}", "invalid character '\\'' looking for beginning of object key string"],
  ])('%s → %s', (text, message) => {
    const r = scanGoJson(Buffer.from(text));
    expect('error' in r && r.error.message).toBe(message);
  });

  it('allows 10,000 levels of nesting and refuses 10,001, like Go (a finding, not a crash)', () => {
    const nested = (depth: number) => `{${body(base)}, "bindings": {"path": "/b", "state": ${'['.repeat(depth - 2)}${']'.repeat(depth - 2)}}}`;
    expect(codes(read(nested(10_000)))).toEqual([]);
    const r = read(nested(10_001));
    expect(codes(r)).toEqual(['MMA002']);
    expect(r.findings[0]!.message).toMatch(/exceeded max depth/);
  });

  it('finds 170,000 repeated keys in one pass (positions are looked up, not rescanned)', () => {
    const head = `{${body(base)},\n`;
    const text = `${head}${'"x":1,'.repeat(170_000)}"y":2}`; // just under 1 MiB
    const r = read(text);
    expect(r.findings).toHaveLength(169_999);
    expect(r.findings.every((f) => f.code === 'MMA008')).toBe(true);
    expect(r.findings.at(-1)!.location).toMatchObject({ line: 2, column: 169_999 * 6 + 1 });
  });
});

describe('strings made well-formed as Go makes them', () => {
  const value = (raw: Buffer) => {
    const r = scanGoJson(Buffer.concat([Buffer.from('"'), raw, Buffer.from('"')]));
    return 'root' in r ? (r.root as Extract<GoJsonNode, { kind: 'string' }>) : undefined;
  };
  it.each([
    ['a truncated sequence: one U+FFFD per byte (utf8.DecodeRune), not per sequence', Buffer.from([0xe2, 0x82, 0x41]), '\ufffd\ufffdA'],
    ['an overlong encoding', Buffer.from([0xc0, 0x80]), '\ufffd\ufffd'],
    ['a surrogate encoded in UTF-8', Buffer.from([0xed, 0xa0, 0x80]), '\ufffd\ufffd\ufffd'],
    ['a code point over U+10FFFF', Buffer.from([0xf4, 0x90, 0x80, 0x80]), '\ufffd\ufffd\ufffd\ufffd'],
    ['a lone high surrogate escape', Buffer.from('\\ud800'), '\ufffd'],
    ['a high surrogate followed by a non-surrogate escape', Buffer.from('\\ud800\\u0041'), '\ufffdA'],
    ['a valid pair', Buffer.from('\\ud83d\\ude00'), '😀'],
    ['valid UTF-8', Buffer.from('café'), 'café'],
  ])('%s', (_name, raw, expected) => {
    const node = value(raw);
    expect(node?.value).toBe(expected);
    expect(node?.replaced).toBe(expected.includes('\ufffd'));
  });
});

describe('keys and fields as encoding/json matches them', () => {
  it('folds case, and ſ (U+017F) and K (U+212A) with s and k, as bytes.EqualFold does', () => {
    expect(foldKey('App_ID')).toBe('app_id');
    expect(foldKey('di\u017fplay_name')).toBe('display_name');
    expect(foldKey('\u212Aey')).toBe('key');
  });

  it('refuses keys that differ only in case, naming both; the plugin would take the later one', () => {
    const r = read(`{${body(base)},\n"Version": "v2"}`);
    expect(codes(r)).toEqual(['MMA036']);
    expect(r.findings[0]!.location).toMatchObject({ line: 2, column: 1 });
    expect(r.findings[0]!.message).toMatch(/"Version" and "version" \(line 1\) both set the field "version"/);
    expect(r.manifest?.version).toBe('v2');
  });

  it('reads a key spelled with ſ as the field it folds to', () => {
    const { display_name: _d, ...rest } = base;
    const r = read(JSON.stringify({ ...rest, 'di\u017fplay_name': 'Shown' }));
    expect(r.manifest?.displayName).toBe('Shown');
  });

  it('keeps the earlier text when a later duplicate is null (Go leaves strings alone on null)', () => {
    const r = read(`{${body(base)}, "version": null}`);
    expect(codes(r)).toEqual(['MMA008']);
    expect(r.manifest?.version).toBe('v1.0.0');
  });

  it('refuses an object given twice: Go merges it into the first', () => {
    const r = read(`{${body(base)}, "aws_lambda": {}}`);
    expect(codes(r)).toEqual(['MMA037']);
    // what Go decodes: the functions of the first object survive the second
    expect(r.manifest?.functions.map((f) => f.name)).toEqual(['main']);
  });

  it('accepts what Go accepts: expand with null or unknown keys, null permissions, unknown top-level keys', async () => {
    const r = read(JSON.stringify({ ...base, requested_permissions: ['act_as_bot', null], on_install: { path: '/install', expand: { app: null, acting_user: 'summary', gizmo: 'all' } }, kubeless: {}, extra: 1 }));
    expect(codes(r)).toEqual([]);
    const m = r.manifest!;
    expect(m.requestedPermissions).toEqual(['act_as_bot', '']);
    expect(m.calls.on_install).toEqual({
      path: '/install',
      expand: { app: '', acting_user: 'summary', channel: '', channel_member: '', team: '', team_member: '', post: '', root_post: '', user: '', oauth2_app: '', oauth2_user: '', acting_user_access_token: '', locale: '' },
    });
    expect(codes({ findings: validateManifest(m, { now: NOW }) })).toEqual(['MMA019']); // "" is not a known permission
  });

  it('warns about an expand level the plugin would fail the call on', () => {
    const r = read(JSON.stringify({ ...base, bindings: { path: '/b', expand: { channel: 'everything' } } }));
    expect(codes({ findings: validateManifest(r.manifest!, { now: NOW }) })).toEqual(['MMA040']);
  });

  it('reports a call that is neither a string nor an object', () => {
    expect(read(JSON.stringify({ ...base, bindings: 3 })).findings[0]!.message).toBe('"bindings" must be a string or an object, found a number (3); the Apps plugin cannot decode this manifest');
  });
});

describe('deploy sections (Deploy.Validate) and v1.0–v1.1 reading', () => {
  it.each([
    [{ http: {} }, /"http" has no "root_url"/],
    [{ http: { root_url: 'https:example.com' } }, /"http" has "root_url" "https:example.com", which is not a valid http\(s\) URL \(URL must contain a host\)/],
    [{ open_faas: { functions: [] } }, /"open_faas" has no functions/],
    [{ open_faas: { functions: [{ path: '/' }] } }, /"open_faas" function #1 has no "name"/],
    [{ plugin: {} }, /"plugin" has no "plugin_id"/],
  ])('%j', (over, message) => {
    const found = validateManifest(read(JSON.stringify({ ...base, ...over })).manifest!, { now: NOW });
    expect(found.map((f) => f.code)).toEqual(['MMA039']);
    expect(found[0]!.message).toMatch(message);
  });

  it('warns when v1.0–v1.1 would read a current manifest as a v0.7 HTTP app', () => {
    const m = read(JSON.stringify({ ...base, app_type: 'http', root_url: 'https://app.example.com' })).manifest!;
    expect(m.v07Fallback).toBe('http');
    expect(validateManifest(m, { now: NOW }).map((f) => f.code)).toEqual(['MMA042']);
    expect(read(JSON.stringify({ ...base, app_type: 'http' })).manifest!.v07Fallback).toBeUndefined();
  });
});

describe('the v0.7 shape', () => {
  const seed = {
    app_id: 'hello-lambda',
    version: 'demo',
    display_name: 'Hello, AWS Lambda!',
    app_type: 'aws_lambda',
    homepage_url: 'https://github.com/mattermost/mattermost-plugin-apps',
    requested_permissions: ['act_as_bot'],
    requested_locations: ['/command'],
    aws_lambda: [{ path: '/', name: 'go-function', handler: 'hello-lambda', runtime: 'go1.x' }],
  };

  it('a current manifest converted to v0.7 decodes with the v0.7 struct (ManifestV0_7) to the same app', () => {
    const current = Buffer.from(JSON.stringify({ ...base, on_install: '/install' }, null, '\t'));
    const legacy = readManifest(current).manifest!.bytesIn('v0.7');
    const scanned = scanGoJson(legacy);
    expect('root' in scanned).toBe(true);
    const decoded = goUnmarshal((scanned as { root: GoJsonNode }).root, MANIFEST_V0_7);
    expect(decoded.typeErrors).toEqual([]);
    expect(decoded.value).toMatchObject({ app_id: 'com.example.app', app_type: 'aws_lambda', version: 'v1.0.0', aws_lambda: [fn], on_install: { path: '/install' } });
    // the rest of the file is untouched: only "app_type" is added and the array unwrapped
    expect(legacy.toString()).toBe(
      current
        .toString()
        .replace('\t"aws_lambda": {\n\t\t"functions": [', '\t"app_type": "aws_lambda",\n\t"aws_lambda": [')
        .replace(/\]\n\t\},\n\t"on_install"/, '],\n\t"on_install"'),
    );
  });

  it('the seed documentation manifest round-trips: v0.7 → current → v0.7', () => {
    const text = Buffer.from(JSON.stringify(seed, null, '\t'));
    const m = readManifest(text).manifest!;
    expect(m.format).toBe('legacy');
    expect(m.bytesIn('v0.7')).toEqual(text);
    const current = readManifest(m.bytesIn('current')).manifest!;
    expect(current.format).toBe('current');
    expect(current.functions).toEqual(m.functions);
    expect(JSON.parse(current.bytesIn('v0.7').toString())).toEqual(seed);
  });
});
