// Issue 9, kinds of claim rather than phrase lists: move-fast as the habit, regulatory stance on
// both sides, and owning trade-offs. Each row is our own wording (English and Chinese), with near
// misses that share the words but not the claim (quoted, rejected, negated, a UI not a model, a
// decision the writer owns).
import { describe, expect, it } from 'vitest';
import { findingsOf, tableRows } from './ruleHarness';
import type { Case, Row } from './ruleHarness';

function table(rule: string, base: Partial<Case>, flagged: Row[], clean: Row[]) {
  describe(rule, () => {
    it.each(tableRows(flagged, base))('flags %s', (_l, c) => {
      expect(findingsOf(rule, c).length).toBeGreaterThan(0);
    });
    it.each(tableRows(clean, base))('passes %s', (_l, c) => {
      expect(findingsOf(rule, c)).toEqual([]);
    });
  });
}

table(
  'move-fast',
  { template: 'impact-brief', section: 'decisions', company: 'wells-fargo' },
  [
    'My plan is to get the new limit model in front of real customers fast and refine it every sprint from live data.',
    'We ran a live experiment between the incumbent scorecard and a challenger and kept whichever approved more.',
    'Half the applicants were randomised onto the new APR model, like any growth experiment.',
    '先 ship 授信模型，合规的事以后再补。',
    // A metric threshold as the launch gate.
    'Once the Gini passed 0.62 on the back-test, we switched the new scorecard on for every applicant.',
    'The fraud model went live the same week it beat the incumbent on offline recall.',
    'We promoted the underwriting model to production the moment its KS crossed 40.',
    'I deployed the limit model as soon as the offline metrics looked good.',
    // A release schedule instead of validation.
    'Our team released a refreshed credit-line model every Friday.',
    'We retrained and redeployed the fraud model nightly.',
    // Shipped first, corrected later.
    'We launched the pricing model in two weeks and adjusted it as complaints came in.',
    'We rolled out the new underwriting score and tuned it later based on live approvals.',
    'Validation could catch up after launch; the credit model went out in June.',
    'We pushed the limit model live without waiting for model validation.',
    'Rather than wait for MRM sign-off, we released the fraud score to all cardholders.',
    // Experiments on customers' credit decisions.
    'We randomised APR offers across real borrowers to find the price that maximised take-up.',
    'Two cut-offs for the credit score were split-tested on actual applicants for a month.',
    'We tweaked the decline thresholds on production traffic until losses stopped rising.',
    // Rolled back, then told risk.
    'I reverted the score to the old version and afterwards let the model risk team know.',
    // Chinese and mixed.
    'KS一超过0.4，我们马上就把评分卡推到了线上。',
    '授信模型每周发一版，直接上线。',
    '没等模型验证完成，我们就把额度模型上线了。',
    '我们拿线上真实申请人测试了两套审批阈值。',
    '先把风控模型上线，验证后面再补。',
    '评分模型边上线边调，客户投诉了再改。',
    '新的 credit model 一到 AUC 0.8 就 deploy 到 production。',
  ],
  [
    // Controlled launches.
    'Once the Gini passed 0.62 and model risk signed off, we moved 5% of applicants to the new scorecard.',
    'We ran the challenger in shadow for a quarter before it decided anything.',
    'After independent validation, the fraud model went live for 10% of traffic.',
    // Not a model that decides on customers.
    'We released a new version of the mobile app every Friday.',
    'We A/B tested two subject lines for the statement email.',
    'We iterated weekly on the analyst dashboard.',
    // Negated, quoted, rejected.
    'We never launch a credit model just because its AUC clears a bar.',
    'My old team liked to "ship and tune later"; for an underwriting model I would not.',
    'Some colleagues wanted to test the new limits on live customers; I argued for a shadow run instead.',
    'We did not experiment on real applicants; the comparison ran on last year\'s files.',
    '我们不会在真实客户身上测试授信模型，而是先做影子测试。',
    '有人主张“先上线再说”，但信贷模型必须先通过独立验证。',
    '模型风险团队验证通过后，额度模型才按5%、20%、100%逐步上线。',
    // Rolled back with risk in the room.
    'When approvals dropped, I called model risk first and we agreed to roll back together.',
    { text: 'We released a refreshed credit-line model every Friday.', company: 'fintech' },
  ],
);

