// Which hosts may see the GitHub token. A release asset's URL on github.com (or on the REST API,
// the one that works for private repositories:
// GET https://api.github.com/repos/OWNER/REPO/releases/assets/ID with Accept: application/octet-stream)
// answers with a redirect to a signed, short-lived URL on another host (objects.githubusercontent.com,
// release-assets.githubusercontent.com since 2025, earlier github-releases.githubusercontent.com or
// S3 itself). That URL carries its own authorisation; the token must not follow it there, and the
// signed request fails when it does. So the token goes to an allowlist of origins, checked again
// on every redirect, and never to anything else.

/** github.com, its REST API, and raw file content (which accepts a token for private repositories). */
const GITHUB_ORIGINS = ['https://github.com', 'https://api.github.com', 'https://raw.githubusercontent.com'];

/**
 * The origins the token is sent to: GitHub's, plus those of GITHUB_SERVER_URL and GITHUB_API_URL
 * (set by the runner; a GitHub Enterprise Server's own host).
 */
export function tokenOrigins(env: Readonly<Record<string, string | undefined>>): Set<string> {
  const origins = new Set(GITHUB_ORIGINS);
  for (const name of ['GITHUB_SERVER_URL', 'GITHUB_API_URL']) {
    const value = env[name];
    if (!value) continue;
    try {
      origins.add(new URL(value).origin);
    } catch {
      // not a URL: nothing to add
    }
  }
  return origins;
}

/** The Authorization header for `url`, or undefined when the token is not for its origin. */
export function authorizationFor(url: URL, token: string | undefined, origins: ReadonlySet<string>): string | undefined {
  return token && origins.has(url.origin) ? `Bearer ${token}` : undefined;
}
