// The compensation bands an ask is measured against: the company's own bands when the candidate
// set them (custom company, or an adjusted copy of a profile), else the profile's default
// reading, with every other reading kept beside it (Wells Fargo: wf-en and wf-zh disagree;
// JPMorgan: one figure read as base and as total cash). Read by the rubric's comp-band rule and by
// the compensation view.
import type { CompanyFile, MoneyRange } from '../workspace/schemas';
import type { BandReading, Bands, CompanyProfile } from './types';
import { OWN_EDITS } from './sourceLabels';

/** The source of bands the candidate entered or edited. */
export const OWN_BANDS_SOURCE = OWN_EDITS;

export function bandsFor(
  profile: CompanyProfile | null,
  company: Pick<CompanyFile, 'bandsOverride'> | null,
): Bands {
  const variants = profile?.compensation ?? [];
  const main = variants.find((v) => v.isDefault) ?? variants[0] ?? null;
  const alternatives: BandReading[] = variants
    .filter((v) => v !== main)
    .map((v) => ({
      id: v.id,
      base: v.base,
      bonusPercent: v.bonusPercent,
      totalCash: v.totalCash,
      bonusSeniorPercent: v.bonusSeniorPercent,
      total: v.total,
      totalManagementUpliftPercent: v.totalManagementUpliftPercent,
      baseIsRigid: v.baseIsRigid,
      source: v.source,
      reading: v.reading,
    }));

  const override = company?.bandsOverride ?? null;
  if (override) {
    return {
      base: override.base,
      bonusPercent: override.bonusPercent,
      totalCash: null,
      baseIsRigid: override.baseIsRigid,
      source: OWN_BANDS_SOURCE,
      readingId: null,
      reading: null,
      rigidSource: override.baseIsRigid ? OWN_BANDS_SOURCE : null,
      alternatives,
    };
  }
  if (!main) {
    return {
      base: null,
      bonusPercent: null,
      totalCash: null,
      baseIsRigid: false,
      source: null,
      readingId: null,
      reading: null,
      rigidSource: null,
      alternatives: [],
    };
  }
  // A guide saying base is rigid is worth heeding even when another guide's band is the default.
  const rigid = main.baseIsRigid ? main : (variants.find((v) => v !== main && v.baseIsRigid) ?? null);
  return {
    base: main.base,
    bonusPercent: main.bonusPercent,
    totalCash: main.totalCash,
    baseIsRigid: rigid !== null,
    source: main.source,
    readingId: main.id,
    reading: main.reading,
    rigidSource: rigid?.source ?? null,
    alternatives,
  };
}

/** A band with the guide that states it (label; show it with sourceName()). */
export interface LabelledBand extends MoneyRange {
  source: string;
  /** The reading it belongs to ("jpmorgan-total-cash"), or null for your own bands. */
  readingId: string | null;
}

/**
 * Every base band a base ask should be measured against, the default reading's first, each with
 * its guide. Your own bands replace the profile's. Wells Fargo gives two (wf-en $150k–$210k,
 * wf-zh $135k–$195k); JPMorgan one ($150k–$210k read as base).
 */
export function baseBands(bands: Bands, ownBands: boolean): LabelledBand[] {
  const out: LabelledBand[] = [];
  if (bands.base && bands.source) out.push({ ...bands.base, source: bands.source, readingId: bands.readingId });
  if (!ownBands)
    for (const a of bands.alternatives) if (a.base) out.push({ ...a.base, source: a.source, readingId: a.id });
  return out;
}

/**
 * Every total-cash band (base plus cash bonus a year) an ask stated as total cash should be
 * measured against, each with its guide. JPMorgan: $150k–$210k from the guide's "total cash"
 * reading. Empty when no guide states pay as total cash, or when your own bands are in use.
 */
export function totalCashBands(bands: Bands, ownBands: boolean): LabelledBand[] {
  if (ownBands) return [];
  const out: LabelledBand[] = [];
  if (bands.totalCash && bands.source) out.push({ ...bands.totalCash, source: bands.source, readingId: bands.readingId });
  for (const a of bands.alternatives) if (a.totalCash) out.push({ ...a.totalCash, source: a.source, readingId: a.id });
  return out;
}
