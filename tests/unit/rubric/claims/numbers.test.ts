// The one number normalizer: every way a figure is written reads to the same value and unit.
import { describe, expect, it } from 'vitest';
import { chineseNumeral, normalizeDigits, readNumbers } from '../../../../src/core/rubric/claims/numbers';

const one = (text: string) => {
  const all = readNumbers(text);
  expect(all).toHaveLength(1);
  const n = all[0]!;
  return { min: n.min, max: n.max, unit: n.unit, isRange: n.isRange };
};

describe('readNumbers', () => {
  it.each([
    ['$3.2M', 3_200_000, 'usd'],
    ['3.2 million', 3_200_000, 'none'],
    ['$3,200,000', 3_200_000, 'usd'],
    ['320万', 3_200_000, 'none'],
    ['3.2百万', 3_200_000, 'none'],
    ['1.5亿', 150_000_000, 'none'],
    ['3千', 3_000, 'none'],
    ['24万美元', 240_000, 'usd'],
    ['410 万美元', 4_100_000, 'usd'],
    ['US$185k', 185_000, 'usd'],
    ['€2.5m in savings', 2_500_000, 'eur'],
    ['１８％', 18, 'percent'],
    ['−0.4 pp', -0.4, 'points'],
    ['百分之十二', 12, 'percent'],
    ['14个百分点', 14, 'points'],
    ['25 bps', 25, 'bps'],
    ['45 ms', 45, 'ms'],
    ['45毫秒', 45, 'ms'],
    ['a 30-day window', 30, 'days'],
    ['3x', 3, 'multiple'],
    ['2.5×', 2.5, 'multiple'],
    ['3 倍', 3, 'multiple'],
  ])('%s', (text, value, unit) => {
    expect(one(text)).toEqual({ min: value, max: value, unit, isRange: false });
  });

  it.each([
    ['$185k–$200k', 185_000, 200_000, 'usd'],
    ['$185–200k', 185_000, 200_000, 'usd'],
    ['$185,000 to $200,000', 185_000, 200_000, 'usd'],
    ['between $1.2M and $1.4M', 1_200_000, 1_400_000, 'usd'],
    ['24万到25万美元', 240_000, 250_000, 'usd'],
    ['30万至35万美元', 300_000, 350_000, 'usd'],
    ['12-15%', 12, 15, 'percent'],
    ['$4–6M', 4_000_000, 6_000_000, 'usd'],
    ['１８０ｋ', 180_000, 180_000, 'none'],
  ])('range %s', (text, min, max, unit) => {
    const r = one(text);
    expect([r.min, r.max, r.unit]).toEqual([min, max, unit]);
  });

  it('reads "from X to Y" and a falling pair as two figures, not a range', () => {
    expect(readNumbers('from 12% to 9%').map((n) => n.value)).toEqual([12, 9]);
    expect(readNumbers('800 ms to 45 ms').map((n) => n.value)).toEqual([800, 45]);
    expect(readNumbers('$4.1M to $2.9M').map((n) => n.value)).toEqual([4_100_000, 2_900_000]);
  });

  it('does not read "and" as a range without "between"', () => {
    expect(readNumbers('$3M and 250k disputes')).toHaveLength(2);
  });

  it('keeps offsets of the text it was given (full-width digits are one unit each)', () => {
    const text = '损失降低１８％。';
    const [n] = readNumbers(text);
    expect(text.slice(n!.start, n!.end)).toBe('１８％');
  });

  it('skips identifiers glued to letters (p99, Q3, v2)', () => {
    expect(readNumbers('p99 in Q3 on v2')).toEqual([]);
  });
});

describe('normalizeDigits', () => {
  it('maps full-width digits, ％ and the Unicode minus, keeping the length', () => {
    const s = '１２３，４５６ ％ −３';
    expect(normalizeDigits(s)).toBe('123,456 % -3');
    expect(normalizeDigits(s)).toHaveLength(s.length);
  });
  it('leaves a Chinese comma between clauses alone', () => {
    expect(normalizeDigits('降低了5，并且')).toBe('降低了5，并且');
  });
});

describe('chineseNumeral', () => {
  it.each([
    ['十二', 12],
    ['三十五', 35],
    ['一百', 100],
    ['十二点五', 12.5],
  ])('%s', (s, n) => expect(chineseNumeral(s)).toBe(n));
  it('is NaN for other text', () => expect(chineseNumeral('很多')).toBeNaN());
});
