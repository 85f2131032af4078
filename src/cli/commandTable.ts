// How each `dossier` command is loaded: only when it runs, so `dossier check` never initialises
// the export stack (docx, sanitize-html, playwright-core). main.ts puts them all in one table; a
// command's own build entry (src/cli/commandEntries/) takes only its own, so that bundle holds no
// other command's code. To add a command: one loader here, one line in main.ts and one in help.ts.
import type { Command } from './cliIo';

export const loadCheck = async (): Promise<Command> => (await import('./commands/check')).runCheck;
export const loadExport = async (): Promise<Command> => (await import('./commands/export')).runExport;
export const loadInit = async (): Promise<Command> => (await import('./commands/init')).runInit;
export const loadImport = async (): Promise<Command> => (await import('./commands/import')).runImport;
export const loadTemplates = async (): Promise<Command> => (await import('./commands/templates')).runTemplates;
export const loadRules = async (): Promise<Command> => (await import('./commands/rules')).runRules;
export const loadQuestions = async (): Promise<Command> => (await import('./commands/questions')).runQuestions;
