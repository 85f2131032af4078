// The comp bands the comp rules compare against, for a company profile and (optionally) the
// candidate's company folder: the candidate's own bands when set, else every source's band from
// the profile (sources disagree for Wells Fargo; all are kept and named in the message).
// Pure: the caller finds the profile (findProfile reads resources/companies).
import type { CompanyFile } from '../workspace/schemas';
import type { CompanyProfile } from '../companies/types';
import type { BandRange, CompBands } from './types';
import { bandsFor, totalCashBands } from '../companies/bandsFor';

export function companyBands(profile: CompanyProfile | null, company: CompanyFile | null): CompBands | null {
  if (!profile && !company?.bandsOverride) return null;
  const bands = bandsFor(profile, company);
  const base: BandRange[] = [];
  if (bands.base) base.push({ min: bands.base.min, max: bands.base.max, source: bands.source ?? 'profile' });
  if (!company?.bandsOverride) {
    for (const alt of bands.alternatives) if (alt.base) base.push({ min: alt.base.min, max: alt.base.max, source: alt.source });
  }
  const totalCash: BandRange[] = totalCashBands(bands, Boolean(company?.bandsOverride)).map((b) => ({ min: b.min, max: b.max, source: b.source }));
  if (base.length === 0 && totalCash.length === 0 && !bands.baseIsRigid) return null;
  return { base, baseIsRigid: bands.baseIsRigid, totalCash };
}
