// The sample app as a template (sample-app/README.md, "Make it yours"): copied to a directory outside
// this repository, it installs its own tools (mm-apps-deploy from this test run's package tarball,
// test/setup/package.ts; TypeScript, ncc and @types/node from the npm registry, or npm's cache),
// type-checks, builds the functions manifest.json lists, packs and validates with the installed CLI,
// and builds a function added to the manifest.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, inject, it } from 'vitest';
import { ZipArchive } from '../src/zip/reader.js';
import { tempDir } from './helpers/fs.js';
import { explain, npm, type NpmRun } from './helpers/npm.js';

const SLOW = 600_000; // npm install and ncc builds on a shared machine
const tarball = inject('testPackage');
const BUNDLE = path.join('dist', 'hello-mm-apps_v1.0.0.zip');
let app: string;

function ok(r: NpmRun): NpmRun {
  expect(r.code, explain(r)).toBe(0);
  return r;
}

async function entryNames(bundle: string): Promise<string[]> {
  const { archive, findings } = await ZipArchive.open(bundle, 'bundle', '.');
  expect(findings).toEqual([]);
  const names = archive!.entries.map((e) => e.name).sort();
  archive!.close();
  return names;
}

beforeAll(() => {
  app = path.join(tempDir('mmad-template-'), 'my-app');
  cpSync(path.resolve('sample-app'), app, { recursive: true, filter: (src) => !/[/\\]sample-app[/\\](node_modules|functions|dist)([/\\]|$)/.test(src) });
  const pkgFile = path.join(app, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { devDependencies: Record<string, string> };
  expect(pkg.devDependencies).toHaveProperty('mm-apps-deploy');
  pkg.devDependencies['mm-apps-deploy'] = `file:${tarball}`; // the CLI as this repository packs it
  writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);
  ok(npm('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], app));
}, SLOW);

it(
  'type-checks, builds, packs and validates on its own',
  async () => {
    ok(npm('npm', ['run', 'typecheck'], app));
    const build = ok(npm('npm', ['run', 'build'], app));
    expect(build.stdout).toMatch(/built functions\/main\/index\.js \(\d+ bytes, sha256 [0-9a-f]{64}\)/);
    expect(build.stdout).toMatch(/built functions\/send\/index\.js/);
    ok(npm('npm', ['run', 'pack'], app));
    expect(await entryNames(path.join(app, BUNDLE))).toEqual(['main.zip', 'manifest.json', 'send.zip', 'static/icon.png', 'static/test.txt']);
    const validate = ok(npm('npx', ['mm-apps-deploy', 'validate', BUNDLE, '--json'], app, { env: { MM_APPS_DEPLOY_DATE: '2026-11-21' } }));
    expect(JSON.parse(validate.stdout)).toMatchObject({ ok: true, appId: 'hello-mm-apps', version: 'v1.0.0', findings: [] });
    ok(npm('npm', ['run', 'validate'], app));

    // byte-reproducible: building and packing again gives the same bundle
    const first = readFileSync(path.join(app, BUNDLE));
    ok(npm('npm', ['run', 'build'], app));
    ok(npm('npm', ['run', 'pack'], app));
    expect(readFileSync(path.join(app, BUNDLE)).equals(first)).toBe(true);
  },
  SLOW,
);

it(
  'builds every function manifest.json lists, and says which entry is missing',
  async () => {
    const manifestFile = path.join(app, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { aws_lambda: { functions: Record<string, string>[] } };
    manifest.aws_lambda.functions.push({ path: '/greet', name: 'greet', handler: 'index.handler', runtime: 'nodejs24.x' });
    writeFileSync(manifestFile, `${JSON.stringify(manifest, null, '\t')}\n`);

    const missing = npm('npm', ['run', 'build'], app);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('function "greet": its entry src/functions/greet.ts is missing');

    writeFileSync(
      path.join(app, 'src', 'functions', 'greet.ts'),
      "import { textResponse } from '../app.js';\nimport { lambdaHandler } from '../lambda.js';\n\nexport const handler = lambdaHandler({ '/greet/submit': () => textResponse('hi') });\n",
    );
    ok(npm('npm', ['run', 'build'], app));
    expect(existsSync(path.join(app, 'functions', 'greet', 'index.js'))).toBe(true);
    ok(npm('npm', ['run', 'pack'], app));
    expect(await entryNames(path.join(app, BUNDLE))).toContain('greet.zip');
    const { handler } = (await import(path.join(app, 'functions', 'greet', 'index.js'))) as { handler: (e: unknown) => Promise<{ body: string }> };
    const response = await handler({ path: '/greet/submit', httpMethod: 'POST', headers: {}, body: JSON.stringify({ path: '/greet/submit' }) });
    expect(JSON.parse(response.body)).toEqual({ type: 'ok', text: 'hi' });
  },
  SLOW,
);
