// Process entry of the CLI with every command. run.ts calls it when the sources run through tsx;
// the build's out/cli/dossier.cjs exports it for bin/dossier.cjs (every command but those with
// their own bundle, see commandEntries/), with runCli and configureOneShot for the build's warm-up
// and recordBuiltins for the build's table of validated built-in files.
import { COMMANDS } from './main';
import { cliEntry } from './processRun';

export { recordBuiltins } from './processRun';
export const { runCli, runProcess, configureOneShot, installBuiltins } = cliEntry(COMMANDS);
