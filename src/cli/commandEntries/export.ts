// Build entry of out/cli/export.cjs: `dossier export` alone. bin/dossier.cjs runs this bundle when
// the first argument is `export`; it holds no rubric (its review of a file runs from
// out/cli/check.cjs, see loadExportReview.ts), and its code cache holds only what an
// export compiles. Same exports as processEntry.ts, but recordBuiltins.
import { loadExport } from '../commandTable';
import { cliEntry } from '../processRun';

export const { runCli, runProcess, configureOneShot, installBuiltins } = cliEntry({ export: loadExport });
