// bench ui's verdict on the one-page keystroke goal: per frame clock, our p95 beside the bare
// textarea's, and whether the goal can be met at all where the bare textarea itself is over it.
import { describe, expect, it } from 'vitest';
import { keystrokeVerdict } from '../../../scripts/bench-ui';

describe('keystrokeVerdict', () => {
  it('judges each clock on its own figures and says when even a bare textarea misses the goal', () => {
    const v = keystrokeVerdict({
      'onePage.keystrokeToPaintedFindingsP95Ms': 21.5,
      'floor.textareaCharPaintedP95Ms': 19.4,
      'unpaced.onePage.keystrokeToPaintedFindingsP95Ms': 14.2,
      'unpaced.floor.textareaCharPaintedP95Ms': 8.4,
    });
    expect(v).toEqual({
      goalP95Ms: 16,
      paced: { onePageP95Ms: 21.5, bareTextareaP95Ms: 19.4, aboveBareTextareaMs: 2.1, meetsGoal: false, goalReachableHere: false },
      unpaced: { onePageP95Ms: 14.2, bareTextareaP95Ms: 8.4, aboveBareTextareaMs: 5.8, meetsGoal: true, goalReachableHere: true },
    });
  });

  it('leaves out a clock that was not run', () => {
    const v = keystrokeVerdict({ 'onePage.keystrokeToPaintedFindingsP95Ms': 15, 'floor.textareaCharPaintedP95Ms': 12 });
    expect(Object.keys(v)).toEqual(['goalP95Ms', 'paced']);
  });
});
