// A stand-in for a Mattermost server with the Apps plugin, for the registration tests: no
// Mattermost server runs here. It follows the real handlers (research notes from
// mattermost-plugin-apps server/httpin, server/proxy/update_app_listing.go, apps/appclient, and
// mattermost-server app/plugin_requests.go):
// - /api/v4/users/me and /api/v4/plugins: session by Bearer token, AppError JSON on failure
//   (401 session expired, 403 no permission, 501 plugins disabled);
// - /plugins/com.mattermost.apps/…: the server never rejects a bad token there; it drops the
//   Authorization header, sets Mattermost-User-Id only for a valid session, and answers a plain
//   404 when the plugin is not installed or not enabled. The plugin answers 401 in plain text for
//   no user and for a user who is not a system admin;
// - update-app-listing: the request is the manifest's fields plus "Replace" and "add_deploys";
//   Manifest.Validate (the parts these tests reach); mergeDeployData with the previous listing;
//   the merged manifest back as JSON; errors as "<text>: invalid input" (400);
// - install-app: {app_id, deploy_type}; 404 when not listed, 500 when the listing lacks the deploy
//   type or AWS is not configured; re-installs are allowed; an empty body (v1.0–v1.1) or the App.
// What cannot run here is said where it is: the plugin's Lambda /ping on install is a hook.
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface FakeUser {
  id: string;
  username: string;
  roles: string;
}

export interface FakeMattermostOptions {
  users?: Record<string, FakeUser>;
  /** The Apps plugin: absent (not installed), disabled, or enabled with a version. */
  plugin?: { version: string; enabled: boolean } | null;
  pluginsEnabled?: boolean;
  /** install-app answers with the App (v1.2) or an empty body (v1.0–v1.1). */
  installBody?: 'empty' | 'app';
  awsConfigured?: boolean;
  /** Stands in for the plugin's /ping invocation and icon download on install: an error text, or undefined. */
  onInstall?: (listing: Record<string, unknown>) => Promise<string | undefined>;
  /** Answer errors with the request's Authorization header in them (a careless proxy). */
  echoAuthorization?: boolean;
}

export interface FakeRequest {
  method: string;
  path: string;
  authorization: string;
  body: string;
}

export interface FakeMattermost {
  url: string;
  options: FakeMattermostOptions;
  requests: FakeRequest[];
  listings: Map<string, Record<string, unknown>>;
  installed: Map<string, { deployType: string; version: string }>;
  close(): Promise<void>;
}

export const ADMIN_TOKEN = 'admin-token-7f3c9a';
export const USER_TOKEN = 'user-token-51d2e8';
const DEFAULT_USERS: Record<string, FakeUser> = {
  [ADMIN_TOKEN]: { id: 'u-admin', username: 'sysadmin', roles: 'system_user system_admin' },
  [USER_TOKEN]: { id: 'u-user', username: 'alice', roles: 'system_user' },
};

const DEPLOY_TYPES = ['aws_lambda', 'http', 'open_faas', 'plugin'];

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/** Manifest.Validate, as far as these tests need it. */
function validate(m: Record<string, unknown>): string | undefined {
  const s = (k: string) => (typeof m[k] === 'string' ? (m[k] as string) : '');
  if (s('display_name') === '') return 'display_name is empty';
  if (s('homepage_url') === '') return 'homepage_url is empty';
  if (Buffer.byteLength(s('app_id')) < 3) return `appID ${s('app_id')} too short, should be 3 bytes`;
  if (!DEPLOY_TYPES.some((t) => m[t])) return 'manifest has no deployment information (http, aws_lambda, open_faas, etc.)';
  const fns = (m.aws_lambda as { functions?: unknown[] } | undefined)?.functions;
  if (m.aws_lambda && (!Array.isArray(fns) || fns.length === 0)) return 'must provide at least 1 function in aws_lambda.Functions';
  return undefined;
}

