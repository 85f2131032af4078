// Table tests for two kinds a new user's trial found: a decision given with its reason is a
// choice, not an outcome claim needing a number; and counts written as words are numbers.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/rubric/claims/analyzeClaim';
import { findingsOf } from './ruleHarness';

const fired = (rule: string, text: string, section: string, template = 'impact-brief') =>
  findingsOf(rule, { text, section, template, company: 'jpmorgan' }).length > 0;

describe('a decision given with its reason', () => {
  const mustNotFlag: [string, string][] = [
    ['decisions', 'I chose a gradient-boosted model over a deep network because model risk could explain it to validators.'],
    ['decisions', 'We opted for logistic regression rather than a neural network because adverse-action reasons had to be exact.'],
    ['decisions', '我选择了梯度提升模型而不是深度学习，因为模型风险部门能够解释它。'],
    ['problem', 'I went with XGBoost instead of deep learning so that validators could trace each decline reason.'],
  ];
  const mustFlag: [string, string][] = [
    // The reason is itself an outcome claim with no number.
    ['decisions', 'I chose XGBoost because it improved approvals.'],
    // A tool with no choice and no reason.
    ['decisions', 'We built a gradient-boosted model in PyTorch.'],
    ['decisions', '我们用深度学习搭建了新的反欺诈模型。'],
  ];
  it.each(mustNotFlag)('does not flag [%s] %s', (section, text) => {
    expect(fired('quantified-impact', text, section)).toBe(false);
    expect(fired('tool-without-outcome', text, section)).toBe(false);
  });
  it.each(mustFlag)('flags [%s] %s', (section, text) => {
    expect(fired('quantified-impact', text, section) || fired('tool-without-outcome', text, section)).toBe(true);
  });
});

describe('numbers written as words', () => {
  const mustNotFlag: string[] = [
    'Model risk ran a bias review before launch, and we removed two features it flagged.',
    'We retired three legacy rules that fired on 40% of good customers.',
    '上线前模型风险部门做了偏差审查，我们删掉了它标记的两个特征。',
    '我们关闭了十个重复的告警队列。',
  ];
  const mustFlag: string[] = [
    'Five years of hands-on experience improving fraud models.',
    '我有五年建模经验，提升了模型效果。',
    'Across four model launches I improved approvals.',
    'The new model improved fraud detection for one of our teams.',
    '这个项目十分成功，提升了客户体验。',
  ];
  it.each(mustNotFlag)('does not flag %s', (text) => {
    expect(fired('quantified-impact', text, 'outcome')).toBe(false);
  });
  it.each(mustFlag)('flags %s', (text) => {
    expect(fired('quantified-impact', text, 'outcome')).toBe(true);
  });
  it.each([
    ['we removed two features it flagged', 2, 'count'],
    ['twenty-five branches adopted it', 25, 'count'],
    ['删掉了两个特征', 2, 'count'],
    ['覆盖了二十三家分行', 23, 'count'],
    ['a ten-person team', 10, 'headcount'],
    ['five years of experience', 5, 'tenure'],
    ['有五年建模经验', 5, 'tenure'],
    ['参与过四次模型上线', 4, 'activity'],
  ] as const)('reads "%s" as %d (%s)', (text, value, kind) => {
    const q = analyzeText(text).quantities;
    expect(q.map((x) => [x.value, x.kind])).toEqual([[value, kind]]);
  });
});
