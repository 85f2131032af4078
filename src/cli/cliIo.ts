// What a CLI command is handed: output streams, the environment and the working folder, so
// commands are testable without spawning a process.
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Repository (or app) root holding templates/ and resources/. */
  appRoot: string;
}

/** Bad input: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export type Command = (args: string[], io: CliIo) => Promise<number>;
