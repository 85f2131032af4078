// The comp bands the comp rules compare against, for a company profile and (optionally) the
// candidate's company folder. SWAP POINT: until src/core/companies/profiles.ts exposes
// `bandsFor(profile, companyFile)`, this reads only the candidate's own `bandsOverride`; the
// profile's published bands come from the company rule pack's `fallbackBands` (comp-band params).
import type { CompanyFile } from '../workspace/schemas';
import type { CompBands } from './types';

export function companyBands(_appRoot: string, _profileId: string | null, company: CompanyFile | null): CompBands | null {
  const override = company?.bandsOverride ?? null;
  if (!override) return null;
  return {
    base: override.base ? [{ min: override.base.min, max: override.base.max, source: 'your edits' }] : [],
    baseIsRigid: override.baseIsRigid,
  };
}
