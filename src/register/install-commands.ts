// The /apps install commands for a version, and which Apps plugin versions each works on: what
// pack, validate and provision print, with or without a Mattermost server to ask.
import { installCommands } from '../compat/naming.js';
import type { PluginGeneration } from './server.js';

export interface InstallCommand {
  command: string;
  /** Which servers it works on. */
  plugins: string;
}

/** The install commands by plugin generation; without a server, both, labelled. */
export function installCommandsFor(appId: string, version: string, generation?: PluginGeneration): InstallCommand[] {
  const c = installCommands(appId, version);
  const listed = { command: c.listed, plugins: 'Apps plugin v1.0 and later, once registered' };
  const aws = { command: c.aws, plugins: 'Apps plugin v0.7' };
  if (generation === 'v1') return [listed];
  if (generation === 'v0.7') return [aws];
  return [aws, listed];
}
