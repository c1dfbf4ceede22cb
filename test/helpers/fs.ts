// Temporary directories and small app fixtures on disk.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory, removed after the test file. */
export function tempDir(prefix = 'mmad-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function put(file: string, content: string | Buffer, mode?: number): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  if (mode !== undefined) chmodSync(file, mode);
  return file;
}

export interface FunctionFixture {
  name: string;
  path?: string;
  handler?: string;
  runtime?: string;
}

/** A valid current-format manifest with the given functions (defaults: one Node function "main" on "/"). */
export function manifestJson(overrides: Record<string, unknown> = {}, functions: FunctionFixture[] = [{ name: 'main' }]): string {
  const m = {
    app_id: 'com.example.fixture',
    version: 'v1.0.0',
    display_name: 'Fixture',
    homepage_url: 'https://example.com/fixture',
    icon: 'icon.png',
    requested_permissions: ['act_as_bot'],
    requested_locations: ['/command'],
    aws_lambda: {
      functions: functions.map((f, i) => ({ path: f.path ?? (i === 0 ? '/' : `/${f.name}`), name: f.name, handler: f.handler ?? 'index.handler', runtime: f.runtime ?? 'nodejs24.x' })),
    },
    ...overrides,
  };
  return `${JSON.stringify(m, null, '\t')}\n`;
}

/**
 * Writes an app directory: manifest.json, static/icon.png and static/test.txt, and for each
 * function a directory functions/<name>/ with an index.mjs handler.
 */
export function writeApp(dir: string, options: { manifest?: string; functions?: FunctionFixture[]; static?: Record<string, string | Buffer> } = {}): string {
  const functions = options.functions ?? [{ name: 'main' }];
  put(path.join(dir, 'manifest.json'), options.manifest ?? manifestJson({}, functions));
  const statics = options.static ?? { 'icon.png': Buffer.from('89504e470d0a1a0a', 'hex'), 'test.txt': 'static pong' };
  for (const [rel, content] of Object.entries(statics)) put(path.join(dir, 'static', rel), content);
  for (const f of functions) {
    put(path.join(dir, 'functions', f.name, 'index.mjs'), `export const handler = async () => ({ statusCode: 200, body: ${JSON.stringify(f.name)} });\n`);
    put(path.join(dir, 'functions', f.name, 'lib', 'util.mjs'), 'export const answer = 42;\n'.repeat(50));
  }
  return dir;
}
