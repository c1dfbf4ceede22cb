// Tag pushes, run through the built action: the manifest version against the tag, and the bundle
// attached to the GitHub release. GitHub's API cannot be reached from here: a local server that
// speaks the same REST calls (helpers/fake-github.ts) stands in for it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js';
import { manifestJson, tempDir, writeApp } from './helpers/fs.js';
import { actionNodes } from './helpers/node24.js';
import { runAction } from './helpers/runner.js';

describe.each(actionNodes())('tag pushes, run with $label', ({ bin }) => {
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await startFakeGitHub('org', 'app');
  });
  afterAll(async () => gh?.close());

  const tagged = (tag: string, inputs: Record<string, string>, ws: string) =>
    runAction({ node: bin, cwd: ws, inputs: { token: 'ghs_faketoken', ...inputs }, env: { GITHUB_REF: `refs/tags/${tag}`, GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'org/app', GITHUB_API_URL: gh.url } });
  const workspace = (version = 'v1.0.0') => {
    const ws = tempDir();
    writeApp(path.join(ws, 'app'), { manifest: manifestJson({ app_id: 'tagged', version }) });
    return ws;
  };

  describe('version-check', () => {
    it('passes when the tag is the version, a leading v on either side ignored', async () => {
      expect((await tagged('v1.0.0', { mode: 'pack', 'app-dir': 'app' }, workspace())).code).toBe(0);
      expect((await tagged('1.0.0', { mode: 'pack', 'app-dir': 'app' }, workspace())).code).toBe(0);
      expect((await tagged('v1.0.0', { mode: 'pack', 'app-dir': 'app' }, workspace('1.0.0'))).code).toBe(0);
    });

    it('fails a mismatch before packing, naming both, on the manifest line (error, the default)', async () => {
      const ws = workspace();
      const r = await tagged('v1.1.0', { mode: 'pack', 'app-dir': 'app' }, ws);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/::error title=MMA301 version does not match the tag,file=app\/manifest\.json,line=3,col=13::manifest "version" is "v1\.0\.0" but the pushed tag is "v1\.1\.0"/);
      expect(r.outputs).toEqual({});
      expect(() => readFileSync(path.join(ws, 'app', 'dist', 'tagged_v1.0.0.zip'))).toThrow();
    });

    it('only warns with version-check: warn, and does not look with off', async () => {
      const warn = await tagged('v9.9.9', { mode: 'pack', 'app-dir': 'app', 'version-check': 'warn' }, workspace());
      expect(warn.code).toBe(0);
      expect(warn.stdout).toMatch(/::warning title=MMA301 version does not match the tag,file=app\/manifest\.json/);
      const off = await tagged('v9.9.9', { mode: 'pack', 'app-dir': 'app', 'version-check': 'off' }, workspace());
      expect(off.code).toBe(0);
      expect(off.stdout).not.toContain('MMA301');
      const bad = await tagged('v1.0.0', { mode: 'pack', 'app-dir': 'app', 'version-check': 'maybe' }, workspace());
      expect(bad.stdout).toContain('::error::input "version-check" is "maybe"; allowed values: error, warn, off');
    });

    it('checks nothing on branch pushes and pull requests', async () => {
      const r = await runAction({ node: bin, cwd: workspace(), inputs: { mode: 'validate', 'app-dir': 'app' }, env: { GITHUB_REF: 'refs/pull/7/merge', GITHUB_EVENT_NAME: 'pull_request' } });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain('MMA301');
    });
  });

  describe('release-asset', () => {
    it('creates the release when missing and attaches the bundle and its provision data', async () => {
      const ws = workspace('v2.0.0');
      const r = await tagged('v2.0.0', { mode: 'pack', 'app-dir': 'app', 'release-asset': 'true' }, ws);
      expect(r.code, r.stdout).toBe(0);
      expect(r.outputs['release-url']).toBe('https://github.com/org/app/releases/tag/v2.0.0');
      const release = gh.releases.find((x) => x.tag === 'v2.0.0')!;
      expect(release.assets.map((a) => [a.name, a.contentType])).toEqual([
        ['tagged_v2.0.0.zip', 'application/zip'],
        ['tagged_v2.0.0.provision-data.json', 'application/json'],
      ]);
      expect(release.assets[0]!.data.equals(readFileSync(path.join(ws, r.outputs.bundle!)))).toBe(true);
      expect(release.assets[1]!.data.toString()).toBe(readFileSync(path.join(ws, r.outputs['provision-data-file']!), 'utf8'));
      expect(gh.tokens.every((t) => t === 'token ghs_faketoken')).toBe(true);
      expect(r.stdout).not.toContain('ghs_faketoken');
    });

    it('replaces assets of the same name on a re-run', async () => {
      const ws = workspace('v3.0.0');
      await tagged('v3.0.0', { mode: 'pack', 'app-dir': 'app', 'release-asset': 'true' }, ws);
      gh.calls.length = 0;
      const again = await tagged('v3.0.0', { mode: 'pack', 'app-dir': 'app', 'release-asset': 'true' }, ws);
      expect(again.code, again.stdout).toBe(0);
      expect(gh.calls.filter((c) => c.startsWith('DELETE'))).toHaveLength(2);
      expect(gh.calls.filter((c) => c.startsWith('POST /repos'))).toEqual([]); // the release existed
      expect(gh.releases.find((x) => x.tag === 'v3.0.0')!.assets.map((a) => a.name)).toEqual(['tagged_v3.0.0.zip', 'tagged_v3.0.0.provision-data.json']);
    });

    it('refuses without a tag push, and for mode validate', async () => {
      const branch = await runAction({ node: bin, cwd: workspace(), inputs: { mode: 'pack', 'app-dir': 'app', 'release-asset': 'true', token: 't' }, env: { GITHUB_REF: 'refs/heads/main' } });
      expect(branch.code).toBe(1);
      expect(branch.stdout).toContain('::error::input "release-asset" needs a tag push (GITHUB_REF=refs/tags/...), and this run is for refs/heads/main');
      expect(branch.outputs).toEqual({}); // refused before packing
      const validate = await tagged('v1.0.0', { mode: 'validate', 'app-dir': 'app', 'release-asset': 'true' }, workspace());
      expect(validate.stdout).toContain('::error::input "release-asset" is for modes pack and provision');
    });
  });
});
