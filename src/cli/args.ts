// Argument parsing on node:util parseArgs, configured from each command's option specs, with
// errors that say what to type instead (the closest option, the command's --help).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../errors.js';
import type { CommandSpec, OptionSpecs, Parsed } from './command.js';
import { closest } from './suggest.js';

/** A mistake on the command line: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** The command whose --help the message points to (none: the overview). */
  command?: string;
}

/** Options every command has; listed in --help, and once in the README. */
export const COMMON_OPTIONS = {
  json: { type: 'boolean', help: 'print the result as one JSON document on stdout, whatever the outcome' },
  quiet: { type: 'boolean', short: 'q', help: 'no progress messages on stderr' },
  debug: { type: 'boolean', help: 'show stack traces of unexpected errors' },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
} as const satisfies OptionSpecs;

export function allOptions(spec: CommandSpec): OptionSpecs {
  return { ...spec.options, ...COMMON_OPTIONS };
}

function flag(name: string, short: string | undefined): string {
  return short ? `-${short}, --${name}` : `--${name}`;
}

/** Parses `argv` for the command `spec`: unknown options, missing values, choices and positionals are usage errors. */
export function parseCommand<O extends OptionSpecs>(spec: CommandSpec<O>, argv: string[]): Parsed<O> {
  const options = allOptions(spec);
  const usage = (message: string) => Object.assign(new UsageError(`${spec.name}: ${message}`), { command: spec.name });
  const config: ParseArgsConfig['options'] = Object.fromEntries(Object.entries(options).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) }]));
  // first pass, lenient: find options that do not exist, to suggest the closest one
  const { tokens } = parseArgs({ args: argv, options: config, allowPositionals: true, strict: false, tokens: true });
  for (const t of tokens ?? []) {
    if (t.kind !== 'option' || t.name in options) continue;
    const longs = Object.keys(options).map((n) => `--${n}`);
    const guess = t.rawName.startsWith('--') ? closest(t.rawName, longs) : undefined;
    throw usage(`unknown option "${t.rawName}"${guess ? `; did you mean "${guess}"?` : ''}`);
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: config, allowPositionals: true, strict: true });
  } catch (err) {
    throw usage((err as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const values = parsed.values as Record<string, unknown>;
  if (!values.help) {
    for (const [name, o] of Object.entries(options)) {
      const given = values[name];
      if (!o.choices || given === undefined) continue;
      for (const v of Array.isArray(given) ? given : [given]) {
        if (!o.choices.includes(v as string)) throw usage(`${flag(name, undefined)} is "${v as string}"; allowed values: ${o.choices.join(', ')}`);
      }
    }
    if (parsed.positionals.length < spec.positionals.min) throw usage(`missing ${spec.positionals.names}`);
    if (parsed.positionals.length > spec.positionals.max) {
      const extra = parsed.positionals[spec.positionals.max]!;
      throw usage(`unexpected argument "${extra}"${spec.positionals.max === 0 ? ' (this command takes options only)' : ''}`);
    }
  }
  return parsed as unknown as Parsed<O>;
}

/**
 * Checks an option's value with the core's own rule (which throws a UserError): a bad value is a
 * usage error (exit 2) naming the option, whatever finds it.
 */
export function optionValue<T>(commandName: string, flagName: string, check: () => T): T {
  try {
    return check();
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    throw usageError(commandName, `${flagName}: ${err.message}`);
  }
}

/** A usage error of `commandName`, pointing to its --help. */
export function usageError(commandName: string, message: string): UsageError {
  return Object.assign(new UsageError(`${commandName}: ${message}`), { command: commandName });
}

/** "NAME=PATH" pairs (repeatable --function) → name → absolute path; NAME may contain spaces. */
export function parseFunctionMappings(values: readonly string[] | undefined, cwd: string, flagName = '--function'): Map<string, string> {
  const map = new Map<string, string>();
  for (const value of values ?? []) {
    const eq = value.indexOf('=');
    if (eq <= 0 || eq === value.length - 1) throw new UsageError(`${flagName} expects NAME=PATH (e.g. ${flagName} app=build/app), got "${value}"`);
    const name = value.slice(0, eq);
    if (map.has(name)) throw new UsageError(`${flagName} maps function "${name}" twice`);
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
