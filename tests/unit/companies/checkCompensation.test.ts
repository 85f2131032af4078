// The workbench's typed figures are judged by the rubric's own comp rules.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../../src/core/context';
import type { CompPackage } from '../../../src/core/workspace/schemas';
import { createCoreContext } from '../../../src/core/openContext';
import { createSeededCompany } from '../../../src/core/workspace/createSeededCompany';
import { checkCompensation, compensationSections, yearlyTotal } from '../../../src/core/companies/checkCompensation';

const appRoot = path.resolve(import.meta.dirname, '../../..');
let ctx: CoreContext;
const slugs: Record<'wf' | 'fintech' | 'amex', string> = { wf: '', fintech: '', amex: '' };

function ask(min: number, max: number): CompPackage {
  return {
    label: '',
    base: { min, max },
    bonusPercent: { min: 0, max: 0 },
    bonusDeferredPercent: 0,
    equity: null,
    signOn: 0,
    relocation: 0,
    stipendPerYear: 0,
  };
}

beforeAll(async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-comp-check-'));
  ctx = await createCoreContext({ root, shell: 'cli', appRoot });
  slugs.wf = createSeededCompany(ctx, 'Wells Fargo', 'wells-fargo').slug;
  slugs.fintech = createSeededCompany(ctx, 'Stripe', 'fintech').slug;
  slugs.amex = createSeededCompany(ctx, 'American Express', 'american-express').slug;
});
afterAll(() => ctx.store.close());

const rules = (findings: { rule: string; severity: string }[]) => findings.map((f) => f.rule).sort();

describe('checkCompensation', () => {
  it.each([
    ['a base ask above the Wells Fargo band', 'wf' as const, ask(230_000, 260_000), [], ['comp-band']],
    ['one flat number', 'wf' as const, ask(180_000, 180_000), [], ['comp-range']],
    ['a bank case anchored on Meta', 'wf' as const, ask(170_000, 190_000), ['Meta'], ['comp-benchmark']],
  ])('flags %s', (_name, company, pkg, benchmarks, expected) => {
    const found = checkCompensation(ctx, { company: slugs[company], ask: pkg, benchmarks }).filter((f) => f.severity !== 'info');
    expect(rules(found)).toEqual(expected);
  });

  it.each([
    ['a tiered ask inside the band, anchored on banks', 'wf' as const, ask(170_000, 195_000), ['Chase', 'Citi']],
    ['no ask and no benchmarks', 'wf' as const, null, []],
    ['a fintech ask anchored on big tech', 'fintech' as const, ask(190_000, 210_000), ['Google']],
  ])('leaves %s alone', (_name, company, pkg, benchmarks) => {
    const found = checkCompensation(ctx, { company: slugs[company], ask: pkg, benchmarks }).filter((f) => f.severity !== 'info');
    expect(found).toEqual([]);
  });

  it('names the part of a JPMorgan base range above the band, as a warning (newcomer F14)', () => {
    const jpm = createSeededCompany(ctx, 'JPMorgan Chase', 'jpmorgan').slug;
    const f = checkCompensation(ctx, { company: jpm, ask: ask(180000, 215000), benchmarks: [] }).filter((x) => x.rule === 'comp-band');
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(f[0]?.message).toBe('The top of your ask ($215k) is $5k above the published base band ($150k–$210k, JPMorgan Chase guide); $180k–$210k sits inside it.');
    expect(f[0]?.message).not.toContain('$180k–$215k is above');
  });

  it('writes the values the way the memo would say them', () => {
    expect(compensationSections(ask(185_000, 200_000), ['Chase'])).toEqual({
      anchor: 'I am benchmarking this ask against Chase.',
      base: 'My base ask is $185,000–$200,000.',
    });
  });
});

/** An ask with the other parts filled in (base $180k–$190k unless given). */
function full(parts: Partial<CompPackage>): CompPackage {
  return { ...ask(180_000, 190_000), ...parts };
}
const judged = (company: 'wf' | 'amex', pkg: CompPackage) =>
  checkCompensation(ctx, { company: slugs[company], ask: pkg, benchmarks: ['Chase'] }).filter((f) => f.severity !== 'info');

