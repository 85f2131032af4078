// Build entry of out/cli/check.cjs: `dossier check` alone. bin/dossier.cjs runs this bundle when
// the first argument is `check`, so a check neither reads nor deserialises the export stack's code
// (its code cache holds only what a check compiles). Same exports as processEntry.ts, but
// recordBuiltins.
import { loadCheck } from '../commandTable';
import { cliEntry } from '../processRun';

export const { runCli, runProcess, configureOneShot, installBuiltins } = cliEntry({ check: loadCheck });
// For the CLI build (scripts/build-cli.mjs): out/cli's prepared wink model.
export { writePreparedModel } from '../winkModelReadOnce';
// For out/cli/export.cjs, which holds no rubric: its review of a file (the private-terms gate and
// the errors left), run from this bundle (see loadExportReview.ts).
export { loadExportReview } from '../loadExportReview';
