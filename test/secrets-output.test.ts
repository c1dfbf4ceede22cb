// Secrets stay out of every output (issue 8 item 4): an endpoint that echoes the request's headers
// back in its error body (the session token rides in X-Amz-Security-Token, the signature in
// Authorization) gets its echo redacted in the CLI's text and --json, and in the action's log,
// job summary and outputs (GitHub masks the log, not GITHUB_STEP_SUMMARY); an endpoint URL with
// user:password@ is printed without them. The endpoint is a proxy in front of moto that answers
// Lambda's CreateFunction itself, so the failure comes after the preflight, during the deploy.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redact } from '../src/output/redact.js';
import { runBuiltCli } from './helpers/built-cli.js';
import { manifestJson, tempDir, writeApp } from './helpers/fs.js';
import { motoAvailable, REGION, seedAccount, startMoto, type Moto } from './helpers/moto.js';
import { startRecordingProxy, type Fault, type RecordingProxy } from './helpers/recording-proxy.js';
import { runAction } from './helpers/runner.js';

const SESSION_TOKEN = 'FwoGZXIvYXdzEXAMPLE-session-token-4b1d';
const SECRET_KEY = 'wJalrXUtnFEMI-secret-key-7c2e';
const ENV_CREDENTIALS = { AWS_ACCESS_KEY_ID: 'ASIAEXAMPLEKEY', AWS_SECRET_ACCESS_KEY: SECRET_KEY, AWS_SESSION_TOKEN: SESSION_TOKEN, AWS_REGION: REGION };

