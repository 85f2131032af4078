// Table tests: a monthly base (月薪, "a month", "monthly") is judged as a year's pay. The guides
// publish yearly base bands (Wells Fargo $150k–$210k English guide, $135k–$195k Chinese guide;
// American Express $170k–$210k), so "月薪2万美元" read as a $20k yearly base was called far below
// the band. A monthly figure is multiplied by the months of pay the sentence names (13 or 16
// months, 13薪, "× 14"), else by 12, and the message shows the sum.
import { describe, expect, it } from 'vitest';
import { compBandFindings } from './ruleHarness';

const compBand = (company: string, sections: Record<string, string>) => compBandFindings(company, sections);

describe('comp-band: a monthly base is judged a year at a time', () => {
  it.each<[string, string, Record<string, string>, 'error' | 'warning', string]>([
    ['wells-fargo', '月薪 × 13', { base: '我期望月薪2万美元，按13个月计。' }, 'error', '$260k a year'],
    ['wells-fargo', '月薪 × 12', { base: '我期望月薪 2 万美元。' }, 'error', '$240k a year'],
    ['wells-fargo', '16薪', { base: '我期望月薪1.5万美元，16薪。' }, 'error', '$240k a year'],
    ['wells-fargo', 'a month', { base: 'I am asking for a base of $25k a month.' }, 'error', '$300k a year'],
    ['american-express', 'monthly, below', { base: 'I am asking for a monthly base of $12k.' }, 'warning', '$144k a year'],
  ])('must flag (%s, %s)', (company, _label, sections, severity, says) => {
    const f = compBand(company, sections);
    expect(f.map((x) => x.severity)).toEqual([severity]);
    expect(f[0]?.message).toContain(says);
  });

  it.each<[string, string, Record<string, string>]>([
    // $15k × 12 = $180k: inside every band (it used to be called far below).
    ['american-express', '月薪 inside', { base: '我期望月薪1.5万美元。' }],
    ['american-express', 'per month inside', { base: 'I am asking for $15k per month in base.' }],
    ['american-express', '13 months inside', { base: 'I am asking for $14k a month in base, paid over 13 months.' }],
    // A yearly base is not multiplied.
    ['american-express', 'yearly', { base: 'I am asking for $185k a year in base.' }],
  ])('must not flag (%s, %s)', (company, _label, sections) => {
    expect(compBand(company, sections)).toEqual([]);
  });
});
