// Argument parsing for one command: known flags only, each given at most once, no empty values;
// every problem a one-line UsageError (exit 2).
import { parseArgs } from 'node:util';
import { UsageError } from './cliIo';

export interface FlagSpec {
  [name: string]: { type: 'string' | 'boolean' };
}

export interface ParsedArgs {
  positionals: string[];
  strings: Record<string, string | undefined>;
  booleans: Record<string, boolean>;
}

export function parseCliArgs(command: string, args: string[], flags: FlagSpec, positionals: { min: number; max: number; usage: string }): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: FlagSpec; allowPositionals: true; strict: true; tokens: true }>>;
  try {
    parsed = parseArgs({ args, options: flags, allowPositionals: true, strict: true, tokens: true });
  } catch (err) {
    const msg = err instanceof Error ? err.message.split('\n')[0] ?? '' : String(err);
    const unknown = /Unknown option '([^']+)'/.exec(msg);
    if (unknown) throw new UsageError(`dossier ${command}: unknown option ${unknown[1]}. Usage: ${positionals.usage}`);
    const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(msg);
    if (missing) throw new UsageError(`dossier ${command}: ${missing[1]} needs a value. Usage: ${positionals.usage}`);
    // "--company --json": the value looks like an option.
    const ambiguous = /Option '([^' ]+)(?: <value>)?' argument is ambiguous/.exec(msg);
    if (ambiguous) {
      throw new UsageError(
        `dossier ${command}: ${ambiguous[1]} needs a value before the next option (a value that starts with '-' is written ${ambiguous[1]}=VALUE). Usage: ${positionals.usage}`,
      );
    }
    throw new UsageError(`dossier ${command}: ${msg} Usage: ${positionals.usage}`);
  }
  checkOptionTokens(command, parsed.tokens, positionals.usage);
  const pos = parsed.positionals;
  if (pos.some((p) => p.trim() === '')) throw new UsageError(`dossier ${command}: a file name is empty. Usage: ${positionals.usage}`);
  if (pos.length < positionals.min) throw new UsageError(`dossier ${command}: missing argument. Usage: ${positionals.usage}`);
  if (pos.length > positionals.max) throw new UsageError(`dossier ${command}: unexpected argument “${pos[positionals.max]}”. Usage: ${positionals.usage}`);
  const strings: Record<string, string | undefined> = {};
  const booleans: Record<string, boolean> = {};
  for (const [name, spec] of Object.entries(flags)) {
    const v = parsed.values[name];
    if (spec.type === 'string') strings[name] = typeof v === 'string' ? v : undefined;
    else booleans[name] = v === true;
  }
  return { positionals: pos, strings, booleans };
}

/** What an empty value of an option should have been, for the message. */
const WANTED: Record<string, string> = {
  workspace: 'a folder (leave --workspace out to use the default workspace)',
  out: 'a file or folder name',
  company: 'a company profile id or a company folder of the workspace',
  format: 'docx, pdf, html or md',
};

/**
 * Refuses an option given twice ("--format docx --format pdf" would otherwise keep the last one
 * silently) and an empty or blank value ("--workspace ''", as a script's unset variable gives:
 * it would otherwise mean the default workspace, the candidate's real one).
 */
function checkOptionTokens(command: string, tokens: ReturnType<typeof parseArgs>['tokens'], usage: string): void {
  const seen = new Set<string>();
  for (const t of tokens ?? []) {
    if (t.kind !== 'option') continue;
    if (seen.has(t.name)) throw new UsageError(`dossier ${command}: --${t.name} is given more than once; give it once. Usage: ${usage}`);
    seen.add(t.name);
    if (typeof t.value === 'string' && t.value.trim() === '') {
      throw new UsageError(`dossier ${command}: --${t.name} is empty; it needs ${WANTED[t.name] ?? 'a value'}. Usage: ${usage}`);
    }
  }
}
