// Runs a `dossier` command line as the process: real stdout/stderr, cwd and environment; sets the
// exit code. Shared by the entry with every command (processEntry.ts) and each command's own
// build entry (commandEntries/).
import { setFlagsFromString } from 'node:v8';
import { z } from 'zod';
import type { CliIo } from './cliIo';
import type { CommandTable } from './runCommandLine';
import { runCommandLine } from './runCommandLine';

/** A command line runner: `argv` without the program name -> exit code. */
export type RunCli = (argv: string[], io: CliIo) => Promise<number>;

/**
 * A one-shot process validates each file once: zod's JIT (compiling a parser per schema) costs
 * more than it saves here.
 */
export function configureOneShot(): void {
  z.config({ jitless: true });
}

/** Runs `<process.argv>` through `runCli` for the app at `appRoot` and sets process.exitCode. */
export async function runProcessWith(runCli: RunCli, appRoot: string): Promise<void> {
  configureOneShot();
  const argv = process.argv.slice(2);
  // An export spends its short life in docx's XML and zip code, which V8's optimizing compiler
  // would compile on a second thread and rarely use: without it a one-page DOCX export takes
  // 175 instead of 227 ms of CPU (paired runs), a folder of 20 the same, a 1 MB document 7% more.
  // Set here, after bin/dossier.cjs compiled the bundle, so the code cache still matches.
  if (argv[0] === 'export') setFlagsFromString('--no-opt');

  // A closed pipe (`dossier rules | head`) is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }

  process.exitCode = await runCli(argv, {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    appRoot,
  });
}

/**
 * What a CLI bundle exports for bin/dossier.cjs (runProcess) and for the build's warm-up (runCli,
 * configureOneShot), for the commands in `commands`.
 */
export function cliEntry(commands: CommandTable): { runCli: RunCli; runProcess: (appRoot: string) => Promise<void>; configureOneShot: () => void } {
  const runCli: RunCli = (argv, io) => runCommandLine(commands, argv, io);
  return { runCli, runProcess: (appRoot) => runProcessWith(runCli, appRoot), configureOneShot };
}
