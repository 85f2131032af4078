// STUB — the export owner replaces this file with `dossier export FILE.md --format
// docx|pdf|html|md --out PATH [--company SLUG]`. Keep the exported name and signature.
import type { CliIo } from '../cliIo';
import { UsageError } from '../cliIo';

export async function runExport(_args: string[], _io: CliIo): Promise<number> {
  throw new UsageError('dossier export is not available in this build yet.');
}
