// quantified-impact (newcomer trial, item 3): a goal, a request, a past plan or a hypothetical
// is not a claimed outcome, so it needs no impact number; an outcome in the same sentence after
// the aim, a forecast in the writer's own voice, and a plain claim still do.
import { describe, expect, it } from 'vitest';
import { findingsOf } from './ruleHarness';
import type { Case } from './ruleHarness';
import { insideStatedAim } from '../../../src/core/rubric/kinds/statedAim';

const flagged: Case[] = [
  { text: 'The fraud team asked for better alerts, and the new model delivered far fewer false alarms.', section: 'problem' },
  { text: 'Our goal was clear; the rollout reduced losses across the portfolio.', section: 'problem' },
  { text: 'The redesigned flow improved approvals for thin-file applicants.', section: 'problem' },
  { text: 'The product would bring the card business a lot of new revenue.', template: 'three-c', section: 'commerce' },
  { text: 'We want to reduce disputes as far as we can.', template: 'risk-scenario-case', section: 'kpi' },
  { text: '业务方希望减少人工审核，结果新流程大幅降低了审核量。', section: 'problem' },
  { text: '新的评分卡降低了坏账。', section: 'problem' },
];

const clean: Case[] = [
  { text: 'The risk committee asked us for a scorecard that reduced charge-offs without turning away good borrowers.', section: 'problem' },
  { text: 'The goal was to lower false declines while keeping fraud flat.', section: 'problem' },
  { text: 'Our mandate from the CRO was to improve approval speed for small businesses.', section: 'problem' },
  { text: 'Operations wanted a queue that cut review time for analysts.', section: 'problem' },
  { text: 'I set out to reduce manual reviews in the disputes team.', section: 'problem' },
  { text: 'If we lowered the threshold, approvals for new customers would increase.', section: 'problem' },
  { text: 'We retrained the model in order to reduce drift between quarterly reviews.', section: 'problem' },
  { text: '风险委员会要求我们做一个既能降低坏账又不误伤优质客户的模型。', section: 'problem' },
  { text: '目标是减少误拒，同时不让欺诈损失上升。', section: 'problem' },
  { text: '如果把阈值调低，新客户的通过率会提高。', section: 'problem' },
  { text: '这个项目旨在缩短小微企业贷款的审批时间。', section: 'problem' },
];

describe('quantified-impact and stated aims', () => {
  it.each(flagged.map((c) => [c.text, c] as const))('flags %s', (_t, c) => {
    expect(findingsOf('quantified-impact', { company: 'american-express', ...c })).not.toEqual([]);
  });
  it.each(clean.map((c) => [c.text, c] as const))('passes %s', (_t, c) => {
    expect(findingsOf('quantified-impact', { company: 'american-express', ...c })).toEqual([]);
  });
});

describe('insideStatedAim', () => {
  const at = (text: string, word: string) => insideStatedAim(text, text.indexOf(word));
  it('reads the aim only in its own clause', () => {
    expect(at('Leadership asked for a model that cut losses.', 'cut')).toBe(true);
    expect(at('Leadership asked for a model, and the model cut losses.', 'cut')).toBe(false);
    expect(at('领导要求降低损失，结果损失下降了。', '下降')).toBe(false);
    expect(at('领导要求降低损失。', '降低')).toBe(true);
  });
  it('does not take a forecast or a present aim in the writer’s voice for one', () => {
    expect(at('The model would cut losses.', 'cut')).toBe(false);
    expect(at('We want to cut losses.', 'cut')).toBe(false);
  });
});
