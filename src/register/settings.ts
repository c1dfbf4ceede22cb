// Which Mattermost server to register with, and as whom: the site URL from the option or
// MM_SERVICESETTINGS_SITEURL, the token only from MM_ADMIN_TOKEN (or the action's masked input),
// never from a command-line flag, so that it never shows in `ps` or a shell history. The same
// variables as appsctl aws deploy (cmd/appsctl/mattermost.go getMattermostClient).
import { UserError } from '../errors.js';

export const MM_ENV = { siteUrl: 'MM_SERVICESETTINGS_SITEURL', token: 'MM_ADMIN_TOKEN' } as const;

export interface MattermostSettingsInput {
  /** --mattermost-url / input mattermost-url; falls back to MM_SERVICESETTINGS_SITEURL. */
  url?: string | undefined;
  /** The action's mattermost-token input; falls back to MM_ADMIN_TOKEN. */
  token?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
  /** Where the URL option is called, for messages ("--mattermost-url" or 'input "mattermost-url"'). */
  urlOption: string;
}

export interface MattermostSettings {
  /** The site URL without a trailing slash (a subpath such as /mattermost is kept). */
  siteUrl: string;
  token: string;
  /** Said once, before anything is sent: e.g. the token would travel unencrypted. */
  warnings: string[];
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** Undefined when no site URL is given: nothing is registered. */
export function resolveMattermostSettings(input: MattermostSettingsInput): MattermostSettings | undefined {
  const raw = (input.url || input.env[MM_ENV.siteUrl] || '').trim();
  if (raw === '') return undefined;
  const from = input.url ? input.urlOption : MM_ENV.siteUrl;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UserError(`${from} is "${raw}", which is not a URL; give the server's Site URL, e.g. https://chat.example.com`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UserError(`${from} must be an http or https URL (the server's Site URL), got "${raw}"`);
  if (url.username || url.password) throw new UserError(`${from} must not carry a user name or password; the token goes in ${MM_ENV.token}`);
  if (url.search || url.hash) throw new UserError(`${from} must be the bare Site URL, without "?…" or "#…"`);
  const token = (input.token || input.env[MM_ENV.token] || '').trim();
  if (token === '') {
    throw new UserError(
      `${MM_ENV.token} is not set: registering the app with ${url.origin} needs a system admin's personal access token in ${MM_ENV.token} ` +
        '(never on the command line). In GitHub Actions, pass it as input mattermost-token from a secret',
    );
  }
  const warnings: string[] = [];
  if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname)) {
    warnings.push(`${url.origin} is plain http: the admin token travels unencrypted; use the server's https URL`);
  }
  return { siteUrl: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, token, warnings };
}
