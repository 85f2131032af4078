// Process entry of the CLI: real stdout/stderr, cwd and environment; sets the exit code.
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { z } from 'zod';
import { runCli } from './main';

// A one-shot process validates each file once: zod's JIT (compiling a parser per schema) costs more
// than it saves here.
z.config({ jitless: true });

// V8 runs each new regex once in its bytecode interpreter before compiling it to machine code
// (regexp tier-up). A one-shot check runs a few hundred rule regexes about once each over the
// whole text, so nearly every match is interpreted: 60 ms of a 330 ms `dossier check` (CPU
// profile of the strong brief). Compiling at first use is cheaper here. The flag is read whenever
// a regex is compiled, so setting it before any rule runs is enough; matches are the same.
setFlagsFromString('--no-regexp-tier-up');

// A closed pipe (`dossier rules | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const appRoot = path.resolve(import.meta.dirname, '..', '..');
const code = await runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
  appRoot,
});
process.exitCode = code;
