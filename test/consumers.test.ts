// Which of Mattermost's consumers accept a bundle (research §0, §3.2–3.3, §8), for bundles packed
// with each manifest shape, and the README's compatibility table, which must say exactly this.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../src/bundle/pack.js';
import { validate } from '../src/bundle/validate.js';
import type { ConsumerVerdict } from '../src/compat/consumers.js';
import { runCli } from './helpers/cli.js';
import { manifestJson, tempDir, writeApp } from './helpers/fs.js';
import { rawZip } from './helpers/raw-zip.js';
import { readEntry } from './helpers/zip.js';

const NOW = new Date('2026-11-21T00:00:00Z');

async function packed(format: 'current' | 'v0.7', manifest?: string): Promise<{ bundle: string; verdicts: ConsumerVerdict[] }> {
  const app = writeApp(tempDir(), manifest ? { manifest } : {});
  const bundle = path.join(tempDir(), 'bundle.zip');
  const p = await pack({ appDir: app, now: NOW, output: bundle, manifestFormat: format });
  expect(p.ok, JSON.stringify(p.findings)).toBe(true);
  const v = await validate(bundle, { now: NOW });
  expect(v.ok, JSON.stringify(v.findings)).toBe(true);
  return { bundle, verdicts: v.consumers! };
}

const accepts = (verdicts: ConsumerVerdict[]) => Object.fromEntries(verdicts.map((v) => [v.consumer, v.accepts]));

/** The README table, rendered from what the tests saw. */
function table(current: ConsumerVerdict[], v07: ConsumerVerdict[]): string {
  const rows = current.map((c, i) => `| ${c.consumer} | ${c.accepts ? 'yes' : 'no'} | ${v07[i]!.accepts ? 'yes' : 'no'} |`);
  return ['| consumer | `--manifest-format current` | `--manifest-format v0.7` |', '|---|---|---|', ...rows].join('\n');
}

describe('consumers of packed bundles', () => {
  it('rates each shape as the consumers decode it, and the README table says exactly that', async () => {
    const current = await packed('current');
    const v07 = await packed('v0.7');
    expect(accepts(current.verdicts)).toEqual({
      'Apps plugin and appsctl v1.2+': true,
      'Apps plugin and appsctl v1.0–v1.1': true,
      'Apps plugin and appsctl v0.7': false,
      'cloud deployer v0.1.6+ (plugin-apps v1.1.0)': true,
      'cloud deployer v0.1.0–v0.1.5': false,
    });
    expect(accepts(v07.verdicts)).toEqual({
      'Apps plugin and appsctl v1.2+': false,
      'Apps plugin and appsctl v1.0–v1.1': true,
      'Apps plugin and appsctl v0.7': true,
      'cloud deployer v0.1.6+ (plugin-apps v1.1.0)': true,
      'cloud deployer v0.1.0–v0.1.5': true,
    });
    expect(current.verdicts.find((v) => v.consumer === 'Apps plugin and appsctl v0.7')!.notes).toEqual(['needs the v0.7 manifest shape ("app_type": "aws_lambda" and an "aws_lambda" array): pack --manifest-format v0.7']);
    const block = readFileSync('README.md', 'utf8').split('<!-- consumers-table -->\n')[1]!.split('\n<!-- /consumers-table -->')[0];
    expect(block).toBe(table(current.verdicts, v07.verdicts));
  });

  it('the v0.7 bundle carries the v0.7 shape with everything else as written', async () => {
    const { bundle } = await packed('v0.7');
    const m = JSON.parse(readEntry(bundle, 'manifest.json').toString());
    expect(m.app_type).toBe('aws_lambda');
    expect(m.aws_lambda).toEqual([{ path: '/', name: 'main', handler: 'index.handler', runtime: 'nodejs24.x' }]);
    expect(m.requested_locations).toEqual(['/command']);
  });

  it('names what an older version refuses: a leading "/" icon, remote_oauth2 without act_as_admin, deflated archives', async () => {
    const { verdicts } = await packed('v0.7', manifestJson({ icon: '/icon.png', requested_permissions: ['act_as_user', 'remote_oauth2'] }));
    const byName = Object.fromEntries(verdicts.map((v) => [v.consumer, v]));
    expect(byName['Apps plugin and appsctl v0.7']!.notes).toEqual(['remote_oauth2 also requires act_as_admin there', 'refuses the icon "/icon.png" (asset names may not start with a \'/\')']);
    expect(byName['Apps plugin and appsctl v1.0–v1.1']!.accepts).toBe(false);

    const fn = readEntry((await packed('current')).bundle, 'main.zip');
    const manifest = Buffer.from(manifestJson({ icon: '' }));
    const deflated = path.join(tempDir(), 'b.zip');
    writeFileSync(
      deflated,
      rawZip([
        { name: 'manifest.json', data: manifest },
        { name: 'main.zip', data: fn, method: 8 },
      ]),
    );
    const v = await validate(deflated, { now: NOW });
    expect(v.consumers!.find((c) => c.consumer === 'Apps plugin and appsctl v1.0–v1.1')).toEqual({
      consumer: 'Apps plugin and appsctl v1.0–v1.1',
      accepts: false,
      notes: ['appsctl fails on the deflated function archives main.zip'],
    });
  });

  it('validate prints the ratings, and pack --manifest-format refuses other values (exit 2)', async () => {
    const app = writeApp(tempDir());
    const r = await runCli(['validate', app, '--manifest-format', 'v0.7']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Accepted by:\n {2}no {3}Apps plugin and appsctl v1\.2\+ +rejects the v0\.7 manifest shape/);
    const bad = await runCli(['pack', app, '--manifest-format', 'v1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--manifest-format is "v1"; allowed values: current, v0\.7/);
  });
});
