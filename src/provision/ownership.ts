// Whose Lambda functions and manifest are at this version's names. Names join the app ID and the
// version with "_" (upaws.LambdaName, S3ManifestName), so app `hello` version `v1_x` and app
// `hello_v1` version `x` get the same functions, static prefix and manifest key: provisioning one
// would silently take over the other. Our functions carry the app ID and version as tags, and a
// manifest says whose it is; a function without those tags was made by another tool and is not
// "another app's".
import { UserError } from '../errors.js';

export const APP_ID_TAG = 'mattermost-app-id';
export const APP_VERSION_TAG = 'mattermost-app-version';

export interface Owner {
  appId: string;
  /** Empty when unknown (a function tagged with an app ID only). */
  version: string;
}

/** Something at our names that belongs to another app: what it is, and whose. */
export interface Takeover {
  what: string;
  owner: Owner;
}

export function functionOwner(tags: Readonly<Record<string, string>>): Owner | undefined {
  const appId = tags[APP_ID_TAG];
  return appId ? { appId, version: tags[APP_VERSION_TAG] ?? '' } : undefined;
}

/** The app ID and version a manifest declares, or undefined when it is not a manifest we can read. */
export function manifestOwner(bytes: Buffer): Owner | undefined {
  try {
    const m = JSON.parse(bytes.toString('utf8')) as { app_id?: unknown; version?: unknown };
    return typeof m.app_id === 'string' && m.app_id ? { appId: m.app_id, version: typeof m.version === 'string' ? m.version : '' } : undefined;
  } catch {
    return undefined;
  }
}

export function isAnotherApp(owner: Owner | undefined, ours: Owner): owner is Owner {
  return owner !== undefined && (owner.appId !== ours.appId || (owner.version !== '' && owner.version !== ours.version));
}

const named = (o: Owner) => `app "${o.appId}"${o.version ? ` version "${o.version}"` : ''}`;

/** The refusal: who we are, whose things are at our names, and the two ways out. */
export function takeoverError(ours: Owner, takeovers: readonly Takeover[]): UserError {
  const list = takeovers.map((t) => `${t.what} belongs to ${named(t.owner)}`).join('; ');
  return new UserError(
    `refusing to provision ${named(ours)}: ${list}. App IDs and versions joined by "_" give both the same Lambda names, static prefix and manifest key, ` +
      'so this would overwrite the other app. Nothing was written. Choose another version (or app ID), or pass --force (action input force: true) to take them over',
  );
}
