// The shape of one `replydesk` sub-command.

/** Where a command writes; tests pass buffers, the real CLI passes process streams. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Environment (REPLYDESK_DATA_DIR etc.). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Working directory for relative paths. */
  readonly cwd: string;
}

/** A sub-command: `replydesk <name> ...`. */
export interface CliCommand {
  readonly name: string;
  /** One line in Chinese for `replydesk --help`. */
  readonly summary: string;
  /** Usage lines for `replydesk <name> --help`. */
  readonly usage: string;
  /** Runs with the arguments after the command name; resolves to the process exit code. */
  readonly run: (argv: readonly string[], io: CliIo) => Promise<number>;
}
