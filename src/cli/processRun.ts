// Runs a `dossier` command line as the process: real stdout/stderr, cwd and environment; sets the
// exit code. Shared by the entry with every command (processEntry.ts) and each command's own
// build entry (commandEntries/).
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { z } from 'zod';
import type { CliIo } from './cliIo';
import type { CommandTable } from './runCommandLine';
import { runCommandLine } from './runCommandLine';
import { checkV8Flags } from './checkV8Flags';
import { outputChannel } from './outputChannel';
import { writeFailureReason } from '../core/writeFailureReason';
import { installPrevalidated, recordPrevalidated } from '../core/prevalidated';
import type { PrevalidatedTable } from '../core/prevalidated';

/**
 * A command line runner: `argv` without the program name -> exit code. `loaded`: called with the
 * command's name once its module is loaded, before it runs (runCommandLine).
 */
export type RunCli = (argv: string[], io: CliIo, loaded?: (name: string) => void) => Promise<number>;

/**
 * A one-shot process validates each file once: zod's JIT (compiling a parser per schema) costs
 * more than it saves here.
 */
export function configureOneShot(): void {
  z.config({ jitless: true });
}

/**
 * Validates the app's built-in templates, rule packs and company profiles and returns the
 * outcomes as JSON data (prevalidated.ts), for the build to save as out/cli/builtins.json. Run it
 * in a fresh bundle, before any command: a loader that hits its own cache records nothing.
 * Exported by out/cli/dossier.cjs only (processEntry.ts).
 */
export async function recordBuiltins(appRoot: string): Promise<PrevalidatedTable> {
  const [{ loadTemplatesFrom }, { loadRulePacks }, { loadProfiles }] = await Promise.all([
    import('../core/templates/registry'),
    import('../core/rubric/loadRulePacks'),
    import('../core/companies/loadProfiles'),
  ]);
  return recordPrevalidated(() => {
    loadTemplatesFrom(appRoot, null);
    loadRulePacks(appRoot);
    loadProfiles(appRoot);
  });
}

/**
 * Installs the built-in outcomes the build recorded (`file`: out/cli/builtins.json). A missing or
 * unreadable file only means every built-in file is read and validated.
 */
export function installBuiltins(file: string): void {
  let table: PrevalidatedTable;
  try {
    table = JSON.parse(readFileSync(file, 'utf8')) as PrevalidatedTable;
  } catch {
    return;
  }
  installPrevalidated(table);
}

/**
 * V8 flags for a one-shot CLI process, by command; set once the command's modules are loaded
 * (loaded after a flag change, Node's built-in modules such as node:crypto and node:os miss Node's
 * own code cache and are compiled afresh: about 20 M instructions of a DOCX export), and after
 * bin/dossier.cjs compiled the bundle under V8's default flags, as the build made its code cache.
 * - --no-regexp-tier-up: V8 would run each new regex once in its bytecode interpreter before
 *   compiling it; a check runs a few hundred rule regexes about once each over the whole text, so
 *   nearly every match was interpreted (60 ms of a 330 ms check). Matches are the same.
 * - --no-opt (export): an export spends its short life in docx's XML and zip code, which V8's
 *   optimizing compiler would compile on a second thread and rarely use: without it a one-page
 *   DOCX export takes 175 instead of 227 ms of CPU (paired runs), a folder of 20 the same, a 1 MB
 *   document 7% more.
 * - --no-regexp-optimization and --no-opt (check of a page): see checkV8Flags.ts.
 * `argv`: the command line without the program name; `cwd`: where it runs.
 */
export function oneShotFlags(argv: string[], cwd: string): string[] {
  const [command, ...args] = argv;
  if (command === 'export') return ['--no-regexp-tier-up', '--no-opt'];
  if (command === 'check') return ['--no-regexp-tier-up', ...checkV8Flags(args, cwd)];
  return ['--no-regexp-tier-up'];
}

/** The one-shot flags this process set (runProcessWith), all of the form --no-<name>. */
let flagsSet: string[] = [];

function setOneShotFlags(argv: string[], cwd: string): void {
  flagsSet = oneShotFlags(argv, cwd);
  for (const flag of flagsSet) setFlagsFromString(flag);
}

/**
 * Runs `compile` under V8's default flags, then sets the process's one-shot flags again (none
 * when it set none): for compiling another bundle of out/cli, whose code cache V8 accepts only
 * under the flags it was made with, the defaults (the export's review of a file compiles
 * out/cli/check.cjs).
 */
export function underDefaultFlags<T>(compile: () => T): T {
  const set = flagsSet;
  for (const flag of set) setFlagsFromString(flag.replace(/^--no-/, '--'));
  try {
    return compile();
  } finally {
    for (const flag of set) setFlagsFromString(flag);
  }
}

/**
 * Runs `<process.argv>` through `runCli` for the app at `appRoot` and sets process.exitCode.
 * `builtinsFile`: the build's out/cli/builtins.json (none when the sources run through tsx).
 * Standard output that cannot be written (a full disk, an I/O error; outputChannel.ts) is one
 * line on stderr, "dossier check: cannot write standard output: the disk is full; …", and exit
 * code 2, also when the failure shows only after the command returned; a reader that went away
 * (EPIPE) is quiet and leaves the command's own exit code.
 */
export async function runProcessWith(runCli: RunCli, appRoot: string, builtinsFile?: string): Promise<void> {
  configureOneShot();
  if (builtinsFile !== undefined) installBuiltins(builtinsFile);
  const argv = process.argv.slice(2);
  const stderr = outputChannel(2, () => process.stderr);
  let finished = false;
  const reportStdout = (err: NodeJS.ErrnoException) => {
    const name = argv[0] !== undefined && /^[a-z]+$/.test(argv[0]) ? `dossier ${argv[0]}` : 'dossier';
    stderr.write(`${name}: cannot write standard output: ${writeFailureReason(err)}; what was printed is incomplete.\n`);
    process.exitCode = 2;
  };
  const stdout = outputChannel(
    1,
    () => process.stdout,
    (err) => {
      if (finished) reportStdout(err);
    },
  );
  const code = await runCli(
    argv,
    { out: stdout.write, err: stderr.write, cwd: process.cwd(), env: process.env, appRoot },
    () => setOneShotFlags(argv, process.cwd()),
  );
  finished = true;
  const failure = stdout.failure();
  if (failure !== null) reportStdout(failure);
  else process.exitCode = code;
}

/**
 * What a CLI bundle exports for bin/dossier.cjs (runProcess) and for the build (runCli,
 * configureOneShot and installBuiltins for its warm-up), for the commands in `commands`.
 * recordBuiltins is exported by processEntry.ts alone: it loads every rule pack, so a bundle
 * exporting it carries the whole rubric.
 */
export function cliEntry(commands: CommandTable): {
  runCli: RunCli;
  runProcess: (appRoot: string, builtinsFile?: string) => Promise<void>;
  configureOneShot: () => void;
  installBuiltins: (file: string) => void;
} {
  const runCli: RunCli = (argv, io, loaded) => runCommandLine(commands, argv, io, loaded);
  return { runCli, runProcess: (appRoot, builtinsFile) => runProcessWith(runCli, appRoot, builtinsFile), configureOneShot, installBuiltins };
}
