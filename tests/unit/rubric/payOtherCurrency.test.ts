// Table tests: a pay ask written in another currency (£, €, ¥, RMB, 人民币, 元, CNY, GBP, EUR) is
// never judged against the guides' US-dollar bands as if it were dollars. No exchange rate is
// assumed: comp-band leaves one info note (unscored) saying the bands are in US dollars and the
// figure was not compared. A dollar figure beside it (a conversion) is judged as usual.
import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../src/core/rubric/claims/numbers';
import { compBandFindings } from './ruleHarness';

const compBand = (company: string, sections: Record<string, string>) => compBandFindings(company, sections, { info: true });
const CODES = /\b(?:wf-en|wf-zh|amex|jpmorgan|fintech)\b/;

describe('numbers: the currency of a figure', () => {
  it.each<[string, string, number, number]>([
    ['底薪期望人民币120万到130万。', 'cny', 1_200_000, 1_300_000],
    ['底薪期望人民币 120万。', 'cny', 1_200_000, 1_200_000],
    ['底薪期望120万到130万元。', 'cny', 1_200_000, 1_300_000],
    ['My base ask is CNY 1.2M–1.3M.', 'cny', 1_200_000, 1_300_000],
    ['My base ask is RMB 900k.', 'cny', 900_000, 900_000],
    ['I am asking for GBP 150k base.', 'gbp', 150_000, 150_000],
    ['I am asking for £150k–£160k base.', 'gbp', 150_000, 160_000],
    ['底薪期望15万英镑。', 'gbp', 150_000, 150_000],
    ['I am asking for EUR 170k base.', 'eur', 170_000, 170_000],
    ['底薪期望16万欧元。', 'eur', 160_000, 160_000],
    ['I am asking for $180k–$195k base.', 'usd', 180_000, 195_000],
  ])('%s', (text, unit, min, max) => {
    const money = readNumbers(text).filter((n) => n.min >= 1000);
    expect(money.map((n) => [n.unit, n.min, n.max])).toEqual([[unit, min, max]]);
  });
});

describe('comp-band: an ask in another currency is not compared with dollar bands', () => {
  it.each<[string, string, Record<string, string>]>([
    ['wells-fargo', 'en, pounds, base', { base: 'I am asking for £150k base.' }],
    ['wells-fargo', 'en, euros, base range', { base: 'I am asking for €180k–€190k base.' }],
    ['american-express', 'en, GBP sign-on', { 'sign-on': 'I would like a sign-on of GBP 40k.' }],
    ['wells-fargo', 'zh, 人民币 base', { base: '底薪期望人民币120万到130万。' }],
    ['wells-fargo', 'zh, 元 base', { base: '我希望底薪在120万到130万元之间。' }],
    ['jpmorgan', 'zh, CNY total cash', { base: '我期望总现金为CNY 150万。' }],
    ['american-express', 'zh, 英镑 bonus', { 'bonus-equity': '我希望年度奖金为3万英镑。' }],
  ])('must note, not judge (%s, %s)', (company, _label, sections) => {
    const f = compBand(company, sections);
    expect(f.map((x) => x.severity)).toEqual(['info']);
    expect(f[0]?.message).toContain('US dollars');
    expect(f[0]?.message).toContain('not compared');
    expect(f[0]?.message).not.toMatch(CODES);
    expect(f[0]?.suggestion).toMatch(/recruiter/);
  });

  it.each<[string, string, Record<string, string>]>([
    // A conversion beside a dollar ask: the dollars are judged (inside the band), the pounds left alone.
    ['american-express', 'en, dollars with pounds beside', { base: 'I am asking for $180k–$195k base (about £140k–£150k).' }],
    ['american-express', 'zh, 美元 with 人民币 beside', { base: '底薪期望18万到19.5万美元（约合人民币130万到140万）。' }],
    // What the candidate earns now, in yuan: not an ask.
    ['american-express', 'zh, current pay in yuan', { base: '我目前的年薪是人民币90万元。' }],
    ['american-express', 'en, current pay in pounds', { base: 'Today I earn £120k at my current bank.' }],
    // A result in euros is not pay.
    ['american-express', 'en, savings in euros', { base: 'My last product saved €3M a year in fraud losses.' }],
  ])('must not note (%s, %s)', (company, _label, sections) => {
    expect(compBand(company, sections).filter((f) => f.message.includes('US dollars'))).toEqual([]);
  });

  it('still judges the dollar ask beside a conversion', () => {
    const f = compBand('american-express', { base: 'I am asking for $260k–$280k base (about £200k).' });
    expect(f.map((x) => x.severity)).toEqual(['error']);
  });
});
