// Table tests: which currency a pay figure written without one is read in (comp-band). The five
// guides (../shared/sources) give every band in US dollars for US roles; a Chinese draft's
// everyday unit of money is RMB (人民币). So:
// - a Chinese draft's bare amount (年薪二十一万, 底薪 30万, 210k) is read as RMB: it is not compared
//   with the dollar bands, and one info note for the draft says which currency was assumed and how
//   to write dollars (21万美元, $210k, 以美元计);
// - it takes the currency of another figure in its sentence that names one, or the draft's own
//   statement that its figures are dollars (以美元计, 单位：美元);
// - an English draft's bare "210k" is US dollars, as before, and is judged.
// 美刀 / 万刀 (a common Chinese word for US dollars) names dollars.
import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../src/core/rubric/claims/numbers';
import { compBandFindings } from './ruleHarness';

const all = (company: string, sections: Record<string, string>) => compBandFindings(company, sections, { info: true });
const CODES = /\b(?:wf-en|wf-zh|amex|jpmorgan|fintech)\b/;

describe('numbers: 刀 and 美刀 after an amount are US dollars', () => {
  it.each<[string, string, number]>([
    ['期望底薪30万刀。', 'usd', 300_000],
    ['期望底薪18万美刀。', 'usd', 180_000],
    ['期望底薪二十万刀。', 'usd', 200_000],
    ['期望 base 190k刀。', 'usd', 190_000],
  ])('%s', (text, unit, value) => {
    const money = readNumbers(text).filter((n) => n.max >= 1000);
    expect(money.map((n) => [n.unit, n.max])).toEqual([[unit, value]]);
  });

  it('a bare numeral before 刀 is not money', () => {
    expect(readNumbers('他在会上补了三刀。').filter((n) => n.unit === 'usd')).toEqual([]);
  });
});

describe('comp-band: a bare amount in a Chinese draft is read as RMB, with one note', () => {
  it.each<[string, string, Record<string, string>, string]>([
    ['wells-fargo', '年薪二十一万', { base: '我期望年薪二十一万。' }, '二十一万美元'],
    ['wells-fargo', '底薪 30万', { base: '我期望底薪 30万。' }, '30万美元'],
    ['wells-fargo', 'bare 210k', { base: '我期望底薪 210k。' }, '$210k'],
    ['american-express', 'bare range', { base: '底薪希望在18万到20万之间。' }, '18万到20万美元'],
    ['american-express', 'bare sign-on', { 'sign-on': '签约奖金希望是5万。' }, '5万美元'],
    ['wells-fargo', 'bare total', { close: '总包期望45万。' }, '45万美元'],
  ])('notes, does not judge (%s, %s)', (company, _label, sections, example) => {
    const f = all(company, sections);
    expect(f.map((x) => x.severity)).toEqual(['info']);
    expect(f[0]?.message).toContain('RMB');
    expect(f[0]?.message).toContain('not compared');
    expect(f[0]?.message).not.toMatch(CODES);
    expect(f[0]?.suggestion).toContain(example);
  });

  it('gives one note for a draft with several bare amounts, and says how many', () => {
    const f = all('wells-fargo', { base: '我期望底薪 30万。', 'sign-on': '签约奖金希望是5万。', close: '总包期望45万。' });
    expect(f.map((x) => x.severity)).toEqual(['info']);
    expect(f[0]?.message).toContain('2 other amounts');
  });

  it.each<[string, string, Record<string, string>, 'error' | 'warning']>([
    // Another figure in the sentence names dollars: the bare one is dollars too, and judged.
    ['wells-fargo', 'sentence names dollars', { base: '我期望底薪25万美元，签字费3万。' }, 'error'],
    // The draft says once that its figures are dollars.
    ['wells-fargo', '以美元计', { base: '以下金额均以美元计。我期望底薪 30万。' }, 'error'],
    ['wells-fargo', '单位：美元', { base: '单位：美元。底薪期望25万到28万。' }, 'error'],
    ['wells-fargo', '万刀', { base: '我期望底薪30万刀。' }, 'error'],
    // An English draft's bare figure is dollars, as before.
    ['wells-fargo', 'English 250k', { base: 'I am asking for 250k base.' }, 'error'],
    ['american-express', 'English 150k', { base: 'I am asking for 150k–160k base.' }, 'warning'],
  ])('judges as dollars (%s, %s)', (company, _label, sections, severity) => {
    const f = all(company, sections).filter((x) => x.severity !== 'info');
    expect(f.map((x) => x.severity)).toEqual([severity]);
  });

  it.each<[string, string, Record<string, string>]>([
    // Dollars named: judged, no currency note.
    ['american-express', 'zh 美元 inside', { base: '我期望底薪18万到19.5万美元。' }],
    // What the candidate earns now, a result, or market data: not an ask, no note.
    ['american-express', 'zh current pay', { base: '我目前的年薪是 30万。' }],
    ['american-express', 'zh result', { base: '我上一个产品每年节省了 300万 的欺诈损失。' }],
    ['american-express', 'zh band', { base: '市场上同类岗位的底薪通常在 18万到20万之间。' }],
    // An English draft's bare figure inside the band: judged, inside, nothing to say.
    ['american-express', 'English bare inside', { base: 'I am asking for 180k–195k base.' }],
  ])('no currency note (%s, %s)', (company, _label, sections) => {
    expect(all(company, sections).filter((f) => /currency/.test(f.message))).toEqual([]);
  });
});
