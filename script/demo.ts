// npm run demo — the whole flow without an AWS account: starts a local moto (AWS API emulator),
// sets up what `mm-apps-deploy init` would (bucket, execution role, invoke policy), builds and
// provisions the sample app with the real CLI, shows an unchanged re-run, and stops the emulator.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildSample } from '../sample-app/scripts/build.mjs';
import { INSTALL_HINT, motoAvailable, seedAccount, startMoto } from '../test/helpers/moto.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'bin', 'mm-apps-deploy.js');
const BUCKET = 'mattermost-apps-bucket';

if (!motoAvailable()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
console.log('building the sample app...');
await buildSample({ quiet: true });
const moto = await startMoto();
console.log(`moto (a local AWS emulator) listens on ${moto.endpoint}; creating bucket ${BUCKET}, the execution role and the invoke policy\n`);
try {
  await seedAccount(moto.endpoint, BUCKET);
  const env = { ...process.env, MM_APPS_DEPLOY_AWS_ACCESS_KEY: 'demo', MM_APPS_DEPLOY_AWS_SECRET_KEY: 'demo', MM_APPS_AWS_REGION: 'us-east-1' };
  const provision = (...extra: string[]) => spawnSync(process.execPath, [CLI, 'provision', 'sample-app', '--endpoint-url', moto.endpoint, '--bucket', BUCKET, ...extra], { cwd: ROOT, env, stdio: 'inherit' });
  console.log('$ mm-apps-deploy provision sample-app --endpoint-url ... --bucket mattermost-apps-bucket');
  const first = provision();
  if (first.status !== 0) process.exitCode = first.status ?? 1;
  else {
    console.log('\nand once more, with nothing changed (no writes):\n');
    provision('-q');
  }
} finally {
  await moto.stop();
  console.log('\nmoto stopped.');
}
