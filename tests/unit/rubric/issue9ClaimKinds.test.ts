// Table tests for kinds of claim (not phrase families): a decision by its structure, "one" and
// 一 as counts, 三成 as a percent, and an improvement with no baseline wherever the change is
// stated (a verb, a noun, "down 22%", "30% fewer"). English and Chinese, with near misses.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/rubric/claims/analyzeClaim';
import { findingsOf } from './ruleHarness';

const fired = (rule: string, text: string, section: string, template = 'impact-brief', company = 'jpmorgan') =>
  findingsOf(rule, { text, section, template, company }).length > 0;

describe('a decision is read by its structure, with or without a reason', () => {
  it.each([
    ['We paused the rollout for two weeks.', false, 'We paused the rollout for two weeks'],
    ['I capped the credit line at $5k so that early losses stayed small.', true, 'I capped the credit line at $5k '],
    ['I set the decline threshold at 0.92 and kept a human queue below it.', false, 'I set the decline threshold at 0.92 and kept a human queue below it'],
    ['Decided against a deep network; validators could not trace its reasons.', false, 'Decided against a deep network'],
    ['我们决定暂停上线两周。', false, '我们决定暂停上线两周'],
    ['我叫停了这个项目，因为公平性测试没有通过。', true, '我叫停了这个项目'],
    ['我们把审批阈值设为0.9，以便人工复核能跟上。', true, '我们把审批阈值设为0.9'],
  ])('%s', (text, reason, span) => {
    const d = analyzeText(text).decision;
    expect(d).not.toBeNull();
    expect(text.slice(d?.span[0], d?.span[1])).toBe(span);
    expect(d?.reason).toBe(reason);
  });
  it.each([
    'We built a gradient-boosted model in PyTorch.',
    'My manager paused the rollout.',
    'The committee decided to wait.',
    'We set up an Airflow pipeline.',
    '我的上级决定暂停上线。',
  ])('is not a decision of the writer: %s', (text) => {
    expect(analyzeText(text).decision).toBeNull();
  });

  const noOutcomeClaim: [string, string][] = [
    ['decisions', 'I decided to cut the manual review queue for purchases under $50.'],
    ['decisions', 'We paused the plan to reduce analyst headcount until the pilot ends.'],
    ['decisions', '我们决定先降低自动审批的比例。'],
  ];
  it.each(noOutcomeClaim)('a decision is not an outcome claim needing a number [%s] %s', (section, text) => {
    expect(fired('quantified-impact', text, section)).toBe(false);
  });
  it.each([
    ['decisions', 'We improved approvals after the redesign.'],
    ['decisions', 'I chose XGBoost and it reduced losses.'],
    ['decisions', '我们优化了流程，提升了审批效率。'],
  ])('an outcome claimed next to it still needs a number [%s] %s', (section, text) => {
    expect(fired('quantified-impact', text, section)).toBe(true);
  });

  it('a reason in the next sentence makes a tool choice a decision, not a tool boast', () => {
    const text = 'I chose a scorecard for the launch. That way every decline reason stays exact for adverse-action notices.';
    expect(fired('tool-without-outcome', text.replace('a scorecard', 'a gradient-boosted model'), 'decisions')).toBe(false);
    expect(fired('tool-without-outcome', 'I chose a gradient-boosted model with 800 trees.', 'decisions')).toBe(true);
  });
});

describe('"one", 一 and 成 as numbers', () => {
  it.each([
    ['Only one analyst now reviews each flagged case.', 1],
    ['We merged five alert queues into one.', 1],
    ['A single reviewer signs off each letter.', 1],
    ['我们把三家数据供应商合并成一家。', 1],
    ['现在只需要一名审核员。', 1],
  ])('%s reads a count of %d', (text, value) => {
    expect(analyzeText(text).quantities.map((q) => q.value)).toContain(value);
  });
  it.each([
    'The new model improved fraud detection for one of our teams.',
    'We built a new scoring model.',
    '我们搭建了一个评分模型。',
    'One day the drift alarm went off.',
  ])('%s has no count', (text) => {
    expect(analyzeText(text).quantities).toEqual([]);
  });
  it.each([
    ['误报减少了三成。', 30],
    ['人工成本降低了两成半。', 25],
  ])('%s reads %d%%', (text, value) => {
    const q = analyzeText(text).quantities;
    expect(q.map((x) => [x.value, x.kind])).toEqual([[value, 'percent']]);
  });
  it.each(['一成不变的流程', '项目成本很高', '我们成功上线了'])('%s has no percent', (text) => {
    expect(analyzeText(text).quantities).toEqual([]);
  });
});

