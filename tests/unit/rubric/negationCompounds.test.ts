import { describe, expect, it } from 'vitest';
import { negatedRanges } from '../../../src/core/rubric/claims/negation';

const covered = (text: string, phrase: string): boolean => {
  const at = text.indexOf(phrase);
  return negatedRanges(text).some(([a, b]) => at < b && at + phrase.length > a);
};

describe('negation: hyphenated compounds are names, not negations', () => {
  it.each([
    ['Card-not-present fraud losses had reached $4.1M a year.', 'fraud losses'],
    ['We partnered with a not-for-profit credit counsellor and cut defaults 12%.', 'cut defaults'],
    ['A no-code rules console let analysts ship changes in hours.', 'ship changes'],
    ['Card-Not-Present chargebacks fell 18% against the holdout.', 'chargebacks fell'],
  ])('%s', (text, phrase) => {
    expect(covered(text, phrase)).toBe(false);
  });

  it.each([
    ['Fair-lending review found no adverse impact.', 'adverse impact'],
    ['We did not launch until model risk signed off.', 'launch'],
    ['Card-not-present losses were not reduced by the pilot.', 'reduced'],
    ['Compliance was never consulted.', 'consulted'],
  ])('still negated: %s', (text, phrase) => {
    expect(covered(text, phrase)).toBe(true);
  });
});
