// Runs a `dossier` command line as the process: real stdout/stderr, cwd and environment; sets the
// exit code. Shared by the entry with every command (processEntry.ts) and each command's own
// build entry (commandEntries/).
import { readFileSync, writeSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { z } from 'zod';
import type { CliIo } from './cliIo';
import type { CommandTable } from './runCommandLine';
import { runCommandLine } from './runCommandLine';
import { checkV8Flags } from './checkV8Flags';
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

/** A closed pipe (`dossier rules | head`) is not an error worth a stack trace: exit quietly. */
function exitOnClosedPipe(err: NodeJS.ErrnoException): void {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
}

/**
 * Writes the command's output to standard output (fd 1) or error (fd 2). Written straight to the
 * file descriptor, so a command that prints a report never builds process.stdout (for a pipe or a
 * terminal that loads Node's net, tty and stream modules: about 3.5 ms of a start). On Linux and
 * macOS Node writes these streams synchronously anyway, so order and completeness are the same.
 * On Windows (console code pages), or once the descriptor refuses a write (a non-blocking pipe
 * that is full, a closed descriptor), the rest goes through the stream as before.
 */
function outputWriter(fd: 1 | 2, stream: () => NodeJS.WriteStream): (text: string) => void {
  let viaStream: NodeJS.WriteStream | null = null;
  const toStream = (chunk: string | Uint8Array) => {
    if (viaStream === null) {
      viaStream = stream();
      viaStream.on('error', exitOnClosedPipe);
    }
    viaStream.write(chunk);
  };
  let direct = process.platform !== 'win32';
  let closed = false;
  return (text) => {
    if (closed) return;
    if (!direct) return toStream(text);
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(fd, bytes, done);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EPIPE') {
        // As the stream did: its error event came on the next tick, then the process exited.
        closed = true;
        process.nextTick(() => exitOnClosedPipe(err as NodeJS.ErrnoException));
        return;
      }
      direct = false;
      toStream(bytes.subarray(done));
    }
  };
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
 * under the flags it was made with, the defaults (the export's private-terms gate compiles
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
 */
export async function runProcessWith(runCli: RunCli, appRoot: string, builtinsFile?: string): Promise<void> {
  configureOneShot();
  if (builtinsFile !== undefined) installBuiltins(builtinsFile);
  const argv = process.argv.slice(2);
  process.exitCode = await runCli(
    argv,
    {
      out: outputWriter(1, () => process.stdout),
      err: outputWriter(2, () => process.stderr),
      cwd: process.cwd(),
      env: process.env,
      appRoot,
    },
    () => setOneShotFlags(argv, process.cwd()),
  );
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
