// A timed run counts toward readiness only when it is at least a third of what the answer needs
// (newcomer F22: "0:04 — within the budget" on a 10-minute question raised readiness 75 % -> 95 %).
import { describe, expect, it } from 'vitest';
import { neededSeconds, runCounts } from '../../../src/core/questions/questionReadiness';

describe('runCounts', () => {
  it.each([
    ['4 s of a 10-minute case with a 2:34 answer', 4, 600, 154, false],
    ['5 s of a 10-minute case without an answer', 5, 600, null, false],
    ['4 s of a 2:09 kill story (budget 2:30)', 4, 150, 129, false],
    ['43 s of the same story', 43, 150, 129, true],
    ['a full 2:31 run of a 2:34 answer', 151, 600, 154, true],
    ['200 s of a 10-minute case without an answer', 200, 600, null, true],
    ['any run when nothing is known', 1, null, null, true],
  ] as const)('%s: %s', (_name, seconds, budget, spoken, counts) => {
    expect(runCounts(seconds, neededSeconds(budget, spoken))).toBe(counts);
  });
});
