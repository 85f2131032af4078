// `dossier check`'s command line: read by the command (commands/check.ts) and, before the check
// starts, by the process runner (processRun.ts), which sizes V8's regex compiler to the file.
import { parseCliArgs } from './parseCliArgs';
import type { ParsedArgs } from './parseCliArgs';

export const CHECK_USAGE = 'dossier check FILE.md [--company SLUG] [--lang en|zh] [--json]';

/** `args` (without the command name) parsed; throws UsageError with one line on bad input. */
export function parseCheckArgs(args: string[]): ParsedArgs {
  return parseCliArgs('check', args, { company: { type: 'string' }, json: { type: 'boolean' }, workspace: { type: 'string' }, lang: { type: 'string' } }, { min: 1, max: 1, usage: CHECK_USAGE });
}
