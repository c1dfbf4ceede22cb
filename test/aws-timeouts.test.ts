// A connect that nobody answers (its packets dropped: a firewall, a wrong private endpoint) and an
// answer that never comes are given up and retried, each retry shown, instead of waiting on the
// kernel's two-minute connect limit or forever. The endpoint that drops connects is a real
// listening socket whose accept queue is full (Linux then drops further SYNs); the silent one
// accepts and never answers.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClients } from '../src/aws/clients.js';
import { withAwsRetryReports } from '../src/aws/retry-report.js';
import { resolveAwsSettings } from '../src/aws/settings.js';

const CREDENTIALS = { MM_APPS_DEPLOY_AWS_ACCESS_KEY: 'AKIDEXAMPLE', MM_APPS_DEPLOY_AWS_SECRET_KEY: 'secret', AWS_REGION: 'us-east-1' };

/** A port whose connects hang: listen(0) and a full accept queue, in a Python process. */
async function droppingPort(): Promise<{ port: number; child: ChildProcess }> {
  const script = [
    'import socket, sys, time',
    's = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(0)',
    'port = s.getsockname()[1]',
    'fill = []',
    'for _ in range(4):',
    '    c = socket.socket(); c.setblocking(False)',
    '    try: c.connect(("127.0.0.1", port))',
    '    except BlockingIOError: pass',
    '    fill.append(c)',
    'time.sleep(0.2); print(port, flush=True); sys.stdin.read()',
  ].join('\n');
  const child = spawn('python3', ['-c', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (d: Buffer) => resolve(Number(d.toString().trim())));
    child.once('error', reject);
  });
  return { port, child };
}

async function run(endpoint: string, options: { connectTimeoutMs?: number; socketIdleMs?: number }) {
  const settings = resolveAwsSettings({ endpointUrl: endpoint, env: CREDENTIALS });
  const clients = createClients(settings, { ...options, maxAttempts: 2, retryDelay: () => 10 });
  const reports: string[] = [];
  try {
    const error = await withAwsRetryReports(
      (m) => reports.push(m),
      () =>
        clients.sts.send(new GetCallerIdentityCommand({})).then(
          () => undefined,
          (err: unknown) => err as Error & { code?: string },
        ),
    );
    return { error, reports };
  } finally {
    clients.destroy();
  }
}

describe('AWS requests that get no answer', () => {
  let dropping: { port: number; child: ChildProcess };
  let silent: Server;
  const held: Socket[] = [];
  beforeAll(async () => {
    dropping = await droppingPort();
    silent = createServer((socket) => held.push(socket)); // accepts, reads nothing, answers nothing
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => {
    dropping?.child.kill();
    held.forEach((s) => s.destroy());
    silent?.close();
  });

  it('a connect that is never answered: ETIMEDOUT, retried, each retry shown', async () => {
    const { error, reports } = await run(`http://127.0.0.1:${dropping.port}`, { connectTimeoutMs: 300 });
    expect(error?.code).toBe('ETIMEDOUT');
    expect(error?.message).toMatch(/no answer within 0\.3 s/);
    expect(reports).toEqual([expect.stringMatching(/^sts:GetCallerIdentity: ETIMEDOUT; retrying in \d+\.\d s \(attempt 2 of 2\)$/)]);
  });

  it('a connection that never answers: a time-out after the idle limit, retried, each retry shown', async () => {
    const address = silent.address() as { port: number };
    const { error, reports } = await run(`http://127.0.0.1:${address.port}`, { socketIdleMs: 300 });
    expect(error?.name).toBe('TimeoutError');
    expect(reports).toEqual([expect.stringMatching(/^sts:GetCallerIdentity: TimeoutError: .*timed out after 300 ms of inactivity.*; retrying in \d+\.\d s \(attempt 2 of 2\)$/)]);
  });
});
