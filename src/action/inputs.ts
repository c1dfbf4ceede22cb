// The action's inputs: names in one place, and one function that turns the raw strings into a
// typed object, with messages that list the allowed values. Nothing else reads inputs.
import path from 'node:path';
import { iamNameProblem, roleProblem } from '../aws/iam-names.js';
import { UserError } from '../errors.js';
import { MANIFEST_FORMATS, type ManifestFormat } from '../manifest/manifest-format.js';
import { MAX_CONCURRENCY, parseArchitecture, parseEnvironment, parseInteger } from '../provision/options.js';
import type { ProvisionOptions } from '../provision/plan.js';
import { VERSION_CHECKS, type VersionCheck } from '../release/tag.js';
import type { FetchedBundle } from '../source/fetch-bundle.js';
import { isRemoteTarget } from '../source/target.js';

export const Inputs = {
  Mode: 'mode',
  AppDir: 'app-dir',
  Bundle: 'bundle',
  BundleSha256: 'bundle-sha256',
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
  BundleBucket: 'bundle-bucket',
  BundleKey: 'bundle-key',
  Force: 'force',
  Concurrency: 'concurrency',
  VersionCheck: 'version-check',
  ReleaseAsset: 'release-asset',
  Token: 'token',
  ManifestFormat: 'manifest-format',
  MattermostUrl: 'mattermost-url',
  MattermostToken: 'mattermost-token',
  Install: 'install',
} as const;

export const MODES = ['pack', 'validate', 'provision', 'publish'] as const;
export type Mode = (typeof MODES)[number];

/** Input "bundle": a path in the workspace, s3://BUCKET/KEY or an https:// URL. */
export interface BundleInput {
  /** As the workflow wrote it; once fetched, as it may be shown (a URL without its query string). */
  input: string;
  /** The absolute path of a local bundle; once fetched, the local copy. */
  path: string;
  /** Input "bundle-sha256": the SHA-256 the bundle must have. */
  sha256?: string;
  /** Set when the bundle has been fetched (main.ts), before any mode runs. */
  source?: FetchedBundle;
}

/** The download of a bundle named by URL (after main.ts fetched it), else undefined. */
export function downloaded(bundle: BundleInput | undefined): FetchedBundle | undefined {
  return bundle?.source && bundle.source.kind !== 'local' ? bundle.source : undefined;
}

interface Common {
  /** Absolute app directory. */
  appDir: string;
  /** The app directory as the workflow wrote it (for messages and annotation paths). */
  appDirInput: string;
  /** Function name → absolute source path. */
  functionSources: Map<string, string>;
  /** The shape of manifest.json in a bundle packed from the app directory. */
  manifestFormat: ManifestFormat;
  /** What a tag push with another version than the manifest's does. */
  versionCheck: VersionCheck;
  /** Upload the bundle to the GitHub release of the pushed tag (pack, provision). */
  releaseAsset: boolean;
  token: string;
  /** Region and endpoint for an s3:// bundle (and for AWS in modes provision and publish). */
  awsLocation: { region?: string; endpointUrl?: string };
}

export interface ProvisionInputs extends Common {
  mode: 'provision';
  bundle?: BundleInput;
  /** For an app directory: where to write the bundle. */
  output?: string;
  aws: { bucket?: string; region?: string; endpointUrl?: string };
  options: ProvisionOptions;
  dryRun: boolean;
  /** Registration: the raw URL and token inputs (environment fallbacks are resolved later), and install. */
  mattermost: { url?: string; token?: string; install: boolean };
}

export interface PublishInputs extends Common {
  mode: 'publish';
  bundle: BundleInput;
  bucket: string;
  key?: string;
  force: boolean;
  dryRun: boolean;
}

export type ActionInputs = (Common & { mode: 'pack'; output?: string }) | (Common & { mode: 'validate'; bundle?: BundleInput }) | ProvisionInputs | PublishInputs;

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

function parseManifestFormatInput(raw: string): ManifestFormat {
  const v = raw.trim() || 'current';
  if (!(MANIFEST_FORMATS as readonly string[]).includes(v)) throw new UserError(`input "${Inputs.ManifestFormat}" is "${v}"; allowed values: ${MANIFEST_FORMATS.join(', ')}`);
  return v as ManifestFormat;
}

