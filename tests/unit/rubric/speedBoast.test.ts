// move-fast reads speed boasted of as the way the writer's team worked, in the past tense too
// (newcomer trial: “We moved fast and broke things.” passed), and 快速迭代 held as a principle.
// Many near misses: speed with a purpose, after a gate, negated, someone else's, told as a lesson,
// confined to a sandbox or a prototype.
import { describe, expect, it } from 'vitest';
import { findingsOf, tableRows } from './ruleHarness';
import type { Row } from './ruleHarness';

const base = { section: 'decisions', template: 'impact-brief', company: 'wells-fargo' };
const flagged: Row[] = [
  'We moved fast and broke things.',
  'We moved fast.',
  'Our team moved really fast and cut corners where we had to.',
  'We moved quickly and asked for forgiveness later.',
  'We moved fast and got the model into production quickly.',
  'I moved fast and never looked back.',
  { text: 'We moved fast and broke a few things along the way.', template: 'kill-story', section: 'concern' },
  '我们的原则是快速迭代。',
  '我们团队一直坚持快速迭代，速度第一。',
  '唯快不破，我们三周就上线了。',
];
const clean: Row[] = [
  'We moved fast to fix the broken pipeline.',
  'We moved quickly once compliance signed off.',
  'When drift appeared, we moved fast to alert model risk and pause the rollout.',
  'We never moved fast and broke things with credit decisions.',
  'We did not move fast and break things; every change went through validation.',
  'The startup I joined had moved fast and broken things, and I spent a year rebuilding trust with MRM.',
  'Unlike my last startup, where we moved fast and broke things, here I plan launches with model risk.',
  'We moved fast and broke things, and it cost us a consent order; I learned to plan with risk first.',
  'A schema change upstream broke things, so we moved fast to roll back.',
  'We moved fast within the scope model risk had validated.',
  'We moved the scoring service to a faster cluster.',
  'Fraud ops moved quickly to review the flagged accounts.',
  '为了修复问题，我们快速迭代了三个版本。',
  '我们只在沙盒里快速迭代特征。',
  '快速迭代不适合信贷模型，我们每个版本都先过模型风险验证。',
  '我们在模型风险团队批准的范围内快速迭代。',
];

describe('move-fast: speed boasted of, past tense and 快速迭代', () => {
  it.each(tableRows(flagged, base))('flags %s', (_t, c) => expect(findingsOf('move-fast', c).length).toBeGreaterThan(0));
  it.each(tableRows(clean, base))('passes %s', (_t, c) => expect(findingsOf('move-fast', c)).toEqual([]));
  it('is a bank rule: a fintech draft may say it', () => {
    expect(findingsOf('move-fast', { ...base, company: 'fintech', text: 'We moved fast and broke things.' })).toEqual([]);
  });
});
