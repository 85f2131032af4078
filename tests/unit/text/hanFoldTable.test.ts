// The committed traditional -> simplified table (src/core/text/hanFoldData.ts) is what
// scripts/gen-hanfold.ts makes from the installed opencc-js, and foldTraditional reads it as made.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HAN_TABLE_FILE, hanFoldPairs, hanFoldTableSource } from '../../../scripts/gen-hanfold';
import { foldTraditional } from '../../../src/core/text/hanFold';

describe('hanFold table', () => {
  it('is what scripts/gen-hanfold.ts makes from the installed opencc-js', () => {
    expect(fs.readFileSync(HAN_TABLE_FILE, 'utf8')).toBe(hanFoldTableSource(hanFoldPairs()));
  });
  it('folds every pair of the generator, and leaves simplified text as written', () => {
    const pairs = hanFoldPairs();
    expect(pairs.size).toBeGreaterThan(2500);
    for (const [a, b] of pairs) expect(foldTraditional(a)).toBe(b);
    expect(foldTraditional('什么决定招商银行')).toBe('什么决定招商银行');
    expect(foldTraditional('招商銀行的決定')).toBe('招商银行的决定');
  });
});
