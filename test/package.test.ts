// The npm package as a user gets it: `npm install mm-apps-deploy` adds this one package (dist/ is
// self-contained, so nothing is a runtime dependency), offline from the tarball, and the installed
// command packs and validates an app. The tarball is this test run's (test/setup/package.ts).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, it } from 'vitest';
import { tempDir, writeApp } from './helpers/fs.js';
import { explain, npm, NPM_NODE } from './helpers/npm.js';

const tarball = inject('testPackage');

it('the tarball holds the built action and CLI, the license, the changelog and nothing of the sources', () => {
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((f) => f.replace(/^package\//, ''));
  for (const f of ['package.json', 'LICENSE', 'README.md', 'CHANGELOG.md', 'action.yml', 'bin/mm-apps-deploy.js', 'dist/index.js', 'dist/licenses.txt', 'dist/cli/index.js', 'dist/cli/licenses.txt'])
    expect(files).toContain(f);
  expect(files.filter((f) => /^(src|test|script|bench|sample-app|node_modules)\//.test(f))).toEqual([]);
  const pkg = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' })) as Record<string, unknown>;
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies']) expect(pkg[field], field).toBeUndefined();
  expect(pkg.license).toBe('Apache-2.0');
  expect(execFileSync('tar', ['-xzOf', tarball, 'package/LICENSE'], { encoding: 'utf8' })).toContain('Apache License\n                           Version 2.0, January 2004');
});

it('installs alone into an empty project, offline, and its command packs and validates an app', () => {
  const project = tempDir('mmad-consumer-');
  execFileSync('sh', ['-c', `printf '%s' '{"name":"consumer","private":true}' > package.json`], { cwd: project });
  const install = npm('npm', ['install', '--no-audit', '--no-fund', tarball], project, { offline: true });
  expect(install.code, explain(install)).toBe(0);
  expect(install.stdout).toMatch(/added 1 package\b/);
  if (NPM_NODE !== process.execPath) expect(install.stderr).not.toContain('EBADENGINE'); // Node 24 is supported
  expect(readdirSync(path.join(project, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['mm-apps-deploy']);
  expect(JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8')).dependencies).toHaveProperty('mm-apps-deploy');

  const help = npm('npx', ['mm-apps-deploy', '--help'], project, { offline: true });
  expect(help.code, explain(help)).toBe(0);
  expect(help.stdout).toMatch(/^Usage: mm-apps-deploy <command>/);

  writeApp(path.join(project, 'app'));
  const pack = npm('npx', ['mm-apps-deploy', 'pack', 'app', '-o', 'app.zip'], project, { offline: true, env: { MM_APPS_DEPLOY_DATE: '2026-11-21' } });
  expect(pack.code, explain(pack)).toBe(0);
  const validate = npm('npx', ['mm-apps-deploy', 'validate', 'app.zip', '--json'], project, { offline: true, env: { MM_APPS_DEPLOY_DATE: '2026-11-21' } });
  expect(validate.code, explain(validate)).toBe(0);
  expect(JSON.parse(validate.stdout)).toMatchObject({ ok: true, appId: 'com.example.fixture', findings: [] });
});