/** Lambda's CreateFunction answered with AccessDenied and every request header echoed, as text and as JSON. */
const echoHeaders: Fault = (req, headers) => {
  if (req.method !== 'POST' || !/\/functions\/?$/.test(req.path)) return undefined;
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${String(v)}`);
  return {
    status: 403,
    headers: { 'x-amzn-errortype': 'AccessDeniedException' },
    body: JSON.stringify({ Message: `denied; you sent ${lines.join('; ')} and ${JSON.stringify(headers)}` }),
  };
};

/** What must never appear: the secret key, the session token, a request signature. */
function expectNoSecret(where: string, text: string): void {
  const clean = text.replace(/^::add-mask::.*$/gm, ''); // the runner consumes these
  expect(clean, where).not.toContain(SECRET_KEY);
  expect(clean, where).not.toContain(SESSION_TOKEN);
  expect(clean, where).not.toMatch(/Signature=[0-9a-f]{64}/);
}

describe.skipIf(!motoAvailable())('an endpoint that echoes the request headers', () => {
  let moto: Moto;
  let proxy: RecordingProxy;
  beforeAll(async () => {
    moto = await startMoto();
    await seedAccount(moto.endpoint, 'echo-bucket');
    proxy = await startRecordingProxy(moto.endpoint, echoHeaders);
  });
  afterAll(async () => {
    await proxy?.close();
    await moto?.stop();
  });

  it('CLI (built, with the credentials in its environment): the echoed session token and signature are redacted in text and in --json', async () => {
    const cwd = tempDir();
    writeApp(path.join(cwd, 'app'), { manifest: manifestJson({ app_id: 'echo-cli' }) });
    for (const json of [false, true]) {
      const r = await runBuiltCli(['provision', 'app', '--bucket', 'echo-bucket', '--endpoint-url', proxy.endpoint, '--create-execute-role', ...(json ? ['--json'] : [])], { cwd, env: ENV_CREDENTIALS });
      expect(r.code, r.stderr).toBe(1);
      const all = r.stdout + r.stderr;
      expect(all).toMatch(/x-amz-security-token\W+\*\*\*/); // the echo did reach the output, redacted
      expectNoSecret(`provision${json ? ' --json' : ''}`, all);
      // on Node < 22 the SDK would print its 9-line NodeVersionSupportWarning here
      expect(r.stderr).not.toContain('NodeVersionSupportWarning');
      if (json) expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, exitCode: 1, error: { kind: 'failed' } });
    }
  });

  it('CLI: a session token only the SDK knows (a profile, not the environment) is redacted by its header name', async () => {
    const cwd = tempDir();
    writeApp(path.join(cwd, 'app'), { manifest: manifestJson({ app_id: 'echo-profile' }) });
    const credentials = path.join(cwd, 'credentials');
    writeFileSync(credentials, `[echo]\naws_access_key_id = ASIAPROFILEKEY\naws_secret_access_key = ${SECRET_KEY}\naws_session_token = ${SESSION_TOKEN}\n`);
    const r = await runBuiltCli(['provision', 'app', '--bucket', 'echo-bucket', '--endpoint-url', proxy.endpoint, '--create-execute-role'], {
      cwd,
      env: { AWS_PROFILE: 'echo', AWS_SHARED_CREDENTIALS_FILE: credentials, AWS_CONFIG_FILE: path.join(cwd, 'none'), AWS_REGION: REGION },
    });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/was denied \(AccessDeniedException\): denied; you sent/);
    expectNoSecret('provision with a profile', r.stdout + r.stderr);
  });

  it('action: the log, the job summary and the outputs hold no secret', async () => {
    const ws = tempDir();
    writeApp(path.join(ws, 'app'), { manifest: manifestJson({ app_id: 'echo-action' }) });
    const inputs = { mode: 'provision', 'app-dir': 'app', 's3-bucket': 'echo-bucket', 'aws-region': REGION, 'aws-endpoint-url': proxy.endpoint, 'create-execute-role': 'true' };
    const r = await runAction({ cwd: ws, inputs, env: ENV_CREDENTIALS });
    expect(r.code).toBe(1);
    expect(r.summary).toMatch(/<strong>Failed:<\/strong>.*x-amz-security-token\W+\*\*\*/); // the echo reached the summary, redacted
    expect(r.stdout + r.stderr).not.toContain('NodeVersionSupportWarning');
    for (const [where, text] of [['stdout', r.stdout], ['stderr', r.stderr], ['summary', r.summary], ...Object.entries(r.outputs).map(([k, v]) => [`output ${k}`, v])] as [string, string][]) {
      expectNoSecret(where, text);
    }
  });
});

describe('URLs with user:password@ are printed without them', () => {
  it('in an error that names the AWS endpoint (the CLI), each retry shown meanwhile', async () => {
    const cwd = tempDir();
    writeApp(path.join(cwd, 'app'), { manifest: manifestJson({ app_id: 'url-creds' }) });
    // port 9 (discard) on loopback: nothing listens, every attempt is refused
    const r = await runBuiltCli(['provision', 'app', '--dry-run', '--endpoint-url', 'http://deployer:hunter2-pass@127.0.0.1:9'], { cwd, env: ENV_CREDENTIALS });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('http://***@127.0.0.1:9');
    expect(r.stdout + r.stderr).not.toContain('hunter2-pass');
    // no silent wait: each retry says what and why
    expect(r.stderr).toMatch(/sts:GetCallerIdentity: ECONNREFUSED; retrying in \d+\.\d s \(attempt 2 of 8\)/);
    expect(r.stderr).toMatch(/\(attempt 8 of 8\)/);
  });

  it.each([
    ['https://user:pa55@example.com/x', 'https://***@example.com/x'],
    ['s3://AKID:SECRET@bucket/key', 's3://***@bucket/key'],
    ['"authorization":"AWS4-HMAC-SHA256 Credential=A/B, Signature=abc"', '"authorization":"***"'],
    ['\\"x-amz-security-token\\":\\"tok\\"', '\\"x-amz-security-token\\":\\"***\\"'],
    ['https://s3.amazonaws.com/b/k?X-Amz-Signature=abcdef&X-Amz-Security-Token=tok', 'https://s3.amazonaws.com/b/k?X-Amz-Signature=***&X-Amz-Security-Token=***'],
    ['mail me at someone@example.com', 'mail me at someone@example.com'],
  ])('redact(%j)', (text, expected) => {
    expect(redact(text, [])).toBe(expected);
  });
});
