// quantified-impact asks for a number only on an outcome claim: a result of the writer's work
// (improved, reduced, saved, 提升, 降低…, or any sentence of an outcome section). Newcomer trial 9
// §3: monitoring set up, a firm's goals, a root cause and a noun such as "ML delivery" were read
// as outcomes and raised errors that marked strong drafts "not ready". Outcomes with no figure
// beside them must still be flagged.
import { describe, expect, it } from 'vitest';
import { findingsOf, tableRows } from './ruleHarness';
import type { Row } from './ruleHarness';

const base = { template: 'kill-story', section: 'outcome', company: 'wells-fargo' };
const flagged: Row[] = [
  'The new version reduced the approval gap across regions.',
  'We set up fairness monitoring, and it improved approval parity a lot.',
  '新版本上线后，各地区的批准率差距明显缩小。',
  '我们建立了公平性监控，显著降低了投诉。',
  { text: 'Revolut grew its loan book and we cut bad debt.', template: 'value-prop-memo', section: 'target-goals', company: 'fintech' },
  { text: '我们把审批周期缩短了很多，还减少了返工。', template: 'value-prop-memo', section: 'mapping', company: 'fintech' },
  { text: 'The root cause was stale features, and we reduced false declines after fixing them.', template: 'model-failure-recovery', section: 'root-cause', company: 'fintech' },
  { text: 'We delivered lower losses for the card portfolio.', template: 'value-prop-memo', section: 'close', company: 'wells-fargo' },
];
const clean: Row[] = [
  'We set up monthly fairness monitoring by region and segment, and crossing a threshold triggers a review automatically.',
  '我们建立了按地区和客群的月度公平性监控，超过阈值会自动触发复核。',
  'Drift alerts on the top ten features page the model owner within an hour.',
  '我们上线了每日漂移监控，由模型负责人每周复核。',
  { text: 'Revolut is expanding consumer lending in Europe and needs to grow fast while keeping bad debt in check.', template: 'value-prop-memo', section: 'target-goals', company: 'fintech' },
  { text: 'Revolut正在欧洲多个市场扩大消费信贷业务，需要在快速增长的同时控制坏账率。', template: 'value-prop-memo', section: 'target-goals', company: 'fintech' },
  { text: '富国银行必须在提升反欺诈能力的同时满足监管要求。', template: 'value-prop-memo', section: 'target-goals', company: 'wells-fargo' },
  { text: '根因是促销带来的新用户分布和训练数据差异很大，模型没有对这种漂移设报警。', template: 'model-failure-recovery', section: 'root-cause', company: 'fintech' },
  { text: 'The root cause was a promotion that increased new-user traffic far beyond the training mix.', template: 'model-failure-recovery', section: 'root-cause', company: 'fintech' },
  { text: '问题出在一次数据迁移，它降低了特征的更新频率。', template: 'model-failure-recovery', section: 'root-cause', company: 'fintech' },
  { text: 'I would bring governance-first ML delivery to a VP product role on your fraud team.', template: 'value-prop-memo', section: 'close', company: 'wells-fargo' },
  { text: 'I have led two generative AI pilots under model risk review.', template: 'value-prop-memo', section: 'close', company: 'wells-fargo' },
];

describe('quantified-impact: only outcome claims need a number', () => {
  it.each(tableRows(flagged, base))('flags %s', (_t, c) => expect(findingsOf('quantified-impact', c).length).toBeGreaterThan(0));
  it.each(tableRows(clean, base))('passes %s', (_t, c) => expect(findingsOf('quantified-impact', c)).toEqual([]));
});
