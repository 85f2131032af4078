// The compensation form keeps what the candidate typed (strings) apart from the saved package:
// an invalid field shows a message beside it and the package is not saved until every field is
// valid, so neither the typed text nor the last saved figures are lost. A field that is only not
// filled in yet (the grant after choosing "Grant in dollars") does not hold the rest back: the
// package is saved without it and the field is marked as not counted yet.
import type { CompPackage, MoneyRange } from '../../../../../shared/api';
import type { InputProblem } from '../../../../../shared/validateComp';
import { validateBands, validateCompPackage } from '../../../../../shared/validateComp';
import type { Parsed } from './parseAmount';
import { parseMoney, parseNumber, parsePercent } from './parseAmount';

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
  /** Fields not filled in yet: the package is saved without them; the message says so beside the field. */
  pending: Partial<Record<DraftField, string>>;
  /** Core's warnings about the package: shown beside the form, they do not block saving. */
  warnings: string[];
}

/** The fields of a range pair; the band editor has the same four. */
export type RangeField = 'baseMin' | 'baseMax' | 'bonusMin' | 'bonusMax';

// Core names a field by its path in the package or bands ("ask.base.max", "bands.base"); below,
// the path after the first segment. A range's own problem (lowest above highest) goes to its
// maximum, where the candidate usually typed last.
const RANGE_FIELDS: Readonly<Record<string, RangeField>> = {
  base: 'baseMax',
  'base.min': 'baseMin',
  'base.max': 'baseMax',
  bonusPercent: 'bonusMax',
  'bonusPercent.min': 'bonusMin',
  'bonusPercent.max': 'bonusMax',
};
export const PACKAGE_FIELDS: Readonly<Record<string, DraftField>> = {
  ...RANGE_FIELDS,
  bonusDeferredPercent: 'deferred',
  signOn: 'signOn',
  relocation: 'relocation',
  stipendPerYear: 'stipend',
  'equity.value': 'equityValue',
  'equity.percent': 'equityPercent',
  'equity.assumedValuation': 'valuation',
  'equity.vestingYears': 'vestingYears',
  'equity.cliffMonths': 'cliffMonths',
};

/**
 * Core's problems as form messages: the first error for each field (an error on a path the table
 * does not know goes to `fallback`, so it still blocks saving), and every warning. A blank maximum
 * was copied from its minimum, so what core says about it is shown beside the minimum.
 */
function toFormProblems<F extends string>(
  problems: InputProblem[],
  fields: Readonly<Record<string, F>>,
  fallback: F,
  typed: Readonly<Record<RangeField, string>>,
): { errors: Partial<Record<F, string>>; warnings: string[] } {
  const errors: Partial<Record<F, string>> = {};
  const warnings: string[] = [];
  for (const problem of problems) {
    if (problem.severity === 'warning') {
      warnings.push(problem.message);
      continue;
    }
    let field: F = fields[problem.field.slice(problem.field.indexOf('.') + 1)] ?? fallback;
    if (field === 'baseMax' && typed.baseMax.trim() === '') field = fields['base.min'] ?? field;
    if (field === 'bonusMax' && typed.bonusMax.trim() === '') field = fields['bonusPercent.min'] ?? field;
    errors[field] ??= problem.message;
  }
  return { errors, warnings };
}

/** Collects the first parse error of each field; a refused figure reads as 0 meanwhile. */
function reader<F extends string>(errors: Partial<Record<F, string>>, typed: Readonly<Record<F, string>>, currency = 'USD') {
  const take = (field: F, parsed: Parsed): number => {
    if (parsed.ok) return parsed.value;
    errors[field] ??= parsed.message;
    return 0;
  };
  /** A minimum and maximum; a blank maximum is the minimum (a flat range). */
  const range = (min: F, max: F, parse: typeof parseMoney, label: string, required = false): MoneyRange => {
    const low = take(min, parse(typed[min], { required, label: `${label} minimum`, currency }));
    const high = typed[max].trim() === '' ? low : take(max, parse(typed[max], { label: `${label} maximum`, currency }));
    return { min: low, max: high };
  };
  return { take, range };
}

/**
 * Reads the typed text (parse errors stop here), then checks the package with core's rules.
 * `currency`: the record's ISO 4217 code; an amount written in another currency is refused.
 */
