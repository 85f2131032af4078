// Kinds of false findings and misses from the newcomer trial (1 Dec), each as a table in English
// and Chinese: what must still be flagged next to what must not be.
//   - baseline: a product or request named for a change ("credit-line increase requests",
//     提额申请), the cost paid in a trade-off ("giving up about 30% of volume", 牺牲了约 30%) and
//     the halfway point of a piece of work (项目做到一半) are not improvements needing a baseline;
//   - regulatory-stance: rules that are software (a fraud rules engine, business rules, 规则引擎)
//     are not regulation;
//   - own-decision: "Decisions I owned" that holds only what the team built or others decided;
//   - 拒绝原因 / 拒绝率 (a decline's reasons, the decline rate) is a noun, not the writer rejecting;
//   - compliance-afterthought: a launch held back (delayed, postponed, 推迟上线) has not happened,
//     so re-validation after rework is before launch; explainability or fairness review built only
//     later is an afterthought, with its own wording.
import { describe, expect, it } from 'vitest';
import { findingsOf } from './ruleHarness';
import type { Case } from './ruleHarness';

interface Table {
  rule: string;
  base: Partial<Case>;
  flag: Array<string | Partial<Case>>;
  pass: Array<string | Partial<Case>>;
}

const tables: Table[] = [
  {
    rule: 'baseline',
    base: { company: 'jpmorgan', template: 'impact-brief', section: 'problem' },
    flag: [
      { section: 'outcome', text: 'The new triage model cut manual reviews by 30%.' },
      { section: 'outcome', text: 'Limit increase approvals rose 18% within a quarter.' },
      { section: 'decisions', text: 'Giving analysts a single queue reduced handling time by 25%.' },
      { section: 'outcome', text: '上线后坏账减少了一半。' },
      { section: 'outcome', text: '人工复核量降低了30%。' },
      { section: 'outcome', text: 'Approval rates went up 12% for thin-file applicants.' },
    ],
    pass: [
      'Limit increase requests made up 40% of the manual review queue in 2023.',
      'About 22% of credit-line increase applications were declined by hand, and each took 3 days.',
      'Card-testing alerts took up 30% of analyst time, and chargebacks made up 12% of disputes.',
      '提额申请中约有35%需要人工复核。',
      '额度提升申请平均要等4天才有结果。',
      { section: 'decisions', text: 'I scoped the first release to salaried applicants, giving up roughly 25% of volume to get cleaner labels.' },
      { section: 'decisions', text: 'We launched in three states only, at the cost of about 40% of reach, so the pilot stayed small.' },
      { section: 'decisions', text: '我把首期范围限定在老客户，牺牲了约20%的申请量，换来更干净的标签。' },
      { template: 'kill-story', section: 'concern', text: '项目进行到一半，我们发现模型对部分客户可能不公平。' },
      { template: 'kill-story', section: 'concern', text: '开发做到一半，风控同事提出模型可能有偏差。' },
    ],
  },
  {
    rule: 'regulatory-stance',
    base: { company: 'jpmorgan', template: 'impact-brief', section: 'problem' },
    flag: [
      'The rules are outdated and only slow down innovation.',
      'Compliance is years behind the technology.',
      'Regulatory rules are outdated and hold back innovation.',
      '监管规则已经过时，只会拖慢创新。',
      '这些合规要求太死板，拖累创新。',
    ],
    pass: [
      'Our legacy fraud rules engine was outdated and missed new attack patterns.',
      'The business rules in the old decision system were too rigid for new fraud rings.',
      'Our rules-based scoring was outdated by 2022, so fraud rings learned to stay under its thresholds.',
      'The old detection rules were too slow to react to card-testing bursts.',
      '旧的反欺诈规则引擎已经过时，漏掉了新的攻击手法。',
      '业务规则太死板，抓不住新型团伙欺诈。',
    ],
  },
  {
    rule: 'compliance-afterthought',
    base: { company: 'jpmorgan', template: 'kill-story', section: 'decision' },
    flag: [
      'We launched first, and then compliance reviewed the model.',
      'We pushed a hotfix and then told compliance.',
      { template: 'impact-brief', section: 'risk', text: 'We added explainability later using SHAP so analysts could see why a payment was stopped.' },
      { template: 'impact-brief', section: 'risk', text: 'Reason codes for declined applicants were bolted on afterwards.' },
      { template: 'impact-brief', section: 'risk', text: 'We ran the fairness review afterwards.' },
      { template: 'impact-brief', section: 'risk', text: '可解释性是后来才补上的。' },
      { template: 'impact-brief', section: 'risk', text: '上线以后才加了可解释性。' },
      { template: 'impact-brief', section: 'risk', text: '拒绝原因的说明是后来才补上的。' },
      '最后我们还是先上线了，上线以后再让合规部门补做审查。',
    ],
    pass: [
      'I decided to delay the launch, remove two proxy features, retrain, and then resubmit the model for independent validation.',
      'We postponed go-live by six weeks, fixed the proxy, and then took the model back to model risk for validation.',
      'The launch was put on hold; we retrained and then asked compliance to review the new version.',
      '我决定推迟上线，去掉两个代理变量，重新训练后再提交独立验证。',
      '上线被推迟了八周，修复之后再交给模型风险团队重新验证。',
      { template: 'impact-brief', section: 'risk', text: 'We designed reason codes with compliance from the start.' },
      { template: 'impact-brief', section: 'risk', text: 'We used SHAP to check which features drove declines before validation.' },
      { template: 'impact-brief', section: 'risk', text: 'Explainability was never an afterthought: reason codes were in the first design review.' },
    ],
  },
  {
    rule: 'own-decision',
    base: { company: 'jpmorgan', template: 'impact-brief', section: 'decisions' },
    flag: [
      'We built a gradient-boosted model on Spark and engineered hundreds of features. I pushed the team to try a sequence model next.',
      'We decided to launch in two states first, and the data science team picked the threshold.',
      'I helped choose the features and worked closely with the data science team on the model.',
      'The committee chose batch scoring, and engineering set the latency budget for us.',
      '我们团队搭建了一个XGBoost模型，调了很多参数，效果很好。',
      '我们决定先在两个州上线，阈值由算法团队来定。',
    ],
    pass: [
      'I limited version one to customers with at least 12 months of history, giving up about 30% of volume for clean labels.',
      'Chose real-time scoring over a stronger batch model, accepting two points less recall.',
      'My manager and I capped the first line at $2,000 so losses stayed bounded while we learned.',
      'Engineering wanted batch scoring; I pushed for real time and accepted a 40 ms budget.',
      '我决定第一版只覆盖老客户，牺牲了约三成的申请量。',
      '算法团队想用深度模型，我坚持用评分卡，因为每笔拒绝都要给出原因。',
      // Too short to judge: section-required asks for two or three sentences instead.
      'We built it.',
    ],
  },
];