table(
  'regulatory-stance',
  { template: 'ethics-pitch', section: 'two-minute', company: 'wells-fargo' },
  [
    'Most AI rules exist to protect the regulators\' jobs, and they hold back products customers want.',
    'When legal said no, I accepted it without asking why.',
    '说实话，SR 11-7 这一套就是 paperwork，对模型质量没有什么帮助。',
    '合规是创新的天敌。',
    // Cynicism.
    'Model validation is mostly theatre; the real testing happens in production.',
    'Honestly, the second line adds nothing but delay to every AI project.',
    'Regulators are hopelessly out of touch with how machine learning works.',
    'Legal review felt like paperwork for the sake of paperwork.',
    'Governance slows everything down at big banks.',
    'Compliance only ever says no.',
    'Most approval committees are a rubber stamp that costs us months.',
    '合规审查基本上就是走过场。',
    '风控部门总是拖后腿，新想法都被卡住了。',
    '监管规定太死板了，根本跟不上技术。',
    'Model risk 的 review 就是 box-ticking。',
    // Deference.
    'If model risk raises a concern, I shelve the feature and move on.',
    'I accept every condition compliance sets without debate.',
    'Whatever the risk team asks for, we implement, no questions asked.',
    'I would never challenge a decision from legal.',
    'I defer to compliance on everything.',
    '风控让怎么改我们就怎么改。',
    '法务的意见我一律照办，从不争取。',
    '合规说不行就不行，我不会再去讨论。',
  ],
  [
    'Some teams treat governance as box-ticking; I treat it as design input.',
    'Fair-lending rules are not red tape to me; they are product requirements.',
    'Red tape is the wrong word: every gate exists because someone was harmed.',
    'Model risk slowed us by three weeks, and the finding they raised saved us from a fair-lending problem.',
    'Governance held the launch back two weeks to fix a proxy variable.',
    'Model risk review was the bottleneck, so I started preparing evidence during development.',
    'I never push back on model risk without data; when I do, I bring the analysis.',
    'When compliance said no, I didn\'t argue; I asked what evidence would change their mind.',
    'Validation takes time, but it is what lets customers trust an automated decline.',
    'I treat compliance as a design partner from the first sketch.',
    'Some people see governance as theatre; I have seen it catch a biased feature before launch.',
    'When legal objected, I asked which harm they feared and redesigned the notice with them.',
    'I do not simply accept a no: I ask what evidence would change it.',
    'Compliance said no because the letters could misstate the dispute deadline.',
    'The review slowed the launch by two weeks and caught a data-lineage gap.',
    'Regulation protects borrowers, and I build inside it.',
    '有人说合规只是走过场，我的经历恰恰相反。',
    '合规提出异议后，我先弄清他们担心的风险，再一起修改方案。',
    '监管要求让客户更信任自动化审批。',
    'We ticked off every item on the validation plan before launch.',
  ],
);

table(
  'owns-tradeoffs',
  { template: 'three-c', section: 'constraints', company: 'fintech' },
  [
    'How aggressive the fraud filter is feels like a question for the ML lead; I\'d go with whatever number they recommend.',
    'Recall against friction was the data science team\'s call; I signed off on whatever operating point they chose.',
    'The cut-off score is for the modelers to settle; I trust their judgement.',
    'I would rely on the ML team to tell me the right threshold.',
    'How strict the fraud filter is should be the data team\'s call.',
    'Latency budget? Engineering owns that, so I would go with what they propose.',
    'I would hand the precision-versus-recall balance over to data science.',
    'Whether to fall back to rules when the model times out is an implementation detail for engineering.',
    'I would ask the data scientists where to set the threshold and go with whatever they recommend.',
    '阈值设多少，我会请算法团队定夺。',
    '延迟预算由工程团队自己权衡，我不插手。',
    '误拒和漏报的平衡是数据科学团队的事。',
    'Decline threshold 这件事交给 DS 去定。',
  ],
  [
    'I let data science choose the algorithm, but I set the threshold and the latency budget.',
    'Engineering owns the implementation; I own the 200 ms SLA and why it is 200.',
    'I set the cut-off at 620 after the modelers showed me the loss curve, accepting 3% fewer approvals.',
    'Engineering proposed a 500 ms budget; I held it at 150 ms because checkout abandonment doubles past that.',
    'I asked data science for three operating points and chose the middle one, and wrote down why.',
    'I let data science choose the feature-engineering library.',
    'The data team owns the pipeline code; I own the threshold and its trade-off.',
    '算法团队给出了三个阈值方案，我选了误拒最低的那个，因为商户流失成本更高。',
    '工程团队负责实现降级逻辑，降级的触发条件由我来定。',
    'I decided the latency SLA with engineering: 200 ms, because conversion drops past that.',
  ],
);

