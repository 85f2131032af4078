// A new company folder, with the loop and checklist of its profile (if any).
import type { CoreContext } from '../context';
import type { CompanyFile } from './schemas';
import { seedFromProfile } from '../companies/seed';

export function createSeededCompany(ctx: CoreContext, name: string, profileId: string | null): CompanyFile {
  const { loop, checklist } = seedFromProfile(ctx, profileId);
  return ctx.store.createCompany(name, profileId, { loop, checklist });
}
