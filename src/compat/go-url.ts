// The parts of Go's net/url and path packages the Apps plugin validates manifests with
// (httputils.IsValidURL, utils.CleanStaticURL / CleanStaticPath; research §3.3). A WHATWG URL
// parser disagrees with Go in both directions (it accepts "https:example.com" and "http:///x",
// and rejects ports over 65535, which Go accepts), so this follows Go's url.parse (Go 1.19–1.21,
// what the plugin's releases were built with) step by step.

export type GoUrlResult = { ok: true; scheme: string; host: string; opaque: string; path: string } | { ok: false; error: string };

const isHex = (c: string) => /^[0-9A-Fa-f]$/.test(c);
const isAlnum = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);

type Mode = 'path' | 'pathSegment' | 'host' | 'zone' | 'userPassword' | 'fragment';

/** url.shouldEscape, for the modes parsing uses. */
function shouldEscape(c: number, mode: Mode): boolean {
  if (isAlnum(c)) return false;
  if ((mode === 'host' || mode === 'zone') && '!$&\'()*+,;=:[]<>"'.includes(String.fromCharCode(c))) return false;
  const ch = String.fromCharCode(c);
  if ('-_.~'.includes(ch)) return false;
  if ('$&+,/:;=?@'.includes(ch)) {
    if (mode === 'path') return ch === '?';
    if (mode === 'pathSegment') return '/;,?'.includes(ch);
    if (mode === 'userPassword') return '@/?:'.includes(ch);
    if (mode === 'fragment') return false;
  }
  if (mode === 'fragment' && '!()*'.includes(ch)) return false;
  return true;
}

/** url.unescape: the bytes of `s` with %XX decoded, or the error Go returns. */
function unescape(s: string, mode: Mode): { ok: true; value: string } | { ok: false; error: string } {
  const bytes: number[] = [];
  const raw = Buffer.from(s, 'utf8');
  for (let i = 0; i < raw.length;) {
    const c = raw[i]!;
    if (c === 0x25) {
      const esc = raw.subarray(i, i + 3).toString('latin1');
      if (i + 2 >= raw.length || !isHex(esc[1]!) || !isHex(esc[2]!)) return { ok: false, error: `invalid URL escape "${esc}"` };
      const v = parseInt(esc.slice(1), 16);
      if (mode === 'host' && v < 0x80 && esc !== '%25') return { ok: false, error: `invalid URL escape "${esc}"` };
      if (mode === 'zone' && esc !== '%25' && v !== 0x20 && shouldEscape(v, 'host')) return { ok: false, error: `invalid URL escape "${esc}"` };
      bytes.push(v);
      i += 3;
      continue;
    }
    if ((mode === 'host' || mode === 'zone') && c < 0x80 && shouldEscape(c, mode)) {
      return { ok: false, error: `invalid character ${JSON.stringify(String.fromCharCode(c))} in host name` };
    }
    bytes.push(c);
    i++;
  }
  return { ok: true, value: Buffer.from(bytes).toString('utf8') };
}

function getScheme(raw: string): { scheme: string; rest: string } | { error: string } {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) continue;
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
      if (i === 0) return { scheme: '', rest: raw };
      continue;
    }
    if (c === 0x3a) {
      if (i === 0) return { error: 'missing protocol scheme' };
      return { scheme: raw.slice(0, i), rest: raw.slice(i + 1) };
    }
    return { scheme: '', rest: raw };
  }
  return { scheme: '', rest: raw };
}

const validOptionalPort = (port: string) => port === '' || /^:[0-9]*$/.test(port);

function parseHost(host: string): { ok: true; value: string } | { ok: false; error: string } {
  if (host.startsWith('[')) {
    const i = host.lastIndexOf(']');
    if (i < 0) return { ok: false, error: "missing ']' in host" };
    const colonPort = host.slice(i + 1);
    if (!validOptionalPort(colonPort)) return { ok: false, error: `invalid port ${JSON.stringify(colonPort)} after host` };
    const zone = host.slice(0, i).indexOf('%25');
    if (zone >= 0) {
      const parts = [unescape(host.slice(0, zone), 'host'), unescape(host.slice(zone, i), 'zone'), unescape(host.slice(i), 'host')];
      for (const p of parts) if (!p.ok) return p;
      return { ok: true, value: parts.map((p) => (p as { value: string }).value).join('') };
    }
  } else {
    const i = host.lastIndexOf(':');
    if (i !== -1 && !validOptionalPort(host.slice(i))) return { ok: false, error: `invalid port ${JSON.stringify(host.slice(i))} after host` };
  }
  return unescape(host, 'host');
}

const USERINFO = /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/;

function parseAuthority(authority: string): { ok: true; host: string } | { ok: false; error: string } {
  const at = authority.lastIndexOf('@');
  const host = parseHost(at < 0 ? authority : authority.slice(at + 1));
  if (!host.ok) return host;
  if (at >= 0) {
    const userinfo = authority.slice(0, at);
    if (!USERINFO.test(userinfo)) return { ok: false, error: 'net/url: invalid userinfo' };
    for (const part of userinfo.includes(':') ? [userinfo.slice(0, userinfo.indexOf(':')), userinfo.slice(userinfo.indexOf(':') + 1)] : [userinfo]) {
      const u = unescape(part, 'userPassword');
      if (!u.ok) return u;
    }
  }
  return { ok: true, host: host.value };
}

