// The Mattermost preflight, run before anything is written anywhere: the site answers, the token
// is valid and belongs to a system admin, the Apps plugin is installed and enabled, and which
// version it is, which decides how an app becomes installable (research: plugin v1.0+ installs
// only apps in its local listing; v0.7 reads manifests from S3).
import { z } from 'zod';
import { UserError } from '../errors.js';
import { errorText, jsonOf, mattermostRequest, oneLine, type HttpAnswer, type HttpOptions } from './http.js';
import type { MattermostSettings } from './settings.js';

export const APPS_PLUGIN_ID = 'com.mattermost.apps';
/** {site}/plugins/com.mattermost.apps/api/v1 (apps/appclient ClientPP.apipath). */
export const APPS_API = `/plugins/${APPS_PLUGIN_ID}/api/v1`;

/** v0.7: `/apps install aws <id> <version>` from S3; v1: the local listing (update-app-listing, install-app). */
export type PluginGeneration = 'v0.7' | 'v1';

export interface MattermostServer {
  siteUrl: string;
  user: { id: string; username: string };
  plugin: { version: string; generation: PluginGeneration };
}

const userSchema = z.object({ id: z.string(), username: z.string(), roles: z.string().default('') });
const pluginInfo = z.object({ id: z.string(), version: z.string().default('') }).passthrough();
const pluginsSchema = z.object({ active: z.array(pluginInfo).nullable().default([]), inactive: z.array(pluginInfo).nullable().default([]) });
const pingSchema = z.object({ version: z.string() });

/** The plugin generation of a version string such as "1.2.2" or "v0.7.0". */
export function generationOf(version: string): PluginGeneration {
  const major = Number(/^v?(\d+)\./.exec(version)?.[1] ?? NaN);
  return major >= 1 ? 'v1' : 'v0.7';
}

function redirected(answer: HttpAnswer, settings: MattermostSettings): UserError | undefined {
  if (answer.status < 300 || answer.status >= 400) return undefined;
  const to = answer.location ? new URL(answer.location, `${settings.siteUrl}/`) : undefined;
  const site = to ? `${to.origin}${to.pathname.replace(/\/api\/v4\/.*$|\/plugins\/.*$/, '')}` : undefined;
  return new UserError(`${settings.siteUrl} redirects (HTTP ${answer.status})${site ? ` to ${oneLine(site)}` : ''}; the token is not sent across redirects: use ${site ? 'that' : 'the final'} URL as the Site URL`);
}

/** The preflight: every check reads, nothing is written. */
export async function checkMattermost(settings: MattermostSettings, options: HttpOptions = {}): Promise<MattermostServer> {
  const site = settings.siteUrl;
  options.onProgress?.(`checking the Mattermost server at ${site}`);
  const me = await mattermostRequest(settings, 'GET', '/api/v4/users/me', undefined, options);
  const moved = redirected(me, settings);
  if (moved) throw moved;
  if (me.status === 401) {
    throw new UserError(
      `the Mattermost server at ${site} refused MM_ADMIN_TOKEN (401: ${errorText(me)}): the token is invalid, expired or revoked. ` +
        'Create a personal access token for a system admin (Profile › Security › Personal Access Tokens; they must be enabled under System Console › Integrations) and set it in MM_ADMIN_TOKEN',
    );
  }
  const user = userSchema.safeParse(jsonOf(me));
  if (me.status !== 200 || !user.success) {
    throw new UserError(
      `${site} does not answer like a Mattermost server (GET /api/v4/users/me: HTTP ${me.status}${me.status === 200 ? ', not a user' : `, ${errorText(me)}`}); give the server's Site URL, e.g. https://chat.example.com`,
    );
  }
  const { id, username, roles } = user.data;
  if (!roles.split(/\s+/).includes('system_admin')) {
    throw new UserError(
      `MM_ADMIN_TOKEN belongs to "${oneLine(username, 64)}", who is not a system admin on ${site}: the Apps plugin lets only system admins list and install apps (RequireSysadminOrPlugin). Use a system admin's token`,
    );
  }
  const version = await appsPluginVersion(settings, options);
  return { siteUrl: site, user: { id, username }, plugin: { version, generation: generationOf(version) } };
}

/** The Apps plugin's version: from the plugin list (system admins may read it), else the plugin's own ping. */
async function appsPluginVersion(settings: MattermostSettings, options: HttpOptions): Promise<string> {
  const site = settings.siteUrl;
  const list = await mattermostRequest(settings, 'GET', '/api/v4/plugins', undefined, options);
  if (list.status === 501) throw new UserError(`plugins are disabled on ${site} (PluginSettings.Enable is false): enable plugins, then install and enable the Apps plugin (${APPS_PLUGIN_ID})`);
  const parsed = list.status === 200 ? pluginsSchema.safeParse(jsonOf(list)) : undefined;
  if (parsed?.success) {
    const active = (parsed.data.active ?? []).find((p) => p.id === APPS_PLUGIN_ID);
    const inactive = (parsed.data.inactive ?? []).find((p) => p.id === APPS_PLUGIN_ID);
    if (active) return active.version;
    if (inactive) throw new UserError(`the Apps plugin (${APPS_PLUGIN_ID} ${oneLine(inactive.version, 32)}) is installed on ${site} but not enabled: enable it under System Console › Plugins › Plugin Management`);
    throw new UserError(`the Apps plugin (${APPS_PLUGIN_ID}) is not installed on ${site}: install it from the Marketplace (System Console › Plugins) and enable it`);
  }
  // No permission to list plugins (a custom role): ask the plugin itself.
  const ping = await mattermostRequest(settings, 'POST', `${APPS_API}/ping`, '{}', options);
  if (ping.status === 404) throw new UserError(`the Apps plugin (${APPS_PLUGIN_ID}) is not installed or not enabled on ${site} (its API answers 404): install and enable it under System Console › Plugins`);
  const pong = pingSchema.safeParse(jsonOf(ping));
  if (ping.status !== 200 || !pong.success) throw new UserError(`cannot read the Apps plugin's version on ${site} (GET /api/v4/plugins: HTTP ${list.status}; plugin ping: HTTP ${ping.status}, ${errorText(ping)})`);
  return pong.data.version;
}
