// The action's inputs: names in one place, and one function that turns the raw strings into a
// typed object, with messages that list the allowed values. Nothing else reads inputs.
import path from 'node:path';
import { UserError } from '../errors.js';

export const Inputs = {
  Mode: 'mode',
  AppDir: 'app-dir',
  Bundle: 'bundle',
  Output: 'output',
  Functions: 'functions',
} as const;

export const MODES = ['pack', 'validate'] as const;
export type Mode = (typeof MODES)[number];

interface Common {
  /** Absolute app directory. */
  appDir: string;
  /** The app directory as the workflow wrote it (for messages and annotation paths). */
  appDirInput: string;
  /** Function name → absolute source path. */
  functionSources: Map<string, string>;
}

export type ActionInputs =
  | (Common & { mode: 'pack'; output?: string })
  | (Common & { mode: 'validate'; bundle?: { path: string; input: string } });

export type GetInput = (name: string) => string;

/** Multi-line "NAME=PATH" list; blank lines and lines starting with # are skipped. */
export function parseFunctionsInput(raw: string, cwd: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const [i, line] of raw.split(/\r?\n/).entries()) {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) continue;
    const eq = text.indexOf('=');
    if (eq <= 0 || eq === text.length - 1) {
      throw new UserError(`input "${Inputs.Functions}" line ${i + 1}: expected NAME=PATH (e.g. "api=build/api"), got "${text}"`);
    }
    const name = text.slice(0, eq).trim();
    if (map.has(name)) throw new UserError(`input "${Inputs.Functions}" maps function "${name}" twice`);
    map.set(name, path.resolve(cwd, text.slice(eq + 1).trim()));
  }
  return map;
}

export function readInputs(get: GetInput, cwd: string): ActionInputs {
  const mode = get(Inputs.Mode).trim() || 'pack';
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new UserError(`input "${Inputs.Mode}" is "${mode}"; allowed values: ${MODES.join(', ')}`);
  }
  const appDirInput = get(Inputs.AppDir).trim() || '.';
  const common: Common = {
    appDir: path.resolve(cwd, appDirInput),
    appDirInput,
    functionSources: parseFunctionsInput(get(Inputs.Functions), cwd),
  };
  const output = get(Inputs.Output).trim();
  const bundle = get(Inputs.Bundle).trim();
  if (mode === 'pack') {
    if (bundle) throw new UserError(`input "${Inputs.Bundle}" is for mode validate (and provision); in mode pack, the bundle path is input "${Inputs.Output}"`);
    return { ...common, mode, ...(output ? { output: path.resolve(cwd, output) } : {}) };
  }
  return { ...common, mode: 'validate', ...(bundle ? { bundle: { path: path.resolve(cwd, bundle), input: bundle } } : {}) };
}
