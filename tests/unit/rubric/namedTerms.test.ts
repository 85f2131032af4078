// Named terms (newcomer trial, 30 Nov): a change or outcome word inside a method name
// ("gradient-boosted", "dimensionality reduction", 梯度提升) or a fair-lending or assessment term
// ("disparate impact", "impact assessment") is part of the name, not a claimed result; and
// analysts moved or reassigned to other work are capacity freed, an outcome with a count; features
// found acting as proxies are a fair-lending finding.
import { describe, expect, it } from 'vitest';
import { findingsOf } from './ruleHarness';
import type { Case } from './ruleHarness';

const quantifiedFlagged: Case[] = [
  { text: 'The gradient-boosted model improved approvals for thin-file applicants.', section: 'problem' },
  { text: 'Our disparate impact testing reduced complaints from applicants.', section: 'problem' },
  { text: 'The impact assessment boosted confidence and improved the launch.', section: 'problem' },
  { text: 'Fraud operations moved the analysts to other work.', section: 'outcome' },
  { text: '梯度提升模型上线后，审批效率明显提升。', section: 'problem' },
];
const quantifiedClean: Case[] = [
  { text: 'We tested for disparate impact across protected classes using proxy methods agreed with fair lending.', section: 'risk' },
  { text: 'Fair lending reviewed the adverse impact analysis before launch.', section: 'risk' },
  { text: 'We ran an impact assessment with the privacy office before any data was pulled.', section: 'risk' },
  { text: 'Fraud operations moved 14 analysts to complex first-party fraud cases.', section: 'outcome' },
  { text: 'The bank reassigned 9 reviewers to collections once the queue cleared.', section: 'outcome' },
  { text: '我们按公平信贷团队认可的代理方法检验了差别影响。', section: 'risk' },
];
const baselineFlagged: Case[] = [
  { text: 'The gradient-boosted model cut false declines by 18%.', section: 'decisions' },
  { text: 'Our boosted-tree scorer lifted approvals 4%.', section: 'decisions' },
];
const baselineClean: Case[] = [
  { text: 'I was the product manager for replacing the rules-only decisioning with a gradient-boosted scoring model that runs in under 40 ms at authorization.', section: 'decisions' },
  { text: 'We chose boosted trees with 300 features because the reason codes had to be explainable.', section: 'decisions' },
  { text: 'We used dimensionality reduction on 2,000 raw signals to keep scoring under 50 ms.', section: 'decisions' },
  { text: '我们用梯度提升模型替换了规则引擎，评分在 40 毫秒内完成。', section: 'decisions' },
];

describe('quantified-impact and named terms', () => {
  it.each(quantifiedFlagged.map((c) => [c.text, c] as const))('flags %s', (_t, c) => {
    expect(findingsOf('quantified-impact', { company: 'wells-fargo', ...c })).not.toEqual([]);
  });
  it.each(quantifiedClean.map((c) => [c.text, c] as const))('passes %s', (_t, c) => {
    expect(findingsOf('quantified-impact', { company: 'wells-fargo', ...c })).toEqual([]);
  });
});

describe('baseline and named terms', () => {
  it.each(baselineFlagged.map((c) => [c.text, c] as const))('flags %s', (_t, c) => {
    expect(findingsOf('baseline', { company: 'wells-fargo', ...c })).not.toEqual([]);
  });
  it.each(baselineClean.map((c) => [c.text, c] as const))('passes %s', (_t, c) => {
    expect(findingsOf('baseline', { company: 'wells-fargo', ...c })).toEqual([]);
  });
});

// A proxy finding (features standing in for a protected attribute) is the discovery a fair-lending
// story turns on, not model internals told without an outcome.
const toolFlagged: Case[] = [
  { text: 'We added two features to the model.', template: 'kill-story', section: 'concern' },
  { text: 'Our XGBoost model used 400 features, a few of them proxies.', template: 'kill-story', section: 'concern' },
  { text: '我们给模型加了两个特征。', template: 'kill-story', section: 'concern' },
];
const toolClean: Case[] = [
  { text: 'The model did not use race, but two features, merchant category and ZIP code, were likely acting as proxies for it.', template: 'kill-story', section: 'concern' },
  { text: 'We found that three features stood in for age.', template: 'kill-story', section: 'concern' },
  { text: '模型本身没有使用种族变量，但“商户类别”和“邮编”两个特征很可能成了代理变量。', template: 'kill-story', section: 'concern' },
];

describe('tool-without-outcome and proxy findings', () => {
  it.each(toolFlagged.map((c) => [c.text, c] as const))('flags %s', (_t, c) => {
    expect(findingsOf('tool-without-outcome', { company: 'wells-fargo', ...c })).not.toEqual([]);
  });
  it.each(toolClean.map((c) => [c.text, c] as const))('passes %s', (_t, c) => {
    expect(findingsOf('tool-without-outcome', { company: 'wells-fargo', ...c })).toEqual([]);
  });
});
