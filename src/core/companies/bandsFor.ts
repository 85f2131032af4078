// The compensation bands an ask is measured against: the company's own bands when the candidate
// set them (custom company, or an adjusted copy of a profile), else the profile's default
// variant. Read by the rubric's comp-band rule and by the compensation view.
import type { CompanyFile } from '../workspace/schemas';
import type { Bands, CompanyProfile } from './types';

export const OWN_BANDS_SOURCE = 'your edits';

export function bandsFor(
  profile: CompanyProfile | null,
  company: Pick<CompanyFile, 'bandsOverride'> | null,
): Bands {
  const variants = profile?.compensation ?? [];
  const main = variants.find((v) => v.isDefault) ?? variants[0] ?? null;
  const others = variants.filter((v) => v !== main);
  const alternatives = others.map((v) => ({
    base: v.base,
    bonusPercent: v.bonusPercent,
    baseIsRigid: v.baseIsRigid,
    source: v.source,
  }));

  const override = company?.bandsOverride ?? null;
  if (override) {
    return {
      base: override.base,
      bonusPercent: override.bonusPercent,
      baseIsRigid: override.baseIsRigid,
      source: OWN_BANDS_SOURCE,
      rigidSource: override.baseIsRigid ? OWN_BANDS_SOURCE : null,
      alternatives,
    };
  }
  if (!main) {
    return {
      base: null,
      bonusPercent: null,
      baseIsRigid: false,
      source: null,
      rigidSource: null,
      alternatives: [],
    };
  }
  // A source saying base is rigid is worth heeding even when another source's band is the default.
  const rigid = main.baseIsRigid ? main : (others.find((v) => v.baseIsRigid) ?? null);
  return {
    base: main.base,
    bonusPercent: main.bonusPercent,
    baseIsRigid: rigid !== null,
    source: main.source,
    rigidSource: rigid?.source ?? null,
    alternatives,
  };
}
