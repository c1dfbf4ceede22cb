// What a bundle argument names: a file or directory on disk, an object in S3 (s3://bucket/key),
// or a URL (https://…). Plain http is refused except on loopback under allowInsecureHttp, which
// exists for tests: a bundle fetched in clear text could be swapped on the way.
import path from 'node:path';
import { UserError } from '../errors.js';

export type BundleTarget = { kind: 'local'; path: string } | { kind: 's3'; bucket: string; key: string } | { kind: 'https'; url: URL };

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
const MAX_S3_KEY_BYTES = 1024;

/** True for s3://… and http(s)://… (and any other scheme, which parseTarget refuses). */
export function isRemoteTarget(target: string): boolean {
  return SCHEME.test(target);
}

export function isLoopback(url: URL): boolean {
  const host = url.hostname;
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Where a URL may lead: https, or http to a loopback address when insecure http is allowed.
 * Returns what is wrong, or undefined.
 */
export function urlProblem(url: URL, allowInsecureHttp: boolean): string | undefined {
  if (url.username || url.password) return 'carries a user name or password; only https URLs without credentials are fetched (a GitHub token comes from GITHUB_TOKEN)';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:') {
    if (allowInsecureHttp && isLoopback(url)) return undefined;
    return allowInsecureHttp
      ? 'is plain http to a host that is not loopback; only https is fetched'
      : 'is plain http, which anyone on the way could alter; use https (plain http to loopback is allowed with --allow-insecure-http, for tests)';
  }
  return `has scheme "${url.protocol.slice(0, -1)}"; bundles are fetched from https:// URLs, s3:// objects or files`;
}

/** The URL as it may be shown in logs: no query string (a presigned URL's signature is a credential). */
export function displayUrl(url: URL): string {
  return `${url.origin}${url.pathname}${url.search ? '?…' : ''}`;
}

export function parseTarget(target: string, options: { cwd: string; allowInsecureHttp?: boolean }): BundleTarget {
  const scheme = SCHEME.exec(target)?.[1]?.toLowerCase();
  if (scheme === undefined) return { kind: 'local', path: path.resolve(options.cwd, target) };
  if (scheme === 's3') {
    const rest = target.slice('s3://'.length);
    const slash = rest.indexOf('/');
    const bucket = slash < 0 ? rest : rest.slice(0, slash);
    const key = slash < 0 ? '' : rest.slice(slash + 1);
    if (bucket === '' || key === '') throw new UserError(`"${target}" names no object; give s3://BUCKET/KEY, e.g. s3://my-bundles/hello_v1.0.0.zip`);
    if (Buffer.byteLength(key) > MAX_S3_KEY_BYTES) throw new UserError(`the key of "${target}" is longer than S3's 1,024 bytes`);
    return { kind: 's3', bucket, key };
  }
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new UserError(`"${target}" is not a URL; give an https:// URL, an s3://BUCKET/KEY object or a path`);
  }
  const problem = urlProblem(url, options.allowInsecureHttp ?? false);
  if (problem) throw new UserError(`${displayUrl(url)} ${problem}`);
  return { kind: 'https', url };
}
