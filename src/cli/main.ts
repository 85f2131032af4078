// The `dossier` command line: dispatches to one command; bad input is one clear line on stderr
// and exit code 2. `runCli` is the testable entry; run.ts wires it to the process.
// Each command is loaded only when it runs, so `dossier check` never loads the export stack
// (docx, sanitize-html, playwright-core). To add a command: one line here and one in help.ts.
import type { CliIo, Command } from './cliIo';
import { UsageError } from './cliIo';
import { HELP } from './help';
import { DossierError } from '../core/errors';

const commands: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./commands/check')).runCheck,
  export: async () => (await import('./commands/export')).runExport,
  init: async () => (await import('./commands/init')).runInit,
  import: async () => (await import('./commands/import')).runImport,
  templates: async () => (await import('./commands/templates')).runTemplates,
  rules: async () => (await import('./commands/rules')).runRules,
  questions: async () => (await import('./commands/questions')).runQuestions,
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
