// The eval's arithmetic on a small hand-made table (independent of the rules' quality).
import { describe, expect, it } from 'vitest';
import { scoreRules } from '../../../scripts/eval/scoreRules';
import type { CaseOutcome } from '../../../scripts/eval/scoreRules';

const table: CaseOutcome[] = [
  // rule a: must fire in 4 cases, fires in 3 -> recall 0.75; must not fire in 2, fires in 1 -> FP 0.5
  { id: 'c1', mustFire: ['a'], mustNotFire: ['b'], fired: ['a'] },
  { id: 'c2', mustFire: ['a'], mustNotFire: [], fired: ['a', 'b'] }, // b unlisted here: not scored
  { id: 'c3', mustFire: ['a'], mustNotFire: ['b'], fired: [] }, // a missed
  { id: 'c4', mustFire: ['a', 'b'], mustNotFire: [], fired: ['a', 'b'] },
  { id: 'c5', mustFire: [], mustNotFire: ['a'], fired: ['a'] }, // a false alarm
  { id: 'c6', mustFire: [], mustNotFire: ['a', 'b'], fired: [] },
];

describe('scoreRules', () => {
  const board = scoreRules(table, ['a', 'b', 'c']);
  const rule = (id: string) => board.rules.find((r) => r.rule === id);

  it('computes recall and false-positive rate per rule from listed expectations only', () => {
    expect(rule('a')).toMatchObject({
      positives: 4,
      truePositives: 3,
      recall: 0.75,
      negatives: 2,
      falsePositives: 1,
      fpRate: 0.5,
      pass: false,
    });
    expect(rule('b')).toMatchObject({
      positives: 1,
      truePositives: 1,
      recall: 1,
      negatives: 3,
      falsePositives: 0,
      fpRate: 0,
      pass: true,
    });
  });

  it('leaves a rule with no support unmeasured and failing', () => {
    expect(rule('c')).toMatchObject({
      positives: 0,
      recall: null,
      negatives: 0,
      fpRate: null,
      pass: false,
    });
  });

  it('sums overall figures and lists failing cases with what went wrong', () => {
    expect(board.overall).toEqual({
      positives: 5,
      truePositives: 4,
      recall: 0.8,
      negatives: 5,
      falsePositives: 1,
      fpRate: 0.2,
    });
    expect(board.cases).toBe(6);
    expect(board.casesRight).toBe(4);
    expect(board.failures).toEqual([
      { id: 'c3', missed: ['a'], falseAlarms: [] },
      { id: 'c5', missed: [], falseAlarms: ['a'] },
    ]);
    expect(board.pass).toBe(false);
  });

  it('applies the bar at its edges: 95% recall and 2% false positives pass, just below or above fails', () => {
    const many = (n: number, make: (i: number) => CaseOutcome) =>
      Array.from({ length: n }, (_, i) => make(i));
    const edge = [
      ...many(20, (i) => ({
        id: `p${i}`,
        mustFire: ['r'],
        mustNotFire: [],
        fired: i === 0 ? [] : ['r'],
      })), // 19/20 = 95%
      ...many(50, (i) => ({
        id: `n${i}`,
        mustFire: [],
        mustNotFire: ['r'],
        fired: i === 0 ? ['r'] : [],
      })), // 1/50 = 2%
    ];
    expect(scoreRules(edge, ['r']).pass).toBe(true);
    const worse = [...edge, { id: 'x', mustFire: [], mustNotFire: ['r'], fired: ['r'] }]; // 2/51 > 2%
    expect(scoreRules(worse, ['r']).pass).toBe(false);
    const missed = [...edge, { id: 'y', mustFire: ['r'], mustNotFire: [], fired: [] }]; // 19/21 < 95%
    expect(scoreRules(missed, ['r']).pass).toBe(false);
  });
});