/** url.parse(rawURL, viaRequest). */
function parse(raw: string, viaRequest: boolean): GoUrlResult {
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(raw)) return { ok: false, error: 'net/url: invalid control character in URL' };
  if (raw === '' && viaRequest) return { ok: false, error: 'empty url' };
  if (raw === '*') return { ok: true, scheme: '', host: '', opaque: '', path: '*' };
  const s = getScheme(raw);
  if ('error' in s) return { ok: false, error: s.error };
  const scheme = s.scheme.toLowerCase();
  let rest = s.rest;
  if (rest.endsWith('?') && rest.split('?').length === 2) rest = rest.slice(0, -1);
  else if (rest.includes('?')) rest = rest.slice(0, rest.indexOf('?'));
  if (!rest.startsWith('/')) {
    if (scheme !== '') return { ok: true, scheme, host: '', opaque: rest, path: '' };
    if (viaRequest) return { ok: false, error: 'invalid URI for request' };
    const segment = rest.split('/')[0]!;
    if (segment.includes(':')) return { ok: false, error: 'first path segment in URL cannot contain colon' };
  }
  let host = '';
  if ((scheme !== '' || (!viaRequest && !rest.startsWith('///'))) && rest.startsWith('//')) {
    let authority = rest.slice(2);
    rest = '';
    const slash = authority.indexOf('/');
    if (slash >= 0) {
      rest = authority.slice(slash);
      authority = authority.slice(0, slash);
    }
    const a = parseAuthority(authority);
    if (!a.ok) return a;
    host = a.host;
  }
  const p = unescape(rest, 'path');
  if (!p.ok) return p;
  return { ok: true, scheme, host, opaque: '', path: p.value };
}

/** url.ParseRequestURI: no fragment handling ("#" stays in the path). */
export function goParseRequestURI(raw: string): GoUrlResult {
  return parse(raw, true);
}

/** url.Parse: the fragment is split off (and must unescape) first. */
export function goParseURL(raw: string): GoUrlResult {
  const hash = raw.indexOf('#');
  const u = parse(hash < 0 ? raw : raw.slice(0, hash), false);
  if (!u.ok || hash < 0) return u;
  const frag = unescape(raw.slice(hash + 1), 'fragment');
  return frag.ok ? u : frag;
}

/** httputils.IsValidURL (utils.IsValidHTTPURL before v1.2): parses as a request URI, http(s), with a host. */
export function goIsValidURL(raw: string): string | undefined {
  const u = goParseRequestURI(raw);
  if (!u.ok) return u.error;
  if (u.scheme !== 'http' && u.scheme !== 'https') return 'URL schema must either be "http" or "https"';
  if (u.host === '') return 'URL must contain a host';
  return undefined;
}

/** path.Clean. */
export function goPathClean(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const parts: string[] = [];
  let dotdotFloor = 0; // parts below this index are leading ".." that cannot be backtracked
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length > dotdotFloor) parts.pop();
      else if (!rooted) {
        parts.push('..');
        dotdotFloor = parts.length;
      }
      continue;
    }
    parts.push(seg);
  }
  const joined = parts.join('/');
  if (rooted) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

/** utils.CleanPath: path.Clean, refusing "." and anything that starts with "../". */
function cleanPath(p: string): { ok: true; value: string } | { ok: false; error: string } {
  if (p === '') return { ok: false, error: 'path must not be empty' };
  const clean = goPathClean(p);
  if (clean === '.' || clean.startsWith('../')) return { ok: false, error: `bad path: ${JSON.stringify(p)}` };
  return { ok: true, value: clean };
}

/** utils.cleanURLPath: url.PathUnescape until nothing changes, then CleanPath. */
function cleanURLPath(got: string): { ok: true; value: string } | { ok: false; error: string } {
  if (got === '') return { ok: false, error: 'empty path' };
  let escaped = got;
  for (;;) {
    const u = unescape(escaped, 'pathSegment');
    if (!u.ok) return u;
    if (u.value === escaped) break;
    escaped = u.value;
  }
  return cleanPath(escaped);
}

/**
 * utils.CleanStaticURL (plugin v1.2+): the icon may be a URL or a path; a path without a scheme
 * that starts with "/" becomes "./…". Returns the cleaned path and whether it names a static file.
 */
export function goCleanStaticURL(got: string): { ok: true; path: string; scheme: string } | { ok: false; error: string } {
  const u = goParseURL(got);
  if (!u.ok) return u;
  const p = cleanURLPath(u.path);
  if (!p.ok) return p;
  return { ok: true, path: u.scheme === '' && p.value.startsWith('/') ? `.${p.value}` : p.value, scheme: u.scheme };
}

/** utils.CleanStaticPath (plugin v0.7–v1.1): a clean relative path that does not start with "/". */
export function goCleanStaticPath(got: string): { ok: true; path: string } | { ok: false; error: string } {
  const p = cleanURLPath(got);
  if (!p.ok) return p;
  if (p.value.startsWith('/')) return { ok: false, error: "asset names may not start with a '/'" };
  return { ok: true, path: p.value };
}