describe.each(tables)('$rule (newcomer trial kinds)', ({ rule, base, flag, pass }) => {
  const asCase = (r: string | Partial<Case>): Case => ({ ...base, ...(typeof r === 'string' ? { text: r } : r) }) as Case;
  it.each(flag.map((r) => [asCase(r).text, asCase(r)] as const))('flags %s', (_t, c) => {
    expect(findingsOf(rule, c)).not.toEqual([]);
  });
  it.each(pass.map((r) => [asCase(r).text, asCase(r)] as const))('passes %s', (_t, c) => {
    expect(findingsOf(rule, c)).toEqual([]);
  });
});

describe('compliance-afterthought wording', () => {
  it('names explainability when only explainability comes late', () => {
    const [f] = findingsOf('compliance-afterthought', { company: 'jpmorgan', template: 'impact-brief', section: 'risk', text: 'Later we added reason codes for declined applicants.' });
    expect(f?.message).toMatch(/^Explainability comes in after the fact/);
  });
  it('keeps the partner wording when compliance comes late too', () => {
    const [f] = findingsOf('compliance-afterthought', { company: 'jpmorgan', template: 'impact-brief', section: 'risk', text: 'After launch, compliance asked for reason codes, which we added later.' });
    expect(f?.message).toMatch(/^Compliance or model risk/);
  });
});

describe('launch-signoff does not count explainability as a sign-off', () => {
  it('still flags a rollout plan whose only governance word is explainability', () => {
    const c: Case = {
      text: '',
      company: 'jpmorgan',
      template: 'impact-brief',
      sections: { decisions: 'We rolled out to 5% of applicants, then half, then everyone.', risk: 'Every decline shows SHAP reason codes to the analyst.' },
    };
    expect(findingsOf('regulatory-reflex', c)).not.toEqual([]);
  });
});
