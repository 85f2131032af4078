// formatCount writes whole numbers exactly as toLocaleString('en-US') does, without ICU.
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/core/text/formatCount';

describe('formatCount', () => {
  it('groups digits by three with commas', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(1089)).toBe('1,089');
    expect(formatCount(200000)).toBe('200,000');
    expect(formatCount(-1234567)).toBe('-1,234,567');
  });

  it('equals toLocaleString("en-US") for every kind of number', () => {
    const cases = [
      Number.MAX_SAFE_INTEGER,
      Number.MIN_SAFE_INTEGER,
      -0,
      0.5,
      1234.5678,
      1e21,
      NaN,
      Infinity,
      -Infinity,
    ];
    let x = 1;
    for (let i = 0; i < 60; i++) {
      cases.push(x, -x, x - 1, x + 1);
      x = Math.floor(x * 1.9) + (i % 7);
    }
    for (let i = 0; i < 2000; i++) cases.push(Math.floor(Math.random() * 10 ** (1 + (i % 16))));
    for (const n of cases) expect([n, formatCount(n)]).toEqual([n, n.toLocaleString('en-US')]);
  });
});
