// Argument parsing for one command: known flags only, every problem a one-line UsageError.
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
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options: flags, allowPositionals: true, strict: true });
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
  const pos = parsed.positionals;
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
