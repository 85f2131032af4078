// The comp bands the comp rules compare against, for a company profile and (optionally) the
// candidate's company folder: the candidate's own bands when set, else every source's band from
// the profile (sources disagree for Wells Fargo; all are kept and named in the message).
// Pure: the caller finds the profile (findProfile reads resources/companies).
import type { CompanyFile } from '../workspace/schemas';
import type { CompanyProfile } from '../companies/types';
import type { BandRange, CompBands, ComponentBand, TotalBand } from './types';
import { OWN_BANDS_SOURCE, bandsFor, totalCashBands } from '../companies/bandsFor';

export function companyBands(profile: CompanyProfile | null, company: CompanyFile | null): CompBands | null {
  if (!profile && !company?.bandsOverride) return null;
  const bands = bandsFor(profile, company);
  const base: BandRange[] = [];
  if (bands.base) base.push({ min: bands.base.min, max: bands.base.max, source: bands.source ?? 'profile' });
  if (!company?.bandsOverride) {
    for (const alt of bands.alternatives) if (alt.base) base.push({ min: alt.base.min, max: alt.base.max, source: alt.source });
  }
  const totalCash: BandRange[] = totalCashBands(bands, Boolean(company?.bandsOverride)).map((b) => ({ min: b.min, max: b.max, source: b.source }));
  const components = componentBands(profile, company);
  const total = totalBands(profile);
  if (base.length === 0 && totalCash.length === 0 && components.length === 0 && total.length === 0 && !bands.baseIsRigid) return null;
  return { base, baseIsRigid: bands.baseIsRigid, totalCash, components, total };
}

/**
 * Every published yearly total (base, bonus and stock), one per guide that states one. Only the
 * Chinese Wells Fargo guide does: $190k–$340k for individual contributors, the management track
 * 20–40 % higher. Kept when the candidate edits their own bands (a guide's figure, named as such).
 */
export function totalBands(profile: CompanyProfile | null): TotalBand[] {
  const out: TotalBand[] = [];
  for (const v of profile?.compensation ?? []) {
    if (!v.total) continue;
    const up = v.totalManagementUpliftPercent;
    out.push({ min: v.total.min, max: v.total.max, source: v.source, ...(up ? { managementUplift: { min: up.min, max: up.max } } : {}) });
  }
  return out;
}

/**
 * Every published range for the pay components other than base, one per guide that states it
 * (wf-en: bonus 12–18 %, an RSU grant of $10k–$25k over 4 years, relocation up to $10k; wf-zh:
 * bonus 15–35 % (senior roles 50 %+), RSUs $25k–$75k a year vesting over 3 or 4 years; amex: bonus 10–15 %, equity
 * 0.04–0.07 % over 4 years, sign-on $25k–$50k, a $5k yearly stipend). The candidate's own bonus
 * band replaces the guides' bonus ranges; the other components keep the guides' figures.
 */
export function componentBands(profile: CompanyProfile | null, company: CompanyFile | null): ComponentBand[] {
  const out: ComponentBand[] = [];
  const own = company?.bandsOverride ?? null;
  if (own?.bonusPercent) out.push({ component: 'bonus', measure: 'percent-of-base', min: own.bonusPercent.min, max: own.bonusPercent.max, source: OWN_BANDS_SOURCE });
  for (const v of profile?.compensation ?? []) {
    const source = v.source;
    if (v.bonusPercent && !own)
      out.push({ component: 'bonus', measure: 'percent-of-base', ...v.bonusPercent, source,
        ...(v.bonusTargetPercent !== null ? { target: v.bonusTargetPercent } : {}),
        ...(v.bonusSeniorPercent !== null ? { seniorReach: v.bonusSeniorPercent } : {}) });
    const e = v.equity;
    if (e?.kind === 'grant-dollars') out.push({ component: 'equity', measure: 'dollars', ...e.value, source, vestingYears: [e.vestingYears] });
    else if (e?.kind === 'yearly-dollars')
      out.push({ component: 'equity', measure: 'dollars-per-year', ...e.perYear, source, vestingYears: e.vesting.map((x) => x.years) });
    else if (e?.kind === 'percent') out.push({ component: 'equity', measure: 'percent-of-company', ...e.percent, source, vestingYears: [e.vestingYears] });
    if (v.signOn) out.push({ component: 'sign-on', measure: 'dollars', ...v.signOn, source });
    if (v.relocationMax !== null) out.push({ component: 'relocation', measure: 'dollars', min: 0, max: v.relocationMax, source, upTo: true });
    if (v.stipendPerYear !== null) out.push({ component: 'stipend', measure: 'dollars-per-year', min: 0, max: v.stipendPerYear, source, upTo: true });
  }
  return out;
}
