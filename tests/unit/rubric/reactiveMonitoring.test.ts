// Monitoring promised only for when something goes wrong (newcomer trial 9, §8): "We will add
// monitoring if there are issues." is late monitoring (compliance-afterthought), and it is not
// governance mentioned: a bank brief whose only governance word is that promise, or a negated
// one, gets governance-terms. Monitoring in place, or set up so that issues are caught, is neither.
import { describe, expect, it } from 'vitest';
import { findingsOf, tableRows } from './ruleHarness';
import type { Case, Row } from './ruleHarness';

const base = { template: 'impact-brief', section: 'risk', company: 'wells-fargo' };
const late: Row[] = [
  'We will add monitoring if there are issues.',
  'If problems come up after launch, we will set up drift alerts.',
  'We can add fairness dashboards as needed.',
  '出了问题再加监控。',
  '如果上线后有异常，我们再加上漂移监控。',
  { text: '监控等出了问题再说。', company: 'jpmorgan' },
];
const notLate: Row[] = [
  'We set up drift monitoring before launch so that if there are issues we know within a day.',
  'Drift monitoring alerts the model owner if there are issues.',
  'We retrain the model if drift crosses the agreed threshold.',
  'We never wait for issues to add monitoring; it is part of the validation plan.',
  '一旦监控发现异常，我们就回滚到旧版本并通知模型风险团队。',
  '上线前我们就和模型风险团队定好了监控，出现异常会自动报警。',
];

/** A whole brief with the governance text in the risk section and nothing else about governance. */
const brief = (risk: string): Case => ({
  text: '',
  template: 'impact-brief',
  company: 'wells-fargo',
  sections: {
    problem: 'Card fraud losses were $4.1M a year.',
    decisions: 'I chose to score in real time over batch because fraud moves within minutes.',
    outcome: 'Losses fell from $4.1M to $2.9M a year.',
    risk,
  },
});

describe('compliance-afterthought: monitoring that waits for a problem', () => {
  it.each(tableRows(late, base))('flags %s', (_t, c) => expect(findingsOf('compliance-afterthought', c).length).toBeGreaterThan(0));
  it.each(tableRows(notLate, base))('passes %s', (_t, c) => expect(findingsOf('compliance-afterthought', c)).toEqual([]));
});

describe('governance-terms: a promise for when problems appear, or a negated mention, is not governance', () => {
  it.each([
    'We will add monitoring if there are issues.',
    'There was no independent validation and no drift monitoring.',
    '出了问题再加监控。',
  ])('flags a brief whose only governance is: %s', (risk) => expect(findingsOf('governance-terms', brief(risk)).length).toBe(1));
  it.each([
    'Drift monitoring runs daily and pages the model owner.',
    'Independent validation signed off before launch; we will add more monitoring if issues appear.',
    '上线前完成了独立验证。',
    'Fair lending testing found no disparate impact.',
  ])('passes a brief that says: %s', (risk) => expect(findingsOf('governance-terms', brief(risk))).toEqual([]));
});
