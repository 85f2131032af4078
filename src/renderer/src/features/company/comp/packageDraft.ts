// The compensation form keeps what the candidate typed (strings) apart from the saved package:
// an invalid field shows a message beside it and the package is not saved until every field is
// valid, so neither the typed text nor the last saved figures are lost.
import type { CompPackage } from '../../../../../shared/api';
import { formatMoney, parseMoney, parseNumber, parsePercent } from './parseAmount';

export type EquityKind = 'none' | 'dollars' | 'percent';

export interface PackageDraft {
  label: string;
  baseMin: string;
  baseMax: string;
  bonusMin: string;
  bonusMax: string;
  deferred: string;
  equityKind: EquityKind;
  equityValue: string;
  equityPercent: string;
  valuation: string;
  vestingYears: string;
  cliffMonths: string;
  signOn: string;
  relocation: string;
  stipend: string;
}

export type DraftField = keyof PackageDraft;

/** Limits above which a figure is treated as a typo. */
export const LIMITS = {
  base: 5_000_000,
  bonusPercent: 200,
  equityValue: 100_000_000,
  valuation: 5_000_000_000_000,
  oneOff: 5_000_000,
  stipend: 1_000_000,
} as const;

const plain = (n: number): string => (n === 0 ? '' : String(n));

export function emptyDraft(label = ''): PackageDraft {
  return {
    label,
    baseMin: '',
    baseMax: '',
    bonusMin: '',
    bonusMax: '',
    deferred: '',
    equityKind: 'none',
    equityValue: '',
    equityPercent: '',
    valuation: '',
    vestingYears: '4',
    cliffMonths: '12',
    signOn: '',
    relocation: '',
    stipend: '',
  };
}

export function toDraft(pkg: CompPackage | null, label = ''): PackageDraft {
  if (!pkg) return emptyDraft(label);
  const draft: PackageDraft = {
    ...emptyDraft(pkg.label || label),
    baseMin: plain(pkg.base.min),
    baseMax: plain(pkg.base.max),
    bonusMin: plain(pkg.bonusPercent.min),
    bonusMax: plain(pkg.bonusPercent.max),
    deferred: plain(pkg.bonusDeferredPercent),
    signOn: plain(pkg.signOn),
    relocation: plain(pkg.relocation),
    stipend: plain(pkg.stipendPerYear),
  };
  if (pkg.equity) {
    draft.equityKind = pkg.equity.kind;
    draft.vestingYears = String(pkg.equity.vestingYears);
    draft.cliffMonths = String(pkg.equity.cliffMonths);
    if (pkg.equity.kind === 'dollars') draft.equityValue = plain(pkg.equity.value);
    else {
      draft.equityPercent = plain(pkg.equity.percent);
      draft.valuation = plain(pkg.equity.assumedValuation);
    }
  }
  return draft;
}

export interface DraftResult {
  /** The package to save, or null while any field is invalid. */
  pkg: CompPackage | null;
  errors: Partial<Record<DraftField, string>>;
}

export function fromDraft(draft: PackageDraft): DraftResult {
  const errors: Partial<Record<DraftField, string>> = {};
  const take = (field: DraftField, parsed: ReturnType<typeof parseMoney>): number => {
    if (parsed.ok) return parsed.value;
    errors[field] ??= parsed.message;
    return 0;
  };
  const baseMin = take('baseMin', parseMoney(draft.baseMin, { required: true, max: LIMITS.base, label: 'Base minimum' }));
  const baseMaxText = draft.baseMax.trim() === '' ? draft.baseMin : draft.baseMax;
  const baseMax = take('baseMax', parseMoney(baseMaxText, { required: true, max: LIMITS.base, label: 'Base maximum' }));
  if (!errors.baseMin && !errors.baseMax && baseMin > baseMax) {
    errors.baseMax = `Base maximum (${formatMoney(baseMax)}) is below the minimum (${formatMoney(baseMin)}). Swap them or fix one.`;
  }
  const bonusMin = take('bonusMin', parsePercent(draft.bonusMin, { max: LIMITS.bonusPercent, label: 'Bonus minimum' }));
  const bonusMaxText = draft.bonusMax.trim() === '' ? draft.bonusMin : draft.bonusMax;
  const bonusMax = take('bonusMax', parsePercent(bonusMaxText, { max: LIMITS.bonusPercent, label: 'Bonus maximum' }));
  if (!errors.bonusMin && !errors.bonusMax && bonusMin > bonusMax) {
    errors.bonusMax = `Bonus maximum (${bonusMax} %) is below the minimum (${bonusMin} %).`;
  }
  const deferred = take('deferred', parsePercent(draft.deferred, { max: 100, label: 'Deferred part of the bonus' }));
  const signOn = take('signOn', parseMoney(draft.signOn, { max: LIMITS.oneOff, label: 'Sign-on bonus' }));
  const relocation = take('relocation', parseMoney(draft.relocation, { max: LIMITS.oneOff, label: 'Relocation' }));
  const stipend = take('stipend', parseMoney(draft.stipend, { max: LIMITS.stipend, label: 'Yearly stipend' }));

  let equity: CompPackage['equity'] = null;
  if (draft.equityKind !== 'none') {
    const vestingYears = take(
      'vestingYears',
      parseNumber(draft.vestingYears, { min: 0.25, max: 10, label: 'Vesting years', fallback: 4 }),
    );
    const cliffMonths = take(
      'cliffMonths',
      parseNumber(draft.cliffMonths, { min: 0, max: 60, integer: true, label: 'Cliff', fallback: 0 }),
    );
    if (!errors.vestingYears && !errors.cliffMonths && cliffMonths > vestingYears * 12) {
      errors.cliffMonths = `Cliff: ${cliffMonths} months is longer than the ${vestingYears}-year vesting period.`;
    }
    if (draft.equityKind === 'dollars') {
      const value = take(
        'equityValue',
        parseMoney(draft.equityValue, { required: true, max: LIMITS.equityValue, label: 'Equity grant' }),
      );
      equity = { kind: 'dollars', value, vestingYears, cliffMonths };
    } else {
      const percent = take('equityPercent', parsePercent(draft.equityPercent, { required: true, max: 100, label: 'Equity percent' }));
      const assumedValuation = take(
        'valuation',
        parseMoney(draft.valuation, { required: true, max: LIMITS.valuation, label: 'Assumed valuation' }),
      );
      equity = { kind: 'percent', percent, assumedValuation, vestingYears, cliffMonths };
    }
  }
  if (Object.keys(errors).length > 0) return { pkg: null, errors };
  return {
    pkg: {
      label: draft.label.trim(),
      base: { min: baseMin, max: baseMax },
      bonusPercent: { min: bonusMin, max: bonusMax },
      bonusDeferredPercent: deferred,
      equity,
      signOn,
      relocation,
      stipendPerYear: stipend,
    },
    errors,
  };
}

/** True when nothing has been typed (an empty "current pay" is saved as null, not an error). */
export function isBlank(draft: PackageDraft): boolean {
  return (
    draft.baseMin.trim() === '' &&
    draft.baseMax.trim() === '' &&
    draft.bonusMin.trim() === '' &&
    draft.bonusMax.trim() === '' &&
    draft.equityKind === 'none' &&
    draft.signOn.trim() === '' &&
    draft.relocation.trim() === '' &&
    draft.stipend.trim() === ''
  );
}
