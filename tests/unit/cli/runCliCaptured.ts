// Runs the `dossier` command in this process with captured output, for the CLI tests.
import path from 'node:path';
import { runCli } from '../../../src/cli/main';
import type { CliIo } from '../../../src/cli/cliIo';

/** The repository root: the app's data folders (templates, rule packs, profiles) live here. */
export const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

/**
 * Runs `dossier ARGS` with stdout and stderr captured. The working folder defaults to the
 * repository root; the environment holds only `env`, with DOSSIER_WORKSPACE unset unless given.
 */
export async function runCliCaptured(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    cwd: opts.cwd ?? repoRoot,
    env: { DOSSIER_WORKSPACE: undefined, ...opts.env },
    appRoot: repoRoot,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}
