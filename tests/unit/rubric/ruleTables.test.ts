// Table tests per rule id: texts that must be flagged and texts that must not (English and
// Chinese, with near-misses such as years, versions and "not Google or Meta").
import { describe, expect, it } from 'vitest';
import { findingsOf } from './ruleHarness';
import type { Case } from './ruleHarness';

type Row = string | Case;
const asCase = (r: Row, base: Partial<Case>): Case => (typeof r === 'string' ? { ...base, text: r } : { ...base, ...r });

function table(rule: string, base: Partial<Case>, flagged: Row[], clean: Row[]) {
  describe(rule, () => {
    it.each(flagged.map((r) => [typeof r === 'string' ? r : r.text.slice(0, 60), r] as const))('flags %s', (_l, r) => {
      expect(findingsOf(rule, asCase(r, base)).length).toBeGreaterThan(0);
    });
    it.each(clean.map((r) => [typeof r === 'string' ? r : r.text.slice(0, 60), r] as const))('passes %s', (_l, r) => {
      expect(findingsOf(rule, asCase(r, base))).toEqual([]);
    });
  });
}

const words = (n: number, w = 'word') => Array.from({ length: n }, () => w).join(' ');

table(
  'quantified-impact',
  { section: 'problem' },
  [
    'Worked on a churn model that helped the retention team a lot.',
    'The new scoring improved fraud detection for the card business.',
    'Our work reduced manual reviews and saved the team time.',
    'This delivered real value to the business in 2023.',
    'We upgraded to Python 3 and improved the pipeline.',
    'Migrated to v2.1 of the platform, which increased throughput.',
    'The rework cut costs under SR 11-7 guidance.',
    '新模型显著提升了风控效果。',
    '该项目降低了欺诈损失。',
    { text: 'The launch went smoothly across every region.', section: 'outcome' },
  ],
  [
    'Cut card-fraud losses from $4.1M to $2.9M a year by moving scoring to real time (45 ms p99), after model risk signed off on the explainability report.',
    'Reduced false declines by 12% in two quarters.',
    'Latency improved from 800 ms to 45 ms.',
    'Saved 1,200 analyst hours a year.',
    'Boosted approval rates 3x for thin-file applicants.',
    'Revenue grew 25 bps over the quarter.',
    '延迟降低到 45 毫秒。',
    '欺诈损失降低 14%。',
    '误报率下降了14个百分点。',
    'The team met every Friday.',
  ],
);

table(
  'baseline',
  { section: 'problem' },
  [
    'Reduced fraud losses by 14%.',
    'Cut review time to 4 hours.',
    'Increased approvals 12% in Q3.',
    '通过率提升了 14%。',
    // An end state in a results section: 71% from what?
    { text: 'After launch, the auto-approval rate reached 71%.', section: 'outcome' },
    { text: '新模型上线后，自动审批率达到了71%。', section: 'outcome' },
    'Reduced losses by 12% using a 2x2 matrix.',
  ],
  [
    // A multiple is measured against what came before.
    'CTR rose 3x, lifting card activations by 9,000 a month.',
    'Boosted approval rates 2.5× for thin-file applicants.',
    '通过率提升了 3 倍。',
    'Cut losses from $4.1M to $2.9M.',
    'Approvals rose 12% compared with the control group.',
    'Latency dropped to 45 ms vs. 800 ms.',
    'Increased approvals 12% year over year.',
    '通过率从 60% 提升到 72%。',
    '与对照组相比，损失降低了 14%。',
    'Improved the onboarding flow.',
    // A saving is itself the difference made; a projection is not a result.
    'Saved $2M a year.',
    'If the pilot holds at full volume, this would avoid about $1.2M of losses a year.',
    // A baseline stated in Problem counts for a same-kind figure in the ICE view.
    { text: '', sections: { problem: 'Fraud losses had reached $4.1M a year.', ice: 'Impact: fraud losses cut by $1.2M a year.' } },
    // A growth rate per year is measured against the year before.
    '合成身份欺诈每年增长约20%。',
  ],
);

