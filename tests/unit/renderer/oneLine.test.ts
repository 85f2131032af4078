import { describe, expect, it } from 'vitest';
import { oneLine } from '../../../src/renderer/src/lib/oneLine';

describe('oneLine', () => {
  it.each([
    ['Real-time fraud scoring', 'Real-time fraud scoring'],
    ['Real-time\nfraud scoring', 'Real-time fraud scoring'],
    ['Real-time  \r\n\n  fraud', 'Real-time fraud'],
    ['  leading and trailing  ', '  leading and trailing  '],
    ['实时\n欺诈评分', '实时 欺诈评分'],
  ])('%j -> %j', (text, expected) => {
    expect(oneLine(text)).toBe(expected);
  });
});
