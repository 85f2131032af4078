// Which workspace the desktop app opens: --workspace DIR, then $DOSSIER_WORKSPACE, then the folder
// the candidate chose last time (File › Open workspace folder…), then the default.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export function workspaceFromArgv(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--workspace') {
      const next = argv[i + 1];
      return next && !next.startsWith('--') ? next : null;
    }
    if (arg.startsWith('--workspace=')) return arg.slice('--workspace='.length) || null;
  }
  return null;
}

export function resolveWorkspaceDir(opts: {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  remembered: string | null;
  fallback: string;
}): string {
  const fromArg = workspaceFromArgv(opts.argv);
  if (fromArg) return resolve(fromArg);
  const fromEnv = opts.env.DOSSIER_WORKSPACE;
  if (fromEnv) return resolve(fromEnv);
  if (opts.remembered) return resolve(opts.remembered);
  return resolve(opts.fallback);
}

/** Reads the last chosen folder from <userData>/last-workspace.json (null when none). */
export function readRememberedWorkspace(file: string): string | null {
  try {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof data === 'object' && data !== null && 'workspace' in data && typeof data.workspace === 'string') return data.workspace;
  } catch {
    // First launch, or an unreadable file: use the default.
  }
  return null;
}

export function rememberWorkspace(file: string, workspace: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ workspace }, null, 2));
    renameSync(tmp, file);
  } catch {
    // Remembering is a convenience only.
  }
}
