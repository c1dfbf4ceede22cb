// Requests to the Mattermost server: a Bearer token that never appears in any message, no
// redirects followed (a redirect would carry the token elsewhere: the user is told the URL to use
// instead), a time limit per request, bounded bodies, and retries with progress for the failures
// that pass (dropped connections, 429, 502–504).
import { setTimeout as delay } from 'node:timers/promises';
import { UserError } from '../errors.js';
import type { MattermostSettings } from './settings.js';

export interface HttpOptions {
  /** Per attempt (default 30 s). */
  timeoutMs?: number;
  /** Attempts for failures that pass (default 4). */
  attempts?: number;
  sleep?: (ms: number) => Promise<void>;
  onProgress?: (message: string) => void;
  /** An interrupt (SIGINT): the request is cancelled and the signal's reason thrown. */
  signal?: AbortSignal;
}

export interface HttpAnswer {
  status: number;
  contentType: string;
  text: string;
  location?: string;
}

const MAX_BODY = 4 * 1024 * 1024;
const RETRY_STATUS = new Set([429, 502, 503, 504]);

async function readBody(res: Response): Promise<string> {
  if (!res.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_BODY) {
      await reader.cancel();
      break;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function networkCode(err: unknown): string {
  const e = err as { name?: string; code?: string; cause?: { code?: string; name?: string } };
  if (e?.name === 'TimeoutError') return 'no answer within the time limit';
  return e?.cause?.code ?? e?.code ?? e?.cause?.name ?? (err as Error)?.message ?? String(err);
}

/** Redacts the token wherever a server echoes it back. */
export function redact(text: string, settings: MattermostSettings): string {
  return settings.token ? text.split(settings.token).join('***') : text;
}

export async function mattermostRequest(settings: MattermostSettings, method: 'GET' | 'POST', path: string, body: string | undefined, options: HttpOptions = {}): Promise<HttpAnswer> {
  const url = `${settings.siteUrl}${path}`;
  const attempts = options.attempts ?? 4;
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  for (let attempt = 1; ; attempt++) {
    let problem: string;
    try {
      const res = await fetch(url, {
        method,
        headers: { Authorization: `Bearer ${settings.token}`, Accept: 'application/json', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
        ...(body !== undefined ? { body } : {}),
        redirect: 'manual',
        signal: options.signal ? AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs ?? 30_000)]) : AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
      const answer: HttpAnswer = { status: res.status, contentType: res.headers.get('content-type') ?? '', text: redact(await readBody(res), settings) };
      const location = res.headers.get('location');
      if (location) answer.location = location;
      if (!RETRY_STATUS.has(res.status) || attempt >= attempts) return answer;
      problem = `HTTP ${res.status}`;
    } catch (err) {
      if (options.signal?.aborted) throw options.signal.reason;
      problem = networkCode(err);
      if (attempt >= attempts) {
        throw new UserError(`cannot reach the Mattermost server at ${settings.siteUrl} (${method} ${path}: ${problem}, ${attempts} attempts): check the Site URL and the network`);
      }
    }
    const wait = Math.min(8_000, 500 * 2 ** (attempt - 1));
    options.onProgress?.(`Mattermost ${method} ${path}: ${problem}; retrying in ${(wait / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${attempts})`);
    options.signal?.throwIfAborted();
    await sleep(wait);
  }
}

/** The body as JSON, or undefined when it is not JSON. */
export function jsonOf(answer: HttpAnswer): unknown {
  try {
    return answer.text.trim() === '' ? undefined : (JSON.parse(answer.text) as unknown);
  } catch {
    return undefined;
  }
}

/** A server's words in one line without control characters: they must not write lines or escape codes of their own. */
export function oneLine(text: string, max = 300): string {
  // eslint-disable-next-line no-control-regex
  const t = text.trim().replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ');
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/** A server's error body in one line: an AppError's message and id, or the text. */
export function errorText(answer: HttpAnswer): string {
  const json = jsonOf(answer) as { message?: unknown; id?: unknown } | undefined;
  if (json && typeof json.message === 'string') return oneLine(`${json.message}${typeof json.id === 'string' ? ` (${json.id})` : ''}`);
  return oneLine(answer.text) || `HTTP ${answer.status}`;
}
