// Builds the CoreContext a shell (Electron, browser-mode server, CLI) hands to the handlers, and
// prepares a workspace on first run.
import fs from 'node:fs';
import path from 'node:path';
import type { CoreContext } from './context';
import type { PdfPrinter } from './export/types';
import { openWorkspace } from './workspace/openWorkspace';
import { addSampleCompanies } from './workspace/addSampleCompanies';
import { buildWorkspaceAside, isFreshFolder } from './workspace/buildWorkspaceAside';

export { defaultWorkspaceDir } from './workspace/openWorkspace';

/** The repository (or unpacked app) root, from this file's place in src/core. */
export function defaultAppRoot(): string {
  return path.resolve(import.meta.dirname, '..', '..');
}

export interface CreateCoreContextOptions {
  root: string;
  shell: CoreContext['shell'];
  appRoot?: string;
  printer?: PdfPrinter | null;
  /** Read without the lock and never write (the CLI `check` path). */
  readOnly?: boolean;
  now?: () => Date;
}

/** Opens the workspace (taking the single-writer lock unless readOnly). Call ctx.store.close() when done. */
export async function createCoreContext(opts: CreateCoreContextOptions): Promise<CoreContext> {
  const now = opts.now ?? (() => new Date());
  const store = openWorkspace(opts.root, { readOnly: opts.readOnly ?? false, now });
  return { store, shell: opts.shell, appRoot: opts.appRoot ?? defaultAppRoot(), printer: opts.printer ?? null, now };
}

/**
 * Creates the workspace folder when it does not exist yet; with `sample`, a new workspace gets
 * the sample company. An existing workspace is left as it is. Releases the lock before returning.
 * All or nothing: a new workspace (no folder, or an empty one) is built in a hidden sibling folder
 * and renamed into place (buildWorkspaceAside), so a failure half-way (the disk full while the
 * sample is written) throws and leaves no workspace that a later run would take as complete. A
 * folder that already holds other files gets the workspace files in place, as before.
 */
export async function ensureWorkspace(
  root: string,
  opts: { sample: boolean; appRoot?: string; now?: () => Date },
): Promise<{ root: string; created: boolean; companies: string[] }> {
  const now = opts.now ?? (() => new Date());
  const abs = path.resolve(root);
  const fill = (folder: string) => {
    const store = openWorkspace(folder, { now });
    try {
      let companies: string[] = [];
      if (store.created && opts.sample) {
        const ctx: CoreContext = { store, shell: 'cli', appRoot: opts.appRoot ?? defaultAppRoot(), printer: null, now };
        companies = addSampleCompanies(ctx);
      }
      return { created: store.created, companies };
    } finally {
      store.close();
    }
  };
  const target = realTarget(abs);
  if (isFreshFolder(target)) {
    const built = buildWorkspaceAside(target, fill);
    if (built.placed) return { root: abs, ...built.value };
  }
  return { root: abs, ...fill(abs) };
}

/** `root` with a symbolic link at its end followed (the rename must replace the folder, not the link). */
function realTarget(root: string): string {
  try {
    return fs.realpathSync(root);
  } catch {
    return root;
  }
}
