// Newcomer 9 §4: "£105,000" was "not an amount". The compensation form reads an amount with the
// currency written beside it (symbol or ISO code, before or after), in any common digit grouping,
// and names the currency by its ISO 4217 code. No exchange rate: the currency is reported, never converted.
import { describe, expect, it } from 'vitest';
import { readAmount } from '../../../src/core/companies/readAmount';
import { currencyCodeOf } from '../../../src/core/rubric/claims/currencies';
import { currencyOfPlace, formatAmount, recordCurrency } from '../../../src/core/companies/currency';
import type { CompanyFile } from '../../../src/core/workspace/schemas';

describe('readAmount', () => {
  it.each([
    ['150000', 150_000, null],
    ['150,000', 150_000, null],
    ['$180k', 180_000, 'USD'],
    ['US$180,000', 180_000, 'USD'],
    ['£105,000', 105_000, 'GBP'],
    ['£115k', 115_000, 'GBP'],
    ['£ 115k', 115_000, 'GBP'],
    ['105,000 GBP', 105_000, 'GBP'],
    ['GBP 105000', 105_000, 'GBP'],
    ['€90.000', 90_000, 'EUR'],
    ['90.000 €', 90_000, 'EUR'],
    ['€1.234,50', 1_235, 'EUR'],
    ['CA$240k', 240_000, 'CAD'],
    ['C$240,000', 240_000, 'CAD'],
    ['HK$1.6M', 1_600_000, 'HKD'],
    ['S$250k', 250_000, 'SGD'],
    ['¥1.2M', 1_200_000, 'CNY'],
    ['1.2M RMB', 1_200_000, 'CNY'],
    ['120000元', 120_000, 'CNY'],
    ['12万元', 120_000, 'CNY'],
    ['JP¥15M', 15_000_000, 'JPY'],
    ['CHF 180,000', 180_000, 'CHF'],
    ['₹45,00,000', 4_500_000, 'INR'],
    ['2bn', 2_000_000_000, null],
    ['1.5B', 1_500_000_000, null],
  ])('%s -> %d %s', (text, value, currency) => {
    expect(readAmount(text)).toEqual({ ok: true, value, currency });
  });

  it.each([
    ['', 'empty'],
    ['-5000', 'negative'],
    ['-£5,000', 'negative'],
    ['lots', 'not-an-amount'],
    ['12 34 5', 'not-an-amount'],
    ['£100 $200', 'not-an-amount'],
  ])('refuses %j (%s)', (text, reason) => {
    const r = readAmount(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe(reason);
  });

  it('names a currency it does not know', () => {
    expect(readAmount('ZZZ 5,000')).toEqual({ ok: false, reason: 'unknown-currency', written: 'ZZZ' });
  });
});

describe('currencyCodeOf', () => {
  it.each([
    ['$', 'USD'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'CNY'], ['元', 'CNY'], ['JP¥', 'JPY'], ['CA$', 'CAD'], ['HK$', 'HKD'],
    ['A$', 'AUD'], ['NT$', 'TWD'], ['₩', 'KRW'], ['₹', 'INR'], ['pounds', 'GBP'], ['港币', 'HKD'], ['Canadian dollars', 'CAD'], ['try', 'TRY'],
  ])('%s -> %s', (written, code) => {
    expect(currencyCodeOf(written)).toBe(code);
  });
  it('knows no currency in an ordinary word', () => {
    expect(currencyCodeOf('apples')).toBeNull();
    expect(currencyCodeOf('k')).toBeNull();
  });
});

describe('the record currency', () => {
  const comp = (extra: Partial<CompanyFile['compensation']> = {}): CompanyFile['compensation'] => ({ current: null, ask: null, benchmarks: [], offers: [], ...extra });
  const pkg = { label: '', base: { min: 1, max: 2 }, bonusPercent: { min: 0, max: 0 }, bonusDeferredPercent: 0, equity: null, signOn: 0, relocation: 0, stipendPerYear: 0 };
  it('takes the place in the folder name when nothing is saved', () => {
    const r = recordCurrency({ name: 'Revolut — Senior PM, Credit ML (London)', jobDescription: '', compensation: comp() }, null);
    expect(r).toMatchObject({ code: 'GBP', from: 'place' });
    expect(r.note).toContain('London');
  });
  it('reads figures saved before currencies as US dollars, saying so', () => {
    const r = recordCurrency({ name: 'Revolut (London)', jobDescription: '', compensation: comp({ ask: pkg }) }, null);
    expect(r).toMatchObject({ code: 'USD', from: 'saved-before-currencies' });
  });
  it('keeps a recorded currency', () => {
    expect(recordCurrency({ name: 'Stripe (Dublin)', jobDescription: '', compensation: comp({ currency: 'GBP', ask: pkg }) }, null).code).toBe('GBP');
  });
  it('falls back to US dollars', () => {
    expect(recordCurrency({ name: 'Plaid', jobDescription: '', compensation: comp() }, null)).toMatchObject({ code: 'USD', from: 'fallback' });
  });
  it('finds places in Chinese and English', () => {
    expect(currencyOfPlace('在香港的团队')?.code).toBe('HKD');
    expect(currencyOfPlace('Toronto office')?.code).toBe('CAD');
    expect(currencyOfPlace('Fraud team')).toBeNull();
  });
  it('formats in the currency', () => {
    expect(formatAmount(105_000, 'GBP')).toBe('£105,000');
    expect(formatAmount(105_000, 'GBP', true)).toBe('£105k');
    expect(formatAmount(240_000, 'CAD', true)).toBe('CA$240k');
    expect(formatAmount(180_000, 'CHF', true)).toBe('CHF 180k');
  });
});