table(
  'tool-without-outcome',
  { section: 'decisions' },
  [
    'Built the scoring service in PyTorch with a 6-layer network.',
    'We trained an XGBoost model with 500 trees.',
    'The model used a transformer with 12 layers and 8 attention heads.',
    'Fine-tuned BERT on 2023 complaint data.',
    'Moved feature pipelines to Spark and Kafka.',
    '我们用深度学习搭建了新的评分模型。',
  ],
  [
    'Moved scoring to XGBoost, cutting false declines 18% ($2.3M a year).',
    'A PyTorch model that flagged 30% more mule accounts within a quarter.',
    'Spark jobs now finish in 20 minutes instead of 6 hours.',
    'Switching to LightGBM cut scoring latency from 120 ms to 40 ms.',
    '用深度学习模型把误报率降低了 14%。',
    'We ran a champion-challenger test with model risk.',
  ],
);

table(
  'vanity-metric',
  { section: 'outcome' },
  [
    'The model reached 0.92 AUC.',
    'Accuracy improved from 87% to 93%.',
    'We raised F1 to 0.78 on the holdout set.',
    'CTR rose 14% after the redesign.',
    'Engagement went up 20% in the first month.',
    '模型准确率从 85% 提升到 93%。',
    '召回率达到 0.9。',
    'AUC on fraud detection rose to 0.9.',
    // Each list item stands on its own: the figure in the first bullet does not cover the second.
    '- Precision rose from 0.81 to 0.91, cutting manual reviews by 30% ($1.1M a year).\n- The F1 score was 0.77 on the holdout set.',
    '* Cut fraud losses by $2M.\n* Recall reached 0.9.',
    '1. Chargebacks fell 15%.\n2. AUC rose to 0.86.',
  ],
  [
    'from 0.81 to 0.91 precision, cutting provisioning by $1.1M',
    'CTR rose 3x, lifting card activations by 9,000 a month.',
    '- AUC rose from 0.78 to 0.86,\n  which cut chargebacks 15%.',
    'Precision rose to 0.91 and the dispute backlog fell by 4,000 cases.',
    '点击率提升 3 倍，新增激活 9000 张卡。',
    'AUC rose from 0.78 to 0.86, which cut fraud losses by $3M a year.',
    'Recall went from 70% to 82%, and chargebacks fell 15%.',
    'Precision rose to 0.91.\nSo manual reviews fell by 30%.',
    '准确率提升到 93%，每年减少损失 200 万美元。',
    'We cut fraud losses by $2M.',
  ],
);

table(
  'compliance-afterthought',
  { section: 'risk' },
  [
    'We shipped the fix overnight and briefed compliance the following week.',
    'Compliance signed off at the end.',
    'We notified compliance after the fix went out.',
    'Legal was looped in after launch.',
    'Model risk reviewed the model once it was live.',
    'We briefed the regulators later.',
    '上线后才通知了合规团队。',
    'We told risk once the rollback was done.',
    'We launched in March and then briefed model risk.',
    'Legal was told once the incident was over.',
  ],
  [
    'Cut card-fraud losses from $4.1M to $2.9M a year by moving scoring to real time (45 ms p99), after model risk signed off on the explainability report.',
    'Compliance joined the design review in week one.',
    'Model risk validated the model before launch.',
    'We shipped the fix after compliance approved the rollback plan.',
    'Legal reviewed the adverse-action wording before the pilot.',
    '合规团队从设计阶段就参与了评审。',
    'We drafted the plan, then briefed model risk before any code shipped.',
    'Once the validation was done, model risk approved the launch.',
  ],
);

table(
  'governance-terms',
  { section: 'outcome' },
  [
    'We cut fraud losses from $4M to $2M a year.',
    { text: 'We cut fraud losses from $4M to $2M a year.', company: 'jpmorgan' },
    { text: 'We cut fraud losses from $4M to $2M a year.', company: 'american-express' },
    'Approvals rose from 60% to 70%.',
    '欺诈损失降低 14%。',
  ],
  [
    'Independent validation signed off before launch.',
    'We monitored drift weekly.',
    'SR 11-7 review was done in week one.',
    '模型风险团队完成了独立验证。',
    { text: 'We cut fraud losses from $4M to $2M a year.', company: 'fintech' },
    { text: 'We cut fraud losses from $4M to $2M a year.', company: null },
  ],
);

