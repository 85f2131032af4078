import { describe, expect, it } from 'vitest';
import type { CompPackage } from '../../../src/shared/api';
import { emptyDraft, fromDraft, isBlank, toDraft } from '../../../src/renderer/src/features/company/comp/packageDraft';
import { formatMoney, parseMoney, parsePercent } from '../../../src/renderer/src/features/company/comp/parseAmount';

describe('parseMoney', () => {
  it.each([
    ['180000', 180000],
    ['180,000', 180000],
    ['$180k', 180000],
    ['1.2M', 1200000],
    ['  $ 95 000 ', 95000],
    ['', 0],
  ])('%s -> %d', (text, value) => {
    expect(parseMoney(text, { max: 5_000_000, label: 'Base' })).toEqual({ ok: true, value });
  });
  it.each([
    ['-5000', /negative/],
    ['-$5k', /negative/],
    ['abc', /not an amount/],
    ['60000000', /extra zero/],
  ])('%s is refused', (text, message) => {
    const r = parseMoney(text, { max: 5_000_000, label: 'Base' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
  it('a required empty amount is refused', () => {
    expect(parseMoney('', { required: true, max: 10, label: 'Base' }).ok).toBe(false);
  });
  it('percent', () => {
    expect(parsePercent('15%', { max: 100, label: 'Bonus' })).toEqual({ ok: true, value: 15 });
    expect(parsePercent('-1', { max: 100, label: 'Bonus' }).ok).toBe(false);
    expect(parsePercent('400', { max: 300, label: 'Bonus' }).ok).toBe(false);
  });
  it('formats', () => {
    expect(formatMoney(185000)).toBe('$185,000');
    expect(formatMoney(185000, true)).toBe('$185k');
    expect(formatMoney(12500, true)).toBe('$12.5k');
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

  it('round-trips a package through the form', () => {
    expect(fromDraft(toDraft(pkg)).pkg).toEqual(pkg);
    const dollars: CompPackage = { ...pkg, equity: { kind: 'dollars', value: 25000, vestingYears: 4, cliffMonths: 12 } };
    expect(fromDraft(toDraft(dollars)).pkg).toEqual(dollars);
    expect(fromDraft(toDraft({ ...pkg, equity: null })).pkg).toEqual({ ...pkg, equity: null });
  });

  it('a single base figure becomes a flat range (the comp-range rule then flags it)', () => {
    const r = fromDraft({ ...emptyDraft(), baseMin: '200000' });
    expect(r.pkg?.base).toEqual({ min: 200000, max: 200000 });
  });

  it.each([
    [{ baseMin: '' }, 'baseMin', /enter an amount/],
    [{ baseMin: '220000', baseMax: '200000' }, 'baseMax', /below the minimum/],
    [{ baseMin: '-1' }, 'baseMin', /negative/],
    [{ baseMin: '9000000', baseMax: '9000000' }, 'baseMin', /extra zero/],
    [{ baseMin: '1', bonusMin: '20', bonusMax: '10' }, 'bonusMax', /below the minimum/],
    [{ baseMin: '1', equityKind: 'dollars', equityValue: '' }, 'equityValue', /enter an amount/],
    [{ baseMin: '1', equityKind: 'dollars', equityValue: '1000', cliffMonths: '60', vestingYears: '2' }, 'cliffMonths', /longer than/],
    [{ baseMin: '1', equityKind: 'percent', equityPercent: '0.05', valuation: '' }, 'valuation', /enter an amount/],
    [{ baseMin: '1', signOn: '-100' }, 'signOn', /negative/],
    [{ baseMin: '1', bonusMin: '250' }, 'bonusMin', /200 % limit/],
  ] as const)('%o -> error on %s', (over, field, message) => {
    const r = fromDraft({ ...emptyDraft(), ...over });
    expect(r.pkg).toBeNull();
    expect(r.errors[field]).toMatch(message);
  });

  it('blank detection', () => {
    expect(isBlank(emptyDraft())).toBe(true);
    expect(isBlank({ ...emptyDraft(), signOn: '5k' })).toBe(false);
  });
});
