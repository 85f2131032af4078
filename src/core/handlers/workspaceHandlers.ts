// workspace.* and the company-folder operations (list, create, rename, archive).
import type { Handlers, WorkspaceInfo } from '../../shared/api';
import type { CoreContext } from '../context';
import { CURRENT_SCHEMA_VERSION } from '../workspace/schemas';
import { createSeededCompany } from '../workspace/createSeededCompany';

export function workspaceInfo(ctx: CoreContext): WorkspaceInfo {
  return {
    root: ctx.store.root,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    settings: ctx.store.workspace().settings,
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