table(
  'vague-language',
  { section: 'decisions' },
  [
    'Helped the team launch.',
    'Worked on various projects.',
    'Responsible for the roadmap.',
    'Revenue grew significantly.',
    'Leveraged many data sources.',
    '参与了多个项目。',
    '效果显著提升。',
  ],
  [
    'Led the launch of real-time scoring.',
    'Revenue grew significantly: 14% in two quarters.',
    'Cut review time from 3 days to 4 hours.',
    'The helpdesk backlog fell 12%.',
    'Shipped 4 models to production.',
    '主导了实时评分的上线。',
  ],
);

table(
  'length-budget',
  { section: 'problem' },
  [
    words(451),
    words(600),
    { text: '', sections: { problem: words(300), outcome: words(200) } },
    '我们降低了欺诈损失。'.repeat(120),
    { text: words(460), template: 'value-prop-memo', section: 'track-record' },
  ],
  [
    { text: '', sections: { problem: words(90), decisions: words(90), outcome: words(90), risk: words(90), ice: words(90) } },
    words(100),
    '',
    { text: words(500), template: 'comp-memo', section: 'base' },
    { text: words(500), template: 'kill-story', section: 'concern' },
    '我们降低了欺诈损失。'.repeat(20),
  ],
);

table(
  'speaking-time',
  { template: 'comp-memo', section: 'base' },
  [
    words(300),
    words(400),
    { text: words(80), template: 'ethics-pitch', section: 'thirty-second' },
    { text: words(300), template: 'ethics-pitch', section: 'two-minute' },
    { text: words(400), template: 'kill-story', section: 'concern' },
    '我们降低了欺诈损失。'.repeat(80),
  ],
  [
    words(280),
    words(100),
    { text: words(60), template: 'ethics-pitch', section: 'thirty-second' },
    { text: words(1000), template: 'impact-brief', section: 'problem' },
    '',
    '我期望底薪在 $185k 到 $200k 之间。',
  ],
);

table(
  'comp-band',
  { template: 'comp-memo', section: 'base' },
  [
    'I am looking for $230k–$250k.',
    { text: 'My ask is $260k base, in line with my Meta offer.', section: 'anchor' },
    '我期望底薪 $240,000。',
    { text: 'I am asking for $225k.', company: 'jpmorgan' },
    { text: 'I would like $215k to $220k.', company: 'american-express' },
  ],
  [
    { text: 'I am looking for $185k–$200k base.', company: 'jpmorgan' },
    { text: 'Base of $180k would work for me, with a $30k sign-on.', company: 'american-express' },
    { text: 'My current base is $250k.', section: 'anchor' },
    { text: 'I am looking for $300k.', company: 'fintech' },
    { text: 'I am looking for $300k.', company: null },
    { text: '我期望底薪 $180k–$190k。', company: 'jpmorgan' },
  ],
);

table(
  'comp-benchmark',
  { template: 'comp-memo', section: 'anchor' },
  [
    'My ask is $260k base, in line with my Meta offer.',
    'Google pays $300k for this level.',
    'FAANG packages are higher.',
    'I benchmarked against big tech offers.',
    '我参考了谷歌的薪资。',
    { text: 'Amazon offered me more.', company: 'jpmorgan' },
  ],
  [
    'I benchmark against Chase, Citi and Bank of America, not Google or Meta.',
    'Market data from USAA and State Farm supports the range.',
    'A meta-analysis of peer-bank surveys supports the range.',
    { text: 'My Meta offer is $300k.', company: 'fintech' },
    '我参考的是摩根大通和花旗，而不是谷歌。',
  ],
);

table(
  'comp-range',
  { template: 'comp-memo', section: 'base' },
  [
    'My ask is $260k base, in line with my Meta offer.',
    'I am asking for $200,000.',
    'I expect a $40k sign-on.',
    'My target is $195k.',
    '我期望年薪 $220k。',
  ],
  [
    'I am looking for $185k–$200k base.',
    'I am asking for between $185k and $200k.',
    'My range is $185k to $200k.',
    'I expect a sign-on between $25k and $40k.',
    '我期望 $190k–$205k。',
    'Market data shows $190k.',
  ],
);

const fullBrief = {
  problem: 'Fraud losses were $4.1M a year.',
  decisions: 'I chose real-time scoring.',
  outcome: 'Losses fell from $4.1M to $2.9M.',
  risk: 'Model risk validated it before launch.',
  ice: 'Impact: $1.2M a year.',
};

