// move-fast: a launch boasted of for its speed alone (newcomer trial 9, §2: "The team moved fast and
// shipped the model in record time." passed in a Wells Fargo brief). "moved fast and shipped…",
// "in record time", "in two weeks flat", "raced to launch", 火速上线, 抢在…之前上线 are flagged;
// speed with a purpose, after a gate, told as a lesson, someone else's or negated is not.
import { describe, expect, it } from 'vitest';
import { findingsOf, tableRows } from './ruleHarness';
import type { Row } from './ruleHarness';

const base = { section: 'decisions', template: 'impact-brief', company: 'wells-fargo' };
const flagged: Row[] = [
  'The team moved fast and shipped the model in record time.',
  'We moved fast and shipped the model in six weeks.',
  'We shipped the limit model in two weeks flat.',
  'In March we rolled out the new scorecard in record time.',
  'Shipped the fraud model in just three weeks.',
  'We raced to launch the pricing model before Black Friday.',
  'My team rushed the underwriting model into production.',
  'We beat every other card issuer to market with the new model.',
  { text: 'The new credit model went live in record time, which leadership loved.', company: 'jpmorgan' },
  '我们火速上线了新的反欺诈模型。',
  '我们抢在竞争对手之前上线了新的额度模型。',
  '团队只用了两周就上线了新模型。',
  { text: '我们用创纪录的时间把评分模型推到了生产环境，随后全量上线。', company: 'american-express' },
];
const clean: Row[] = [
  'We shipped the model in record time once model risk signed off.',
  'We launched in just two weeks after model risk approved the validation report.',
  'We moved fast and shipped the hotfix to stop the attack.',
  'We rolled back to the old scorecard in record time.',
  'Independent validation finished in just two weeks because we sent the pack early.',
  'The startup I joined shipped models in record time, and it cost them a consent order.',
  'Our competitor shipped its model in record time; we waited for validation.',
  'We never rushed the model into production.',
  'I learned not to race a credit model to launch.',
  'Fraud ops rushed to review the flagged accounts.',
  '竞争对手抢在我们之前上线了类似产品。',
  '我们没有抢在竞争对手之前上线，而是先完成了独立验证。',
  '为了修复漏洞，我们火速上线了补丁。',
  '模型风险团队验证通过后，我们只用了两周就上线了。',
  '上一家公司火速上线的教训让我学会先找模型风险团队。',
];

describe('move-fast: a launch boasted of for its speed', () => {
  it.each(tableRows(flagged, base))('flags %s', (_t, c) => expect(findingsOf('move-fast', c).length).toBeGreaterThan(0));
  it.each(tableRows(clean, base))('passes %s', (_t, c) => expect(findingsOf('move-fast', c)).toEqual([]));
  it('is a bank rule: a fintech draft may say it', () => {
    expect(findingsOf('move-fast', { ...base, company: 'fintech', text: 'We shipped the model in record time.' })).toEqual([]);
  });
});