export function fromDraft(draft: PackageDraft, currency = 'USD'): DraftResult {
  const errors: Partial<Record<DraftField, string>> = {};
  const { take, range } = reader(errors, draft, currency);
  const base = range('baseMin', 'baseMax', parseMoney, 'Base', true);
  const bonusPercent = range('bonusMin', 'bonusMax', parsePercent, 'Bonus');
  const deferred = take('deferred', parsePercent(draft.deferred, { label: 'Deferred part of the bonus' }));
  const signOn = take('signOn', parseMoney(draft.signOn, { label: 'Sign-on bonus', currency }));
  const relocation = take('relocation', parseMoney(draft.relocation, { label: 'Relocation', currency }));
  const stipend = take('stipend', parseMoney(draft.stipend, { label: 'Yearly stipend', currency }));

  let equity: CompPackage['equity'] = null;
  const pending: Partial<Record<DraftField, string>> = {};
  const blankAmount = draft.equityKind === 'dollars' ? draft.equityValue.trim() === '' : draft.equityPercent.trim() === '';
  if (draft.equityKind !== 'none' && blankAmount) {
    // Chosen but not filled in: save everything else, count no equity until the amount is typed.
    if (draft.equityKind === 'dollars') pending.equityValue = 'Not counted yet: enter the grant, for example 180000 or $180k. The rest of your figures are saved.';
    else pending.equityPercent = 'Not counted yet: enter the percent, for example 0.05. The rest of your figures are saved.';
  } else if (draft.equityKind !== 'none') {
    const vestingYears = take('vestingYears', parseNumber(draft.vestingYears, { label: 'Vesting years', fallback: 4 }));
    const cliffMonths = take('cliffMonths', parseNumber(draft.cliffMonths, { label: 'Cliff', fallback: 0 }));
    if (draft.equityKind === 'dollars') {
      const value = take('equityValue', parseMoney(draft.equityValue, { required: true, label: 'Equity grant', currency }));
      equity = { kind: 'dollars', value, vestingYears, cliffMonths };
    } else {
      const percent = take('equityPercent', parsePercent(draft.equityPercent, { required: true, label: 'Equity percent' }));
      // Not required: core warns that percent equity without a valuation counts as $0.
      const assumedValuation = take('valuation', parseMoney(draft.valuation, { label: 'Assumed valuation', currency }));
      equity = { kind: 'percent', percent, assumedValuation, vestingYears, cliffMonths };
    }
  }
  if (Object.keys(errors).length > 0) return { pkg: null, errors, pending, warnings: [] };
  const pkg: CompPackage = {
    label: draft.label.trim(),
    base,
    bonusPercent,
    bonusDeferredPercent: deferred,
    equity,
    signOn,
    relocation,
    stipendPerYear: stipend,
  };
  const checked = toFormProblems(validateCompPackage(pkg, 'package', currency), PACKAGE_FIELDS, 'baseMin', draft);
  return { pkg: Object.keys(checked.errors).length > 0 ? null : pkg, pending, ...checked };
}

export type BandsDraft = Record<RangeField, string>;
export interface BandsValue {
  base: MoneyRange | null;
  bonusPercent: MoneyRange | null;
}

export interface BandsResult {
  /** The bands to save (a range left blank is null), or null while any field is invalid. */
  bands: BandsValue | null;
  errors: Partial<Record<RangeField, string>>;
  warnings: string[];
}

/** The band editor's four fields, read and then checked with core's band rules. */
export function bandsFromDraft(draft: BandsDraft): BandsResult {
  const errors: Partial<Record<RangeField, string>> = {};
  const { range } = reader(errors, draft);
  const blank = (min: RangeField, max: RangeField) => draft[min].trim() === '' && draft[max].trim() === '';
  const bands: BandsValue = {
    base: blank('baseMin', 'baseMax') ? null : range('baseMin', 'baseMax', parseMoney, 'Band'),
    bonusPercent: blank('bonusMin', 'bonusMax') ? null : range('bonusMin', 'bonusMax', parsePercent, 'Bonus'),
  };
  if (Object.keys(errors).length > 0) return { bands: null, errors, warnings: [] };
  const checked = toFormProblems(validateBands(bands), RANGE_FIELDS, 'baseMin', draft);
  return { bands: Object.keys(checked.errors).length > 0 ? null : bands, ...checked };
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

/** A package the candidate may leave empty (current pay, the ask): blank reads as no package, not as errors. */
export function fromOptionalDraft(draft: PackageDraft, currency = 'USD'): DraftResult {
  return isBlank(draft) ? { pkg: null, errors: {}, pending: {}, warnings: [] } : fromDraft(draft, currency);
}