table(
  'section-required',
  {},
  [
    { text: '', sections: { problem: 'Fraud losses were $4.1M a year.' } },
    { text: '', sections: { ...fullBrief, outcome: '   \n  ' } },
    { text: '', sections: { ...fullBrief, outcome: '<!-- fill this in -->' } },
    { text: '', template: 'four-p', sections: { problem: 'a', provenance: 'b', performance: 'c' } },
    { text: '', sections: { ...fullBrief, risk: '' } },
    { text: '', template: 'kill-story', sections: { concern: 'x', stakeholders: 'x', 'trade-off': 'x', communication: 'x', outcome: 'x' } },
    { text: '', sections: { problem: '欺诈损失每年 410 万美元。', decisions: '我选择了实时评分。', outcome: '损失从 410 万降到 290 万。', risk: '模型风险团队在上线前完成验证。' } },
  ],
  [
    { text: '', sections: fullBrief },
    { text: '', sections: { problem: '欺诈损失每年 410 万美元。', decisions: '我选择了实时评分。', outcome: '损失从 410 万降到 290 万。', risk: '模型风险团队在上线前完成验证。', ice: '影响：每年 120 万美元。' } },
    { text: '', template: 'kill-story', sections: { concern: 'x', stakeholders: 'x', 'trade-off': 'x', decision: 'x', communication: 'x', outcome: 'x' } },
    { text: '', template: 'three-stage-impact', sections: { design: 'a', compliance: 'b', outcome: 'c' } },
    { text: '', template: 'ice-sheet', sections: { impact: 'a', complexity: 'b', execution: 'c' } },
  ],
);

const story = [
  'Two weeks before launch I noticed a fairness gap of 9 points.',
  'I took it to model risk and fair-lending counsel.',
  'Pausing would cost $1.5M; launching risked a finding, so we weighed the trade-off.',
  'I decided to pause for 6 weeks.',
  'I briefed the SVP with a one-page memo.',
  'We relaunched with the gap under 1 point and monitor it monthly.',
];
const storyZh = ['上线前两周，我发现年龄较大的申请人通过率低了 9 个百分点。', '我找了模型风险和法务团队评估。', '暂停会损失 150 万美元收入，我们权衡了代价。', '我决定暂停六周。', '我向高级副总裁汇报了方案。', '重新上线后差距低于 1 个百分点，并按月监控。'];
// Each sentence in the section written for its element; element i's section holds a sentence that
// does not show it (an empty section is section-required's to report, once: missingSectionOnce.test).
const storySections = ['concern', 'stakeholders', 'trade-off', 'decision', 'communication', 'outcome'];
const without = (i: number, lines = story, filler = 'It was a busy quarter for the whole team.'): Case => ({
  text: '',
  sections: { role: lines === story ? 'I owned the product.' : '我是产品负责人。', ...Object.fromEntries(storySections.map((id, j) => [id, j === i ? filler : (lines[j] ?? '')])) },
});

table(
  'kill-story-elements',
  // One section holds the whole story in the rows that pass: an element shown anywhere counts when
  // its own section is empty (a figure in the section named for it counts too, in claims.test).
  { template: 'kill-story', section: 'role' },
  [without(0), without(1), without(2), without(3), without(4), without(5), without(1, storyZh, '那个季度整个团队都很忙，大家各自推进手头的工作。')],
  [
    story.join(' '),
    storyZh.join(''),
    [...story].reverse().join('\n'),
    { text: story.join(' '), template: 'impact-brief' },
    '',
  ],
);

table(
  'second-hand-disclosure',
  { template: 'kill-story', section: 'concern' },
  [
    'My manager decided to stop the launch after the audit.',
    'I watched the team pause the model.',
    'The team decided to kill the feature.',
    'Leadership decided to halt the rollout.',
    'I was in the room when they pulled the model.',
    '我看到团队决定暂停上线。',
    'I watched my director pull the model.',
    'I saw leadership halt the rollout.',
    '我看到领导暂停了上线。',
  ],
  [
    'I decided to pause the launch.',
    // Seeing the evidence yourself is lived, not observed.
    'I watched the drift dashboards every morning and caught the shift on day 3.',
    'I saw that approval rates in two ZIP codes were 11 points lower.',
    'I observed a 4-point gap in back-testing and raised it the same day.',
    '我看到回测中两个邮编的通过率低了 11 个百分点。',
    'I watched the team pause the model. I was not the decision-maker; I observed this as the PM on the next team.',
    'My manager decided to stop the launch; it was not my decision, and I tell it second-hand.',
    '我看到团队决定暂停上线，我没有直接参与。',
    'I escalated to model risk and we paused.',
    { text: 'The team decided to kill the feature.', template: 'impact-brief', section: 'problem' },
  ],
);

