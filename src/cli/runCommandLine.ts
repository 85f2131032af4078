// Runs one `dossier` command line against a table of commands: bad input is one clear line on
// stderr and exit code 2, an unexpected failure exit code 3. main.ts passes every command; a
// command's own build entry (src/cli/commandEntries/) passes only its own.
import type { CliIo, Command } from './cliIo';
import { UsageError } from './cliIo';
import { HELP } from './help';
import { DossierError } from '../core/errors';
import { terminalSafe } from './terminalSafe';

/** Command name -> a loader that imports the command's module on first use. */
export type CommandTable = Readonly<Record<string, () => Promise<Command>>>;

/**
 * Runs `argv` (without the program name) and resolves to the process exit code. Everything the
 * command prints goes through terminalSafe: a document's escape sequences are shown, not obeyed.
 * `loaded`, if given, is called with the command's name once its module is loaded, before it runs.
 */
export async function runCommandLine(commands: CommandTable, argv: string[], rawIo: CliIo, loaded?: (name: string) => void): Promise<number> {
  const io: CliIo = { ...rawIo, out: (text) => rawIo.out(terminalSafe(text)), err: (text) => rawIo.err(terminalSafe(text)) };
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err('dossier: no command given. Run “dossier --help” for the list.\n');
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return 0;
  }
  const load = Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;
  if (!load) {
    io.err(`dossier: unknown command “${name}”. Run “dossier --help” for the list.\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(HELP);
    return 0;
  }
  try {
    const command = await load();
    loaded?.(name);
    return await command(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${err.message}\n`);
      return 2;
    }
    if (err instanceof DossierError) {
      io.err(`dossier ${name}: ${err.message}${err.file ? ` (${err.file})` : ''}\n`);
      return 2;
    }
    io.err(`dossier ${name}: something went wrong: ${err instanceof Error ? err.message : String(err)}\n`);
    return 3;
  }
}
