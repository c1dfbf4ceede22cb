// The CLI: parses the command line, runs a command, maps outcomes to exit codes (0 success,
// 1 failure or findings with errors, 2 usage error, 128+n interrupted), and is the one place that
// writes: every byte goes through the safe writers (output/writer.ts), and with --json exactly one
// JSON document (json.ts) goes to stdout, whatever happened.
import { withAwsRetryReports } from '../aws/retry-report.js';
import { Interrupted, UserError } from '../errors.js';
import { fsFallback } from '../fs/fs-error.js';
import { secretsIn } from '../output/redact.js';
import { oneLine, safeJson } from '../output/untrusted.js';
import { safeWriter } from '../output/writer.js';
import { VERSION } from '../version.js';
import { parseCommand, UsageError } from './args.js';
import { colourise, wantsColour } from './colour.js';
import type { Command } from './command.js';
import { cleanCommand } from './commands/clean.js';
import { initCommand } from './commands/init.js';
import { packCommand } from './commands/pack.js';
import { pruneCommand } from './commands/prune.js';
import { registerCommand } from './commands/register.js';
import { testCommand } from './commands/test.js';
import { provisionCommand } from './commands/provision.js';
import { provisionDataCommand } from './commands/provision-data.js';
import { publishCommand } from './commands/publish.js';
import { validateCommand } from './commands/validate.js';
import { commandHelp } from './help.js';
import type { CliIo, CommandContext, JsonResult } from './io.js';
import { envelope, jsonError, type JsonError } from './json.js';
import { closest } from './suggest.js';

export const COMMANDS: readonly Command[] = [packCommand, validateCommand, provisionDataCommand, provisionCommand, registerCommand, publishCommand, initCommand, testCommand, pruneCommand, cleanCommand];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.spec.name.length));
  return `Usage: mm-apps-deploy <command> [options]

Packs, validates and provisions Mattermost Apps for AWS Lambda and S3.

Commands:
${COMMANDS.map((c) => `  ${c.spec.name.padEnd(width)}  ${c.spec.summary}`).join('\n')}

Run "mm-apps-deploy <command> --help" for a command's options.

Global options:
  -h, --help     show help
      --version  print the version
      --json     print one JSON document on stdout, whatever the outcome
      --debug    show stack traces of unexpected errors

Environment:
  MM_APPS_DEPLOY_DATE   the date (YYYY-MM-DD) runtime deprecations are checked
                        against, instead of today (for reproducible checks)
  NO_COLOR, FORCE_COLOR no colour, or colour also when not on a terminal

Exit status: 0 success, 1 failure or validation errors, 2 usage error,
130 interrupted (Ctrl-C; 143 for SIGTERM): work stops before the next write,
temporary files and partial outputs are removed, and what was done is printed.
`;
}

function parseNow(env: CliIo['env']): Date {
  const value = env.MM_APPS_DEPLOY_DATE;
  if (!value) return new Date();
  const ms = Date.parse(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(ms)) throw new UsageError(`MM_APPS_DEPLOY_DATE must be a date like 2026-11-21, got "${value}"`);
  return new Date(ms);
}

/** The streams every command writes through: secrets redacted, values escaped, colour where wanted. */
function safeIo(io: CliIo): CliIo {
  const secrets = secretsIn(io.env);
  const colour = (isTTY: boolean | undefined) => (wantsColour(io.env, { isTTY: isTTY ?? false }) ? colourise : undefined);
  const out = safeWriter(io.out, { secrets, ...withColour(colour(io.tty?.out)) });
  const err = safeWriter(io.err, { secrets, ...withColour(colour(io.tty?.err)) });
  return { ...io, out, err };
}

function withColour(colour: ((s: string) => string) | undefined) {
  return colour ? { colour } : {};
}

/** A command's error as one line: messages are single lines by design, values in them already escaped. */
const message = (err: Error) => oneLine(err.message, 4 * 1024);

export async function main(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  const json = argv.includes('--json');
  const io = safeIo(rawIo);
  let commandName: string | undefined;
  let result: JsonResult | undefined;
  // with --json, stdout holds the one document: whatever else a command writes goes to stderr
  const finish = (exitCode: number, error?: JsonError): number => {
    if (json) io.out(`${safeJson(envelope(commandName, exitCode, result, error), 2)}\n`);
    return exitCode;
  };
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help' || (name === '--json' && rest.length === 0)) {
      const topic = name === 'help' ? COMMANDS.find((c) => c.spec.name === rest[0]) : undefined;
      const text = topic ? `${commandHelp(topic.spec)}\n` : overview();
      if (json) result = { help: text };
      else io.out(text);
      return finish(name === undefined ? 2 : 0, name === undefined ? jsonError('usage', 'no command given') : undefined);
    }
    if (name === '--version' || name === '-v') {
      if (json) result = { version: VERSION };
      else io.out(`${VERSION}\n`);
      return finish(0);
    }
    const command = COMMANDS.find((c) => c.spec.name === name);
    if (!command) {
      const guess = closest(
        name,
        COMMANDS.map((c) => c.spec.name),
      );
      throw new UsageError(`unknown command "${name}"${guess ? `; did you mean "${guess}"?` : ''} Commands: ${COMMANDS.map((c) => c.spec.name).join(', ')}`);
    }
    commandName = command.spec.name;
    const parsed = parseCommand(command.spec, rest);
    if (parsed.values.help) {
      const text = `${commandHelp(command.spec)}\n`;
      if (json) result = { help: text };
      else io.out(text);
      return finish(0);
    }
    const quiet = Boolean(parsed.values.quiet) || json;
    const progress = (m: string) => {
      if (!quiet) io.err(`${oneLine(m, 4 * 1024)}\n`);
    };
    const ctx: CommandContext = {
      io: json ? { ...io, out: io.err } : io,
      now: parseNow(io.env),
      debug,
      quiet,
      json,
      result: (doc) => (result = doc),
      progress,
      ...(io.signal ? { signal: io.signal } : {}),
    };
    return finish(await withAwsRetryReports(progress, () => command.run(parsed, ctx)));
  } catch (caught) {
    const err = fsFallback(caught);
    if (err instanceof Interrupted) {
      io.err(`mm-apps-deploy: ${err.message}: stopped before the next write; nothing half-written is left (temporary files and partial outputs were removed)\n`);
      return finish(err.exitCode, jsonError('interrupted', err.message));
    }
    if (err instanceof UsageError) {
      const cmd = err.command ?? commandName;
      io.err(`mm-apps-deploy: ${message(err)}\nRun "mm-apps-deploy ${cmd ? `${cmd} ` : ''}--help" for ${cmd ? 'its options' : 'usage'}.\n`);
      return finish(2, jsonError('usage', message(err)));
    }
    if (err instanceof UserError) {
      io.err(`mm-apps-deploy: ${message(err)}\n`);
      if (debug && err.stack) io.err(`${err.stack}\n`);
      return finish(1, jsonError('failed', message(err)));
    }
    const e = err instanceof Error ? err : new Error(String(err));
    io.err(`mm-apps-deploy: unexpected error: ${message(e)}\n`);
    io.err(debug && e.stack ? `${e.stack}\n` : 'Run again with --debug for details, and report it if it persists.\n');
    return finish(1, jsonError('unexpected', message(e)));
  }
}
