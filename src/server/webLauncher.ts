// What `npm run web -- …` does, in order, with its effects injected (scripts/web.mjs passes the
// real ones): check the arguments with the server's own parser, and stop with one line on a bad
// one; print the options for --help; build the renderer only when it is stale; then start the
// server with the same arguments (the sample company added unless --no-sample). Nothing is built
// or started for an argument the server would refuse.
import { parseServerArgs, SERVER_USAGE } from './parseServerArgs';

export interface WebLauncherEffects {
  /** True when out/renderer is missing or older than its sources. */
  rendererIsStale: () => boolean;
  /** Builds out/renderer; false when the build failed (it has printed why). */
  buildRenderer: () => boolean;
  /** Starts src/server/main.ts with these arguments (it runs until stopped). */
  startServer: (args: string[]) => void;
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * Runs the launcher for `argv` (the arguments after `npm run web --`). Returns the exit code when
 * it stops by itself (2 bad arguments, 0 after --help, 1 build failed), or null once the server
 * was started (its exit is the launcher's).
 */
export function launchWeb(argv: readonly string[], effects: WebLauncherEffects): number | null {
  const parsed = parseServerArgs(argv, { sample: true });
  if (!parsed.ok) {
    effects.err(`${parsed.message}\n`);
    return 2;
  }
  if (parsed.args.help) {
    effects.out(`${SERVER_USAGE}\n`);
    return 0;
  }
  if (effects.rendererIsStale() && !effects.buildRenderer()) {
    effects.err('The Dossier app could not be built (vite build failed; see the messages above).\n');
    return 1;
  }
  const serverArgs = argv.filter((a) => a !== '--sample' && a !== '--no-sample');
  if (parsed.args.sample) serverArgs.push('--sample');
  effects.startServer(serverArgs);
  return null;
}
