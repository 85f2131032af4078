// A new company folder, with the loop and checklist of its profile (if any); its rounds start in
// the zone of a city the name mentions, else the candidate's own zone (defaultTimeZone).
import type { CoreContext } from '../context';
import type { CompanyFile } from './schemas';
import { seedFromProfile } from '../companies/seed';
import { defaultTimeZone, localTimeZone } from '../companies/defaultTimeZone';

export function createSeededCompany(ctx: CoreContext, name: string, profileId: string | null): CompanyFile {
  const { loop, checklist } = seedFromProfile(ctx, profileId, defaultTimeZone(name, localTimeZone()));
  return ctx.store.createCompany(name, profileId, { loop, checklist });
}
