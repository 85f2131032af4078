// Process entry of the CLI: real stdout/stderr, cwd and environment; sets the exit code.
import path from 'node:path';
import { z } from 'zod';
import { runCli } from './main';

// A one-shot process validates each file once: zod's JIT (compiling a parser per schema) costs more
// than it saves here.
z.config({ jitless: true });

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
