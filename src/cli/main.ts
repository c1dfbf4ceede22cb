// The CLI: parses the command line, runs a command, maps outcomes to exit codes
// (0 success, 1 failure or findings with errors, 2 usage error).
import { Interrupted, UserError } from '../errors.js';
import { fsFallback } from '../fs/fs-error.js';
import { VERSION } from '../version.js';
import { UsageError } from './args.js';
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
import type { CliIo, CommandContext } from './io.js';

export const COMMANDS: readonly Command[] = [packCommand, validateCommand, provisionDataCommand, provisionCommand, registerCommand, publishCommand, initCommand, testCommand, pruneCommand, cleanCommand];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: mm-apps-deploy <command> [options]

Packs, validates and provisions Mattermost Apps for AWS Lambda and S3.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run "mm-apps-deploy <command> --help" for a command's options.

Global options:
  -h, --help     show help
      --version  print the version
      --debug    show stack traces of unexpected errors

Environment:
  MM_APPS_DEPLOY_DATE   the date (YYYY-MM-DD) runtime deprecations are checked
                        against, instead of today (for reproducible checks)

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

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
      io.out(topic ? `${topic.help}\n` : overview());
      return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
      io.out(`${VERSION}\n`);
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new UsageError(`unknown command "${name}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
    const quiet = rest.includes('--quiet') || rest.includes('-q') || rest.includes('--json');
    const ctx: CommandContext = {
      io,
      now: parseNow(io.env),
      debug,
      quiet,
      progress: (message) => {
        if (!quiet) io.err(`${message}\n`);
      },
      ...(io.signal ? { signal: io.signal } : {}),
    };
    return await command.run(rest, ctx);
  } catch (caught) {
    const err = fsFallback(caught);
    if (err instanceof Interrupted) {
      io.err(`mm-apps-deploy: ${err.message}: stopped before the next write; nothing half-written is left (temporary files and partial outputs were removed)\n`);
      return err.exitCode;
    }
    if (err instanceof UsageError) {
      io.err(`mm-apps-deploy: ${err.message}\nRun "mm-apps-deploy --help" for usage.\n`);
      return 2;
    }
    if (err instanceof UserError) {
      io.err(`mm-apps-deploy: ${err.message}\n`);
      if (debug && err.stack) io.err(`${err.stack}\n`);
      return 1;
    }
    const e = err instanceof Error ? err : new Error(String(err));
    io.err(`mm-apps-deploy: unexpected error: ${e.message}\n`);
    io.err(debug && e.stack ? `${e.stack}\n` : 'Run again with --debug for details, and report it if it persists.\n');
    return 1;
  }
}
