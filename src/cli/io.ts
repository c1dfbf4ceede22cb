/** What a command may touch: output streams, environment and working directory (tests pass their own). */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Aborted on SIGINT/SIGTERM (with an Interrupted): commands stop before their next write. */
  signal?: AbortSignal;
}

export interface CommandContext {
  io: CliIo;
  /** Date for runtime lifecycle checks: MM_APPS_DEPLOY_DATE (YYYY-MM-DD) or today. */
  now: Date;
  debug: boolean;
  quiet: boolean;
  /** Progress on stderr (silenced by --quiet and --json). */
  progress(message: string): void;
  /** See CliIo.signal. */
  signal?: AbortSignal;
}
