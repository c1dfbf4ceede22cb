// Where a command's bundle comes from: a path, s3://BUCKET/KEY or an https:// URL (validate,
// provision, provision-data, register, publish). Shared options, help and the line that shows what
// was fetched.
import { resolveAwsSettings } from '../../aws/settings.js';
import { fetchBundle, parseSha256, type FetchedBundle } from '../../source/fetch-bundle.js';
import { isRemoteTarget } from '../../source/target.js';
import { formatBytes } from '../../util/format.js';
import { optionValue, usageError } from '../args.js';
import type { OptionSpec } from '../command.js';
import type { CommandContext } from '../io.js';
import { shown } from '../render.js';

export const SOURCE_SECTION = 'Bundle sources';

export const SOURCE_OPTIONS = {
  sha256: { type: 'string', value: 'HEX', section: SOURCE_SECTION, help: 'the bundle must have this SHA-256, else nothing is done' },
  'allow-insecure-http': { type: 'boolean', section: SOURCE_SECTION, help: 'allow plain http:// to loopback addresses: for tests only' },
} as const satisfies Record<string, OptionSpec>;

/** For commands without the AWS options: what an s3:// source needs. */
export const SOURCE_AWS_OPTIONS = {
  region: { type: 'string', value: 'R', section: SOURCE_SECTION, help: 'for s3:// sources: the AWS region (default:\nMM_APPS_AWS_REGION, else AWS_REGION, AWS_DEFAULT_REGION)' },
  'endpoint-url': { type: 'string', value: 'URL', section: SOURCE_SECTION, help: 'for s3:// sources: another S3 endpoint (moto, LocalStack)' },
} as const satisfies Record<string, OptionSpec>;

export const SOURCE_SECTION_TEXT = {
  intro: `  PATH may also be
  s3://BUCKET/KEY          read with the deploy credentials (see provision --help)
  https://…                e.g. a GitHub release asset; GITHUB_TOKEN is sent only to
                           github.com, api.github.com and raw.githubusercontent.com
                           (not to the hosts their downloads redirect to). For a
                           private repository give the asset's API URL:
                           https://api.github.com/repos/OWNER/REPO/releases/assets/ID
  A remote bundle is downloaded to a temporary file (at most 1 GiB, removed
  afterwards), with retries and progress; its SHA-256 is printed.`,
};

interface SourceValues {
  sha256?: string | undefined;
  'allow-insecure-http'?: boolean | undefined;
  region?: string | undefined;
  'endpoint-url'?: string | undefined;
}

/** Checks the source options' values before any work: a bad one is a usage error (exit 2). */
export function checkSourceOptions(commandName: string, target: string, values: SourceValues): void {
  if (values['allow-insecure-http'] && !isRemoteTarget(target)) throw usageError(commandName, '--allow-insecure-http is for http:// bundle URLs (in tests)');
  optionValue(commandName, '--sha256', () => parseSha256(values.sha256));
  if (values.region) optionValue(commandName, '--region', () => resolveAwsSettings({ region: values.region, env: {} }));
  if (values['endpoint-url']) optionValue(commandName, '--endpoint-url', () => resolveAwsSettings({ endpointUrl: values['endpoint-url'], env: {} }));
}

/**
 * Fetches the bundle a command names, printing what was fetched and its SHA-256 on stderr. The
 * caller removes it with cleanup() in a finally block.
 */
export async function openSource(commandName: string, target: string, values: SourceValues, ctx: CommandContext): Promise<FetchedBundle> {
  checkSourceOptions(commandName, target, values);
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
    ctx.io.err(`${source.kind === 'local' ? '' : 'fetched '}${shown(source.displayName)}: ${size}sha256 ${source.sha256}${values.sha256 ? ' (as pinned)' : ''}\n`);
  }
  return source;
}

/** What --json output says about a fetched bundle. */
export function sourceJson(source: FetchedBundle) {
  return source.sha256 ? { source: { kind: source.kind, name: source.displayName, sha256: source.sha256, size: source.size } } : {};
}
