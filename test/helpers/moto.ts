// A real AWS API emulator for the tests: moto_server (Python moto with the server extra), started
// on a free loopback port and stopped after. Missing moto fails the run on CI (any truthy CI) and skips
// otherwise, saying how to install it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { CreatePolicyCommand, CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { ASSUME_ROLE_POLICY_DOCUMENT } from '../../src/aws/defaults.js';
import { isCI } from './ci.js';

export const INSTALL_HINT = "moto_server is not installed: pip install 'moto[server]==5.2.1'";
export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
/** Credentials moto accepts, given the way Mattermost's documentation passes them. */
export const CREDENTIALS_ENV = { MM_APPS_DEPLOY_AWS_ACCESS_KEY: 'test', MM_APPS_DEPLOY_AWS_SECRET_KEY: 'test-secret' };

export function motoAvailable(): boolean {
  const found = spawnSync('sh', ['-c', 'command -v moto_server'], { encoding: 'utf8' }).status === 0;
  if (!found && isCI()) throw new Error(`${INSTALL_HINT} (CI is set: a missing moto is a failure, not a skip)`);
  if (!found) console.warn(`skipping the AWS tests: ${INSTALL_HINT}`);
  return found;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface Moto {
  endpoint: string;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

/** `managedPolicies: false` starts moto as it starts by default, without AWS's managed policies (AWSLambdaBasicExecutionRole...). */
export async function startMoto(options: { managedPolicies?: boolean } = {}): Promise<Moto> {
  const port = await freePort();
  // moto logs every request. Into a file, not a pipe: a pipe fills up while a test waits in a
  // synchronous child process (spawnSync), and then moto blocks on its own log.
  const logDir = mkdtempSync(path.join(tmpdir(), 'mmad-moto-'));
  const logFile = path.join(logDir, 'moto.log');
  const log = openSync(logFile, 'w');
  // detached: its own process group, so that stopping it also stops the python process behind the pyenv shim
  const child: ChildProcess = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], {
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, MOTO_IAM_LOAD_MANAGED_POLICIES: options.managedPolicies === false ? 'false' : 'true' },
  });
  closeSync(log);
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const r = await fetch(`${endpoint}/moto-api/`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`moto_server did not start on port ${port}: ${readFileSync(logFile, 'utf8').slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    endpoint,
    async reset() {
      await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        try {
          process.kill(-child.pid!, 'SIGTERM');
        } catch {
          // already gone
        }
        await exited;
      }
      rmSync(logDir, { recursive: true, force: true });
    },
  };
}

/** SDK clients on moto, for arranging and inspecting state in tests. */
export function motoClients(endpoint: string) {
  const common = { endpoint, region: REGION, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } };
  return { s3: new S3Client({ ...common, forcePathStyle: true }), iam: new IAMClient(common) };
}

/**
 * What `mm-apps-deploy init` (appsctl aws init) sets up: the bucket, the execution role and the
 * invoke policy with its S3 statements.
 */
export async function seedAccount(endpoint: string, bucket: string, options: { role?: boolean; policy?: boolean } = {}): Promise<void> {
  const { s3, iam } = motoClients(endpoint);
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  if (options.role !== false) {
    await iam.send(new CreateRoleCommand({ RoleName: 'mattermost-apps-execute-lambda-role', AssumeRolePolicyDocument: ASSUME_ROLE_POLICY_DOCUMENT }));
  }
  if (options.policy !== false) {
    const document = {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'AllowS3', Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`arn:aws:s3:::${bucket}/manifests/*`, `arn:aws:s3:::${bucket}/static/*`] },
        { Sid: 'AllowS3list', Effect: 'Allow', Action: ['s3:ListBucket'], Resource: [`arn:aws:s3:::${bucket}`] },
      ],
    };
    await iam.send(new CreatePolicyCommand({ PolicyName: 'mattermost-apps-invoke-policy', PolicyDocument: JSON.stringify(document) }));
  }
  s3.destroy();
  iam.destroy();
}