table(
  'four-p-specifics',
  { template: 'four-p' },
  [
    { text: 'We use customer data from the core systems.', section: 'provenance' },
    { text: 'The model is very accurate.', section: 'performance' },
    { text: 'AUC is 0.86.', section: 'performance' },
    { text: 'The model follows all regulations.', section: 'policy' },
    { text: 'We comply with the relevant laws.', section: 'policy' },
    { text: '模型符合所有监管要求。', section: 'policy' },
  ],
  [
    { text: 'Application data is consented at application; lineage is tracked in the feature store.', section: 'provenance' },
    { text: 'AUC 0.86 against a 0.80 threshold.', section: 'performance' },
    { text: 'Validated under SR 11-7; adverse-action notices under ECOA.', section: 'policy' },
    { text: '数据来源于申请表，客户已授权。', section: 'provenance' },
    { text: '准确率不低于 90%。', section: 'performance' },
    { text: '符合 GDPR 和 CCPA 的要求。', section: 'policy' },
  ],
);

table(
  'failure-modes',
  { company: 'fintech', section: 'problem' },
  [
    'We cut fraud losses by $2M a year.',
    'Built a real-time model for checkout.',
    'Scoring returns in under 200 ms.',
    'If the model times out, the rules engine decides.',
    '我们把欺诈损失降低了 14%。',
  ],
  [
    'False declines cost us good customers; scoring returns in under 200 ms; if the model times out, the rules engine decides.',
    '误拒会让商户流失；评分延迟低于 200 毫秒；模型失败时降级到规则引擎。',
    { text: 'We cut fraud losses by $2M a year.', company: 'wells-fargo' },
    { text: 'We cut fraud losses by $2M a year.', company: null },
    { text: 'Chargebacks hit merchants; latency stays under 150 ms; manual review is the fallback.', template: 'three-c', section: 'constraints' },
  ],
);

table(
  'move-fast',
  { section: 'decisions' },
  [
    'We like to ship and iterate.',
    'We rolled back, then told risk.',
    'We A/B tested a credit model on live applicants.',
    'We would ship once AUC reaches 0.85.',
    'Move fast and break things.',
    '我们先上线再补合规。',
    'We shipped and iterated.',
    'We told risk once the rollback was done.',
  ],
  [
    'We ran a shadow test for 6 weeks before a staged rollout.',
    'We A/B tested the onboarding copy.',
    'We moved scoring to real time.',
    { text: 'We like to ship and iterate.', company: 'fintech' },
    '我们分阶段上线，并由模型风险团队审批。',
    'Rollback plans were approved by model risk before launch.',
    'We iterated on the design with model risk before anything shipped.',
    'We would brief compliance if a rollback ever happened.',
    'When drift appeared, we moved fast to tell model risk and pause the rollout.',
    'We never moved fast on credit decisions.',
    'We moved fast on internal dashboards while model changes waited for validation.',
    'A schema change upstream broke things in the feature pipeline for a day.',
  ],
);

table(
  'regulatory-stance',
  { section: 'risk' },
  [
    'Regulation stifles innovation.',
    'Too much red tape slowed us down.',
    'Compliance is a blocker for AI.',
    'I always do what compliance says.',
    'Whatever legal says, we do.',
    '监管扼杀创新。',
  ],
  [
    'Regulation protects customers, and I design within it.',
    'I push back on compliance with data, then agree a plan.',
    'We ticked every box on the validation checklist.',
    '监管保护了客户，我们在规则内创新。',
    'Fair-lending rules shaped the feature set from week one.',
  ],
);

