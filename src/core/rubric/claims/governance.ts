// Governance actors in a sentence and when they act relative to an event (launch, go-live,
// release, a fix, a rollback, an incident, a complaint or a regulator's letter), read as a
// relation rather than a phrase:
//   - subordinate clauses set the order: what follows "after / once / following / when / post-"
//     (or precedes 之后 / 以后 / 后) happened first; what follows "before / prior to / until /
//     pre-" (or precedes 之前 / 前) happened later;
//   - sequence words make the order of the words the order of time: "X, then Y", "only then",
//     才, 然后, 再; "later", "the following week", 事后 attach to the action just before them;
//   - without an event, words of lateness ("retroactively", "at the very end", "already live",
//     补签) or of an early start ("from day one", "up front", 事先) decide.
// "Nobody from compliance looked at it until the first complaint" is late: the negation is the
// point. Telling risk when an incident is discovered is not late; telling them once it is
// resolved is. Pure: no node: imports, no DOM.
import { inRanges } from './negation';
import type { Range } from './negation';
import { matchesOf } from '../../text/regexMatches';

export type GovernanceActor = 'model-risk' | 'compliance' | 'legal' | 'fair-lending' | 'audit' | 'risk' | 'regulator' | 'monitoring' | 'explainability';
export type GovernanceTiming = 'before' | 'after' | 'ongoing' | null;
export type GovernanceEvent = 'launch' | 'fix' | 'rollback' | 'incident';

export interface GovernanceMention {
  actor: GovernanceActor;
  start: number;
  end: number;
  /** When they act relative to launch, a fix, a rollback or an incident, if the sentence says. */
  timing: GovernanceTiming;
  event: GovernanceEvent | null;
  negated: boolean;
}

const GOVERNANCE_ACTORS: [GovernanceActor, RegExp][] = [
  ['model-risk', /\b(?:(?:catch-up|retroactive|late|after-the-fact|back-?dated) (?:validation|review|sign-?off|approval)|model[- ]risk(?: management| team| office| partners?| group| reviewers?| committee)?|MRM|model validation(?: team| group)?|independent(?:ly)? validat\w+|validation (?:team|report|sign-?off)|validators?|second[- ]line|2nd[- ]line)\b|模型风险|模型验证|独立验证/gi],
  ['fair-lending', /\bfair[- ]lending(?: team| counsel| review| test(?:ing)?| analysis)?\b|\b(?:disparate[- ]impact|fairness|bias) (?:test(?:s|ing)?|analysis|review|checks?|audits?)\b|公平(?:借贷|信贷)|公平性(?:测试|评估|审查|检查)|偏差(?:测试|审查)/gi],
  ['compliance', /\bcompliance(?: team| officers?| partners?| review)?\b|合规/gi],
  ['legal', /\b(?:legal(?: team| review)?|counsel|lawyers?|attorneys?)\b|法务|律师/gi],
  ['audit', /\b(?:internal )?audit(?:ors?|s)?\b(?![- ](?:trails?|logs?|records?|ready|history|evidence))|审计(?!记录|日志|轨迹|留痕)/gi],
  ['risk', /\b(?:risk (?:team|management|officers?|partners?|committee|review)|CRO|chief risk officer|risk)\b|风控|风险管理/gi],
  ['regulator', /\b(?:regulators?|OCC|CFPB|the Fed|examiners?)\b|监管(?:机构|部门)?/gi],
];

/**
 * Controls whose timing counts like a partner's: monitoring of a model (drift, fairness, bias,
 * performance, stability, data quality), and explainability (reason codes, SHAP, adverse-action
 * reasons, 可解释性). Not a governance actor — a sentence naming only one
 * still names no partner (launch-signoff) — but monitoring set up only after launch or after an
 * incident is governance bolted on after the fact.
 */
const CONTROLS: [GovernanceActor, RegExp][] = [
  [
    'monitoring',
    /\b(?:(?:model|drift|fairness|bias|performance|data[- ]quality|stability|population[- ]stability|PSI|disparate[- ]impact|outcome|score|feature|production|ongoing|continuous|real-time|automated)\s+)*monitor(?:ing|s)\b(?!\s+(?:team|group)\b)|\b(?:drift|fairness|bias|PSI|stability) (?:alerts?|alarms?|dashboards?|checks?|tracking)\b|(?:漂移|模型|公平性|偏差|性能|效果|稳定性|数据质量|线上|持续|自动)?(?:监控|监测)(?:看板|告警|报警|体系|机制)?/gi,
  ],
  // Explanations of each decision (reason codes, SHAP, adverse-action reasons): built in before launch, or late.
  ['explainability', /\b(?:explainab\w*|interpretab\w*|SHAP|LIME|reason codes?|adverse[- ]action (?:notices?|reasons?|codes?|letters?))\b|可解释性?|原因码|拒绝原因|不利行动通知/gi],
];
/** Putting a control in place (not running one): "added", "set up", 加上, 搭建. */
const SETUP =
  /\b(?:add(?:ed|ing|s)?|set(?:ting)? up|sets up|introduc\w+|buil[dt]\w*|bolt(?:ed|ing)? on|turn(?:ed|ing)? on|switch(?:ed|ing)? on|implement\w*|put (?:it |them )?in place|stood up|stand(?:ing)? up|start(?:ed|ing)?|beg[au]n|wir(?:ed|ing) up|instrument\w*|establish\w*|creat(?:ed|ing)|writ(?:ten|ing)|wrote|draft(?:ed|ing)|got (?:around to|round to|added|built|set up|switched on|turned on)|went in(?:to place)?|came in)\b|加上|加了|补上|补了|补做|补建|上了|搭建|搭了|搭好|建立|建了|引入|接入|开始|增加了|加装|配置了|部署了/i;
