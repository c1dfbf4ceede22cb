// homepage_url, http.root_url and icon are checked with Go's net/url, as the Apps plugin checks
// them (httputils.IsValidURL = url.ParseRequestURI + http(s) + a host; utils.CleanStaticURL and
// CleanStaticPath). Each case is what Go's url.parse does, step by step (Go 1.19–1.21 source).
import { describe, expect, it } from 'vitest';
import { goCleanStaticPath, goCleanStaticURL, goIsValidURL, goPathClean } from '../src/compat/go-url.js';

describe('httputils.IsValidURL', () => {
  it.each([
    ['https://example.com', undefined],
    ['HTTPS://EXAMPLE.COM/app', undefined], // the scheme is lower-cased
    ['https://example.com:99999/', undefined], // Go checks that a port is digits, not its range (WHATWG refuses it)
    ['https://[::1]:8080/x', undefined],
    ['https://example.com/a#frag', undefined], // ParseRequestURI keeps "#" in the path
    ['https://user:pass@example.com/', undefined],
    [' https://example.com', 'invalid URI for request'], // no scheme is found before the space
    ['https://example.com ', 'invalid character " " in host name'],
    ['https://exa mple.com/', 'invalid character " " in host name'],
    ['https:example.com', 'URL must contain a host'], // opaque: WHATWG reads a host here
    ['http:///x', 'URL must contain a host'], // empty authority: WHATWG reads host "x"
    ['https://example.com/%zz', 'invalid URL escape "%zz"'],
    ['https://example.com/%4', 'invalid URL escape "%4"'],
    ['https://example.com\n', 'net/url: invalid control character in URL'],
    ['https://example.com:8a/', 'invalid port ":8a" after host'],
    ['https://us er@example.com/', 'net/url: invalid userinfo'],
    ['//example.com/x', 'URL schema must either be "http" or "https"'],
    ['ftp://example.com', 'URL schema must either be "http" or "https"'],
    ['example.com', 'invalid URI for request'],
    ['', 'empty url'],
    [':foo', 'missing protocol scheme'],
  ])('%j → %s', (url, problem) => {
    expect(goIsValidURL(url)).toBe(problem);
  });
});

describe('path.Clean', () => {
  it.each([
    ['', '.'],
    ['a/./b/../c//d/', 'a/c/d'],
    ['../a/..', '..'],
    ['/..', '/'],
    ['/a/../../b', '/b'],
    ['a/../..', '..'],
  ])('%j → %j', (p, expected) => expect(goPathClean(p)).toBe(expected));
});

describe('icons: CleanStaticURL (v1.2+) and CleanStaticPath (v0.7–v1.1)', () => {
  it.each([
    ['icon.png', 'icon.png', 'icon.png'],
    ['/icon.png', './icon.png', "asset names may not start with a '/'"],
    ['img/%2e%2e/icon.png', 'icon.png', 'icon.png'],
    ['%252e%252e/x', 'bad path: "../x"', 'bad path: "../x"'], // unescaped until it stops changing
    ['..', '..', '..'], // CleanPath lets ".." through
    ['https://example.com/i.png', '/i.png', 'https:/example.com/i.png'],
    ['%zz', 'invalid URL escape "%zz"', 'invalid URL escape "%zz"'],
  ])('%j', (icon, v12, v11) => {
    const a = goCleanStaticURL(icon);
    const b = goCleanStaticPath(icon);
    expect(a.ok ? a.path : a.error).toBe(v12);
    expect(b.ok ? b.path : b.error).toBe(v11);
  });
});
