/** What a command may use of the outside world; the CLI supplies it, tests can fake it. */
export interface Io {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** True when standard output is a terminal (colour, progress). */
  readonly stdoutIsTTY: boolean;
  readStdin(): Promise<Buffer>;
  /** Progress and notices for a person (standard error); never findings data. */
  log(line: string): void;
  /** Write to standard output while a long-running command (serve) is still running. */
  print?(text: string): void;
}

/** What a command returns: the text for standard output and the exit code. */
export interface CommandResult {
  readonly stdout: string;
  readonly exitCode: 0 | 1 | 2;
}

/** A subcommand: thin, it parses its arguments and calls the library. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(args: readonly string[], io: Io): Promise<CommandResult>;
}
