// Table tests: pay asks written in Chinese numerals, alone or mixed with digits ("期望底薪三十万美元",
// "base 30万美元", "年薪二十一万", "$180k–二十万"), are read (万 = 10,000) and judged against the
// bands like any other ask; Chinese numerals that are not amounts (十分, 三十而立, 十万火急, 第一)
// stay words. Bands from the profiles (../shared/sources): Wells Fargo base $150k–$210k (English
// guide) and $135k–$195k (Chinese guide); American Express base $170k–$210k.
import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../src/core/rubric/claims/numbers';
import { compBandFindings } from './ruleHarness';

const compBand = (company: string, sections: Record<string, string>) => compBandFindings(company, sections);
const CODES = /\b(?:wf-en|wf-zh|amex|jpmorgan|fintech)\b/;

describe('numbers: amounts in Chinese numerals', () => {
  it.each<[string, [string, number, number][]]>([
    ['期望底薪三十万美元。', [['usd', 300_000, 300_000]]],
    ['年薪二十一万。', [['none', 210_000, 210_000]]],
    ['I am asking for $180k–二十万 base.', [['usd', 180_000, 200_000]]],
    ['底薪期望十八到二十万美元。', [['usd', 180_000, 200_000]]],
    ['底薪期望十八万到十九万五千美元。', [['usd', 180_000, 195_000]]],
    ['底薪十八万五。', [['none', 185_000, 185_000]]],
    ['我期望二十万零五千美元。', [['usd', 205_000, 205_000]]],
    ['底薪期望十二点五万美元。', [['usd', 125_000, 125_000]]],
    ['底薪期望人民币一百二十万。', [['cny', 1_200_000, 1_200_000]]],
    ['签字费两万美元。', [['usd', 20_000, 20_000]]],
    ['总包期望叁拾伍万美元。', [['usd', 350_000, 350_000]]],
    ['项目带来一千万美元的收入。', [['usd', 10_000_000, 10_000_000]]],
  ])('%s', (text, expected) => {
    expect(readNumbers(text).map((n) => [n.unit, n.min, n.max])).toEqual(expected);
  });

  it.each(['这件事十万火急。', '这一点十分重要。', '三十而立，一些人会换工作。', '第一个上线的模型。', '千万不要这样做。', '万一模型失效怎么办？'])(
    'not an amount: %s',
    (text) => {
      expect(readNumbers(text)).toEqual([]);
    },
  );
});

describe('comp-band: asks in Chinese numerals are judged', () => {
  it.each<[string, string, Record<string, string>, 'error' | 'warning']>([
    ['wells-fargo', 'zh, above every band', { base: '期望底薪三十万美元。' }, 'error'],
    ['wells-fargo', 'mixed, digits with 万', { base: 'My ask is base 30万美元.' }, 'error'],
    ['wells-fargo', 'zh, 年薪 between the guides', { base: '年薪二十一万美元。' }, 'warning'],
    ['wells-fargo', 'zh, 年薪 in another section', { anchor: '我希望年薪二十一万美元。' }, 'warning'],
    ['wells-fargo', 'mixed range, between the guides', { base: 'I am asking for $180k–二十万 base.' }, 'warning'],
    ['american-express', 'zh, range above', { base: '底薪期望二十二万到二十五万美元。' }, 'error'],
    ['american-express', 'zh, bare first figure of a range', { base: '底薪期望二十二到二十五万美元。' }, 'error'],
    ['american-express', 'zh, below', { base: '我希望底薪在十二万到十四万美元之间。' }, 'warning'],
    ['american-express', 'zh, sign-on above', { 'sign-on': '签字费我希望是八万美元。' }, 'error'],
    ['american-express', 'zh, financial numerals', { base: '底薪期望贰拾伍万美元。' }, 'error'],
  ])('must flag (%s, %s)', (company, _label, sections, severity) => {
    const f = compBand(company, sections);
    expect(f.map((x) => x.severity)).toEqual([severity]);
    expect(f[0]?.message).not.toMatch(CODES);
  });

  it.each<[string, string, Record<string, string>]>([
    ['american-express', 'zh, inside', { base: '底薪期望十八万到十九万五千美元。' }],
    ['american-express', 'zh, bare first figure inside', { base: '底薪期望十八到二十万美元。' }],
    ['american-express', 'mixed, inside', { base: 'I am asking for $180k–十九万 base.' }],
    ['american-express', 'zh, sign-on inside', { 'sign-on': '签字费我希望在三万到四万美元之间。' }],
    ['american-express', 'zh, current pay', { base: '我目前的底薪是二十五万美元，希望新职位在十九万到二十万美元之间。' }],
    ['american-express', 'zh, a result, not pay', { base: '我上一个产品每年节省了三百万美元的欺诈损失。' }],
    ['wells-fargo', 'zh, numerals that are words', { base: '这一点十分重要，所以底薪我会保持在区间内。' }],
  ])('must not flag (%s, %s)', (company, _label, sections) => {
    expect(compBand(company, sections)).toEqual([]);
  });

  it('says the ask in dollars, whatever script it was written in', () => {
    const [f] = compBand('wells-fargo', { base: '期望底薪三十万美元。' });
    expect(f?.message).toContain('$300k');
  });
});
