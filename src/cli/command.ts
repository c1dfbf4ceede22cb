// A command, declared as data: its options with their help text are the one source from which the
// parser's configuration, the --help text and the README's synopsis are produced (help.ts), so
// that they cannot disagree (test/cli-docs.test.ts).
import type { CommandContext } from './io.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** The value's placeholder in --help and the synopsis, e.g. FILE, NAME=PATH. */
  value?: string;
  /** The only values allowed (anything else is a usage error listing them). */
  choices?: readonly string[];
  /** Shown without brackets in the synopsis; the command checks it (it may have a default elsewhere). */
  required?: boolean;
  /** The --help text; "\n" starts a continuation line, aligned under the first. */
  help: string;
  /** The --help section it is listed in (default "Options"). */
  section?: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** The parsed values of `O`: booleans, strings, or string lists for repeatable options. */
export type Values<O extends OptionSpecs> = {
  [K in keyof O]?: O[K] extends { type: 'boolean' } ? boolean : O[K] extends { multiple: true } ? string[] : string;
} & { help?: boolean; json?: boolean; quiet?: boolean; debug?: boolean };

export interface Parsed<O extends OptionSpecs> {
  values: Values<O>;
  positionals: string[];
}

export interface CommandSpec<O extends OptionSpecs = OptionSpecs> {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** What follows the command name in the usage line and the synopsis, e.g. "PATH", "[APP_DIR]". */
  args: string;
  positionals: { min: number; max: number; names: string };
  /** The text between the usage line and the options. */
  description: string;
  options: O;
  /** Text printed before (intro) or after (note) a section's options. */
  sections?: Readonly<Record<string, { intro?: string; note?: string }>>;
  /** Where --json, -q, --debug and -h are listed (default "Options"). */
  commonSection?: string;
  /** Text after the options: output, exit status, examples. */
  epilogue: string;
}

export interface Command<O extends OptionSpecs = OptionSpecs> {
  spec: CommandSpec<O>;
  run(parsed: Parsed<O>, ctx: CommandContext): Promise<number>;
}

/** Declares a command; the generic keeps each option's type for `run`. */
export function command<const O extends OptionSpecs>(spec: CommandSpec<O>, run: (parsed: Parsed<O>, ctx: CommandContext) => Promise<number>): Command {
  return { spec, run } as unknown as Command;
}
