// The action's inputs: names in one place, and one function that turns the raw strings into a
// typed object, with messages that list the allowed values. Nothing else reads inputs.
import path from 'node:path';
import { UserError } from '../errors.js';
import { MAX_CONCURRENCY, parseArchitecture, parseEnvironment, parseInteger } from '../provision/options.js';
import type { ProvisionOptions } from '../provision/plan.js';
import { VERSION_CHECKS, type VersionCheck } from '../release/tag.js';

export const Inputs = {
  Mode: 'mode',
  AppDir: 'app-dir',
  Bundle: 'bundle',
  Output: 'output',
  Functions: 'functions',
  S3Bucket: 's3-bucket',
  AwsRegion: 'aws-region',
  AwsEndpointUrl: 'aws-endpoint-url',
  ExecuteRole: 'execute-role',
  CreateExecuteRole: 'create-execute-role',
  InvokePolicy: 'invoke-policy',
  MemorySize: 'memory-size',
  Timeout: 'timeout',
  Architecture: 'architecture',
  Environment: 'environment',
  DryRun: 'dry-run',
  Force: 'force',
  Concurrency: 'concurrency',
  VersionCheck: 'version-check',
  ReleaseAsset: 'release-asset',
  Token: 'token',
} as const;

export const MODES = ['pack', 'validate', 'provision'] as const;
export type Mode = (typeof MODES)[number];

interface Common {
  /** Absolute app directory. */
  appDir: string;
  /** The app directory as the workflow wrote it (for messages and annotation paths). */
  appDirInput: string;
  /** Function name → absolute source path. */
  functionSources: Map<string, string>;
  /** What a tag push with another version than the manifest's does. */
  versionCheck: VersionCheck;
  /** Upload the bundle to the GitHub release of the pushed tag (pack, provision). */
  releaseAsset: boolean;
  token: string;
}

export interface ProvisionInputs extends Common {
  mode: 'provision';
  bundle?: { path: string; input: string };
  /** For an app directory: where to write the bundle. */
  output?: string;
  aws: { bucket?: string; region?: string; endpointUrl?: string };
  options: ProvisionOptions;
  dryRun: boolean;
}

export type ActionInputs =
  | (Common & { mode: 'pack'; output?: string })
  | (Common & { mode: 'validate'; bundle?: { path: string; input: string } })
  | ProvisionInputs;

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

/** YAML 1.2 booleans, as actions/toolkit's getBooleanInput reads them, with '' as the default. */
export function parseBoolean(raw: string, name: string, fallback = false): boolean {
  const v = raw.trim();
  if (v === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new UserError(`input "${name}" is "${v}"; allowed values: true, false`);
}

/** Multi-line KEY=VALUE list (blank lines and # comments skipped). */
function lines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function provisionInputs(get: GetInput, common: Common, cwd: string): ProvisionInputs {
  const bundle = get(Inputs.Bundle).trim();
  const output = get(Inputs.Output).trim();
  const text = (name: string) => get(name).trim() || undefined;
  const memory = text(Inputs.MemorySize);
  const timeout = text(Inputs.Timeout);
  const architecture = text(Inputs.Architecture);
  const environment = lines(get(Inputs.Environment));
  const executeRole = text(Inputs.ExecuteRole);
  const invokePolicy = text(Inputs.InvokePolicy);
  const bucket = text(Inputs.S3Bucket);
  const region = text(Inputs.AwsRegion);
  const endpointUrl = text(Inputs.AwsEndpointUrl);
  const concurrency = text(Inputs.Concurrency);
  return {
    ...common,
    mode: 'provision',
    ...(bundle ? { bundle: { path: path.resolve(cwd, bundle), input: bundle } } : {}),
    ...(output ? { output: path.resolve(cwd, output) } : {}),
    aws: { ...(bucket ? { bucket } : {}), ...(region ? { region } : {}), ...(endpointUrl ? { endpointUrl } : {}) },
    options: {
      ...(executeRole ? { executeRole } : {}),
      ...(parseBoolean(get(Inputs.CreateExecuteRole), Inputs.CreateExecuteRole) ? { createExecuteRole: true } : {}),
      ...(invokePolicy ? { invokePolicy } : {}),
      ...(memory ? { memorySize: parseInteger(memory, `input "${Inputs.MemorySize}"`, 128, 10_240) } : {}),
      ...(timeout ? { timeout: parseInteger(timeout, `input "${Inputs.Timeout}"`, 1, 900) } : {}),
      ...(architecture ? { architecture: parseArchitecture(architecture, `input "${Inputs.Architecture}"`) } : {}),
      ...(environment.length > 0 ? { environment: parseEnvironment(environment, `input "${Inputs.Environment}"`) } : {}),
      ...(parseBoolean(get(Inputs.Force), Inputs.Force) ? { force: true } : {}),
      ...(concurrency ? { concurrency: parseInteger(concurrency, `input "${Inputs.Concurrency}"`, 1, MAX_CONCURRENCY) } : {}),
    },
    dryRun: parseBoolean(get(Inputs.DryRun), Inputs.DryRun),
  };
}

export function readInputs(get: GetInput, cwd: string): ActionInputs {
  const mode = get(Inputs.Mode).trim() || 'pack';
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new UserError(`input "${Inputs.Mode}" is "${mode}"; allowed values: ${MODES.join(', ')}`);
  }
  const appDirInput = get(Inputs.AppDir).trim() || '.';
  const versionCheck = get(Inputs.VersionCheck).trim() || 'error';
  if (!(VERSION_CHECKS as readonly string[]).includes(versionCheck)) {
    throw new UserError(`input "${Inputs.VersionCheck}" is "${versionCheck}"; allowed values: ${VERSION_CHECKS.join(', ')}`);
  }
  const releaseAsset = parseBoolean(get(Inputs.ReleaseAsset), Inputs.ReleaseAsset);
  const token = get(Inputs.Token).trim();
  if (releaseAsset && mode === 'validate') throw new UserError(`input "${Inputs.ReleaseAsset}" is for modes pack and provision, which have a bundle to upload`);
  if (releaseAsset && !token) throw new UserError(`input "${Inputs.ReleaseAsset}" needs a token: input "${Inputs.Token}" (default \${{ github.token }}, with "permissions: contents: write")`);
  const common: Common = {
    appDir: path.resolve(cwd, appDirInput),
    appDirInput,
    functionSources: parseFunctionsInput(get(Inputs.Functions), cwd),
    versionCheck: versionCheck as VersionCheck,
    releaseAsset,
    token,
  };
  if (mode === 'provision') return provisionInputs(get, common, cwd);
  const output = get(Inputs.Output).trim();
  const bundle = get(Inputs.Bundle).trim();
  if (mode === 'pack') {
    if (bundle) throw new UserError(`input "${Inputs.Bundle}" is for mode validate (and provision); in mode pack, the bundle path is input "${Inputs.Output}"`);
    return { ...common, mode, ...(output ? { output: path.resolve(cwd, output) } : {}) };
  }
  return { ...common, mode: 'validate', ...(bundle ? { bundle: { path: path.resolve(cwd, bundle), input: bundle } } : {}) };
}