describe('the pay tab judges every part of the ask as the memo would (one pay judgement)', () => {
  it.each<[string, 'wf' | 'amex', Partial<CompPackage>, string[], RegExp]>([
    ['a Wells Fargo bonus between 35 % and the senior 50 %', 'wf', { bonusPercent: { min: 40, max: 45 } }, ['warning'], /senior roles can reach 50% of base or more/],
    ['a Wells Fargo bonus above 50 %', 'wf', { bonusPercent: { min: 55, max: 60 } }, ['error'], /even the 50% of base/],
    ['an Amex sign-on above $50k', 'amex', { base: { min: 190_000, max: 200_000 }, signOn: 60_000 }, ['error'], /sign-on of \$60k/i],
    ['an Amex stipend above $5k a year', 'amex', { base: { min: 190_000, max: 200_000 }, stipendPerYear: 8_000 }, ['error'], /stipend/i],
    ['Wells Fargo RSUs above both guides', 'wf', { equity: { kind: 'dollars', value: 400_000, vestingYears: 4, cliffMonths: 12 } }, ['error'], /equity/i],
  ])('flags %s', (_name, company, parts, severities, says) => {
    const found = judged(company, full(parts));
    expect(found.map((f) => f.severity)).toEqual(severities);
    expect(found.map((f) => f.message).join(' ')).toMatch(says);
    expect(found.every((f) => f.rule === 'comp-band')).toBe(true);
  });

  it('flags a yearly total above the Chinese guide’s total for individual contributors, beside the parts that break a range', () => {
    // Every part at the top of the Chinese guide's ranges adds up to about its $340k total, so a
    // total above it comes with a part above a range: here the stock (wf-en: $10k–$25k in all).
    const found = judged('wf', full({ base: { min: 190_000, max: 195_000 }, bonusPercent: { min: 30, max: 35 }, equity: { kind: 'dollars', value: 360_000, vestingYears: 4, cliffMonths: 12 } }));
    const total = found.find((f) => f.message.startsWith('A total of'));
    expect(total?.severity).toBe('warning');
    expect(total?.message).toMatch(/\$337k–\$353k a year is above the \$190k–\$340k the Wells Fargo guide \(Chinese\) gives for individual contributors/);
  });

  it.each<[string, 'wf' | 'amex', Partial<CompPackage>]>([
    ['a Wells Fargo package inside both guides', 'wf', { bonusPercent: { min: 15, max: 18 }, equity: { kind: 'dollars', value: 20_000, vestingYears: 4, cliffMonths: 12 }, signOn: 30_000, relocation: 10_000 }],
    ['an Amex package inside the guide', 'amex', { base: { min: 190_000, max: 200_000 }, bonusPercent: { min: 10, max: 15 }, signOn: 40_000, stipendPerYear: 5_000 }],
  ])('leaves %s alone, and a single sign-on is not a flat ask', (_name, company, parts) => {
    expect(judged(company, full(parts))).toEqual([]);
  });

  it('counts a yearly total as base, bonus and a year of stock, and only when there is more than base', () => {
    expect(yearlyTotal(full({}))).toBeNull();
    expect(yearlyTotal(full({ bonusPercent: { min: 10, max: 20 }, equity: { kind: 'dollars', value: 100_000, vestingYears: 4, cliffMonths: 12 }, signOn: 50_000 }))).toEqual({ min: 223_000, max: 253_000 });
    expect(compensationSections(full({ bonusPercent: { min: 15, max: 18 }, signOn: 30_000 }), [])).toEqual({
      base: 'My base ask is $180,000–$190,000.',
      'bonus-equity': 'Bonus: 15%–18% of base.',
      'sign-on': 'Sign-on: $30,000.',
      close: 'Total: $207,000–$224,200 a year in base, bonus and stock.',
    });
  });
});
