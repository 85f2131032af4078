import { describe, expect, it } from 'vitest';
import {
  countWords,
  describeSeconds,
  estimateSeconds,
  formatClock,
  timerTone,
} from '../../../src/renderer/src/features/rehearsal/speakingTime';
import { bandGeometry } from '../../../src/renderer/src/features/company/comp/bandGeometry';

describe('speaking time', () => {
  it('counts words, ignoring punctuation', () => {
    expect(countWords('My ask is $190k–$230k base, with a 15 % bonus.')).toBeGreaterThanOrEqual(8);
    expect(countWords('')).toBe(0);
  });
  it('segments Chinese text into words', () => {
    const n = countWords('我们把欺诈损失降低了百分之三十');
    expect(n).toBeGreaterThan(3);
  });
  it('140 words take a minute', () => {
    expect(estimateSeconds(Array.from({ length: 140 }, () => 'word').join(' '))).toBe(60);
    expect(estimateSeconds(Array.from({ length: 280 }, () => 'word').join(' '))).toBe(120);
  });
  it.each([
    [10, 120, 'calm'],
    [102, 120, 'near'],
    [101, 120, 'calm'],
    [120, 120, 'near'],
    [121, 120, 'over'],
    [500, null, 'calm'],
  ] as const)('%d s of %s -> %s', (elapsed, budget, tone) => {
    expect(timerTone(elapsed, budget)).toBe(tone);
  });
  it('formats clocks and durations', () => {
    expect(formatClock(65)).toBe('1:05');
    expect(formatClock(3723)).toBe('1:02:03');
    expect(describeSeconds(105)).toBe('1 min 45 s');
    expect(describeSeconds(120)).toBe('2 min');
    expect(describeSeconds(42)).toBe('42 s');
  });
});

describe('bandGeometry', () => {
  it('puts an ask above the band to the right of it', () => {
    const g = bandGeometry({ min: 150000, max: 210000 }, { min: 230000, max: 260000 }, 400);
    expect(g.band && g.ask).toBeTruthy();
    expect(g.ask!.x1).toBeGreaterThan(g.band!.x2);
    expect(g.band!.x1).toBeGreaterThanOrEqual(0);
    expect(g.ask!.x2).toBeLessThanOrEqual(400);
    expect(g.ticks.length).toBeGreaterThan(2);
  });
  it('handles a missing band or ask', () => {
    expect(bandGeometry(null, null, 400).band).toBeNull();
    const g = bandGeometry(null, { min: 200000, max: 200000 }, 400);
    expect(g.ask!.x1).toBeCloseTo(g.ask!.x2);
  });
});