/** Multi-line KEY=VALUE list (blank lines and # comments skipped). */
function lines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** Input "bundle" (with "bundle-sha256"): a URL is kept as written, a path is resolved. */
function bundleInput(get: GetInput, cwd: string): BundleInput | undefined {
  const input = get(Inputs.Bundle).trim();
  const sha256 = get(Inputs.BundleSha256).trim();
  if (!input) {
    if (sha256) throw new UserError(`input "${Inputs.BundleSha256}" pins the SHA-256 of input "${Inputs.Bundle}", which is empty`);
    return undefined;
  }
  return { input, path: isRemoteTarget(input) ? input : path.resolve(cwd, input), ...(sha256 ? { sha256 } : {}) };
}

function publishInputs(get: GetInput, common: Common, cwd: string): PublishInputs {
  const bundle = bundleInput(get, cwd);
  if (!bundle) throw new UserError(`mode publish needs input "${Inputs.Bundle}": a bundle .zip (e.g. the "bundle" output of a pack step), s3://BUCKET/KEY or an https:// URL`);
  const bucket = get(Inputs.BundleBucket).trim();
  if (!bucket) throw new UserError(`mode publish needs input "${Inputs.BundleBucket}": the cloud deployer's bundle bucket (its AppsBundleBucketName)`);
  const key = get(Inputs.BundleKey).trim();
  return {
    ...common,
    mode: 'publish',
    bundle,
    bucket,
    ...(key ? { key } : {}),
    force: parseBoolean(get(Inputs.Force), Inputs.Force),
    dryRun: parseBoolean(get(Inputs.DryRun), Inputs.DryRun),
  };
}

function provisionInputs(get: GetInput, common: Common, cwd: string): ProvisionInputs {
  const bundle = bundleInput(get, cwd);
  const output = get(Inputs.Output).trim();
  const text = (name: string) => get(name).trim() || undefined;
  const memory = text(Inputs.MemorySize);
  const timeout = text(Inputs.Timeout);
  const architecture = text(Inputs.Architecture);
  const environment = lines(get(Inputs.Environment));
  const executeRole = text(Inputs.ExecuteRole);
  const invokePolicy = text(Inputs.InvokePolicy);
  const roleIssue = executeRole === undefined ? undefined : roleProblem(executeRole);
  if (roleIssue) throw new UserError(`input "${Inputs.ExecuteRole}" "${executeRole}" ${roleIssue}`);
  const policyIssue = invokePolicy === undefined ? undefined : iamNameProblem('policy', invokePolicy);
  if (policyIssue) throw new UserError(`input "${Inputs.InvokePolicy}" "${invokePolicy}" ${policyIssue}`);
  const bucket = text(Inputs.S3Bucket);
  const region = text(Inputs.AwsRegion);
  const endpointUrl = text(Inputs.AwsEndpointUrl);
  const concurrency = text(Inputs.Concurrency);
  return {
    ...common,
    mode: 'provision',
    ...(bundle ? { bundle } : {}),
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
    mattermost: {
      ...(text(Inputs.MattermostUrl) ? { url: text(Inputs.MattermostUrl)! } : {}),
      ...(text(Inputs.MattermostToken) ? { token: text(Inputs.MattermostToken)! } : {}),
      install: parseBoolean(get(Inputs.Install), Inputs.Install),
    },
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
  const region = get(Inputs.AwsRegion).trim();
  const endpointUrl = get(Inputs.AwsEndpointUrl).trim();
  if (releaseAsset && (mode === 'validate' || mode === 'publish')) throw new UserError(`input "${Inputs.ReleaseAsset}" is for modes pack and provision, which have a bundle to upload`);
  if (releaseAsset && !token) throw new UserError(`input "${Inputs.ReleaseAsset}" needs a token: input "${Inputs.Token}" (default \${{ github.token }}, with "permissions: contents: write")`);
  const common: Common = {
    appDir: path.resolve(cwd, appDirInput),
    appDirInput,
    functionSources: parseFunctionsInput(get(Inputs.Functions), cwd),
    manifestFormat: parseManifestFormatInput(get(Inputs.ManifestFormat)),
    versionCheck: versionCheck as VersionCheck,
    releaseAsset,
    token,
    awsLocation: { ...(region ? { region } : {}), ...(endpointUrl ? { endpointUrl } : {}) },
  };
  if (mode === 'provision') return provisionInputs(get, common, cwd);
  if (mode === 'publish') return publishInputs(get, common, cwd);
  const output = get(Inputs.Output).trim();
  const bundle = bundleInput(get, cwd);
  if (mode === 'pack') {
    if (bundle) throw new UserError(`input "${Inputs.Bundle}" is for modes validate, provision and publish; in mode pack, the bundle path is input "${Inputs.Output}"`);
    return { ...common, mode, ...(output ? { output: path.resolve(cwd, output) } : {}) };
  }
  return { ...common, mode: 'validate', ...(bundle ? { bundle } : {}) };
}
