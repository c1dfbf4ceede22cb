// Argument parsing on node:util parseArgs, with errors that say what to type instead.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { MANIFEST_FORMATS, type ManifestFormat } from '../manifest/manifest-format.js';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake on the command line: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  debug: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  json: { type: 'boolean' },
} as const satisfies Options;

export function parseCommand<const O extends Options>(command: string, argv: string[], options: O, positionals: { min: number; max: number; names: string }) {
  const config = { args: argv, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true } as const;
  let parsed: ReturnType<typeof parseArgs<typeof config>>;
  try {
    parsed = parseArgs(config);
  } catch (err) {
    const message = (err as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new UsageError(`${command}: ${message}`);
  }
  if (!(parsed.values as { help?: boolean }).help) {
    if (parsed.positionals.length < positionals.min) throw new UsageError(`${command}: missing ${positionals.names}`);
    if (parsed.positionals.length > positionals.max) {
      throw new UsageError(`${command}: unexpected argument "${parsed.positionals[positionals.max]}"`);
    }
  }
  return parsed;
}

/** "NAME=PATH" pairs (repeatable --function) → name → absolute path; NAME may contain spaces. */
export function parseFunctionMappings(values: readonly string[] | undefined, cwd: string, flag = '--function'): Map<string, string> {
  const map = new Map<string, string>();
  for (const value of values ?? []) {
    const eq = value.indexOf('=');
    if (eq <= 0 || eq === value.length - 1) throw new UsageError(`${flag} expects NAME=PATH (e.g. ${flag} app=build/app), got "${value}"`);
    const name = value.slice(0, eq);
    if (map.has(name)) throw new UsageError(`${flag} maps function "${name}" twice`);
    map.set(name, path.resolve(cwd, value.slice(eq + 1)));
  }
  return map;
}

/** An app directory or bundle named on the command line, resolved; messages keep the user's spelling. */
export function existingTarget(cwd: string, target: string): string {
  const resolved = path.resolve(cwd, target);
  if (!existsSync(resolved)) throw new UserError(`${target} does not exist; give an app directory (with manifest.json) or a bundle .zip`);
  return resolved;
}

/** --manifest-format: the shape of the bundle's manifest.json. */
export function parseManifestFormat(value: string | undefined, command: string): ManifestFormat | undefined {
  if (value === undefined) return undefined;
  if (!(MANIFEST_FORMATS as readonly string[]).includes(value)) throw new UsageError(`${command}: --manifest-format is "${value}"; allowed values: ${MANIFEST_FORMATS.join(', ')}`);
  return value as ManifestFormat;
}
