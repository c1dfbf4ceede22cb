// Secrets kept out of everything we print, write to a job summary or set as an output, also when
// a server echoes them back (an endpoint that returns the request's headers in its error body, a
// URL with user:password@). GitHub masks secrets in the log, but not in GITHUB_STEP_SUMMARY nor on
// other CI systems or terminals: so we redact ourselves, in every front end, before writing.
import { ENV } from '../aws/defaults.js';
import { MM_ENV } from '../register/settings.js';

/** Environment variables whose values are secrets (the access key IDs are not). */
export const SECRET_ENV = [
  ENV.deploySecretKey,
  ENV.provisionSecretKey,
  ENV.legacySecretKey,
  ENV.invokeSecretKey,
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_SECURITY_TOKEN',
  MM_ENV.token,
  'GITHUB_TOKEN',
  'INPUT_TOKEN',
  'INPUT_MATTERMOST-TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
] as const;

export const REDACTED = '***';

/** The secrets set in `env`, longest first (so that a secret holding another is redacted whole). */
export function secretsIn(env: Readonly<Record<string, string | undefined>>): string[] {
  const values = SECRET_ENV.map((name) => env[name]?.trim()).filter((v): v is string => Boolean(v) && v!.length >= 4);
  return [...new Set(values)].sort((a, b) => b.length - a.length);
}

/**
 * What a request carries that must never be shown, wherever an error message quotes it: the
 * user:password@ of a URL, signatures and session tokens of AWS requests (headers and presigned
 * query strings), and the values of credential headers.
 */
const PATTERNS: [RegExp, string][] = [
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>]+@/gi, `$1${REDACTED}@`],
  [/\b(X-Amz-(?:Security-Token|Signature|Credential)=)[^&\s"'<>]+/gi, `$1${REDACTED}`],
  [/\b(Signature=)[0-9a-f]{16,}/gi, `$1${REDACTED}`],
  // a header echoed as "name: value", name=value or JSON ("name":"value", also JSON-escaped)
  [/\b(authorization|proxy-authorization|x-amz-security-token|x-api-key|x-auth-token|cookie|set-cookie)((?:\\?["'])?\s*[:=]\s*(?:\\?["'])?)[^\r\n"'<>\\]+/gi, `$1$2${REDACTED}`],
];

/** `text` with every known secret and every credential-looking part replaced by ***. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}
