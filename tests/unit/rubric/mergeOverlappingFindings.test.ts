// One finding per problem: overlapping findings of one rule in one section merge; others stay.
import { describe, expect, it } from 'vitest';
import { mergeOverlappingFindings } from '../../../src/core/rubric/mergeOverlappingFindings';
import type { Finding } from '../../../src/core/rubric/types';
import { findingsOf } from './ruleHarness';

const text = 'We decided to move fast and break things.';

function f(rule: string, start: number, end: number, extra: Partial<Finding> = {}): Finding {
  return {
    rule,
    severity: 'warning',
    section: 'decisions',
    line: 1,
    column: start + 1,
    start,
    end,
    excerpt: text.slice(start, end),
    message: `${rule} at ${text.slice(start, end)}`,
    why: 'why',
    suggestion: 'try',
    silenced: false,
    ...extra,
  };
}
const excerpt = (_section: string, start: number, end: number) => text.slice(start, end);

describe('mergeOverlappingFindings', () => {
  it('merges spans that overlap only through a third one into one', () => {
    const out = mergeOverlappingFindings([f('move-fast', 14, 18), f('move-fast', 28, 40), f('move-fast', 17, 29)], excerpt);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ start: 14, end: 40, column: 15, excerpt: 'move fast and break things' });
  });
  it('merges a span inside another into the longer one', () => {
    const out = mergeOverlappingFindings([f('move-fast', 14, 40), f('move-fast', 28, 40)], excerpt);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ start: 14, end: 40, excerpt: 'move fast and break things', message: 'move-fast at move fast and break things' });
  });
  it('merges partly overlapping spans over their union, at the most severe level', () => {
    const out = mergeOverlappingFindings([f('move-fast', 14, 23), f('move-fast', 19, 40, { severity: 'error' })], excerpt);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ start: 14, end: 40, column: 15, severity: 'error', excerpt: 'move fast and break things' });
  });
  it('keeps it silenced only when every part was', () => {
    const out = mergeOverlappingFindings([f('move-fast', 14, 40, { silenced: true }), f('move-fast', 28, 40)], excerpt);
    expect(out[0]?.silenced).toBe(false);
  });
  it.each([
    ['different rules', [f('move-fast', 14, 40), f('vague-language', 28, 40)]],
    ['different sections', [f('move-fast', 14, 40), f('move-fast', 28, 40, { section: 'outcome' })]],
    ['touching, not overlapping', [f('move-fast', 14, 23), f('move-fast', 23, 40)]],
    ['empty spans (whole-document or missing parts)', [f('kill-story-elements', 0, 0), f('kill-story-elements', 0, 0)]],
    ['whole-document findings', [f('governance-terms', 0, 5, { section: null }), f('governance-terms', 0, 5, { section: null })]],
  ])('leaves %s apart', (_name, findings) => {
    expect(mergeOverlappingFindings(findings, excerpt)).toEqual(findings);
  });
  it('does not modify its input', () => {
    const input = [f('move-fast', 14, 40), f('move-fast', 28, 40)];
    const copy = structuredClone(input);
    mergeOverlappingFindings(input, excerpt);
    expect(input).toEqual(copy);
  });
  it('the rubric reports “move fast and break things” once', () => {
    const found = findingsOf('move-fast', { text, section: 'decisions' });
    expect(found).toHaveLength(1);
    expect(found[0]?.excerpt).toBe('move fast and break things');
  });
});
