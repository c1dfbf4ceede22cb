// Where a command's bundle comes from: a path, s3://BUCKET/KEY or an https:// URL (validate,
// provision, provision-data, publish). Shared options, help and the line that shows what was fetched.
import { fetchBundle, type FetchedBundle } from '../../source/fetch-bundle.js';
import { isRemoteTarget } from '../../source/target.js';
import { formatBytes } from '../../util/format.js';
import { UsageError } from '../args.js';
import type { CommandContext } from '../io.js';

export const SOURCE_OPTIONS = {
  sha256: { type: 'string' },
  'allow-insecure-http': { type: 'boolean' },
} as const;

/** For commands without the AWS options: what an s3:// source needs. */
export const SOURCE_AWS_OPTIONS = {
  region: { type: 'string' },
  'endpoint-url': { type: 'string' },
} as const;

export const SOURCE_HELP = `Bundle sources: PATH may also be
  s3://BUCKET/KEY          read with the deploy credentials (see provision --help)
  https://…                e.g. a GitHub release asset; GITHUB_TOKEN is sent only to
                           github.com, api.github.com and raw.githubusercontent.com
                           (not to the hosts their downloads redirect to). For a
                           private repository give the asset's API URL:
                           https://api.github.com/repos/OWNER/REPO/releases/assets/ID
  A remote bundle is downloaded to a temporary file (at most 1 GiB, removed
  afterwards), with retries and progress; its SHA-256 is printed.
      --sha256 HEX         the bundle must have this SHA-256, else nothing is done
      --allow-insecure-http
                           allow plain http:// to loopback addresses: for tests only`;

export const SOURCE_AWS_HELP = `      --region R           for s3:// sources: the AWS region (default: MM_APPS_AWS_REGION,
                           else AWS_REGION)
      --endpoint-url URL   for s3:// sources: another S3 endpoint (moto, LocalStack)`;

interface SourceValues {
  sha256?: string | undefined;
  'allow-insecure-http'?: boolean | undefined;
  region?: string | undefined;
  'endpoint-url'?: string | undefined;
}

/**
 * Fetches the bundle a command names, printing what was fetched and its SHA-256 on stderr. The
 * caller removes it with cleanup() in a finally block.
 */
export async function openSource(target: string, values: SourceValues, ctx: CommandContext): Promise<FetchedBundle> {
  if (values['allow-insecure-http'] && !isRemoteTarget(target)) throw new UsageError('--allow-insecure-http is for http:// bundle URLs (in tests)');
  const source = await fetchBundle(target, {
    cwd: ctx.io.cwd,
    env: ctx.io.env,
    aws: { region: values.region, endpointUrl: values['endpoint-url'] },
    sha256: values.sha256,
    allowInsecureHttp: values['allow-insecure-http'] ?? false,
    onProgress: (m) => ctx.progress(m),
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
  if (source.sha256 && !ctx.quiet) {
    const size = source.size !== undefined ? `${formatBytes(source.size)}, ` : '';
    ctx.io.err(`${source.kind === 'local' ? '' : 'fetched '}${source.displayName}: ${size}sha256 ${source.sha256}${values.sha256 ? ' (as pinned)' : ''}\n`);
  }
  return source;
}

/** What --json output says about a fetched bundle. */
export function sourceJson(source: FetchedBundle) {
  return source.sha256 ? { source: { kind: source.kind, name: source.displayName, sha256: source.sha256, size: source.size } } : {};
}
