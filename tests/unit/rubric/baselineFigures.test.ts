// baseline asks "compared with what?" of a result figure only (newcomer trial 9, §6). A threshold
// that sets an alert (超过0.2自动报警, "alert when PSI exceeds 0.2") and a count of model inputs
// removed for a reason ("I cut two features after fair lending review flagged them") measure no
// result; a change in a rate or a loss still needs its baseline.
import { describe, expect, it } from 'vitest';
import { findingsOf, tableRows } from './ruleHarness';
import type { Row } from './ruleHarness';

const base = { template: 'impact-brief', section: 'decisions', company: 'wells-fargo' };
const flagged: Row[] = [
  'I cut false declines by 18%.',
  'We reduced manual reviews by 3,000 cases a month.',
  'Approval rates rose to 64% after the redesign, and we raised the alert threshold.',
  '我们把误拒率降低了30%。',
  { text: '之后我们增加了每日监控，误报减少了40%。', template: 'model-failure-recovery', section: 'prevention', company: 'fintech' },
  'We cut 40 features and lowered scoring latency by 35%.',
];
const clean: Row[] = [
  'I cut two features (device fingerprint age and merchant-name text) after fair lending review flagged them as possible proxies.',
  'We dropped three variables that model risk saw as proxies for age.',
  '我们去掉了两个特征，因为公平借贷审查认为它们可能是代理变量。',
  { text: '之后我们增加了每日人群稳定性指数监控，超过0.2自动报警，并把大促前的模型复核写进了上线流程。', template: 'model-failure-recovery', section: 'prevention', company: 'fintech' },
  { text: 'We added daily PSI monitoring that alerts the model owner when the index exceeds 0.2.', template: 'model-failure-recovery', section: 'prevention', company: 'fintech' },
  'We raised the review threshold to 0.85 so that only high-risk cases reach an analyst.',
  '我们把阈值设为0.7，增加了人工复核。',
];

describe('baseline: thresholds and input counts are not results', () => {
  it.each(tableRows(flagged, base))('flags %s', (_t, c) => expect(findingsOf('baseline', c).length).toBeGreaterThan(0));
  it.each(tableRows(clean, base))('passes %s', (_t, c) => expect(findingsOf('baseline', c)).toEqual([]));
});