const privateTerms = ['Project Falcon', 'Acme Bank', '$47.3M', '猎鹰计划'];
table(
  'confidentiality',
  { section: 'problem', privateTerms },
  [
    'Project Falcon cut losses by 20%.',
    'Our client Acme Bank saw $2M in savings.',
    'The non-public figure was $47.3M.',
    '猎鹰计划降低了损失。',
    'project falcon shipped.',
    'Notes: <!-- Project Falcon -->',
  ],
  [
    'Falconry is a hobby.',
    'Acme Banking is a different firm.',
    'A $47.35 figure.',
    { text: 'Project Falcon cut losses.', privateTerms: [] },
    '猎鹰很快。',
  ],
);

table(
  'regulatory-reflex',
  { template: 'value-prop-memo', section: 'first-90-days', company: 'jpmorgan' },
  [
    'Weeks 6–10: pilot with 2% of cardholders, then ramp to 25% and go to everyone in week 12.',
    'I would put the pricing model behind a feature flag and turn it on for one region at a time.',
    '第3周灰度发布给1%的用户，第6周全量上线。',
    'Phase one is a beta with 500 merchants; general availability follows in Q2.',
    // A governance partner named only in the negative is not a step.
    'We would launch to all members without waiting for a legal review.',
  ],
  [
    'Before the 2% pilot, model risk validates the model and legal approves the customer letters; then we ramp to 25%.',
    '灰度发布前，由模型风险团队完成验证、法务审核告知文案，再逐步扩大。',
    'Weeks 1–4: map the model inventory with MRM and agree the validation plan.',
    // Not a plan: a past launch story is governance-terms' concern, not this rule's.
    'I learned the business in my first month.',
    { text: 'Pilot with 2% of cardholders, then go to everyone.', company: 'fintech' },
  ],
);

table(
  'reformer-narrative',
  { template: 'value-prop-memo', section: 'track-record', company: 'wells-fargo' },
  [
    'I cut through layers of review bureaucracy to get the model out in a month.',
    'We skipped the standard validation queue so the launch date held.',
    'My plan is to replace the approval committees with an automated score.',
    'I sped up approvals at my last bank.',
    'I would bring startup speed to the bank and overhaul its slow approval process.',
    '我绕开了模型验证排队，提前上线。',
    '我会推动改革冗长的审批流程。',
  ],
  [
    'Working with MRM from design, I cut late validation findings by a third.',
    'I sped up approvals for small-business loans from 5 days to 1.',
    'Each gate exists for a reason; I prepare its evidence before the gate meets.',
    'We did not skip the validation queue, even under deadline pressure.',
    '我和模型风险团队一起，把验证材料提前准备好，审批周期从10周缩短到7周。',
    { text: 'I cut through layers of review bureaucracy.', company: 'fintech' },
  ],
);

table(
  'technique-not-governance',
  { template: 'impact-brief', section: 'risk', company: 'american-express' },
  [
    'We made the model reliable with 10-fold cross-validation and a stacked ensemble.',
    'Quality came from a grid search over 200 settings and early stopping.',
    '我们通过交叉验证和超参数调优保证模型质量。',
    'Model quality: back-tested on four years of data and tuned the learning rate.',
  ],
  [
    'Cross-validation was the start; the model owner is named in the inventory and a PSI above 0.2 escalates to MRM.',
    'An independent validator signed off before launch, with alert thresholds on drift.',
    '除了交叉验证，模型有明确负责人，独立验证通过后上线，超过阈值即上报模型风险委员会。',
    'We ran cross-validation without ever treating it as governance: MRM validated independently.',
    { text: 'We made the model reliable with 10-fold cross-validation.', company: 'fintech' },
  ],
);

table(
  'owns-tradeoffs',
  { template: 'three-c', section: 'constraints', company: 'fintech' },
  [
    'How fast the score must return is something I would let engineering decide.',
    'I left the decline threshold to the data scientists.',
    'Batch versus real time is an engineering call, not mine.',
    'Any threshold the model team picks works for me.',
    '误拒和漏报怎么平衡，交给算法团队决定。',
    'Latency budget 由 data science 来定，我不参与。',
  ],
  [
    'I set the 150 ms budget after data science showed me the recall curve.',
    'Engineering proposed batch scoring; I chose real time and accepted 1 point less recall.',
    '我和算法团队一起评估后，由我把误拒率上限定在0.5%。',
    'I asked data science for the cost curve, then decided the threshold myself.',
  ],
);
