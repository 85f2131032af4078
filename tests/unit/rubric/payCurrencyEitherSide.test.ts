// Table tests (breaker F5, F6, F8, F10): a pay figure's currency is read on either side of it and
// in its common written forms, so an amount that is not US dollars is never judged against the
// guides' US-dollar bands as if it were ("1.2M RMB", "240k CAD", "C$240k", "HK$1.6M", "S$250k",
// "A$250k", "250k Singapore dollars", 160万港币, 25万新币, 24万加元); no exchange rate is assumed.
// Also: two 万 amounts joined by an ASCII hyphen are a range (18万-23万美元), 萬 is 万, and 月薪 is
// a base word in any section (Anchor as well as Base).
import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../src/core/rubric/claims/numbers';
import { compBandFindings } from './ruleHarness';

const withInfo = (company: string, sections: Record<string, string>) => compBandFindings(company, sections, { info: true });

describe('numbers: the currency is read before or after the figure', () => {
  it.each<[string, string, number, number]>([
    ['I am asking for a base of 1.2M CNY.', 'cny', 1_200_000, 1_200_000],
    ['I am asking for a base of 1.2M RMB.', 'cny', 1_200_000, 1_200_000],
    ['My base ask is 1.2 million yuan.', 'cny', 1_200_000, 1_200_000],
    ['My base ask is 1,200,000 RMB.', 'cny', 1_200_000, 1_200_000],
    ['I would like 240k CAD in base.', 'other-currency', 240_000, 240_000],
    ['I would like C$240k in base.', 'other-currency', 240_000, 240_000],
    ['My base ask is HK$1.6M.', 'other-currency', 1_600_000, 1_600_000],
    ['My base ask is 1.6M HKD.', 'other-currency', 1_600_000, 1_600_000],
    ['S$250k base, please.', 'other-currency', 250_000, 250_000],
    ['250k SGD base, please.', 'other-currency', 250_000, 250_000],
    ['A$230k–A$250k base.', 'other-currency', 230_000, 250_000],
    ['My base ask is 250k Singapore dollars.', 'other-currency', 250_000, 250_000],
    ['底薪期望160万港币。', 'other-currency', 1_600_000, 1_600_000],
    ['底薪期望港币160万。', 'other-currency', 1_600_000, 1_600_000],
    ['底薪期望25万新币。', 'other-currency', 250_000, 250_000],
    ['底薪期望24万加元。', 'other-currency', 240_000, 240_000],
    ['底薪期望一百六十万港币。', 'other-currency', 1_600_000, 1_600_000],
    ['底薪期望20萬美元。', 'usd', 200_000, 200_000],
    ['期望底薪18万-23万美元。', 'usd', 180_000, 230_000],
    ['期望底薪15万美元-18万美元。', 'usd', 150_000, 180_000],
  ])('%s', (text, unit, min, max) => {
    const money = readNumbers(text).filter((n) => n.max >= 1000);
    expect(money.map((n) => [n.unit, n.min, n.max])).toEqual([[unit, min, max]]);
  });

  it.each<[string, [string, string, number][]]>([
    // Capital letters that are no currency code are not a unit, and glued to digits are a name.
    ['We score 30k TPS at 45 ms.', [['30k', 'none', 30_000], ['45 ms', 'ms', 45]]],
    ['TPS 30k at peak.', [['30k', 'none', 30_000]]],
    ['We moved from GPT4 to SHA256 hashes.', []],
    // Dollars stay dollars; a minus after a space is still a minus.
    ['I am asking for $180k-$230k base.', [['$180k-$230k', 'usd', 230_000]]],
    ['I am asking for US$200k base.', [['US$200k', 'usd', 200_000]]],
    ['Losses fell -5% after launch.', [['-5%', 'percent', -5]]],
  ])('must not change: %s', (text, expected) => {
    expect(readNumbers(text).map((n) => [n.text, n.unit, n.value])).toEqual(expected);
  });
});

describe('comp-band: an ask in another currency is noted, not judged as dollars', () => {
  it.each<[string, Record<string, string>]>([
    ['wells-fargo', { base: 'I am asking for a base of 1.2M RMB.' }],
    ['wells-fargo', { base: 'My base ask is 1.2 million yuan.' }],
    ['wells-fargo', { base: 'I would like 240k CAD in base for the Toronto role.' }],
    ['wells-fargo', { base: 'Base: C$240k.' }],
    ['jpmorgan', { base: 'My base ask is HK$1.6M.' }],
    ['jpmorgan', { base: 'My base ask is 1.6M HKD.' }],
    ['american-express', { base: 'I am asking for S$250k in base.' }],
    ['american-express', { base: 'I am asking for A$250k in base.' }],
    ['american-express', { base: 'I am asking for 250k Singapore dollars in base.' }],
    ['wells-fargo', { base: '底薪期望160万港币。' }],
    ['wells-fargo', { base: '底薪希望25万新币。' }],
    ['wells-fargo', { anchor: '我的期望是年薪24万加元。' }],
  ])('%s: %j', (company, sections) => {
    const f = withInfo(company, sections);
    expect(f.map((x) => x.severity)).toEqual(['info']);
    // The note names the figure as written and says it was not compared (not "gives no currency").
    expect(f[0]?.message).toMatch(/another currency|其他币种/);
    expect(f[0]?.message).not.toMatch(/no currency|没有写币种/);
  });

  it('a yuan amount written with digits only is noted too (it was silently skipped)', () => {
    const f = withInfo('wells-fargo', { base: 'I am asking for a base of 1,200,000 RMB.' });
    expect(f.map((x) => x.severity)).toEqual(['info']);
  });
});

