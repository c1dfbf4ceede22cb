import type { CommandContext } from './io.js';

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The full --help text. */
  help: string;
  run(argv: string[], ctx: CommandContext): Promise<number>;
}
