// quantified-impact reads two kinds of sentence from the claim record (newcomer trial):
//   - a verdict on a result with no measure ("the results were great", 效果很好, 效果显著,
//     大家都很满意) is an outcome claim wherever it stands, so it needs a figure;
//   - a sentence about governance or its timing ("The model went live after independent
//     validation", 新模型在 MRM 独立验证后上线) is not an outcome claim, so even in an Outcome
//     section it needs none — unless it also claims a change or a verdict.
import { describe, expect, it } from 'vitest';
import { findingsOf, tableRows } from './ruleHarness';
import type { Row } from './ruleHarness';
import { verdictOf } from '../../../src/core/rubric/claims/verdict';

function table(name: string, rule: string, base: { section: string; template?: string; company?: string }, flagged: Row[], clean: Row[]): void {
  describe(name, () => {
    it.each(tableRows(flagged, base))('flags %s', (_t, c) => expect(findingsOf(rule, c).length).toBeGreaterThan(0));
    it.each(tableRows(clean, base))('passes %s', (_t, c) => expect(findingsOf(rule, c)).toEqual([]));
  });
}

table(
  'quantified-impact: verdicts without a figure, in an Outcome section',
  'quantified-impact',
  { section: 'outcome' },
  [
    'The results were great.',
    'The rollout went really well.',
    'It was a huge success with the business.',
    'Everyone was very happy with it.',
    'We achieved great results.',
    '效果很好。',
    '效果显著，大家都很满意。',
    '取得了很好的效果。',
    '上线后反响热烈。',
    '独立验证后上线，效果很好。',
    'After MRM signed off, approvals rose.',
    'Once compliance approved it, fraud losses fell sharply.',
  ],
  [
    'The results were great: losses fell from $4.1M to $2.9M a year.',
    '效果很好：欺诈损失从每年 410 万美元降到 290 万美元。',
    'We saw strong results, cutting false declines 18% in two quarters.',
  ],
);

table(
  'quantified-impact: verdicts outside the Outcome section',
  'quantified-impact',
  { section: 'decision', template: 'kill-story' },
  [
    '最后领导决定暂停项目，效果很好，大家都很满意。',
    'I paused the launch, and the impact was excellent.',
    { text: 'The pilot went well, so we took it to every branch.', template: 'impact-brief', section: 'decisions' },
    { text: '新流程上线后效果显著。', template: 'impact-brief', section: 'problem' },
  ],
  [
    'I decided to pause the launch for six weeks.',
    'The results were not great at first, so I paused the rollout.',
    '效果并不好，所以我决定暂停。',
    'We hope the results will be good once the fix ships.',
    '希望效果会很好。',
    'The validation results were positive, so I approved the launch.',
    '验证结果良好，我批准了上线。',
    'The data quality was good enough to start.',
    'The team was great to work with.',
    'The business said the results were great.',
    '“效果很好”是业务方的说法，我要的是数字。',
  ],
);

table(
  'quantified-impact: governance and timing sentences in an Outcome section',
  'quantified-impact',
  { section: 'outcome' },
  [
    'The launch went smoothly across every region.',
    'Customers loved the new flow.',
    'We improved the approval experience.',
  ],
  [
    'The model went live after independent validation.',
    '新模型在 MRM 独立验证后上线。',
    'Model risk signed off in March, two weeks before go-live.',
    '合规团队在上线前完成了审查。',
    'Fair-lending testing ran before every release.',
    { text: '重新上线前，公平信贷团队复核了新版本。', template: 'kill-story' },
    { text: 'The narrowed model relaunched after model risk re-validated it.', template: 'kill-story' },
  ],
);

describe('verdictOf (claims/verdict.ts)', () => {
  it.each([
    ['The results were great.', 'The results were great'],
    ['Honestly, it was a big win.', 'it was a big win'],
    ['效果非常显著。', '效果非常显著'],
    ['大家都很满意。', '大家都很满意'],
  ])('%s → “%s”', (text, span) => {
    const r = verdictOf(text);
    expect(r && text.slice(r[0], r[1])).toBe(span);
  });
  it.each(['The validation results were positive.', 'We expect the results to be good.', 'The dashboard was great.', '验证结果良好。', '预计效果会很好。', '我们按团队认可的方法做了检验。', '客户满意度是我们的北极星指标。'])('no verdict in %s', (text) => {
    expect(verdictOf(text)).toBeNull();
  });
});
