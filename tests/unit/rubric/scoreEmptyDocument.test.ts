// The score reflects how much is written: an empty impact brief scores below a weak draft, which
// scores below a strong one (found in a newcomer trial: empty 64, weak draft 32).
import { describe, expect, it } from 'vitest';
import { scoreFindings } from '../../../src/core/rubric/scoreFindings';
import type { Finding } from '../../../src/core/rubric/types';
import { run } from './ruleHarness';

const brief = (sections: Record<string, string>) => run({ text: '', template: 'impact-brief', company: 'jpmorgan', sections }).score;

const STRONG = {
  problem: 'Card-not-present fraud cost the consumer card book $6.2M a year, and the rules engine caught only 58% of it.',
  decisions: 'I chose to score every authorisation in real time and to keep large purchases in a human review queue, trading 1 point of recall for no added checkout delay.',
  outcome: 'Fraud losses fell from $6.2M to $4.4M a year against a 5% holdout that stayed flat, with false declines unchanged at 0.4%.',
  risk: 'Model risk validated the model under SR 11-7 before launch, a fair-lending review of the declines found no disparate impact, and drift is monitored weekly with an alert at a PSI of 0.2.',
  ice: 'Impact: $1.8M a year. Complexity: real-time scoring at 20k TPS under 50 ms. Execution risk: Legal sign-off on decline notices, booked for Q2.',
};
const WEAK = {
  problem: 'Fraud was a big problem for the card business.',
  decisions: 'We built a deep learning model with TensorFlow and moved fast.',
  outcome: 'The model improved fraud detection a lot and helped the business.',
  risk: 'We will involve compliance after launch if needed.',
  ice: 'High impact, medium effort.',
};

describe('score by how much is written', () => {
  it('orders empty < near-empty < weak draft < strong', () => {
    const empty = brief({});
    const nearEmpty = brief({ problem: WEAK.problem });
    const weak = brief(WEAK);
    const strong = brief(STRONG);
    expect(empty).toBe(0);
    expect(empty).toBeLessThan(nearEmpty);
    expect(nearEmpty).toBeLessThan(weak);
    expect(weak).toBeLessThan(strong);
    expect(strong).toBe(100);
  });
  it('takes each empty required section as its share of the document', () => {
    const withoutIce = brief({ ...STRONG, ice: '' });
    expect(withoutIce).toBe(80);
  });
  it('scales by the share written only when told the number of required sections', () => {
    const f = (rule: string, silenced = false): Finding => ({
      rule, severity: 'error', silenced, section: null, line: 1, column: 1, start: 0, end: 0, excerpt: '', message: '', why: '', suggestion: '',
    });
    const two = [f('section-required'), f('section-required')];
    expect(scoreFindings(two, 4)).toBe(50);
    expect(scoreFindings(two, 2)).toBe(0);
    expect(scoreFindings(two)).toBe(100 - 18);
    expect(scoreFindings([f('section-required', true)], 2)).toBe(100);
  });
});
