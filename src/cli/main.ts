// The `dossier` command line: dispatches to one command; bad input is one clear line on stderr
// and exit code 2. `runCli` is the testable entry; run.ts wires it to the process.
import type { CliIo, Command } from './cliIo';
import { UsageError } from './cliIo';
import { HELP } from './help';
import { runCheck } from './commands/check';
import { runTemplates } from './commands/templates';
import { runRules } from './commands/rules';
import { runImport } from './commands/import';
import { runInit } from './commands/init';
import { runExport } from './commands/export';
import { DossierError } from '../core/errors';

const commands: Record<string, Command> = {
  check: runCheck,
  export: runExport,
  init: runInit,
  import: runImport,
  templates: runTemplates,
  rules: runRules,
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err('dossier: no command given. Run “dossier --help” for the list.\n');
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return 0;
  }
  const command = Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.err(`dossier: unknown command “${name}”. Run “dossier --help” for the list.\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(HELP);
    return 0;
  }
  try {
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
