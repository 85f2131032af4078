import { describe, expect, it } from 'vitest';
import type { CompPackage } from '../../../src/shared/api';
import type { BandsDraft, DraftField, PackageDraft, RangeField } from '../../../src/renderer/src/features/company/comp/packageDraft';
import { PACKAGE_FIELDS, bandsFromDraft, emptyDraft, fromDraft, fromOptionalDraft, isBlank, toDraft } from '../../../src/renderer/src/features/company/comp/packageDraft';
import { formatMoney, parseMoney, parseNumber, parsePercent } from '../../../src/renderer/src/features/company/comp/parseAmount';
import { validateCompPackage } from '../../../src/core/companies/validateInput';

describe('parseMoney', () => {
  it.each([
    ['180000', 180000],
    ['180,000', 180000],
    ['$180k', 180000],
    ['1.2M', 1200000],
    ['$2.5MM', 2500000],
    ['1.5B', 1500000000],
    ['$2bn', 2000000000],
    ['3 K', 3000],
    ['  $ 95 000 ', 95000],
    ['$1.5', 2],
    ['', 0],
    // Reading has no limit: whether a figure is plausible is core's check.
    ['60000000', 60000000],
  ])('%s -> %d', (text, value) => {
    expect(parseMoney(text, { label: 'Base' })).toEqual({ ok: true, value });
  });
  it.each([
    ['-5000', /^Base: an amount cannot be negative/],
    ['-$5k', /negative/],
    ['abc', /“abc” is not an amount/],
    ['12 apples', /not an amount/],
    ['1e6', /not an amount/],
    ['5kk', /not an amount/],
    ['2bb', /not an amount/],
    ['$1.2T', /not an amount/],
  ])('%s is refused', (text, message) => {
    const r = parseMoney(text, { label: 'Base' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
  it('a required empty amount is refused', () => {
    expect(parseMoney(' ', { required: true, label: 'Base' })).toEqual({ ok: false, message: expect.stringMatching(/^Base: enter an amount/) as unknown });
  });
  it('percent and plain numbers', () => {
    expect(parsePercent('15%', { label: 'Bonus' })).toEqual({ ok: true, value: 15 });
    expect(parsePercent('0.05 %', { label: 'Equity' })).toEqual({ ok: true, value: 0.05 });
    expect(parsePercent('400', { label: 'Bonus' })).toEqual({ ok: true, value: 400 });
    expect(parsePercent('-1', { label: 'Bonus' }).ok).toBe(false);
    expect(parsePercent('15k', { label: 'Bonus' }).ok).toBe(false);
    expect(parsePercent('', { required: true, label: 'Bonus' }).ok).toBe(false);
    expect(parseNumber('', { label: 'Vesting', fallback: 4 })).toEqual({ ok: true, value: 4 });
    expect(parseNumber('2.5', { label: 'Vesting', fallback: 4 })).toEqual({ ok: true, value: 2.5 });
    expect(parseNumber('-2', { label: 'Vesting', fallback: 4 }).ok).toBe(false);
    expect(parseNumber('four', { label: 'Vesting', fallback: 4 }).ok).toBe(false);
  });
  it('formats: the long form is core’s formatUsd', () => {
    expect(formatMoney(185000)).toBe('$185,000');
    expect(formatMoney(185000.6)).toBe('$185,001');
    expect(formatMoney(-5000)).toBe('-$5,000');
    expect(formatMoney(185000, true)).toBe('$185k');
    expect(formatMoney(12500, true)).toBe('$12.5k');
    expect(formatMoney(950, true)).toBe('$950');
  });
});

describe('package draft', () => {
  const pkg: CompPackage = {
    label: 'Ask',
    base: { min: 190000, max: 230000 },
    bonusPercent: { min: 15, max: 20 },
    bonusDeferredPercent: 30,
    equity: { kind: 'percent', percent: 0.05, assumedValuation: 2_000_000_000, vestingYears: 4, cliffMonths: 12 },
    signOn: 40000,
    relocation: 10000,
    stipendPerYear: 5000,
  };
  const draft = (over: Partial<PackageDraft>): PackageDraft => ({ ...emptyDraft(), baseMin: '150000', ...over });

  it('round-trips a package through the form', () => {
    expect(fromDraft(toDraft(pkg))).toEqual({ pkg, errors: {}, pending: {}, warnings: [] });
    const dollars: CompPackage = { ...pkg, equity: { kind: 'dollars', value: 25000, vestingYears: 4, cliffMonths: 12 } };
    expect(fromDraft(toDraft(dollars)).pkg).toEqual(dollars);
    expect(fromDraft(toDraft({ ...pkg, equity: null })).pkg).toEqual({ ...pkg, equity: null });
  });

  it('a single base figure becomes a flat range (the comp-range rule then flags it)', () => {
    const r = fromDraft({ ...emptyDraft(), baseMin: '200000' });
    expect(r.pkg?.base).toEqual({ min: 200000, max: 200000 });
    expect(r.errors).toEqual({});
  });

  // Newcomer F16: choosing "Grant in dollars" (or a percent) does not hold back the rest of the ask.
  it.each([
    [{ equityKind: 'dollars', equityValue: '' }, 'equityValue', /Not counted yet: enter the grant/],
    [{ equityKind: 'percent', equityPercent: '  ' }, 'equityPercent', /Not counted yet: enter the percent/],
  ] as const)('%o -> saved without equity, %s marked as not filled in', (over, field, note) => {
    const r = fromDraft(draft(over));
    expect(r.errors).toEqual({});
    expect(r.pkg).not.toBeNull();
    expect(r.pkg?.equity).toBeNull();
    expect(r.pkg?.base).toEqual(fromDraft(draft({})).pkg?.base);
    expect(r.pending[field]).toMatch(note);
  });

  // Parse errors (the renderer's own) and core's checks, each on the field the candidate fixes.
  it.each([
    // reading what was typed
    [{ baseMin: '' }, 'baseMin', /^Base minimum: enter an amount/],
    [{ baseMin: '-1' }, 'baseMin', /negative/],
    [{ baseMax: 'lots' }, 'baseMax', /“lots” is not an amount/],
    [{ signOn: '-100' }, 'signOn', /^Sign-on bonus: an amount cannot be negative/],
    [{ equityKind: 'dollars', equityValue: '1000', vestingYears: 'four' }, 'vestingYears', /not a number/],
    // core: range order (on the maximum)
    [{ baseMin: '220000', baseMax: '200000' }, 'baseMax', /lowest base \(\$220,000\) is above the highest \(\$200,000\)/],
    [{ bonusMin: '20', bonusMax: '10' }, 'bonusMax', /lowest bonus percent \(20 %\) is above the highest \(10 %\)/],
    // core: typo limits
    [{ baseMin: '9000000', baseMax: '9000000' }, 'baseMin', /lowest base of \$9,000,000 is more than \$5,000,000; that looks like a typo/],
    [{ baseMax: '6000000' }, 'baseMax', /highest base of \$6,000,000 is more than/],
    [{ bonusMin: '250' }, 'bonusMin', /lowest bonus percent of 250 % is more than 200 %/],
    [{ bonusMin: '10', bonusMax: '250' }, 'bonusMax', /highest bonus percent of 250 % is more than 200 %/],
    [{ deferred: '120' }, 'deferred', /between 0 and 100 %/],
    [{ signOn: '6M' }, 'signOn', /sign-on bonus of \$6,000,000 is more than/],
    [{ relocation: '7000000' }, 'relocation', /Relocation of \$7,000,000/],
    [{ stipend: '5.5M' }, 'stipend', /yearly stipend of \$5,500,000/],
    [{ equityKind: 'dollars', equityValue: '200M' }, 'equityValue', /equity grant of \$200,000,000/],
    [{ equityKind: 'percent', equityPercent: '150', valuation: '1M' }, 'equityPercent', /between 0 and 100 % of the company/],
    [{ equityKind: 'percent', equityPercent: '1', valuation: '6000000000000' }, 'valuation', /assumed valuation of \$6,000,000,000,000/],
    // core: vesting and cliff
    [{ equityKind: 'dollars', equityValue: '1000', cliffMonths: '60', vestingYears: '2' }, 'cliffMonths', /60-month cliff is longer than the 2-year vesting/],
    [{ equityKind: 'dollars', equityValue: '1000', vestingYears: '12' }, 'vestingYears', /at most 10 years/],
    [{ equityKind: 'dollars', equityValue: '1000', vestingYears: '0' }, 'vestingYears', /more than 0/],
    [{ equityKind: 'dollars', equityValue: '1000', cliffMonths: '6.5' }, 'cliffMonths', /whole number of months/],
    [{ equityKind: 'percent', equityPercent: '1', valuation: '1000M', cliffMonths: '72', vestingYears: '10' }, 'cliffMonths', /from 0 to 60/],
  ] as const)('%o -> error on %s', (over, field, message) => {
    const typed = draft(over);
    const r = fromDraft(typed);
    expect(r.pkg).toBeNull();
    expect(r.errors[field]).toMatch(message);
    expect(r.warnings).toEqual([]);
    expect(typed).toEqual(draft(over)); // what was typed is left as it was
  });

  it('a blank maximum is the minimum, so a typo there is shown beside the minimum only', () => {
    expect(fromDraft(draft({ baseMin: '9000000' })).errors).toEqual({ baseMin: expect.stringMatching(/lowest base of \$9,000,000/) as unknown });
    expect(fromDraft(draft({ bonusMin: '300' })).errors).toEqual({ bonusMin: expect.stringMatching(/lowest bonus percent of 300 %/) as unknown });
  });

  it('every field core can refuse maps onto a field of the form', () => {
    // One refusal per package path core checks, built directly so nothing is parsed first.
    const bad: CompPackage = {
      label: '',
      base: { min: -1, max: -1 },
      bonusPercent: { min: -1, max: -1 },
      bonusDeferredPercent: 101,
      equity: { kind: 'percent', percent: 101, assumedValuation: -1, vestingYears: 11, cliffMonths: 61 },
      signOn: -1,
      relocation: -1,
      stipendPerYear: -1,
    };
    const dollars: CompPackage = { ...bad, equity: { kind: 'dollars', value: -1, vestingYears: 1, cliffMonths: 0 } };
    const reversed: CompPackage = { ...bad, base: { min: 2, max: 1 }, bonusPercent: { min: 2, max: 1 } };
    const paths = [bad, dollars, reversed].flatMap((p) => validateCompPackage(p, 'ask').map((x) => x.field));
    const expected: Record<string, DraftField> = {
      'ask.base': 'baseMax',
      'ask.base.min': 'baseMin',
      'ask.base.max': 'baseMax',
      'ask.bonusPercent': 'bonusMax',
      'ask.bonusPercent.min': 'bonusMin',
      'ask.bonusPercent.max': 'bonusMax',
      'ask.bonusDeferredPercent': 'deferred',
      'ask.signOn': 'signOn',
      'ask.relocation': 'relocation',
      'ask.stipendPerYear': 'stipend',
      'ask.equity.value': 'equityValue',
      'ask.equity.percent': 'equityPercent',
      'ask.equity.assumedValuation': 'valuation',
      'ask.equity.vestingYears': 'vestingYears',
      'ask.equity.cliffMonths': 'cliffMonths',
    };
    expect([...new Set(paths)].sort()).toEqual(Object.keys(expected).sort());
    for (const [path, field] of Object.entries(expected)) expect(PACKAGE_FIELDS[path.slice('ask.'.length)]).toBe(field);
  });

  it.each([
    ['150', /base of \$150 a year looks too small/],
    ['999', /\$999 a year/],
  ])('base %s: saved, with a warning', (baseMin, message) => {
    const r = fromDraft(draft({ baseMin }));
    expect(r.pkg?.base).toEqual({ min: Number(baseMin), max: Number(baseMin) });
    expect(r.errors).toEqual({});
    expect(r.warnings).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    [{ equityKind: 'percent', equityPercent: '8', valuation: '1000M' }, /8 % of the company is unusually large/],
    [{ equityKind: 'percent', equityPercent: '0.05', valuation: '' }, /counts as \$0/],
  ] as const)('%o: saved, with a warning', (over, message) => {
    const r = fromDraft(draft(over));
    expect(r.pkg?.equity?.kind).toBe('percent');
    expect(r.errors).toEqual({});
    expect(r.warnings).toEqual([expect.stringMatching(message)]);
  });

  it('warnings are not shown while a field cannot be read', () => {
    const r = fromDraft(draft({ baseMin: '150', signOn: 'x' }));
    expect(r.pkg).toBeNull();
    expect(r.warnings).toEqual([]);
  });

  it.each([
    [{ baseMin: '1000' }],
    [{ baseMin: '5M', bonusMin: '200', deferred: '100', signOn: '5M', relocation: '5M', stipend: '5M' }],
    [{ equityKind: 'dollars', equityValue: '100M', vestingYears: '10', cliffMonths: '60' }],
    [{ equityKind: 'dollars', equityValue: '0', vestingYears: '0.1', cliffMonths: '0' }],
    [{ equityKind: 'percent', equityPercent: '5', valuation: '5000000000000' }],
  ] as const)('%o passes', (over) => {
    const r = fromDraft(draft(over));
    expect(r.errors).toEqual({});
    expect(r.pkg).not.toBeNull();
  });

  it('blank detection', () => {
    expect(isBlank(emptyDraft())).toBe(true);
    expect(isBlank({ ...emptyDraft(), signOn: '5k' })).toBe(false);
  });
});

describe('bands draft', () => {
  const bands = (over: Partial<BandsDraft>): BandsDraft => ({ baseMin: '', baseMax: '', bonusMin: '', bonusMax: '', ...over });

  it('reads ranges; a blank range is null and a blank maximum is the minimum', () => {
    expect(bandsFromDraft(bands({}))).toEqual({ bands: { base: null, bonusPercent: null }, errors: {}, warnings: [] });
    expect(bandsFromDraft(bands({ baseMin: '$180k', baseMax: '200,000', bonusMin: '12' })).bands).toEqual({
      base: { min: 180000, max: 200000 },
      bonusPercent: { min: 12, max: 12 },
    });
  });

  it.each([
    [{ baseMin: '180000', baseMax: '150000' }, 'baseMax', /lowest base in the band \(\$180,000\) is above the highest \(\$150,000\)/],
    [{ baseMin: '180000', baseMax: '9M' }, 'baseMax', /more than \$5,000,000; that looks like a typo/],
    [{ baseMin: '9M' }, 'baseMin', /lowest base in the band of \$9,000,000/],
    [{ bonusMin: '20', bonusMax: '10' }, 'bonusMax', /\(20 %\) is above the highest \(10 %\)/],
    [{ bonusMin: '10', bonusMax: '300' }, 'bonusMax', /300 % is more than 200 %/],
    [{ baseMin: '-5' }, 'baseMin', /^Band minimum: an amount cannot be negative/],
    [{ bonusMax: 'ten' }, 'bonusMax', /^Bonus maximum: “ten” is not a number/],
  ] as const)('%o -> error on %s', (over, field: RangeField, message) => {
    const r = bandsFromDraft(bands(over));
    expect(r.bands).toBeNull();
    expect(r.errors[field]).toMatch(message);
    expect(Object.keys(r.errors)).toEqual([field]);
  });

  it('a band typed in thousands is saved, with a warning', () => {
    const r = bandsFromDraft(bands({ baseMin: '180', baseMax: '200' }));
    expect(r.bands?.base).toEqual({ min: 180, max: 200 });
    expect(r.warnings).toEqual([expect.stringMatching(/band maximum of \$200 a year looks too small/)]);
  });
});

describe('fromOptionalDraft', () => {
  it('reads a blank package as no package, with no errors', () => {
    expect(fromOptionalDraft(emptyDraft(''))).toEqual({ pkg: null, errors: {}, pending: {}, warnings: [] });
  });
  it('checks a filled package like fromDraft', () => {
    const draft = { ...emptyDraft('Ask'), baseMin: '-5' };
    expect(fromOptionalDraft(draft)).toEqual(fromDraft(draft));
    expect(Object.keys(fromOptionalDraft(draft).errors).length).toBeGreaterThan(0);
  });
});
