// Process entry of the CLI: real stdout/stderr, cwd and environment; sets the exit code. run.ts
// calls it when the sources run through tsx; the build (out/cli/dossier.cjs) exports it for
// bin/dossier.mjs, with runCli and configureOneShot for the build's warm-up.
import { z } from 'zod';
import { runCli } from './main';

export { runCli };

/**
 * A one-shot process validates each file once: zod's JIT (compiling a parser per schema) costs
 * more than it saves here.
 */
export function configureOneShot(): void {
  z.config({ jitless: true });
}

/** Runs `dossier <process.argv>` for the app at `appRoot` and sets process.exitCode. */
export async function runProcess(appRoot: string): Promise<void> {
  configureOneShot();

  // A closed pipe (`dossier rules | head`) is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }

  process.exitCode = await runCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    appRoot,
  });
}