describe('baseline: an improvement wherever the change is stated, with nothing to compare it with', () => {
  const flag: [string, string][] = [
    ['outcome', 'The new triage flow delivered a 30% reduction in manual reviews.'],
    ['outcome', 'Chargebacks on the debit book are down 22%.'],
    ['outcome', 'Thin-file applicants saw 9% fewer declines.'],
    ['outcome', 'I shortened onboarding by 40%.'],
    ['outcome', 'Savings balances went up 18% among users who got the nudge.'],
    ['outcome', '误报减少了三成。'],
    ['outcome', '人工复核量下降了25%。'],
    ['outcome', '新流程让审批时间缩短了四成。'],
    ['outcome', 'The queue showed a 14% net decline in repeat disputes.'],
    ['outcome', 'Analysts saw a 12% relative reduction in manual touches.'],
  ];
  const clean: [string, string][] = [
    ['outcome', 'Manual reviews fell 30% against a matched control group.'],
    ['outcome', 'Chargebacks are down 22% year over year on flat volume.'],
    ['outcome', 'Thin-file applicants saw 9% fewer declines than the holdout.'],
    ['outcome', 'Losses were 11% lower than under the legacy scorecard.'],
    ['outcome', 'Approval time dropped from 9 days to 2.'],
    ['outcome', '与上线前相比，误报减少了三成。'],
    ['outcome', '坏账率比去年同期下降了0.8个百分点。'],
    ['outcome', '审批时间由9天缩短至2天。'],
    // Not an improvement claim: a problem's onset, a goal, a count of letters.
    ['problem', 'In May the model began flagging 30% more disputes.'],
    ['problem', 'The business wants fraud losses down 10% next year.'],
    ['problem', 'In testing, 3 of 200 drafted letters misstated the deadline.'],
    ['problem', '从五月开始，模型标记的争议多了30%。'],
    // A share of a count named like a change ("declines", "drops"), not a change.
    ['problem', 'Legitimate customers paid too: 11% of declines were false positives.'],
    ['problem', 'Roughly 6% of drops in the funnel happened at identity verification.'],
  ];
  it.each(flag)('flags [%s] %s', (section, text) => {
    expect(fired('baseline', text, section)).toBe(true);
  });
  it.each(clean)('passes [%s] %s', (section, text) => {
    expect(fired('baseline', text, section)).toBe(false);
  });
  it('a baseline stated in Problem answers a same-kind figure in Outcome', () => {
    const sections = {
      problem: 'Manual reviews ran at 14,000 cases a month and 6% of approvals were reversed.',
      outcome: 'Reversed approvals are down to 4%.',
    };
    expect(findingsOf('baseline', { text: '', sections, template: 'impact-brief', company: 'jpmorgan' })).toEqual([]);
    expect(findingsOf('baseline', { text: '', sections: { ...sections, problem: 'Reviews were slow.' }, template: 'impact-brief', company: 'jpmorgan' }).length).toBeGreaterThan(0);
  });
});

describe('comp-band: a plain total is total cash where a total-cash reading exists', () => {
  const run = (text: string, company = 'jpmorgan') => findingsOf('comp-band', { text, section: 'base', template: 'comp-memo', company });
  it.each([
    'I am asking for a total of $230k–$245k.',
    'All in, I am looking for $240k–$250k.',
    '我希望总包在30万到32万美元之间。',
  ])('flags %s against JPMorgan total cash ($150k–$210k)', (text) => {
    const f = run(text);
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.message).toMatch(/total-cash/);
  });
  it.each([
    'I am asking for a total of $190k–$205k.',
    '我希望总包在18万到20万美元之间。',
    // Naming equity or "total compensation", or a base beside it: the base is what is judged.
    'I am asking for a total of $260k–$280k including RSUs, with base at $185k–$200k.',
    'I am targeting total compensation of $240k–$255k.',
    '我希望总包在26万到28万美元，其中底薪在18万到19万美元。',
  ])('passes %s', (text) => {
    expect(run(text)).toEqual([]);
  });
  it('a total is not judged where no total-cash reading is published', () => {
    const flags = run('I am asking for a total of $230k–$245k, with base at $180k–$190k.', 'wells-fargo').filter((f) => f.severity !== 'info');
    expect(flags).toEqual([]);
  });
});

