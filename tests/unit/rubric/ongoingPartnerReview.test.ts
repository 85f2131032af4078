// compliance-afterthought and a partner clause with no subject of its own: "Drift monitoring has
// run monthly since launch, reviewed with model risk" is monitoring on a cadence that model risk
// reviews — governance running as designed, not model risk brought in late (trial FP, session 8).
// The reduced clause ("reviewed with", "signed off by", 和…一起复核) is read together with the
// clause it modifies; a one-off, late review stays flagged.
import { describe, expect, it } from 'vitest';
import { findingsOf, tableRows } from './ruleHarness';
import type { Row } from './ruleHarness';

const base = { section: 'outcome', template: 'impact-brief', company: 'wells-fargo' };
const flagged: Row[] = [
  'The model went live in March, reviewed by model risk a month later.',
  'The model went live, reviewed with model risk afterwards.',
  'We launched, then briefed model risk.',
  '模型上线后，才和模型风险团队一起复核。',
  'After go-live, we shared the results with compliance for the first time.',
  // A later time with "only": the partner acted after the launch told before it.
  'The model shipped in May, signed off by compliance only in July.',
  'The pricing model went live in spring and model risk saw it only in the autumn.',
];
const clean: Row[] = [
  'Drift monitoring has run monthly since launch, reviewed with model risk.',
  'Since go-live, drift reports go out every month, reviewed by model risk management.',
  'PSI has been tracked weekly after launch, checked by the model validation team.',
  'After launch, drift was tracked monthly, shared with compliance.',
  'Performance is monitored after launch, reviewed quarterly with compliance.',
  '上线后漂移监控每月运行，和模型风险团队一起复核。',
  '上线后每周跑一次公平性指标，由模型风险团队复核。',
  'Model risk signed off in March, and the model went live only in May.',
  'The model went live in May after model risk signed off, with drift reviewed only in the monthly forum.',
];

describe('compliance-afterthought: a partner reviewing recurring monitoring after launch', () => {
  it.each(tableRows(flagged, base))('flags %s', (_t, c) => expect(findingsOf('compliance-afterthought', c).length).toBeGreaterThan(0));
  it.each(tableRows(clean, base))('passes %s', (_t, c) => expect(findingsOf('compliance-afterthought', c)).toEqual([]));
});
