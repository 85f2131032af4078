// Breaker F12: a kill story's trade-off written as "X, but Y" (and 但/但是/不过) was "not shown"
// (kill-story-elements), and its hypothetical gain ("would cut fraud losses") was asked for a
// number (quantified-impact), though a gain weighed against a cost is the road not taken. A plain
// "but" with no weighing, a forecast with no cost and a real outcome with a "but" still count.
import { describe, expect, it } from 'vitest';
import { findingsOf, tableRows } from './ruleHarness';
import type { Case } from './ruleHarness';
import { insideWeighedGain } from '../../../src/core/rubric/kinds/statedAim';

const base: Partial<Case> = { template: 'kill-story', section: 'trade-off', company: 'wells-fargo' };
const tradeOffMissing = (c: Case) => findingsOf('kill-story-elements', c).filter((f) => f.message.includes('the trade-off you weighed'));

const weighed = [
  'Continuing the launch would cut fraud losses, but it would bring fairness risk.',
  'Launching would cut fraud losses; the cost was a fairness risk to thin-file customers.',
  'Shipping on schedule could have reduced chargebacks, but we would have been declining older applicants more often.',
  'Keeping the model live might improve approvals, but it would expose us to a fair lending finding.',
  '继续上线可以减少欺诈损失，但会带来公平性风险。',
  '继续上线能减少欺诈损失，不过会让公平性风险变大。',
  '按期上线可以降低坏账，但是会增加对薄档客户的误拒。',
  '保留这个模型可能提升通过率，可是会让我们面临公平借贷方面的审查。',
  // 按计划 is "on schedule", not a plan that would make the gain an aim.
  '按计划上线可以压低欺诈损失，但会让年长申请人拿到无法申诉的拒绝理由。',
  // A cut-off is a threshold, not a cut.
  'Keeping the old cut-off might raise approvals a little, but it risked a fair-lending finding.',
];

describe('kill-story-elements: a trade-off written as gain, but cost', () => {
  it.each(tableRows(weighed, base))('shows the trade-off: %s', (_t, c) => expect(tradeOffMissing(c)).toEqual([]));
  it.each(
    tableRows(
      [
        'The model looked good, but the team was tired.',
        'We paused the launch in March.',
        'Compliance raised the issue, but nobody listened at first.',
        '模型效果不错，但团队很累。',
        '我们在三月暂停了上线。',
      ],
      base,
    ),
  )('does not show one: %s', (_t, c) => expect(tradeOffMissing(c)).toHaveLength(1));
});

describe('quantified-impact: the gain side of a weighed trade-off needs no number', () => {
  it.each(tableRows(weighed, base))('passes %s', (_t, c) => expect(findingsOf('quantified-impact', c)).toEqual([]));
  it.each(
    tableRows(
      [
        'Launching cut fraud losses, but it hurt approvals for thin-file applicants.',
        'The new model would cut fraud losses across the portfolio.',
        '上线后欺诈损失减少了，但误拒也增加了。',
        '新模型会降低坏账。',
        '风险委员会降低了审批门槛，但没有说明原因。',
      ],
      base,
    ),
  )('flags %s', (_t, c) => expect(findingsOf('quantified-impact', c)).not.toEqual([]));
});

describe('a cut-off is a threshold, not an outcome', () => {
  it('passes a sentence that only names the cut-off', () => {
    expect(findingsOf('quantified-impact', { text: 'We kept the approval cut-off where model risk had validated it.', section: 'problem', company: 'jpmorgan' })).toEqual([]);
  });
  it('still flags a cut', () => {
    expect(findingsOf('quantified-impact', { text: 'The new rules cut review queues for the disputes team.', section: 'problem', company: 'jpmorgan' })).not.toEqual([]);
  });
});

describe('insideWeighedGain', () => {
  const at = (text: string, word: string) => insideWeighedGain(text, text.indexOf(word));
  it('needs both a modal before the gain and a cost after it', () => {
    expect(at('Launching would cut losses, but it would bring fairness risk.', 'cut')).toBe(true);
    expect(at('Launching cut losses, but it would bring fairness risk.', 'cut')).toBe(false);
    expect(at('Launching would cut losses.', 'cut')).toBe(false);
    expect(at('上线可以减少损失，但会带来风险。', '减少')).toBe(true);
    expect(at('上线减少了损失，但带来了风险。', '减少')).toBe(false);
    expect(at('新功能降低了成本，但用户抱怨变多。', '降低')).toBe(false);
  });
});
