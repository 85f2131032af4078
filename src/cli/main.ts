// The `dossier` command line with every command: dispatches to one; bad input is one clear line
// on stderr and exit code 2. `runCli` is the testable entry; processEntry.ts wires it to the
// process. Each command is loaded only when it runs (commandTable.ts).
import type { CliIo } from './cliIo';
import type { CommandTable } from './runCommandLine';
import { runCommandLine } from './runCommandLine';
import { loadCheck, loadExport, loadImport, loadInit, loadQuestions, loadRules, loadTemplates } from './commandTable';

/** Every command, by name. */
export const COMMANDS: CommandTable = {
  check: loadCheck,
  export: loadExport,
  init: loadInit,
  import: loadImport,
  templates: loadTemplates,
  rules: loadRules,
  questions: loadQuestions,
};

export function runCli(argv: string[], io: CliIo): Promise<number> {
  return runCommandLine(COMMANDS, argv, io);
}
