// Build entry of out/cli/export.cjs: `dossier export` alone. bin/dossier.cjs runs this bundle when
// the first argument is `export`; its code cache holds only what an export compiles (no rubric,
// which an export runs only for a workspace's private terms). Same exports as processEntry.ts.
import { loadExport } from '../commandTable';
import { cliEntry } from '../processRun';

export const { runCli, runProcess, configureOneShot, recordBuiltins, installBuiltins } = cliEntry({ export: loadExport });
