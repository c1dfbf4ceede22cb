// One attempt at downloading a bundle over https: redirects followed only to https (plain http
// only to loopback, for tests), the GitHub token only to the origins it is for, the size limit
// checked on the announced length and again on every byte received.
import http from 'node:http';
import https from 'node:https';
import { UserError } from '../errors.js';
import { VERSION } from '../version.js';
import { authorizationFor } from './github-token.js';
import { TransientError } from '../util/retry.js';
import { receive, seconds, tooLarge, type TransferState } from './sink.js';
import { displayUrl, urlProblem } from './target.js';

const MAX_REDIRECTS = 10;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export interface HttpContext {
  token?: string;
  tokenOrigins: ReadonlySet<string>;
  allowInsecureHttp: boolean;
  /** How long to wait for an answer, and for the next byte of the body. */
  timeoutMs: number;
  maxBytes: number;
  state: TransferState;
  /** Aborting destroys the request and its response (SIGINT). */
  signal?: AbortSignal;
}

export async function downloadHttp(start: URL, file: string, ctx: HttpContext): Promise<{ size: number; sha256: string }> {
  const what = displayUrl(start);
  let url = start;
  for (let hop = 0; ; hop++) {
    const { res, sentToken } = await request(url, ctx);
    const status = res.statusCode ?? 0;
    if (REDIRECTS.has(status)) {
      res.destroy();
      url = nextUrl(url, res.headers.location, status, hop, ctx);
      continue;
    }
    if (status === 200) {
      const encoding = res.headers['content-encoding'];
      if (encoding && encoding !== 'identity') {
        res.destroy();
        throw new UserError(`${displayUrl(url)} sent the bundle ${encoding}-encoded although asked not to; download it another way`);
      }
      const length = res.headers['content-length'];
      const declared = length !== undefined && /^\d+$/.test(length) ? Number(length) : undefined;
      if (declared !== undefined && declared > ctx.maxBytes) {
        res.destroy();
        throw tooLarge(what, ctx.maxBytes, declared);
      }
      if (declared !== undefined) ctx.state.total = declared;
      return await receive(res, file, { what, maxBytes: ctx.maxBytes, idleMs: ctx.timeoutMs, state: ctx.state });
    }
    res.destroy();
    if (status >= 500 || status === 429) throw new TransientError(`${displayUrl(url)} answered HTTP ${status}`, retryAfterMs(res.headers['retry-after']));
    throw new UserError(refusal(url, status, sentToken, ctx));
  }
}

function nextUrl(url: URL, location: string | undefined, status: number, hop: number, ctx: HttpContext): URL {
  if (!location) throw new UserError(`${displayUrl(url)} answered HTTP ${status} without saying where to (no Location header)`);
  if (hop >= MAX_REDIRECTS) throw new UserError(`${displayUrl(url)}: more than ${MAX_REDIRECTS} redirects; give the final URL`);
  let next: URL;
  try {
    next = new URL(location, url);
  } catch {
    throw new UserError(`${displayUrl(url)} redirects to "${location}", which is not a URL`);
  }
  const problem = urlProblem(next, ctx.allowInsecureHttp);
  if (problem) throw new UserError(`${displayUrl(url)} redirects to ${displayUrl(next)}, which ${problem}; the redirect was not followed`);
  return next;
}

/** Sends the GET and resolves with the response head; fails when no answer comes in time. */
function request(url: URL, ctx: HttpContext): Promise<{ res: http.IncomingMessage; sentToken: boolean }> {
  const authorization = authorizationFor(url, ctx.token, ctx.tokenOrigins);
  const headers: http.OutgoingHttpHeaders = {
    'user-agent': `mm-apps-deploy/${VERSION}`,
    // what GitHub's REST API needs to send an asset's bytes instead of its description
    accept: 'application/octet-stream',
    'accept-encoding': 'identity',
    ...(authorization ? { authorization } : {}),
  };
  ctx.state.phase = 'connecting';
  ctx.state.from = url.host;
  ctx.state.received = 0;
  delete ctx.state.total;
  return new Promise((resolve, reject) => {
    const req = (url.protocol === 'https:' ? https : http).get(url, { headers, ...(ctx.signal ? { signal: ctx.signal } : {}) }, (res) => {
      clearTimeout(timer);
      resolve({ res, sentToken: authorization !== undefined });
    });
    const timer = setTimeout(() => req.destroy(new TransientError(`no answer from ${url.host} in ${seconds(ctx.timeoutMs)}`)), ctx.timeoutMs);
    req.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

/** Retry-After in seconds or as an HTTP date. */
function retryAfterMs(value: string | undefined): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function refusal(url: URL, status: number, sentToken: boolean, ctx: HttpContext): string {
  const github = ctx.tokenOrigins.has(url.origin);
  const privateHint = 'for a private repository, give the asset\'s API URL (https://api.github.com/repos/OWNER/REPO/releases/assets/ID) with a token that may read the repository in GITHUB_TOKEN (action: input "token")';
  if (status === 404 || status === 410) return `${displayUrl(url)} was not found (HTTP ${status})${github ? `; check the URL, and ${privateHint}` : ''}`;
  if (status === 401 || status === 403) {
    if (sentToken) return `${displayUrl(url)} refused the GitHub token (HTTP ${status}); it needs read access to the repository's contents`;
    return `${displayUrl(url)} refused access (HTTP ${status})${github ? `; ${privateHint}` : ''}`;
  }
  return `${displayUrl(url)} answered HTTP ${status}`;
}