describe('comp-band: Chinese ranges and 月薪 wherever they stand', () => {
  it.each<[string, Record<string, string>, 'error' | 'warning', string]>([
    // An ASCII hyphen between two 万 amounts is a range: its top reaches above the band.
    ['wells-fargo', { base: '期望底薪18万-23万美元。' }, 'warning', '$230k'],
    ['wells-fargo', { base: '期望底薪22万美元-25万美元。' }, 'error', '$220k–$250k'],
    // 萬 (traditional) is 万.
    ['wells-fargo', { base: '期望底薪25萬美元。' }, 'error', '$250k'],
    // 月薪 is a base word in the Anchor section too, as "salary … a month" and 年薪 are.
    ['wells-fargo', { anchor: '我的期望是月薪2万美元。' }, 'error', '$240k'],
    ['american-express', { anchor: '我的期望是月薪1.1万美元，按12个月计。' }, 'warning', '$132k'],
    ['wells-fargo', { anchor: '我的期望是月工资20000美元。' }, 'error', '$240k'],
  ])('%s: %j', (company, sections, severity, says) => {
    const f = compBandFindings(company, sections);
    expect(f.map((x) => x.severity)).toEqual([severity]);
    expect(f[0]?.message).toContain(says);
  });

  it.each<[string, Record<string, string>]>([
    ['american-express', { base: '期望底薪18万-20万美元。' }],
    ['american-express', { anchor: '我的期望是月薪1.6万美元。' }],
  ])('must not flag %s: %j', (company, sections) => {
    expect(compBandFindings(company, sections)).toEqual([]);
  });
});

describe('comp-band: an amount written out in full after a pay word (breaker F10)', () => {
  it.each<[string, Record<string, string>, 'error' | 'warning']>([
    ['wells-fargo', { base: 'I am asking for a base of 230,000.' }, 'error'],
    ['wells-fargo', { anchor: 'My base salary ask is 230000.' }, 'error'],
    ['american-express', { anchor: 'I would put the base salary at 160,000.' }, 'warning'],
    ['wells-fargo', { base: '底薪期望230000美元。' }, 'error'],
  ])('%s: %j', (company, sections, severity) => {
    expect(compBandFindings(company, sections).map((x) => x.severity)).toEqual([severity]);
  });

  it.each<[string, Record<string, string>]>([
    // A customer or user base is not pay; a count after the figure is a count.
    ['wells-fargo', { base: 'We grew a user base of 240,000 in a year.' }],
    ['wells-fargo', { base: 'The base of 250,000 accounts was scored nightly.' }],
    // Inside the band.
    ['american-express', { base: 'I am asking for a base of 185,000 to 195,000.' }],
  ])('must not flag %s: %j', (company, sections) => {
    expect(compBandFindings(company, sections)).toEqual([]);
  });

  it('a Chinese draft’s full amount without a currency is RMB: noted, not judged', () => {
    const f = withInfo('wells-fargo', { base: '底薪期望230000。' });
    expect(f.map((x) => x.severity)).toEqual(['info']);
  });
});

// Breaker 9: a $ with a code after the figure is that currency ("$240k AUD"), and the common
// codes count in lower case too ("cad 240k", "200k eur"); lower-case English words stay words.
describe('numbers: $ with a code after it, and lower-case codes', () => {
  it.each<[string, string, number, number]>([
    ['$240k AUD floor for the Sydney role.', 'other-currency', 240_000, 240_000],
    ['My base ask is $1.6M HKD.', 'other-currency', 1_600_000, 1_600_000],
    ['My base ask is cad 240k.', 'other-currency', 240_000, 240_000],
    ['My base ask is 200k eur.', 'eur', 200_000, 200_000],
    ['My base ask is gbp 105k.', 'gbp', 105_000, 105_000],
    ['My base ask is 230k usd.', 'usd', 230_000, 230_000],
    ['My base ask is $230k USD.', 'usd', 230_000, 230_000],
  ])('%s', (text, unit, min, max) => {
    const money = readNumbers(text).filter((n) => n.max >= 1000);
    expect(money.map((n) => [n.unit, n.min, n.max])).toEqual([[unit, min, max]]);
  });
  it.each<[string, string]>([
    ['We cut 30k all told.', 'none'],
    ['We saved $30k all year.', 'usd'],
    ['We reached 40k top customers.', 'none'],
  ])('must stay: %s', (text, unit) => {
    expect(readNumbers(text).filter((n) => n.max >= 1000).map((n) => n.unit)).toEqual([unit]);
  });
  it.each<[string, Record<string, string>]>([
    ['wells-fargo', { base: '$240k AUD floor, $260k AUD target, $280k AUD stretch.' }],
    ['wells-fargo', { base: 'My base ask is cad 240k.' }],
    ['wells-fargo', { base: 'My base ask is 200k eur.' }],
  ])('comp-band raises no dollar-band error or warning for %s %j', (company, sections) => {
    const found = withInfo(company, sections);
    expect(found.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
