// The committed action in mode provision, run with node as the runner runs it, against moto.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, startFakeMattermost } from './helpers/fake-mattermost.js';
import { startRecordingProxy } from './helpers/recording-proxy.js';
import { manifestJson, tempDir, writeApp } from './helpers/fs.js';
import { motoAvailable, seedAccount, startMoto, type Moto } from './helpers/moto.js';
import { actionNodes } from './helpers/node24.js';
import { runAction } from './helpers/runner.js';

describe.skipIf(!motoAvailable()).each(actionNodes())('action mode provision (dist/, moto), run with $label', ({ bin }) => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
    await seedAccount(moto.endpoint, 'action-apps-bucket');
  });
  afterAll(async () => moto?.stop());

  it('provisions (changed=true), then finds nothing to do (changed=false)', async () => {
    const ws = tempDir();
    writeApp(path.join(ws, 'app'), { manifest: manifestJson({ app_id: 'hello-action' }, [{ name: 'main' }, { name: 'send' }]), functions: [{ name: 'main' }, { name: 'send' }] });
    const inputs = {
      mode: 'provision',
      'app-dir': 'app',
      's3-bucket': 'action-apps-bucket',
      'aws-region': 'us-east-1',
      'aws-endpoint-url': moto.endpoint,
      timeout: '30',
      environment: 'GREETING=hello\n# comment\n',
      concurrency: '8',
    };
    const env = { AWS_ACCESS_KEY_ID: 'AKIATESTACTION', AWS_SECRET_ACCESS_KEY: 'very-secret-value' };

    const first = await runAction({ node: bin, cwd: ws, inputs, env });
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs.changed).toBe('true');
    expect(JSON.parse(first.outputs.functions!)).toEqual({
      main: { name: 'hello-action_v1-0-0_main', arn: 'arn:aws:lambda:us-east-1:123456789012:function:hello-action_v1-0-0_main', result: 'created' },
      send: { name: 'hello-action_v1-0-0_send', arn: 'arn:aws:lambda:us-east-1:123456789012:function:hello-action_v1-0-0_send', result: 'created' },
    });
    expect(first.outputs).toMatchObject({
      bundle: 'app/dist/hello-action_v1.0.0.zip',
      'app-id': 'hello-action',
      'install-command': '/apps install aws hello-action v1.0.0',
      'provision-data-file': 'app/dist/hello-action_v1.0.0.provision-data.json',
    });
    expect(first.stdout).toContain('::add-mask::very-secret-value');
    expect(first.stdout.replace('::add-mask::very-secret-value', '')).not.toContain('very-secret-value');
    expect(first.summary).toMatch(/<h2>Provisioned hello-action v1\.0\.0 to AWS account 123456789012, us-east-1, bucket action-apps-bucket<\/h2>/);
    expect(first.summary).toMatch(/<td>main<\/td><td><code>hello-action_v1-0-0_main<\/code><\/td><td>created<\/td>/);

    const second = await runAction({ node: bin, cwd: ws, inputs, env });
    expect(second.code, second.stdout).toBe(0);
    expect(second.outputs.changed).toBe('false');
    expect(JSON.parse(second.outputs.functions!).main.result).toBe('unchanged');
    expect(second.summary).toMatch(/static objects: 0 uploaded, 2 unchanged/);
  });

  it("refuses to take over another app's version, naming both, unless force: true", async () => {
    const ws = tempDir();
    const inputs = { mode: 'provision', 's3-bucket': 'action-apps-bucket', 'aws-region': 'us-east-1', 'aws-endpoint-url': moto.endpoint };
    const env = { AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' };
    writeApp(path.join(ws, 'a'), { manifest: manifestJson({ app_id: 'takeover', version: 'v1_x' }) });
    writeApp(path.join(ws, 'b'), { manifest: manifestJson({ app_id: 'takeover_v1', version: 'x' }) });
    expect((await runAction({ node: bin, cwd: ws, inputs: { ...inputs, 'app-dir': 'a' }, env })).code).toBe(0);
    const refused = await runAction({ node: bin, cwd: ws, inputs: { ...inputs, 'app-dir': 'b' }, env });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/::error::refusing to provision app "takeover_v1" version "x": Lambda function takeover_v1_x_main belongs to app "takeover" version "v1_x"/);
    const forced = await runAction({ node: bin, cwd: ws, inputs: { ...inputs, 'app-dir': 'b', force: 'true' }, env });
    expect(forced.code, forced.stdout).toBe(0);
    expect(forced.stdout).toMatch(/::warning::--force: took over Lambda function takeover_v1_x_main from app "takeover" version "v1_x"/);
  });

  it('a deploy that succeeded but could not write its provision data file passes with a warning', async () => {
    const ws = tempDir();
    writeApp(path.join(ws, 'app'), { manifest: manifestJson({ app_id: 'hello-pdfile' }) });
    mkdirSync(path.join(ws, 'app', 'dist', 'hello-pdfile_v1.0.0.provision-data.json'), { recursive: true });
    const r = await runAction({
      node: bin,
      cwd: ws,
      inputs: { mode: 'provision', 'app-dir': 'app', 's3-bucket': 'action-apps-bucket', 'aws-region': 'us-east-1', 'aws-endpoint-url': moto.endpoint },
      env: { AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' },
    });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(
      /::warning::could not write the provision data file .*hello-pdfile_v1\.0\.0\.provision-data\.json: it is a directory \(EISDIR\)[^\n]*Output "provision-data-file" is not set; output "provision-data" has the same data/,
    );
    expect(r.stdout).not.toMatch(/::error::/);
    expect(r.outputs['provision-data-file']).toBeUndefined();
    expect(JSON.parse(r.outputs['provision-data']!).manifest_key).toBe('manifests/hello-pdfile_v1.0.0.json');
    expect(r.outputs.changed).toBe('true');
  });

  it('fails the step before any write when the bucket is missing', async () => {
    const ws = tempDir();
    writeApp(path.join(ws, 'app'));
    const proxy = await startRecordingProxy(moto.endpoint);
    try {
      const r = await runAction({
        node: bin,
        cwd: ws,
        inputs: { mode: 'provision', 'app-dir': 'app', 's3-bucket': 'missing-bucket-x', 'aws-region': 'us-east-1', 'aws-endpoint-url': proxy.endpoint },
        env: { AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' },
      });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/::error::S3 bucket "missing-bucket-x" does not exist/);
      expect(proxy.requests.length).toBeGreaterThan(0);
      expect(proxy.writes()).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  it('registers and installs with a Mattermost server (a stand-in), masking the token', async () => {
    const mm = await startFakeMattermost({ plugin: { version: '1.2.2', enabled: true }, installBody: 'app' });
    try {
      const ws = tempDir();
      writeApp(path.join(ws, 'app'), { manifest: manifestJson({ app_id: 'hello-registered' }) });
      const r = await runAction({
        node: bin,
        cwd: ws,
        inputs: {
          mode: 'provision',
          'app-dir': 'app',
          's3-bucket': 'action-apps-bucket',
          'aws-region': 'us-east-1',
          'aws-endpoint-url': moto.endpoint,
          'mattermost-url': mm.url,
          'mattermost-token': ADMIN_TOKEN,
          install: 'true',
        },
        env: { AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' },
      });
      expect(r.code, r.stdout).toBe(0);
      expect(r.outputs).toMatchObject({ registered: 'true', installed: 'true', 'install-command': '/apps install listed hello-registered' });
      expect(r.stdout).toContain(`::add-mask::${ADMIN_TOKEN}`);
      expect(r.stdout.replace(`::add-mask::${ADMIN_TOKEN}`, '') + r.summary).not.toContain(ADMIN_TOKEN);
      expect(r.summary).toMatch(/mattermost: http:\/\/127\.0\.0\.1:\d+ \(Apps plugin 1\.2\.2\): registered and installed/);
      expect(mm.installed.get('hello-registered')).toMatchObject({ deployType: 'aws_lambda' });
    } finally {
      await mm.close();
    }
  });

  it('without a server, names both install commands with the plugin versions they are for', async () => {
    const ws = tempDir();
    writeApp(path.join(ws, 'app'), { manifest: manifestJson({ app_id: 'hello-unregistered' }) });
    const r = await runAction({
      node: bin,
      cwd: ws,
      inputs: { mode: 'provision', 'app-dir': 'app', 's3-bucket': 'action-apps-bucket', 'aws-region': 'us-east-1', 'aws-endpoint-url': moto.endpoint },
      env: { AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' },
    });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ registered: 'false', installed: 'false', 'install-command': '/apps install aws hello-unregistered v1.0.0', 'install-command-listed': '/apps install listed hello-unregistered' });
    expect(r.summary).toMatch(/<td><code>\/apps install aws hello-unregistered v1\.0\.0<\/code><\/td><td>Apps plugin v0\.7<\/td>/);
    expect(r.summary).toMatch(/<td><code>\/apps install listed hello-unregistered<\/code><\/td><td>Apps plugin v1\.0 and later, once registered<\/td>/);
  });
});