describe('second-hand-disclosure: a story led by someone else, with the writer only watching, not said openly', () => {
  const flag: [string, string, string][] = [
    ['kill-story', 'decision', 'The head of card lending called off the pilot when the fairness numbers slipped.'],
    ['stakeholder-conflict', 'conditions', 'The PM on the savings team talked compliance into a 60-day pilot with every letter reviewed.'],
    ['forensic-narrative', 'action', 'Their lead data scientist re-ran the back-test without the postcode feature.'],
    ['kill-story', 'communication', 'Our director wrote the note to the executive committee and the CRO presented it.'],
    ['kill-story', 'decision', '隔壁团队的产品负责人在评审会上拍板，终止了这个模型。'],
    ['stakeholder-conflict', 'conditions', '那个组的 PM 后来说服了合规：先在两个州小范围试点。'],
    ['kill-story', 'trade-off', '当时另一位产品经理权衡了收入损失和公平借贷风险，最后选择暂停。'],
  ];
  const clean: [string, string, string][] = [
    ['kill-story', 'decision', 'I called off the pilot when the fairness numbers slipped, and the sponsor agreed.'],
    ['stakeholder-conflict', 'conditions', 'I talked compliance into a 60-day pilot with every letter reviewed.'],
    ['forensic-narrative', 'action', 'My lead data scientist and I re-ran the back-test without the postcode feature.'],
    ['forensic-narrative', 'action', 'At my request, the data scientist on my team re-ran the back-test without the postcode feature.'],
    ['kill-story', 'decision', 'I was not the decision-maker here: the head of card lending called off the pilot, and I watched how she framed it.'],
    ['kill-story', 'communication', 'I wrote the note to the executive committee; the sponsor approved it the same day.'],
    // A governance counterpart acting is part of the writer's story, not a borrowed one.
    ['kill-story', 'decision', 'I paused the launch; the model-risk lead then ran an independent review.'],
    ['kill-story', 'decision', '我在评审会上拍板，终止了这个模型，业务负责人同意了。'],
    ['stakeholder-conflict', 'conditions', '我和隔壁组的产品经理一起说服了合规，先在两个州小范围试点。'],
    ['kill-story', 'trade-off', '坦白说，这是我旁观的案例：当时另一位产品经理权衡了收入损失和公平借贷风险。'],
    // The counterpart saying no is the situation, not the writer's act.
    ['stakeholder-conflict', 'the-no', 'The head of compliance refused the launch until every letter was reviewed.'],
  ];
  it.each(flag)('flags [%s/%s] %s', (template, section, text) => {
    expect(fired('second-hand-disclosure', text, section, template)).toBe(true);
  });
  it.each(clean)('passes [%s/%s] %s', (template, section, text) => {
    expect(fired('second-hand-disclosure', text, section, template)).toBe(false);
  });
});

describe('tool-without-outcome: a tool or model internal with no business or risk outcome', () => {
  const flag: string[] = [
    'We rebuilt the scorer as a two-tower network with 12 attention heads.',
    'The pipeline runs on Ray with 64 GPUs and 1,200 engineered features.',
    'I tuned the learning rate and tree depth with Optuna.',
    'Our team of 8 moved the features onto Feast in 2024.',
    'The challenger is an ensemble of 500 trees, retrained for 3 days every month.',
    '模型采用了LightGBM，调了300多个超参数组合。',
    '我们用孤立森林做异常检测，训练了三天。',
  ];
  const clean: string[] = [
    'We moved scoring to a LightGBM model, which cut false declines 18% against the old rules.',
    'We moved scoring to a LightGBM model. That cut false declines 18% against the old rules.',
    'I chose a scorecard over a neural network so adverse-action reasons stay exact.',
    'Scoring runs on Kafka and answers in 40 ms at p99, inside the checkout budget.',
    'I have shipped three AI features into production, each with a signed-off validation report.',
    '我们用图神经网络识别团伙欺诈，每年多拦截约90万美元损失。',
    '我们选择了评分卡而不是神经网络，因为拒绝理由必须能逐条解释。',
  ];
  it.each(flag)('flags %s', (text) => {
    expect(fired('tool-without-outcome', text, 'decisions')).toBe(true);
  });
  it.each(clean)('passes %s', (text) => {
    expect(fired('tool-without-outcome', text, 'decisions')).toBe(false);
  });
  it.each([
    ['a two-tower network', 'ordinal'],
    ['a two-week shadow run', 'duration'],
    ['1,200 engineered features', 'model-size'],
    ['three AI features shipped', 'count'],
    ['调了300多个超参数组合', 'model-size'],
  ] as const)('reads "%s" as %s', (text, kind) => {
    expect(analyzeText(text).quantities.map((q) => q.kind)).toEqual([kind]);
  });
});

