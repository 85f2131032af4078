// owns-tradeoffs (newcomer trial, item 4): a product decision handed to other teams is caught
// when several decisions or teams are listed, and when another clause of the same sentence owns
// something else or fires another rule; the writer owning the decision in the hand-off's own
// clause still clears it.
import { describe, expect, it } from 'vitest';
import { findingsOf } from './ruleHarness';

const base = { template: 'impact-brief', section: 'decisions', company: 'american-express' } as const;

const flagged = [
  'I left the approval cut-off and the review queue size to the analytics team and engineering.',
  'We handed the timeout, the fallback and the decline threshold over to the platform team.',
  'We chose to launch in two regions first, and I let the modelling team set the score cut-off.',
  'I owned the roadmap, but I left the latency budget to engineering.',
  'We decided to let data science pick the operating point.',
  '我们决定先在两个州试点，并且让数据科学团队自己定拒绝阈值。',
  '延迟预算和降级方案我都交给了工程团队决定。',
];
const clean = [
  'I set the decline threshold at 0.82 with data science, trading 1 point of recall for 30% fewer false declines.',
  'I left the bank in 2021 and joined a fintech as a product lead.',
  'I decided the latency budget myself after engineering showed me the cost of each option.',
  'Engineering built the fallback I specified: when scoring times out, the rules engine decides.',
  '我和数据科学团队一起把阈值定在 0.8，少抓了 1% 的欺诈，换来误拒下降 30%。',
];

describe('owns-tradeoffs on handed-off decisions', () => {
  it.each(flagged)('flags %s', (text) => expect(findingsOf('owns-tradeoffs', { ...base, text })).not.toEqual([]));
  it.each(clean)('passes %s', (text) => expect(findingsOf('owns-tradeoffs', { ...base, text })).toEqual([]));
  it('reports the hand-off beside move-fast in one sentence', () => {
    const text = 'We decided to ship and iterate on live traffic, and I let the data science team pick the decline threshold.';
    const rules = new Set(['owns-tradeoffs', 'move-fast'].filter((r) => findingsOf(r, { ...base, text }).length > 0));
    expect(rules).toEqual(new Set(['owns-tradeoffs', 'move-fast']));
  });
});
