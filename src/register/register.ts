// Makes a deployed version installable, as `appsctl aws deploy [--install]` does (updateMattermost,
// cmd/appsctl/mattermost.go): the manifest goes into the Apps plugin's local listing
// (update-app-listing with "add_deploys": ["aws_lambda"], which the plugin's mergeDeployData needs
// to take the aws_lambda section), and with install the app is installed (install-app).
import { GoStruct, goMarshal } from '../compat/go-json.js';
import { installCommands } from '../compat/naming.js';
import { UserError } from '../errors.js';
import type { AppManifest } from '../manifest/manifest.js';
import { manifestFields } from '../manifest/marshal.js';
import { errorText, jsonOf, mattermostRequest, type HttpOptions } from './http.js';
import { APPS_API, type MattermostServer, type PluginGeneration } from './server.js';
import type { MattermostSettings } from './settings.js';

export interface InstallCommand {
  command: string;
  /** Which servers it works on. */
  plugins: string;
}

export interface RegistrationResult {
  siteUrl: string;
  pluginVersion: string;
  registered: boolean;
  installed: boolean;
  /** The command that installs this version on that server (or re-installs it). */
  installCommand: InstallCommand;
  notes: string[];
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

/** The update-app-listing body: apps.Manifest's fields, then Replace and add_deploys (appclient.UpdateAppListingRequest). */
export function listingRequestBody(m: AppManifest): string {
  return goMarshal(new GoStruct([...manifestFields(m), ['Replace', false], ['add_deploys', ['aws_lambda']]]));
}

/** A v0.7 server cannot be asked to install: say so before anything is deployed. */
export function checkInstallPossible(server: MattermostServer, install: boolean, m: Pick<AppManifest, 'appId' | 'version'>): void {
  if (install && server.plugin.generation === 'v0.7') {
    throw new UserError(
      `install needs Apps plugin v1.0 or later, and ${server.siteUrl} runs ${server.plugin.version}, which has no install API: deploy without install, then run "${installCommands(m.appId, m.version).aws}" in Mattermost`,
    );
  }
}

function refused(what: string, status: number, text: string, site: string): UserError {
  if (status === 401) return new UserError(`${what} was refused (401: ${text}): MM_ADMIN_TOKEN must be a system admin's valid token`);
  if (status === 404 && /page not found/i.test(text)) return new UserError(`${what} failed: the Apps plugin no longer answers on ${site} (404); is it still enabled?`);
  return new UserError(`${what} failed (HTTP ${status}): ${text}`);
}

export async function registerApp(server: MattermostServer, settings: MattermostSettings, m: AppManifest, install: boolean, options: HttpOptions = {}): Promise<RegistrationResult> {
  const [command] = installCommandsFor(m.appId, m.version, server.plugin.generation);
  const result: RegistrationResult = { siteUrl: server.siteUrl, pluginVersion: server.plugin.version, registered: false, installed: false, installCommand: command!, notes: [] };
  if (server.plugin.generation === 'v0.7') {
    result.notes.push(`Apps plugin ${server.plugin.version} reads manifests from S3: there is nothing to register; install with ${command!.command}`);
    return result;
  }
  options.onProgress?.(`registering ${m.appId} ${m.version} with the Apps plugin on ${server.siteUrl}`);
  const listed = await mattermostRequest(settings, 'POST', `${APPS_API}/update-app-listing`, listingRequestBody(m), options);
  if (listed.status !== 200) {
    const text = errorText(listed);
    if (listed.status === 400) throw new UserError(`the Apps plugin on ${server.siteUrl} refused the manifest (400): ${text}`);
    throw refused('registering the app (update-app-listing)', listed.status, text, server.siteUrl);
  }
  const echoed = jsonOf(listed) as { app_id?: unknown; version?: unknown } | undefined;
  if (echoed && typeof echoed === 'object' && (echoed.app_id !== m.appId || (echoed.version ?? '') !== m.version)) {
    throw new UserError(`the Apps plugin on ${server.siteUrl} listed ${String(echoed.app_id)} ${String(echoed.version ?? '')} instead of ${m.appId} ${m.version}`);
  }
  result.registered = true;
  if (!install) return result;

  options.onProgress?.(`installing ${m.appId} on ${server.siteUrl}`);
  const installed = await mattermostRequest(settings, 'POST', `${APPS_API}/install-app`, JSON.stringify({ app_id: m.appId, deploy_type: 'aws_lambda' }), options);
  if (installed.status !== 200) {
    const text = errorText(installed);
    if (/deployment is not configured/.test(text)) {
      throw new UserError(
        `registered, but the Apps plugin on ${server.siteUrl} cannot install AWS Lambda apps: ${text}. Set MM_APPS_AWS_ACCESS_KEY, MM_APPS_AWS_SECRET_KEY, MM_APPS_AWS_REGION and MM_APPS_S3_BUCKET on the server and restart it, then run "mm-apps-deploy register PATH --install"`,
      );
    }
    if (/ping/.test(text)) {
      throw new UserError(`registered, but the Apps plugin could not call the app to install it: ${text}. Check that the plugin's invoke user may invoke the functions (mm-apps-deploy test --invoke)`);
    }
    throw refused('registered, but installing the app (install-app)', installed.status, text, server.siteUrl);
  }
  result.installed = true;
  return result;
}