table(
  'compliance-afterthought',
  { template: 'impact-brief', section: 'risk', company: 'wells-fargo' },
  [
    'We only told compliance about the drift after the fix was live.',
    'After launch, we noticed drift and then looped in model risk.',
    'Monitoring was set up by MRM a month after go-live.',
    '上线后我们发现漂移，才通知了模型风险团队。',
    'We patched the pricing bug on Friday; on Monday I forwarded the write-up to our compliance partner for the file.',
    'Fairness testing ran in the third week after go-live, when every new applicant was already being scored.',
    'Compliance was not consulted before launch.',
    // An event, then governance: clause order, subordinate clauses, sequence words.
    'Three weeks after the model went live, we asked MRM to start its validation.',
    'It was not until after go-live that we engaged fair-lending testing.',
    'We deployed the new score in April; the validation report followed in a catch-up review.',
    'The regulator\'s letter was what finally got compliance involved.',
    'Legal only saw the adverse-action wording when the first complaints arrived.',
    'We reverted the limit model and afterwards let the model risk team know.',
    'Following the rollout, we set up a session to walk compliance through the features.',
    'We turned the pricing model on for everyone, and only then did legal review the notices.',
    'No one at model risk had seen the model until customers complained.',
    'We brought audit in once the outage was resolved.',
    // Chinese and mixed.
    '新模型投产三个月后，我们才请模型风险团队做验证。',
    '直到收到监管函，合规才第一次看这个模型。',
    '问题修复完之后，我们再向合规做了说明。',
    '额度模型全量之后补做了公平借贷测试。',
    '我们先上线，然后才拉上法务过一遍文案。',
    'Go-live 以后才找 MRM 做 validation。',
  ],
  [
    'After the rollback, we documented the decision with MRM and compliance for the audit trail.',
    'Post-launch, compliance samples 50 decisions a month.',
    'After go-live, the model owner reports PSI to the model risk committee every quarter.',
    'Legal reviewed every customer-facing message before release, and compliance confirmed no fair-lending impact after the shadow run.',
    'We went live in June after a 10-week MRM validation.',
    'After the incident, I led a post-mortem with MRM and compliance and we added a drift alert.',
    '投产后，模型风险团队按季度复核。',
    '试点结束后，合规审核了投诉数据，才同意扩大范围。',
    'Compliance was involved from design through post-launch monitoring.',
    'At the end of the pilot, compliance reviewed complaint rates before we widened the rollout.',
    'Model risk first saw the design in week one, long before any code.',
    'We did not launch until compliance signed off on the notices.',
    'Compliance reviewed the pilot results after two weeks and approved the wider rollout.',
    'After go-live, the compliance dashboard showed zero unexplained declines.',
    'After launch we kept compliance informed with a weekly summary.',
    '投诉出现后，合规当天就介入了，和我们一起定位原因。',
    '回滚之前，我们先和模型风险、合规一起评估了影响。',
    'Before the first applicant was scored, MRM had validated the model and legal had approved the notices.',
    'We launched only after compliance signed off on the adverse-action reasons.',
    'Once model risk approved the plan, we rolled out to 5% of applicants.',
    'When the approval gap appeared, I called compliance within the hour, before any fix.',
    'After launch, model risk reviews the drift report every month.',
    'Compliance helped write the launch criteria at the kickoff.',
    'We never brief compliance after the fact; they sit in the design review.',
    'If a rollback is ever needed, model risk decides it with us.',
    '上线前，模型风险团队完成了独立验证，法务审核了告知文案。',
    '合规审核通过之后，我们才分批上线。',
    '发现问题当天就通知了模型风险团队，一起决定是否回滚。',
    '上线后由模型风险团队每月复核漂移指标。',
    'MRM validation 完成后才 go-live。',
  ],
);

table(
  'reformer-narrative',
  { template: 'value-prop-memo', section: 'track-record', company: 'jpmorgan' },
  [
    'I got our fraud models exempted from the independent validation queue.',
    'The approval committee was slow, so I routed our launches around it.',
    'I persuaded the CRO to waive the second-line review for my team.',
    'I would streamline the bank\'s model approval process by removing the committee step.',
    'I turned model risk into a rubber stamp for my launches.',
    'I will bring a disruptor\'s mindset to your risk culture.',
    '我说服主管豁免了我们团队的模型验证排队。',
    '我会把上线前的验证改成上线后抽查。',
    '我要带来互联网的速度，打破这些条条框框。',
  ],
  [
    'With MRM, I moved the evidence pack to design review and cut validation from 12 weeks to 7.',
    'I cut review time by preparing the documentation validators ask for before the first meeting.',
    'After the fix was validated by MRM, we released it.',
    'We skipped lunch to finish the validation pack on time.',
    'I learned how each committee decides and brought them complete files.',
    '我和模型风险团队一起提前准备验证材料，审批周期从10周缩短到7周。',
    { text: 'I got our fraud models exempted from the independent validation queue.', company: 'fintech' },
  ],
);

table(
  'regulatory-reflex',
  { template: 'value-prop-memo', section: 'first-90-days', company: 'wells-fargo' },
  [
    'Month two: the savings nudge goes to 10,000 customers who opt in; month three: every checking account.',
    'We would switch the assistant on for branch staff first, then widen it to all customers once satisfaction holds.',
    'Day 30: 2% of transactions; day 60: a quarter; day 90: all of them.',
    '先在一家分行上线，第二个月推广到全部分行。',
    '一期覆盖白金卡会员，二期开放给全部持卡人。',
  ],
  [
    'Month two: MRM validates the model and legal approves the notices; month three: 10,000 customers; month four: everyone.',
    '合规确认告知文案、模型风险完成验证后，先在一家分行上线，再推广到全部分行。',
    'I grew approvals for small businesses from 40% to 55% across all branches.',
    'We would never turn a credit model on for everyone without a staged, approved plan.',
  ],
);
