// The committed dist/ entry of the action, run with node the way the GitHub runner runs it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { marshalProvisionData } from '../src/compat/provision-data.js';
import { pack } from '../src/bundle/pack.js';
import { manifestJson, put, tempDir, writeApp } from './helpers/fs.js';
import { actionNodes } from './helpers/node24.js';
import { runAction } from './helpers/runner.js';

describe.each(actionNodes())('the built action (dist/), run with $label', ({ bin }) => {
  describe('mode pack', () => {
    const workspace = tempDir();
    writeApp(path.join(workspace, 'app'), { functions: [{ name: 'main' }, { name: 'send' }] });

    it('packs, sets every output and writes the job summary', async () => {
      const r = await runAction({ node: bin, cwd: workspace, inputs: { mode: 'pack', 'app-dir': 'app' } });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.outputs).toMatchObject({
        bundle: 'app/dist/com.example.fixture_v1.0.0.zip',
        'app-id': 'com.example.fixture',
        'app-version': 'v1.0.0',
        'install-command': '/apps install aws com.example.fixture v1.0.0',
        'install-command-listed': '/apps install listed com.example.fixture',
        'provision-data-file': 'app/dist/com.example.fixture_v1.0.0.provision-data.json',
      });
      expect(r.outputs['bundle-sha256']).toMatch(/^[0-9a-f]{64}$/);
      const pd = JSON.parse(r.outputs['provision-data']!);
      expect(pd.lambda_functions.send.name).toBe('com-example-fixture_v1-0-0_send');
      const file = readFileSync(path.join(workspace, r.outputs['provision-data-file']!), 'utf8');
      expect(file).toMatch(/^\{\n\t"static_files": \{\n/);
      expect(JSON.parse(file)).toEqual(pd);
      expect(r.stdout).toMatch(/::group::Pack app/);
      expect(r.summary).toMatch(/<h2>Packed Fixture v1\.0\.0<\/h2>/);
      expect(r.summary).toMatch(/<code>com-example-fixture_v1-0-0_main<\/code>/);
      expect(r.summary).toContain('/apps install aws com.example.fixture v1.0.0');
    });

    it('writes the same provision data as the core', async () => {
      const r = await runAction({ node: bin, cwd: workspace, inputs: { mode: 'pack', 'app-dir': 'app', output: 'out/b.zip' } });
      expect(r.code).toBe(0);
      const direct = await pack({ appDir: path.join(workspace, 'app'), now: new Date('2026-11-21T00:00:00Z') });
      expect(readFileSync(path.join(workspace, 'out', 'b.provision-data.json'), 'utf8')).toBe(marshalProvisionData(direct.provisionData!));
    });

    it('takes function sources from the multi-line input', async () => {
      put(path.join(workspace, 'build', 'send', 'index.js'), 'exports.handler = async () => ({});\n');
      const r = await runAction({ node: bin, cwd: workspace, inputs: { mode: 'pack', 'app-dir': 'app', output: 'mapped.zip', functions: '# built elsewhere\nsend=build/send\n' } });
      expect(r.code, r.stdout).toBe(0);
      expect(r.summary).toMatch(/<td>send<\/td><td><code>com-example-fixture_v1-0-0_send<\/code><\/td><td>nodejs24\.x<\/td><td>[\d.]+ B \(0\.0%\)<\/td>/);
    });

    it('fails with annotations on the manifest line and writes no bundle', async () => {
      const ws = tempDir();
      writeApp(path.join(ws, 'bad'), { manifest: manifestJson({ display_name: '' }) });
      const r = await runAction({ node: bin, cwd: ws, inputs: { mode: 'pack', 'app-dir': 'bad' } });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('::error title=MMA014 display_name empty,file=bad/manifest.json,line=4,col=18::"display_name" is empty; the Apps plugin v1.2.1 and later require it');
      expect(r.stdout).toMatch(/::error::pack failed: 1 error in bad \(see the annotations\); no bundle was written/);
      expect(existsSync(path.join(ws, 'bad', 'dist'))).toBe(false);
      expect(r.outputs).toEqual({});
      expect(r.summary).toMatch(/mm-apps-deploy pack: bad has 1 error/);
    });
  });

  describe('mode validate', () => {
    it('annotates a failing bundle (entries are named in the message) and fails the step', async () => {
      const ws = tempDir();
      writeApp(path.join(ws, 'app'), { functions: [{ name: 'main' }] });
      await pack({ appDir: path.join(ws, 'app'), now: new Date(), output: path.join(ws, 'good.zip') });
      const bad = tempDir();
      writeApp(bad, { manifest: manifestJson({}, [{ name: 'main', runtime: 'nodejs14.x' }]) });
      // a bundle with a blocked runtime, packed by hand (the packer would refuse it)
      const { execFileSync } = await import('node:child_process');
      execFileSync('sh', ['-c', 'cd functions/main && zip -q -r ../../main.zip . && cd ../.. && zip -q -r bad.zip manifest.json main.zip static'], { cwd: bad });
      execFileSync('cp', [path.join(bad, 'bad.zip'), path.join(ws, 'bad.zip')]);

      const ok = await runAction({ node: bin, cwd: ws, inputs: { mode: 'validate', bundle: 'good.zip' } });
      expect(ok.code, ok.stdout).toBe(0);
      expect(ok.outputs).toMatchObject({ bundle: 'good.zip', 'app-id': 'com.example.fixture' });

      const r = await runAction({ node: bin, cwd: ws, inputs: { mode: 'validate', bundle: 'bad.zip' } });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/::error title=MMA028 runtime blocked,file=bad\.zip::manifest\.json:\d+:\d+: AWS blocks creating functions with runtime "nodejs14\.x" since 2024-01-09/);
      expect(r.stdout).toMatch(/::error::validate: 1 error in bad\.zip/);
      expect(r.summary).toMatch(/mm-apps-deploy validate: com\.example\.fixture v1\.0\.0: 1 error/);
      expect(r.summary).toMatch(/Zipped \(of 50 MB\)/);

      // with the app directory the bundle was built from, the annotation lands on its manifest line
      execFileSync('cp', ['-r', bad, path.join(ws, 'bad-app')]);
      const onSource = await runAction({ node: bin, cwd: ws, inputs: { mode: 'validate', bundle: 'bad.zip', 'app-dir': 'bad-app' } });
      expect(onSource.code).toBe(1);
      expect(onSource.stdout).toMatch(/::error title=MMA028 runtime blocked,file=bad-app\/manifest\.json,line=\d+,col=\d+::AWS blocks creating functions with runtime "nodejs14\.x"/);
    });

    it('checks an app directory without any AWS credentials', async () => {
      const ws = tempDir();
      writeApp(path.join(ws, 'app'));
      const r = await runAction({ node: bin, cwd: ws, inputs: { mode: 'validate', 'app-dir': 'app' }, env: { AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' } });
      expect(r.code, r.stdout).toBe(0);
      expect(r.stdout).toMatch(/app: valid, 0 warnings/);
      expect(existsSync(path.join(ws, 'app', 'dist'))).toBe(false);
    });
  });

  it('explains bad inputs and lists the allowed values', async () => {
    const r = await runAction({ node: bin, cwd: tempDir(), inputs: { mode: 'deploy' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::input "mode" is "deploy"; allowed values: pack, validate');
    const f = await runAction({ node: bin, cwd: tempDir(), inputs: { mode: 'pack', functions: 'just-a-name' } });
    expect(f.stdout).toContain('::error::input "functions" line 1: expected NAME=PATH (e.g. "api=build/api"), got "just-a-name"');
  });
});
