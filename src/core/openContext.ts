// Builds the CoreContext a shell (Electron, browser-mode server, CLI) hands to the handlers, and
// prepares a workspace on first run.
import path from 'node:path';
import type { CoreContext } from './context';
import type { PdfPrinter } from './export/types';
import { openWorkspace } from './workspace/openWorkspace';
import { addSampleCompanies } from './workspace/addSampleCompanies';

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
 */
export async function ensureWorkspace(
  root: string,
  opts: { sample: boolean; appRoot?: string; now?: () => Date },
): Promise<{ root: string; created: boolean; companies: string[] }> {
  const now = opts.now ?? (() => new Date());
  const store = openWorkspace(root, { now });
  try {
    let companies: string[] = [];
    if (store.created && opts.sample) {
      const ctx: CoreContext = { store, shell: 'cli', appRoot: opts.appRoot ?? defaultAppRoot(), printer: null, now };
      companies = addSampleCompanies(ctx);
    }
    return { root: store.root, created: store.created, companies };
  } finally {
    store.close();
  }
}