/** Setting a control up late without naming the event: "added monitoring later", 后来才加上. */
const LATE_SETUP =
  /\b(?:add(?:ed)?|set up|introduced|built|bolted on|turned on|implemented|put in place|stood up|started|began|wired up|instrumented)\b[^.;]{0,40}\b(?:later|afterwards?|eventually|after the fact|retroactively|once (?:things|everything|it|the (?:model|system|dust)) (?:had |has )?(?:settled|stabili[sz]ed|calmed(?: down)?|quieted down))\b|\b(?:later|afterwards?|eventually|only then|finally|belatedly)\b[^.;]{0,25}\b(?:added|set up|introduced|built|bolted on|turned on|implemented|put in place|stood up|started|began)\b|\bbolted on\b|后来才|之后才|事后(?:才)?(?:加|补|搭|建|上)|才(?:加上?|补上?|搭建?|建立|上了|引入|接入|开始|有了)|补上|补了|补做|补建/i;

interface Ev {
  type: GovernanceEvent;
  start: number;
  end: number;
  /** An incident discovered ("the gap appeared"), not yet resolved: reporting it then is on time. */
  discovery: boolean;
  /** A complaint, regulator's letter or audit finding: late only with a word of lateness. */
  external: boolean;
}

const EVENTS: [GovernanceEvent, RegExp][] = [
  ['rollback', /\broll(?:ed|ing|s)?(?: it| the \w+| them)?[- ]?back\b|\brollbacks?\b|\brevert(?:ed|ing|s)?\b|回滚|回退|切回|换回|恢复(?:到)?旧版/gi],
  ['fix', /\b(?:hot-?fix(?:ed|es)?|fix(?:ed|es)?|patch(?:ed|es)?)\b|修复|补丁/gi],
  [
    'incident',
    /\b(?:incidents?|outages?|breach(?:es)?|(?:customer |first |a )?complaints?(?! rates?)|regulator'?s? letter|(?:audit|exam) findings?|MRAs?|(?:audit|auditors) flagged|complain(?:ed|s)|went wrong|broke|misfired)\b|事故|故障|投诉(?!率)|监管(?:函|来函|问询|处罚)|整改|线上问题|出了?(?:问题|事)/gi,
  ],
  [
    'launch',
    /\b(?:launch(?:es|ed|ing)?|go-?live|went live|gone live|goes live|(?:was|were|is|are|been|being|already|went|go|it's) live|rollouts?|roll(?:ed|ing)? (?:it |them )?out|releas(?:e|ed|es|ing)|deploy(?:ed|ing|ment|ments|s)?|ship(?:ped|ping)?|pilot|beta|(?:in|into|to) production|serving (?:customers|applicants|decisions)|(?:began|started|begun) (?:scoring|serving|deciding|approving|declining)|push(?:ed)? (?:the |an? )?(?:update|change|model|new version)|(?:push|put|flip|switch|turn)(?:ed|ing|s)? (?:it |them |the [\w-]+ )?(?:live|to production|into production)|turned (?:it |them |the [\w-]+ (?:[\w-]+ )?)?on)\b|上线|发布|投产|部署|全量|灰度|运行/gi,
  ],
];

const PRIOR_EN = /\b(?:after|once|following|as soon as|since|upon|when)\b|\bpost-(?=\w)/gi;
const LATER_EN = /\b(?:before|prior to|ahead of|until|till)\b|\bpre-(?=\w)/gi;
/** A subordinate clause runs to a break, or to a new subject after its first word. */
const SCOPE_END_EN = /[,;:—–。，；：]|\s(?:we|I|they|he|she|our|my|then|and then|so)\b/gi;
const PRIOR_ZH = /(?:之后|以后|(?<![然随最落背前之以过午日今])后(?![来面续期台端果]))/g;
const LATER_ZH = /(?:之前|以前|(?<=上线|发布|投产|部署|试点|灰度|回滚|全量|launch|Launch|rollout|go-live|开发|建模|立项)\s?前)/g;
const BREAK_ZH = /[，,；;。：:、]/;
/** Between two actions: the words' order is the order in time. */
const SEQUENCE_BETWEEN = /\b(?:then|only then|and then|after that|next|subsequently|afterwards?|finally|eventually)\b|然后|随后|接着|之后[，,]|才|再(?!次)/gi;
/** After an action: that action came later. */
const SEQUENCE_TRAILING =
  /\b(?:later|afterwards?|eventually|subsequently|the following (?:day|week|month|quarter|sprint)|the next (?:day|week|month|quarter|sprint)|(?:\w+|a|a few|several) (?:days?|weeks?|months?|quarters?) (?:later|after(?:wards)?|into production|in)|(?:only|not until|no earlier than) (?:in|at|on|by|during) (?:the )?(?:(?:next|following|same) )?(?:autumn|fall|summer|winter|spring|January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|(?:first|second|third|fourth|last) quarter|year[- ]end|end of the (?:year|quarter)|audit|exam))\b|事后|随后|最后/gi;

const LATE =
  /\b(?:told|briefed|notified|informed|looped in|brought in|involved|updated|alerted|sent|let \w+(?: \w+){0,3} know)\b[^.;]{0,40}\b(?:later|afterwards?|eventually|weeks later|days later)\b|\b(?:later|afterwards?|eventually|only then|and then) (?:told|briefed|notified|informed|looped in|brought in|involved|updated|alerted|let)\b|\bafter the fact\b|\bretroactive\w*|\bcatch-up\b|\bback-?dated\b|\bat the (?:very )?end\b(?! of (?:each|every|the (?:pilot|beta|shadow|design|week|month|quarter|day|sprint|review)))|\bonce (?:things|everything|the dust) (?:had |have )?(?:calmed|settled)(?: down)?\b|\balready (?:live|in production|serving|running|launched|shipped|deployed)\b|\bhad (?:already )?been (?:live|running|in production)\b|\bfirst (?:saw|heard|learned|found out|looked)\b|\bonly (?:found out|heard|learned|saw)\b|补签|补批|补办|补做|补了|补齐|补交|补写|事后|先斩后奏|最后才|已经(?:上线|服务|运行|在用|跑了)|已上线|才(?:通知|告诉|找|拉上?|让|补|请|过了一遍|知道|发现|做|开始|进行|完成|跑|给)/i;
/** What LATE cannot match without (a necessary condition tested first; see stanceNeeds.test.ts). */
const LATE_HINT = /later|afterward|eventually|only then|and then|after the fact|retroactive|catch-up|dated|\bend\b|\bonce |already|\bbeen |\bfirst |\bonly |补|事后|先斩后奏|已经|已上线|才/i;
const NOT_ACTOR_AFTER =
  /^(?:[\s-]+(?:dashboards?|frameworks?|programs?|programmes?|training|costs?|burden|metrics?|KPIs?|standards?|tiers?|ratings?|scores?|trails?|logs?|tooling|software|systems?|stage|phase)\b)|^(?:成本|框架|培训|指标|系统|工具|阶段)/i;
/** Lateness that outweighs an approval: "signed off retroactively", 补签. */
/** Working with them on what follows ("documented the rollback with MRM"): a partner, not an audience. */
const PARTNER_BEFORE = /\b(?:with|jointly with|together with|alongside|and)\s+(?:the |our )?$|和|与|跟|同/i;
const LATE_STRONG = /\bafter the fact\b|\bretroactive\w*|\bback-?dated\b|\bbackfill\w*|\bcatch-up\b|\bwaiv(?:e|ed|ing)\b|\b(?:documented|wrote (?:it )?up|papered)\b[^.;]{0,20}\b(?:later|afterwards)\b|补签|补批|补办|补做|补齐|补交|补写|事后|先斩后奏/i;
const EARLY =
  /\bup ?front\b|\bfrom (?:day one|the (?:start|outset|beginning|first (?:day|week|sprint))|(?:the )?(?:design|kickoff|kick-off|scoping|problem framing|concept|ideation|discovery)(?: stage| phase)?)\b|\bat (?:the )?(?:design|kickoff|kick-off|start|outset)\b|\bin the (?:design|planning|scoping) (?:review|phase|stage)\b|\bdesign review\b|\bkick-?off\b|\bweek (?:one|1)\b(?! (?:after|of (?:production|launch|go-live|the (?:launch|pilot|rollout))|in production|post|live))|\bfirst (?:week|sprint|day)\b(?! (?:after|of (?:production|launch|go-live|the (?:launch|pilot|rollout))|in production|post|live))|\bduring (?:design|scoping|planning|development)\b|\bin advance\b|\bbeforehand\b|\bearly in (?:development|the project|design)\b|\bpre-mortem\b|一开始|设计阶段|设计评审|需求阶段|方案阶段|从第一天|事先|提前|立项|(?<!后|上线|投产)第一周/i;
/**
 * The start of a clause with no subject of its own: a past participle or a partner phrase
 * ("reviewed with", "signed off by", "shared with", "with", 和…一起, 由). It modifies the clause
 * before it.
 */
const REDUCED_CLAUSE = /^\s*(?:(?:and |then )?(?:(?:review|check|discuss|shar|validat|sign|approv|examin|report|assess|challeng|overs)\w*|seen|overseen|done|gone over|read)\b(?:\s+(?:off|out|through|over))?\s+(?:(?:each|every|once a) \w+ )?(?:with|by|alongside|together with|jointly with)\b|(?:with|alongside|together with|jointly with)\b)|^(?:和|与|跟|同|由)/i;
/** A cadence: review that recurs after launch by design ("model risk reviews drift monthly"). */
const CADENCE = /\b(?:weekly|monthly|quarterly|(?:every|each|per) (?:\w+ )?(?:week|month|quarter|year|release|cycle)s?|ongoing|continu\w*|revalidat\w*|re-?validat\w*|annual(?:ly)?|periodic\w*|scheduled|as planned|planned review|regularly|re-?review|standing|whenever)\b|每月|每周|每天|每日|每季度|每个月|每半年|每(?:[两二三四五六\d]+|隔)(?:个)?(?:周|月|天|季度|星期)|按(?:月|季度|年|周)|定期|持续|年度|按计划|例行/i;
/** Monitoring topics: ongoing unless the sentence tells a one-off, late involvement. */
const MONITORING = /\b(?:monitor\w*|drift|sample[sd]?|spot[- ]checks?|escalat\w*)\b|监控|抽查|抽检/i;
const ONE_OFF = /\b(?:told|briefed|notified|(?<!kept [\w-]+ )informed|looped in|brought in|involved|walked|got (?:their )?sign-?off|asked for (?:approval|sign-?off)|first|only|start(?:ed|s)?|began|begun|beg[iu]n|set up|introduced|added|kicked off|put in place|stood up)\b|才|补|通知|告诉|通报|开始/i;
const ONGOING = new RegExp(`${CADENCE.source}|${MONITORING.source}`, 'i');
/** Telling a partner about something already done: "forwarded it to compliance", "sent MRM a summary". */
const TOLD_BEFORE_G = /\b(?:told|briefed|notified|informed|looped in|brought in|let|sent|forwarded|emailed|shared|wrote (?:up|to)|copied|cc'?d|walked|updated|gave|handed)\b[^.;]{0,50}$|(?:通知|告诉|通报|抄送|转发|发给|汇报|报告给?)[^。；]{0,10}$/i;
/** A completed action, told as a past event. */
const PAST_EVENT = /ed\b|\b(?:went live|shipped|rolled back|hotfixed|patched|fixed|launched|deployed|released)\b|了/i;
const RESOLVED = /\b(?:closed|over|resolved|contained|mitigated|done|finished|complete|fixed|wrapped up|behind us|handled|cleaned up|settled)\b|处理完|结束|解决|平息|修复完/i;
const DISCOVERY = /\b(?:appeared|surfaced|detected|spotted|found|noticed|showed up|emerged|alerted?|first signs?|flagged)\b|发现|出现|报警/i;
const APPROVES = /\b(?:approv\w*|sign(?:ed|s)? off(?: on)?|signed-off|green-?lit|green-?light\w*|clear(?:ed|s)?|gated|gate[sd]?|validat\w*|agreed)\b|批准|同意|签字|审批|验证|把关/i;
/** A partial launch: reviewing its results is the gate before going wider, not an afterthought. */
const PARTIAL_LAUNCH = /^(?:pilot|beta|灰度|试点)$|shadow/i;
/** A pilot that went to everyone ("after the pilot went to all customers", 试点全量): no longer partial. */
const WIDENED = /^[^.;,]{0,30}?\b(?:to|across|for) (?:all|every|everyone|everybody|the (?:whole|full|entire))\b|^[^。；，]{0,10}?(?:全量|全部客户|所有客户|全体客户)/i;
const NEGATED_UNTIL = /\b(?:no ?one|nobody|never|not|n't|no)\b|没有|没|从未|未/i;

/**
 * Built or run only later, said of the mention itself: an adding verb before it and a word of
 * lateness after it in the same clause ("we added explainability later", "ran the fairness review
 * afterwards"), the mention then "was added later", or an afterthought (可解释性是后来才补上的).
 */
const ADD_BEFORE =
  /(?:\b(?:add(?:ed|ing)?|bolt(?:ed|ing)? on|retrofitt?(?:ed|ing)?|tack(?:ed|ing)? on|layer(?:ed|ing)? on|introduc(?:ed|ing)|put in|brought in|ran|run|did|wrote|generated)\s+(?:in\s+)?(?:the |an? |some |our |basic |simple |post-hoc )?(?:[\w-]+\s+){0,2})$/i;
/** Lateness first, then the adding verb: "later we added reason codes", 后来才加上了可解释性. */
const LATE_THEN_ADD =
  /(?:\b(?:later|afterwards?|eventually)\s+(?:(?:we|I)\s+)?(?:added|bolted on|retrofitted|tacked on|layered on|introduced|ran|did)\s+(?:[\w-]+\s+){0,3}|(?:后来|事后|最后|之后)才?(?:加上?|补上?|增加|引入|补做|做|跑)了?[^，。；,;]{0,6})$/i;
/** A word of lateness after the mention, in its clause: needs an adding verb before the mention. */
const LATE_WORD_AFTER =
  /^[^.;,，。；]{0,30}?\b(?:later(?! (?:on )?(?:in|that|the) (?:design|development|build))|afterwards?|after the fact|eventually|post-launch|post-hoc|as an afterthought)\b/i;
/** The mention then says it came late itself: "…were bolted on afterwards", "…was an afterthought", 是后来才补上的. */
const LATE_SELF_AFTER =
  /^(?:[^.;,]{0,40}?\s(?:was|were|got|came|had been)\s+(?:only\s+)?(?:added|bolted on|retrofitted|tacked on|layered on|introduced|built|done|run|written)\b[^.;,]{0,20}?\b(?:later|afterwards?|after the fact|eventually|post-launch)\b|[^.;,]{0,40}?\s(?:was|were) (?:just |only )?(?:an? )?afterthought|[^，。；,;]{0,8}(?:是)?(?:后来|事后|最后)才?(?:加|补|做|跑|引入))/i;

function addedLate(text: string, g: { start: number; end: number }, negated: Range[]): boolean {
  const lead = LATE_THEN_ADD.exec(text.slice(Math.max(0, g.start - 50), g.start));
  if (lead && !inRanges(negated, g.start - lead[0].length, g.start)) return true;
  const tail = text.slice(g.end, g.end + 80);
  const own = LATE_SELF_AFTER.exec(tail);
  const after = own ?? LATE_WORD_AFTER.exec(tail);
  if (!after) return false;
  const cueAt = g.end + after.index + after[0].length - 1;
  if (inRanges(negated, cueAt, cueAt + 1)) return false;
  return own !== null || ADD_BEFORE.test(text.slice(Math.max(0, g.start - 50), g.start));
}

interface Scope {
  start: number;
  end: number;
  /** 'prior': its content happened first; 'later': its content happened after the rest. */
  order: 'prior' | 'later';
  until: boolean;
}

function enScopeEnd(text: string, from: number): number {
  SCOPE_END_EN.lastIndex = from;
  for (let m = SCOPE_END_EN.exec(text); m; m = SCOPE_END_EN.exec(text)) {
    // A subject right after the marker belongs to the clause ("after we launched").
    if (/^\s/.test(m[0]) && text.slice(from, m.index).trim().length === 0) continue;
    return m.index;
  }
  return text.length;
}

function scopesOf(text: string, actors: Range[]): Scope[] {
  const out: Scope[] = [];
  for (const [re, order] of [
    [PRIOR_EN, 'prior'],
    [LATER_EN, 'later'],
  ] as const) {
    re.lastIndex = 0;
    for (const m of matchesOf(re, text)) {
      const from = m.index + m[0].length;
      const prefix = m[0].endsWith('-');
      // "after two weeks": a span of time, not a clause.
      const span = /^\s+(?:(?:a|an|one|two|three|four|five|six|eight|ten|twelve|several|a few|\d+)\s+)(?:full\s+)?(?:days?|weeks?|months?|quarters?|years?|hours?)\b(?:\s+(?:(?:in|of|into)\s+(?:production|market|operation|the wild|service|use)|(?:of\s+)?(?:running|being\s+)?live|post-launch|after\s+(?:launch|go-live)))?/i.exec(text.slice(from));
      const end = prefix ? from + (/^[\w-]+/.exec(text.slice(from))?.[0].length ?? 0) : span ? from + span[0].length : enScopeEnd(text, from);
      out.push({ start: m.index, end, order, until: /^(?:until|till)$/i.test(m[0]) });
    }
  }
  if (/[\u4e00-\u9fff]/.test(text)) {
    for (const [re, order] of [
      [PRIOR_ZH, 'prior'],
      [LATER_ZH, 'later'],
    ] as const) {
      re.lastIndex = 0;
      for (const m of matchesOf(re, text)) {
        let s = m.index;
        while (s > 0 && !BREAK_ZH.test(text[s - 1] ?? '')) s--;
        // "Fairness testing 是上线后…": the clause of 后 starts after the actor named before it.
        for (const [, b] of actors) if (b <= m.index && b > s) s = b;
        out.push({ start: s, end: m.index + m[0].length, order, until: false });
      }
    }
    // 直到…才: what follows 直到 is when the action finally happened.
    for (const m of matchesOf(/直到/g, text)) {
      let e = m.index;
      while (e < text.length && !BREAK_ZH.test(text[e] ?? '') && text[e] !== '才') e++;
      out.push({ start: m.index, end: e, order: 'prior', until: false });
    }
  }
  return out;
}

/**
 * A launch held back rather than made: "delay the launch", "postponed go-live", "the release was
 * put on hold", 推迟上线, 暂缓发布. Nothing launched, so what follows it in the sentence ("retrain,
 * then resubmit for independent validation") comes before launch, not after it.
 */
const HELD_BEFORE =
  /(?:\b(?:delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|push(?:es|ed|ing)? back|hold(?:s|ing)? (?:off|back)(?: on)?|held (?:off|back)(?: on)?|hold(?:s|ing)?|held|defer(?:s|red|ring)?|cancel(?:s|led|ed|ling|ing)?|call(?:s|ed|ing)? off|scrap(?:s|ped|ping)?|shelv(?:e|es|ed|ing)|block(?:s|ed|ing)?)\s+(?:the |our |its |a |this |that |their |my )?(?:[\w-]+\s+){0,2}|(?:推迟|延迟|延后|推后|暂缓|暂停|叫停|停止|取消|搁置|冻结|拦下|拦住)了?)$/i;
const HELD_AFTER =
  /^(?:\s+(?:date\s+)?(?:was|were|is|got|had been|has been|would be)\s+(?:\w+\s+)?(?:delayed|postponed|pushed back|put on hold|on hold|held|deferred|cancell?ed|called off|scrapped|shelved|blocked)\b|\s+(?:on hold|delay|postponement)\b|(?:时间|日期|计划|窗口)?(?:被|也)?(?:推迟|延迟|延后|推后|暂缓|暂停|叫停|取消|搁置|冻结))/i;
/** What a held launch cannot be said without (tested first, so most sentences skip the scan). */
const HELD_HINT = /delay|postpon|push\w* back|hold|held|defer|cancel|call\w* off|scrap|shelv|block|推迟|延迟|延后|推后|暂缓|暂停|叫停|停止|取消|搁置|冻结|拦/i;

function heldAt(text: string, start: number, end: number): boolean {
  return HELD_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || HELD_AFTER.test(text.slice(end, end + 40));
}

function eventsOf(text: string): Ev[] {
  const out: Ev[] = [];
  const taken: Range[] = [];
  const launch = EVENTS.find(([t]) => t === 'launch')?.[1];
  let held = false;
  if (launch && HELD_HINT.test(text)) {
    launch.lastIndex = 0;
    for (const m of matchesOf(launch, text)) if (heldAt(text, m.index, m.index + m[0].length)) held = true;
  }
  for (const [type, re] of EVENTS) {
    re.lastIndex = 0;
    for (const m of matchesOf(re, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (inRanges(taken, start, end)) continue;
      // "cross-validation", "validation set": not governance; "complaint rate": a metric.
      taken.push([start, end]);
      if (type === 'launch' && heldAt(text, start, end)) continue;
      // With the launch held, a fix in the same sentence is rework before launch, not a patch to a live model.
      if (type === 'fix' && held) continue;
      const near = text.slice(start, Math.min(text.length, end + 40));
      const external = type === 'incident' && /complaint|letter|finding|MRA|flagged|投诉|监管函|整改/i.test(m[0]);
      const discovery = type === 'incident' && !external && DISCOVERY.test(text.slice(Math.max(0, start - 30), end + 30)) && !RESOLVED.test(near);
      out.push({ type, start, end, discovery, external });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const inside = (s: Scope, a: number, b: number): boolean => a >= s.start && b <= s.end;

/** Whether the governance mention [gs, ge) acts before or after the event, or null if the sentence does not say. */
interface Relation {
  timing: 'before' | 'after';
  /** The order came from negating the actor ("compliance was not consulted before launch"). */
  throughNegation: boolean;
}

const INVOLVE = /\b(?:consult\w*|involv\w*|tell|told|brief\w*|ask\w*|loop\w*|review\w*|see|saw|seen|sign\w*|approv\w*|check\w*|hear\w*|know\w*|aware|look\w*|engag\w*|inform\w*|notif\w*)\b|通知|告诉|参与|审核|看过|知道|签字|批准/i;

/** The actor's own clause denies their involvement ("Compliance was not consulted", "we never told risk"). */
function involvementNegated(text: string, negated: Range[], gs: number, scopeStart: number): boolean {
  return negated.some(([a, b]) => a < scopeStart && b > gs - 40 && INVOLVE.test(text.slice(a, b)));
}

function relation(text: string, scopes: Scope[], negated: Range[], gs: number, ge: number, ev: Ev, gNegated: boolean): Relation | null {
  for (const s of scopes) {
    const eIn = inside(s, ev.start, ev.end);
    const gIn = inside(s, gs, ge);
    if (eIn === gIn) continue;
    if (s.until) {
      // "Nobody from compliance looked until the first complaint": they acted only at the event.
      // "We did not launch until compliance signed off": the launch waited for them.
      if (gIn) return { timing: 'before', throughNegation: false };
      const mainNegated = gNegated || NEGATED_UNTIL.test(text.slice(Math.max(0, gs - 40), s.start));
      return { timing: mainNegated ? 'after' : 'before', throughNegation: mainNegated };
    }
    let timing: 'before' | 'after' = s.order === 'prior' ? (eIn ? 'after' : 'before') : eIn ? 'before' : 'after';
    // "We did not launch before compliance approved", "Compliance was not consulted before launch":
    // a negated main clause turns the order round.
    const outsideNegated = eIn ? involvementNegated(text, negated, gs, s.start) : inRanges(negated, ev.start, ev.end);
    if (s.order === 'later' && outsideNegated) {
      timing = timing === 'before' ? 'after' : 'before';
      return { timing, throughNegation: eIn };
    }
    return { timing, throughNegation: false };
  }
  const [a, b] = ev.start < gs ? [ev.end, gs] : [ge, ev.start];
  const between = text.slice(a, b);
  SEQUENCE_BETWEEN.lastIndex = 0;
  if (SEQUENCE_BETWEEN.test(between) && !/[;；。]/.test(between)) return { timing: ev.start < gs ? 'after' : 'before', throughNegation: false };
  // "Model risk approved the rollout", 合规批准全量上线: an approval of the event is its gate.
  if (gs < ev.start && APPROVES.test(between) && between.length < 50) return { timing: 'before', throughNegation: false };
  // "We shipped the fix and briefed compliance the following week": a trailing "later" belongs
  // to the action nearest before it.
  SEQUENCE_TRAILING.lastIndex = 0;
  for (const m of matchesOf(SEQUENCE_TRAILING, text)) {
    if (m.index < Math.max(ev.end, ge)) continue;
    if (/[;；。]/.test(text.slice(Math.min(ev.start, gs), m.index))) continue;
    return { timing: gs > ev.start ? 'after' : 'before', throughNegation: false };
  }
  return null;
}

/** The governance actors a sentence names, each with when it acts. `negated` are the sentence's negation ranges. */
export function governanceOf(text: string, negated: Range[]): GovernanceMention[] {
  return timedMentions(text, negated, GOVERNANCE_ACTORS, false);
}

/**
 * The controls a sentence names (monitoring, actor 'monitoring'), each with when it was put in
 * place: 'after' only when the sentence sets it up ("added drift monitoring three months after
 * launch", "set up monitoring after the outage", 上线后才加上漂移监控) after launch, a fix, a
 * rollback or any incident; monitoring that runs after launch ("after launch, drift monitoring
 * caught a shift") is 'ongoing'.
 */
export function controlsOf(text: string, negated: Range[]): GovernanceMention[] {
  return timedMentions(text, negated, CONTROLS, true);
}

function timedMentions(text: string, negated: Range[], actors: [GovernanceActor, RegExp][], control: boolean): GovernanceMention[] {
  const out: GovernanceMention[] = [];
  const taken: Range[] = [];
  for (const [actor, re] of actors) {
    re.lastIndex = 0;
    for (const m of matchesOf(re, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (inRanges(taken, start, end)) continue;
      // "risk" alone is governance only as a team ("told risk", "risk signed off").
      if (actor === 'risk' && /^risk$/i.test(m[0]) && !/\b(?:told|tell|briefed|brief|notified|informed|looped in|brought in|asked|with|to|and|by|let)\s+$/i.test(text.slice(Math.max(0, start - 14), start)) && !/^\s+(?:signed|approved|agreed|reviewed|joined|asked|said|required|team|got|received|heard|was (?:told|given|briefed))\b/i.test(text.slice(end, end + 14))) continue;
      // "the compliance dashboard", "legal requirements", 合规要求: a thing, not the partner acting.
      if (!control && NOT_ACTOR_AFTER.test(text.slice(end, end + 24))) continue;
      // "the regulator's letter", 监管函: an event, not an actor in the room.
      if (actor === 'regulator' && /^(?:'s|’s|s')?\s?(?:letters?|exam(?:ination)?s?|findings?|inquiry|MRAs?)\b|^(?:函|来函|问询|处罚)/i.test(text.slice(end, end + 14))) continue;
      taken.push([start, end]);
      out.push({ actor, start, end, timing: null, event: null, negated: inRanges(negated, start, end) });
    }
  }
  if (out.length === 0) return out;
  const scopes = scopesOf(text, taken);
  const events = eventsOf(text).filter((e) => !inRanges(taken, e.start, e.end));
  const late = control ? LATE_SETUP.test(text) : LATE_HINT.test(text) && LATE.test(text);
  const early = EARLY.test(text);
  const oneOff = ONE_OFF.test(text);
  for (const g of out) {
    let best: { timing: 'before' | 'after'; ev: Ev; distance: number; throughNegation: boolean } | null = null;
    for (const ev of events) {
      const r = relation(text, scopes, negated, g.start, g.end, ev, g.negated);
      if (!r) continue;
      const distance = Math.abs(ev.start - g.start);
      // Acting before any event is a gate, even if they also act after another ("after the
      // pilot, MRM reviewed the results before the full rollout").
      const better = !best || (r.timing === 'before' && best.timing === 'after') || (r.timing === best.timing && distance < best.distance);
      if (better) best = { timing: r.timing, ev, distance, throughNegation: r.throughNegation };
    }
    // Narrative order: "We patched the bug on Friday; on Monday I forwarded a write-up to compliance."
    if (!best) {
      const told = TOLD_BEFORE_G.test(text.slice(Math.max(0, g.start - 60), g.start));
      const prior = told ? events.filter((ev) => ev.end <= g.start && !ev.discovery && !ev.external && PAST_EVENT.test(text.slice(ev.start, ev.end + 3))) : [];
      const ev = prior[prior.length - 1];
      if (ev && !scopes.some((s) => inside(s, ev.start, ev.end) || inside(s, g.start, g.end))) best = { timing: 'after', ev, distance: g.start - ev.start, throughNegation: false };
    }
    let timing: GovernanceTiming = null;
    let event: GovernanceEvent | null = null;
    if (best) {
      timing = best.timing;
      event = best.ev.type;
      if (timing === 'after') {
        // Reporting an incident as it is discovered is on time; a complaint or a letter is late
        // only with a word of lateness ("only", "first saw", "until").
        const cue = late || /\bonly\b|\buntil\b|\bfirst\b|\bfinally\b|\beventually\b|才|直到|终于/i.test(text);
        // An incident is late news only once it is over ("once the incident was closed").
        const incidentOver = best.ev.type === 'incident' && !best.ev.external && RESOLVED.test(text.slice(best.ev.start, best.ev.end + 40));
        // Telling a partner as an incident is found is on time; a control set up only after it is not.
        if (!control && best.ev.type === 'incident' && !best.ev.external && !incidentOver && !cue) timing = null;
        if (!control && (best.ev.discovery || (best.ev.external && !cue))) timing = null;
        // Reviewing a pilot's results is the gate before going wider; briefing them once it is over is not.
        const reviews = /^[^.;]{0,40}?\b(?:review\w*|approv\w*|sign\w* off|validat\w*|check\w*|assess\w*|decid\w*|confirm\w*|test\w*)\b|^[^。；]{0,12}(?:评审|审核|批准|验证|评估|决定)/i.test(text.slice(g.end));
        const partial = PARTIAL_LAUNCH.test(text.slice(best.ev.start, best.ev.end)) && !WIDENED.test(text.slice(best.ev.end));
        if (partial && !cue && reviews) timing = null;
        if (timing === 'after' && best.throughNegation) g.negated = false;
        if (timing === 'after' && !cue && best.ev.type !== 'launch' && PARTNER_BEFORE.test(text.slice(Math.max(0, g.start - 16), g.start))) timing = null;
        // "until" with a negated actor: the negation is the point.
        if (timing === 'after' && scopes.some((s) => s.until && inside(s, best.ev.start, best.ev.end))) g.negated = false;
      }
    }
    // Words of lateness outweigh an approval ("合规的签字是在上线以后补签的").
    if (timing === 'before' && !g.negated && LATE_STRONG.test(text)) timing = 'after';
    // Involved from the design stage, and after launch too: not an afterthought.
    else if (timing === 'after' && early && !LATE_STRONG.test(text)) timing = 'before';
    if (timing === null) {
      if (late && !early) timing = 'after';
      else if (early) timing = 'before';
    }
    // Built or run only later: "we ran the fairness review afterwards", 可解释性是后来才补上的.
    if (timing !== 'after' && !early && !g.negated && addedLate(text, g, negated)) timing = 'after';
    // A control that runs after launch, rather than being put in place then, was there all along.
    if (control && timing === 'after' && !SETUP.test(text)) timing = 'ongoing';
    // Review that recurs by design, in the actor's own clause: "after launch, model risk reviews drift monthly".
    if (!control && timing === 'after' && !oneOff) {
      const breakBefore = (at: number): number => Math.max(...[';', '；', '。', ',', '，', ':', '：'].map((c) => text.lastIndexOf(c, at))) + 1;
      let from = breakBefore(g.start);
      // A clause with no subject of its own ("…monthly since launch, reviewed with model risk",
      // 每月运行，和模型风险团队一起复核) modifies the clause before it: read the two together.
      if (from > 1 && REDUCED_CLAUSE.test(text.slice(from, g.start))) from = breakBefore(from - 2);
      const rest = text.slice(g.end).search(/[;；。,，:：]/);
      const clause = text.slice(from, rest < 0 ? text.length : g.end + rest);
      if (CADENCE.test(clause) || MONITORING.test(clause)) timing = 'ongoing';
    }
    if (timing === null && ONGOING.test(text)) timing = 'ongoing';
    g.timing = timing;
    g.event = event ?? (timing ? (events[0]?.type ?? null) : null);
  }
  return out;
}

/** For tests: the patterns that run only after a cheap necessary test, with that test. */
export function governanceNeedsForTests(): Array<{ pattern: RegExp; needs: RegExp[] }> {
  return [{ pattern: LATE, needs: [LATE_HINT] }];
}
