/** What a command may touch: output streams, environment and working directory (tests pass their own). */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Aborted on SIGINT/SIGTERM (with an Interrupted): commands stop before their next write. */
  signal?: AbortSignal;
  /** Whether stdout and stderr are terminals (colour is only for terminals; see colour.ts). */
  tty?: { out: boolean; err: boolean };
}

/** A command's result for --json: main.ts prints it, once, inside the envelope (json.ts). */
export type JsonResult = Record<string, unknown>;

export interface CommandContext {
  /** Streams that make everything written safe to show (output/writer.ts). */
  io: CliIo;
  /** Date for runtime lifecycle checks: MM_APPS_DEPLOY_DATE (YYYY-MM-DD) or today. */
  now: Date;
  debug: boolean;
  quiet: boolean;
  /** --json: the command hands its result to `result` instead of printing text. */
  json: boolean;
  /** Sets the --json result (the last call wins); main.ts prints it whatever the outcome. */
  result(doc: JsonResult): void;
  /** Progress on stderr, one line each (silenced by --quiet and --json). */
  progress(message: string): void;
  /** See CliIo.signal. */
  signal?: AbortSignal;
}
