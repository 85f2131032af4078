// workspace.* and the company-folder operations (list, create, rename, archive).
import type { Handlers, WorkspaceInfo } from '../../shared/api';
import type { CoreContext } from '../context';
import { CURRENT_SCHEMA_VERSION, WorkspaceSettings } from '../workspace/schemas';
import { DossierError } from '../errors';
import { createSeededCompany } from '../workspace/createSeededCompany';

/**
 * Root, settings, problems and shell for the app. While workspace.json cannot be read, the
 * settings shown are the defaults, but `problems` names the file first, and every operation that
 * acts on the settings (export, the private-terms gate, saving settings) refuses with that problem.
 */
export function workspaceInfo(ctx: CoreContext): WorkspaceInfo {
  let settings: WorkspaceSettings;
  try {
    settings = ctx.store.workspace().settings;
  } catch (err) {
    if (!(err instanceof DossierError && err.code === 'corrupt-file')) throw err;
    settings = WorkspaceSettings.parse({});
  }
  return {
    root: ctx.store.root,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    settings,
    problems: ctx.store.problems(),
    shell: ctx.shell,
  };
}

export function workspaceHandlers(ctx: CoreContext): Partial<Handlers> {
  return {
    'workspace.info': async () => workspaceInfo(ctx),
    'workspace.updateSettings': async (patch) => ctx.store.updateSettings(patch),
    'workspace.restoreBackup': async ({ file }) => {
      ctx.store.restoreBackup(file);
      return workspaceInfo(ctx);
    },
    'workspace.refresh': async () => ({ changed: ctx.store.refresh() }),

    'companies.list': async ({ includeArchived }) =>
      ctx.store.listCompanies().filter((c) => includeArchived === true || !c.archived),
    'companies.create': async ({ name, profileId }) => createSeededCompany(ctx, name, profileId),
    // The folder (slug) stays the same so links, exports and sync tools keep working.
    'companies.rename': async ({ slug, name }) => ctx.store.updateCompany(slug, (c) => ({ ...c, name: name.trim() })),
    'companies.archive': async ({ slug, archived }) => ctx.store.updateCompany(slug, (c) => ({ ...c, archived })),
  };
}