describe('more kinds of wording (incoming set)', () => {
  it.each([
    ['kill-story', 'decision', 'At the other bank, the card team’s VP got legal to accept a pilot capped at 2,000 accounts.', true],
    ['kill-story', 'decision', 'The launch was called off by the head of consumer lending the day the audit landed.', true],
    ['kill-story', 'decision', '新来的首席风险官看完复核报告后，决定把模型下线。', true],
    ['forensic-narrative', 'action', '我的 skip-level 经理重新设计了流程，把自动拒绝改成人工复核。', true],
    ['kill-story', 'decision', 'The launch was reviewed by the model-risk lead, and I called it off the same day.', false],
    ['kill-story', 'decision', 'To be upfront, I was a junior analyst on that project, not its PM. The head of cards stopped it, and I built the numbers she used.', false],
    ['kill-story', 'decision', '我看完复核报告后，决定把模型下线。', false],
  ] as const)('second-hand-disclosure [%s/%s] %s -> %s', (template, section, text, expected) => {
    expect(fired('second-hand-disclosure', text, section, template)).toBe(expected);
  });

  it.each([
    ['value-prop-memo', 'track-record', '把信用卡欺诈的误报率压到了2%。', 'baseline', true],
    ['impact-brief', 'outcome', 'Since the new triage, only 1 in 30 disputes needs a second look.', 'baseline', true],
    ['impact-brief', 'outcome', 'Since the new triage, only 1 in 30 disputes needs a second look, down from 1 in 6.', 'baseline', false],
    ['impact-brief', 'decisions', '采用 XGBoost 与孤立森林组合，训练数据覆盖 3000 万笔交易。', 'tool-without-outcome', true],
    ['value-prop-memo', 'track-record', '团队 9 人，覆盖 4 条业务线，风控水平明显改善。', 'quantified-impact', true],
    ['value-prop-memo', 'track-record', 'I am a results-driven, passionate product leader with a proven track record.', 'vague-language', true],
    ['value-prop-memo', 'track-record', '我经验丰富，结果导向，对AI充满激情。', 'vague-language', true],
    ['value-prop-memo', 'track-record', 'I cut dispute handling time from 11 to 8 minutes across 40,000 cases a month.', 'vague-language', false],
  ] as const)('[%s/%s] %s: %s -> %s', (template, section, text, rule, expected) => {
    expect(fired(rule, text, section, template)).toBe(expected);
  });

  it.each([
    ["I'd ask for two-twenty to two-thirty in base.", 220_000, 230_000],
    ['My ask is two-forty base.', 240_000, 240_000],
  ])('reads pay said aloud: %s', (text, min, max) => {
    const q = analyzeText(text).quantities.find((x) => x.kind === 'money');
    expect([q?.min, q?.max]).toEqual([min, max]);
  });
  it('a hundreds-tens word pair outside pay is not money', () => {
    expect(analyzeText('We held two-thirty stand-ups.').quantities.some((q) => q.kind === 'money')).toBe(false);
  });
  it('market pay for comparable roles is not the ask (band cue right after a ；)', () => {
    const text = '我目前的总包是 21 万美元；同类岗位在大通和花旗的 base 大约在 17 万到 20 万美元之间。';
    expect(findingsOf('comp-band', { text, section: 'anchor', template: 'comp-memo', company: 'wells-fargo' }).filter((f) => f.severity !== 'info')).toEqual([]);
    expect(fired('comp-band', '我希望 base 在 17 万到 20 万美元之间。', 'base', 'comp-memo', 'wells-fargo')).toBe(true);
  });

  it('kill-story-elements: a trade-off denied is not a trade-off; a decision by its structure is a decision', () => {
    const doc = {
      role: 'I owned the collections model as its PM and made the final call.',
      concern: 'A complaint review found that 9 of 120 hardship calls were scored as high risk.',
      stakeholders: 'I brought in compliance, legal and model risk because UDAAP exposure was possible.',
      'trade-off': 'Holding the launch would cost $400k a quarter; shipping meant contacting people in hardship.',
      decision: 'I narrowed the scope: hardship accounts go to a human agent.',
      communication: 'I briefed the CRO and the business head in a one-page memo the same week.',
      outcome: 'The narrowed model launched in May, and hardship complaints have been monitored monthly since.',
    };
    const run = (sections: Record<string, string>) => findingsOf('kill-story-elements', { text: '', sections, template: 'kill-story', company: 'wells-fargo' });
    expect(run(doc)).toEqual([]);
    expect(run({ ...doc, 'trade-off': 'There was honestly nothing to weigh here at all.' }).length).toBeGreaterThan(0);
    expect(run({ ...doc, 'trade-off': '其实没什么可权衡的，停下来显然是对的。' }).length).toBeGreaterThan(0);
  });
});