export async function startFakeMattermost(options: FakeMattermostOptions = {}): Promise<FakeMattermost> {
  const state: FakeMattermost = { url: '', options, requests: [], listings: new Map(), installed: new Map(), close: async () => undefined };
  const users = () => options.users ?? DEFAULT_USERS;
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const body = await readBody(req);
    const authorization = String(req.headers.authorization ?? '');
    state.requests.push({ method: req.method ?? '', path: url.pathname, authorization, body });
    const token = /^bearer /i.test(authorization) ? authorization.slice(7) : '';
    const user = users()[token];
    const echo = options.echoAuthorization ? ` (request had Authorization: ${authorization})` : '';
    const appError = (status: number, id: string, message: string) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id, message: message + echo, detailed_error: '', request_id: 'r1', status_code: status }));
    };
    const text = (status: number, message: string) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
      res.end(`${message}${echo}\n`);
    };
    const json = (value: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`${JSON.stringify(value)}\n`);
    };
    const pluginsOn = options.pluginsEnabled ?? true;

    if (url.pathname.startsWith('/api/v4/')) {
      if (!user) return appError(401, 'api.context.session_expired.app_error', 'Invalid or expired session, please login again.');
      if (req.method === 'GET' && url.pathname === '/api/v4/users/me') return json({ id: user.id, username: user.username, roles: user.roles, email: `${user.username}@example.com` });
      if (req.method === 'GET' && url.pathname === '/api/v4/plugins') {
        if (!pluginsOn) return appError(501, 'app.plugin.disabled.app_error', 'Plugins have been disabled. Please check your logs for details.');
        if (!user.roles.split(' ').includes('system_admin')) return appError(403, 'api.context.permissions.app_error', 'You do not have the appropriate permissions.');
        const other = { id: 'com.mattermost.calls', name: 'Calls', version: '1.0.0' };
        const apps = options.plugin ? { id: 'com.mattermost.apps', name: 'Apps', version: options.plugin.version } : undefined;
        return json({ active: [other, ...(apps && options.plugin!.enabled ? [apps] : [])], inactive: apps && !options.plugin!.enabled ? [apps] : [] });
      }
      return appError(404, 'api.context.404.app_error', 'Sorry, we could not find the page.');
    }

    const prefix = '/plugins/com.mattermost.apps';
    if (!url.pathname.startsWith(`${prefix}/`)) return text(404, '404 page not found');
    if (!pluginsOn) return appError(501, 'app.plugin.disabled.app_error', 'Enable plugins to serve plugin requests');
    if (!options.plugin?.enabled) return text(404, '404 page not found');
    const route = url.pathname.slice(prefix.length);
    const admin = user?.roles.split(' ').includes('system_admin') ?? false;
    if (req.method !== 'POST') return text(405, 'Method Not Allowed');
    if (route === '/api/v1/ping') return json({ version: options.plugin.version });

    if (route === '/api/v1/update-app-listing') {
      if (!admin) return text(401, 'access to this operation is limited to system administrators, or plugins: unauthorized');
      let request: Record<string, unknown>;
      try {
        request = JSON.parse(body) as Record<string, unknown>;
      } catch (err) {
        return text(400, `${(err as Error).message}: invalid input`);
      }
      const { Replace, add_deploys: add, remove_deploys: remove, ...manifest } = request;
      const problem = validate(manifest);
      if (problem) return text(400, `${problem}: invalid input`);
      const appId = String(manifest.app_id);
      if (Replace !== true) {
        // mergeDeployData: keep the previous listing's sections, take the new one's when listed before or added
        const prev = state.listings.get(appId) ?? {};
        for (const t of DEPLOY_TYPES) {
          const added = Array.isArray(add) && add.includes(t);
          const removed = Array.isArray(remove) && remove.includes(t);
          const next = removed ? undefined : manifest[t] && (prev[t] || added) ? manifest[t] : prev[t];
          if (next) manifest[t] = next;
          else delete manifest[t];
        }
      }
      state.listings.set(appId, manifest);
      return json(manifest);
    }

    if (route === '/api/v1/install-app') {
      if (!user) return text(401, 'user ID is required: unauthorized');
      if (!admin) return text(401, 'access to this operation is limited to system administrators, or plugins: unauthorized');
      const input = JSON.parse(body || '{}') as { app_id?: string; deploy_type?: string };
      const listing = state.listings.get(input.app_id ?? '');
      if (!listing) return text(404, `failed to find manifest to install app: ${input.app_id}: not found`);
      const type = input.deploy_type ?? '';
      if (!listing[type]) return text(500, `app does not support ${type} deployment`);
      if (options.awsConfigured === false) return text(500, `${type} app deployment is not configured on this instance of Mattermost`);
      const failed = await options.onInstall?.(listing);
      if (failed) return text(500, `failed to install, /ping path is not accessible: ${failed}`);
      state.installed.set(String(listing.app_id), { deployType: type, version: String(listing.version ?? '') });
      if (options.installBody === 'app') return json({ ...listing, deploy_type: type, bot_user_id: 'bot1' });
      res.writeHead(200);
      return res.end();
    }
    return text(404, '404 page not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}
