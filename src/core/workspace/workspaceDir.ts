// Where the workspace is when none is named. Its own module so a command that may never open a
// workspace (`dossier check` of a file) does not load the store (and node:crypto with it).
import os from 'node:os';
import path from 'node:path';

/** $DOSSIER_WORKSPACE, or <home>/Documents/Dossier. */
export function defaultWorkspaceDir(env: Record<string, string | undefined> = process.env, homedir: string = os.homedir()): string {
  const fromEnv = env.DOSSIER_WORKSPACE?.trim();
  if (fromEnv) return path.resolve(fromEnv);
  return path.join(homedir, 'Documents', 'Dossier');
}
