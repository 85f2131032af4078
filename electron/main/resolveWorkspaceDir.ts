// Which workspace the desktop app opens: --workspace DIR, then $DOSSIER_WORKSPACE, then the folder
// the candidate chose last time (File › Open workspace folder…), then the default.
// The remembered folder is read by core's one JSON reader (a byte-order mark is accepted); a file
// that is there but broken is named to the candidate and never overwritten.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readJsonFile } from '../../src/core/workspace/readJsonFile';

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

/** The remembered folder, and what was wrong with the file (null: nothing, or no file yet). */
export interface RememberedWorkspace {
  workspace: string | null;
  /** For the candidate, naming the file: it is broken and was left untouched. */
  problem: string | null;
}

/**
 * Reads the last chosen folder from <userData>/last-workspace.json (`{"workspace": "<dir>"}`).
 * No file (first launch): no folder and no problem. A file that is not JSON, or has no string
 * `workspace`: no folder, and a problem naming the file.
 */
export function readRememberedWorkspace(file: string): RememberedWorkspace {
  const read = readJsonFile(file);
  if (read.status === 'missing') return { workspace: null, problem: null };
  if (read.status === 'unreadable') return { workspace: null, problem: read.message };
  const data = read.value;
  if (typeof data === 'object' && data !== null && 'workspace' in data && typeof data.workspace === 'string' && data.workspace !== '') {
    return { workspace: data.workspace, problem: null };
  }
  return {
    workspace: null,
    problem: `“${file}” does not have the shape Dossier expects (an object with the folder as "workspace"). Dossier left it untouched.`,
  };
}

/**
 * Remembers `workspace` in `file` (temp file, rename). Returns false, writing nothing, when the
 * file there is broken (it is the candidate's to fix or delete) or the write failed.
 */
export function rememberWorkspace(file: string, workspace: string): boolean {
  if (readRememberedWorkspace(file).problem !== null) return false;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ workspace }, null, 2));
    renameSync(tmp, file);
    return true;
  } catch {
    // Remembering is a convenience only.
    return false;
  }
}
