// The action's outputs: names in one place, and the values shared by every mode.
import * as core from '@actions/core';
import path from 'node:path';
import { installCommands } from '../compat/naming.js';
import { provisionDataObject, type ProvisionData } from '../compat/provision-data.js';
import { writeProvisionDataFile } from '../provision/describe.js';
import type { AppManifest } from '../manifest/manifest.js';

export const Outputs = {
  Bundle: 'bundle',
  BundleSha256: 'bundle-sha256',
  AppId: 'app-id',
  AppVersion: 'app-version',
  InstallCommand: 'install-command',
  InstallCommandListed: 'install-command-listed',
  ProvisionData: 'provision-data',
  ProvisionDataFile: 'provision-data-file',
  Functions: 'functions',
  Changed: 'changed',
  ReleaseUrl: 'release-url',
  Registered: 'registered',
  Installed: 'installed',
  BundleKey: 'bundle-key',
  Published: 'published',
} as const;

/** A path as later steps should see it: relative to the workspace when inside it. */
export function workspaceRelative(p: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, p);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? p : rel.split(path.sep).join('/');
}

/**
 * Sets app-id, app-version, the install commands and the provision data (compact JSON as an
 * output; the appsctl-exact document in a file, beside the bundle or in RUNNER_TEMP). Returns the
 * provision data file; when it cannot be written, that is a warning: the step's work is done.
 */
export async function setAppOutputs(manifest: AppManifest, pd: ProvisionData | undefined, bundlePath: string | undefined): Promise<string | undefined> {
  const commands = installCommands(manifest.appId, manifest.version);
  core.setOutput(Outputs.AppId, manifest.appId);
  core.setOutput(Outputs.AppVersion, manifest.version);
  core.setOutput(Outputs.InstallCommand, commands.aws);
  core.setOutput(Outputs.InstallCommandListed, commands.listed);
  if (!pd) return undefined;
  core.setOutput(Outputs.ProvisionData, JSON.stringify(provisionDataObject(pd)));
  const beside = bundlePath ?? path.join(process.env.RUNNER_TEMP ?? process.cwd(), `${manifest.appId}_${manifest.version}.zip`);
  const file = await writeProvisionDataFile(beside, pd);
  if (!file.written) {
    core.warning(`${file.problem}. Output "${Outputs.ProvisionDataFile}" is not set; output "${Outputs.ProvisionData}" has the same data`);
    return undefined;
  }
  core.setOutput(Outputs.ProvisionDataFile, workspaceRelative(file.path));
  return file.path;
}
