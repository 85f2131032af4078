// Stance claims: what the writer says about how they work with governance, read as claims
// (who acts, what they do, on what, when) rather than as slogans.
//   - move-fast: shipping a credit, fraud or underwriting model on a metric threshold or a
//     schedule, without validation, experimenting on live customers, or fixing in production and
//     telling risk afterwards;
//   - cynicism: regulation, compliance or review described as a drag, a formality or an obstacle;
//   - deference: doing whatever compliance, legal or risk says, never pushing back;
//   - deferred trade-off: handing a product decision (threshold, SLA, latency budget, cut-off,
//     precision against recall) to another team.
// A signal inside someone else's view, a quotation or a view the writer rejects is not the
// writer's claim; a negated action ("we never A/B test credit models") is not a claim either.
// Pure: no node: imports, no DOM. Cached by sentence text like the claim record.
import type { Range } from './negation';
import { matchesOf } from '../../text/regexMatches';

export type StanceSignal = 'move-fast' | 'cynicism' | 'deference' | 'deferred-tradeoff' | 'reformer';

export interface StanceClaim {
  signal: StanceSignal;
  /** Offsets relative to the sentence text: the words that carry the claim. */
  start: number;
  end: number;
  /**
   * deferred-tradeoff only: false when the sentence hands "it" or "that" over without naming the
   * decision; the kind then looks for the decision (threshold, SLA…) in the sentence before.
   */
  namesDecision?: boolean;
}

/** What the detectors read from the claim record. */
export interface StanceInput {
  text: string;
  negated: Range[];
  reported: Range[];
}

const src = (re: RegExp): string => re.source;

// ---------------------------------------------------------------------------------------------
// Building blocks

/** Putting a model in front of customers. */
const SHIP = /\b(?:ship(?:s|ped|ping)?|(?:re-?)?launch(?:es|ed|ing)?|(?:re-?)?deploy(?:s|ed|ing)?|(?:re-?)?releas(?:e|es|ed|ing)|push(?:es|ed|ing)?|promot(?:e|es|ed|ing)|roll(?:s|ed|ing)? (?:it |them |the \w+ )?out|go(?:es|ing)? live|went live|gone live|turn(?:s|ed|ing)? (?:[\w-]+ ){0,3}?on|switch(?:es|ed|ing)? (?:[\w-]+ ){0,3}?on|put (?:it |them |the \w+ )?(?:live|in(?:to)? production)|flip(?:s|ped|ping)? (?:it |the \w+ )?on|cut (?:it |them )?over|(?:get|got|put|getting|putting) (?:it |them |(?:the |a |our |an )?[\w-]+ (?:[\w-]+ ){0,2})?(?:in front of|out to|into the hands of) (?:real |live |paying )?(?:customers|users|applicants|members|cardholders|borrowers))\b/;
const SHIP_ZH = /\b(?:deploy|ship|launch|release|push|go live|production)\w*|上线|上生产|推到(?:了)?(?:线上|生产)|推上线|部署|投产|发布|放量|切换|替换(?:了)?旧模型|启用|全量/;
/** The object is a model that decides on customers (banks' concern), not a UI or an email. */
const MODEL_OBJECT =
  /\b(?:models?|scorecards?|scor(?:e|es|ing)|algorithm|underwriting|credit|lending|loans?|limits?|pricing|APR|fraud|decision(?:ing)? engine|cut-?offs?|thresholds?|approvals?|declines?)\b|模型|评分|额度|授信|信贷|贷款|风控|定价|利率|审批|阈值|反欺诈/i;
const METRIC = /\b(?:AUC|AUROC|Gini|KS|accuracy|precision|recall|F1|lift|log-?loss|offline (?:metrics?|results?|numbers?|scores?)|back-?test(?:s|ing)?|test[- ]set (?:score|results?|metrics?)|metrics?|it (?:beat|outperformed)|(?:beat|outperformed) the (?:old|current|incumbent|existing|legacy))\b|AUC|KS|准确率|召回率|精确率|指标|离线效果/i;
const GATE_WORD =
  /\b(?<!cross[- ])(?:validat(?:ed|ion|ing|or|ors)(?![- ](?:set|data|sample|split|fold|loss|score|metrics?|AUC|results?))|model[- ]risk|MRM|compliance|legal|fair[- ]lending|sign(?:ed)?[- ]off|approv(?:al|ed) (?:by|from)|second[- ]line|shadow|champion[- ]challenger|pilot|audit)\b|验证|模型风险|合规|法务|签字|影子|冠军|挑战者|试点/i;
/** People on the other end of a live experiment. */
const LIVE_PEOPLE = /\b(?:live|real|actual|production|paying|existing|new) (?:customers|applicants|applications|borrowers|traffic|users|members|cardholders|accounts|decisions|money)\b/i;

const globals = new Map<RegExp, RegExp>();
/** The first match of re at or after `from` (a global copy of re is built once and reused). */
function firstMatch(re: RegExp, text: string, from = 0): RegExpExecArray | null {
  let g = globals.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    globals.set(re, g);
  }
  g.lastIndex = from;
  return g.exec(text);
}

// ---------------------------------------------------------------------------------------------
// move-fast

const MOVE_FAST_EN: RegExp[] = [
  // Shipped on a metric threshold: "pushed to production as soon as the AUC cleared 0.85".
  new RegExp(
    `(?:${src(SHIP)})[^.;]{0,60}?\\b(?:as soon as|once|when|the (?:same )?(?:moment|minute|day|week)|right after|immediately after|the instant|if|whenever)\\b[^.;]{0,25}?(?:${src(METRIC)})`,
    'i',
  ),
  new RegExp(
    `\\b(?:once|when|as soon as|the (?:moment|minute|day|week)|after|if)\\b[^.;]{0,25}?(?:${src(METRIC)})[^.;]{0,40}?\\b(?:cleared|passed|crossed|hit|reached|beat|topped|exceeded|got (?:above|past|over)|went (?:above|over|past)|was above|came in above|looked good|looked better)\\b[^.;]{0,50}?(?:${src(SHIP)})`,
    'i',
  ),
  // On a schedule: "a new version of the underwriting model every two-week sprint".
  new RegExp(
    `(?:${src(SHIP)})[^.;]{0,60}?\\b(?:every|each) (?:[\\w-]+ ){0,2}?(?:day|night|week|sprint|friday|monday|release|weeks|few days|release train)s?\\b|(?:${src(SHIP)})[^.;]{0,60}?\\b(?:weekly|daily|nightly|twice a week|on a (?:weekly|daily|two-week) (?:cadence|cycle|basis))\\b`,
    'i',
  ),
  // Iterating fast on a model: "rapid iteration", "ship, measure, iterate".
  /\b(?:iterat\w*|experiment\w*|ship\w*|releas\w*|(?:re)?deploy\w*|retrain\w*|push\w*) (?:it |them |the model |models |updates |changes )?(?:very |really )?(?:quickly|rapidly|fast|often|continuously|constantly|aggressively|frequently)\b|\b(?:rapid|quick|fast|fast-paced|continuous|constant|agile|aggressive|frequent|weekly|daily) (?:iteration|iterations|iterating|releases?|experimentation|experiments|deployments?|re-?deploys?|shipping|release cycles?|model (?:updates|releases|pushes|changes))\b|\b(?:two|2|one|1)-week sprints?\b[^.;]{0,40}\b(?:ship|releas|deploy|iterat|pivot|push)\w*|\bship,? (?:measure|learn|iterate)\b|\bbuild[- ]measure[- ]learn\b/i,
  // Iterating on the model with live customers, then fixing: "ship and iterate weekly based on what customers do".
  new RegExp(
    `(?:${src(SHIP)})[^.;]{0,50}?\\b(?:and|then|,)\\s(?:then\\s)?(?:iterat\\w+|tun\\w+|tweak\\w*|adjust\\w*|refin\\w+|learn\\w*|improv\\w+)\\b[^.;]{0,40}?\\b(?:later|afterwards|as (?:we|it|they) (?:go|went|came)|along the way|in production|on live|on (?:the )?(?:live|real)|weekly|daily|every (?:week|day|sprint)|(?:as|when) (?:the )?(?:results|data|complaints|losses|feedback|customers)|based on (?:what|how|live|real|customer))`,
    'i',
  ),
  // Experiments on live customers' credit decisions.
  new RegExp(
    `\\b(?:A\\/?B[- ]?test\\w*|split[- ]test\\w*|experiment\\w*|bandits?|trial(?:l?ed|l?ing)?|test(?:ed|ing)?|tri(?:ed|al)|tun(?:ed|ing)|tweak\\w*|adjust\\w*|chang(?:ed|ing)|randomi[sz]\\w*)\\b[^.;]{0,50}?(?:${src(LIVE_PEOPLE)})`,
    'i',
  ),
  /\b(?:let|letting) (?:the )?(?:new |untested |unvalidated |challenger )?(?:[\w-]+ )?models? (?:decide|make|approve|decline|score|handle|price|run on) (?:the )?(?:real|live|actual|production)\b|\b(?:correct|fix|adjust|tune|tweak|patch|retrain)(?:ed|ing|s)? (?:it|them|the model|the thresholds?|things) (?:as|when|whenever) (?:the )?(?:results|data|complaints|losses|defaults|feedback|we|customers|problems|issues) (?:came|come|went|go|learned|showed up|appeared|arrived|complained)\b|\b(?:let|letting) (?:the )?(?:live |real )?(?:customers|applicants|borrowers|users|members|the market) (?:be the test|tell us|decide which|show us which|pick the winner)\b|\bguinea pigs?\b/i,
  /\blive (?:experiments?|tests?|A\/?B(?: tests?)?|trials?)\b|\b(?:split|50\/50|\d{1,2}\/\d{1,2})\b[^.;]{0,30}\b(?:live|real|production)\b[^.;]{0,20}\b(?:decisions|applications|applicants|customers|traffic|borrowers)\b|\bpick(?:ed)? the winning (?:[\w-]+ )?model\b|\b(?:promot|keep|kept|ship|roll(?:ed)? out|pick|go(?:ing)? with|adopt|switch(?:ed)? to)\w* whichever\b[^.;]{0,40}\b(?:approves|approved|earns|earned|converts|converted|wins|won|performs|performed|does better|did better|makes|made|books|booked|lends|lent)\b|\b(?:applicants|customers|borrowers|cardholders|members|users|traffic|accounts)\b[^.;]{0,30}\b(?:were|are|was|got|get) (?:randomi[sz]ed|split|bucketed|assigned at random)\b|\brandomi[sz](?:ed|ing|e) (?:the |our |new |half (?:of )?(?:the )?)?(?:applicants|customers|borrowers|cardholders|members|users)\b|\b(?:like|as) (?:any|a|an|just another) (?:growth |product |marketing |UX |conversion )?(?:experiment|A\/?B test)\b/i,
  /\bA\/?B[- ]?test\w*\b[^.;]{0,40}\b(?:credit|underwriting|lending|loan|limits?|pricing|APR|interest|approval|decline|cut-?offs?|thresholds?)\b|\b(?:credit|underwriting|lending|loan|limit|pricing|APR|approval)[\w-]*\b[^.;]{0,25}\bA\/?B[- ]?test/i,
];

/** A gate named as skipped or not waited for: "without waiting for validation", "ahead of the MRM sign-off". */
const GATE_SKIPPED =
  /\b(?:without (?:waiting for |a |an |any |the )?|before (?:any |the )?|ahead of (?:the )?|rather than wait(?:ing)? for (?:the )?)(?:independent |formal |model |a )?(?:validation|model[- ]risk|MRM|sign-?off|approval|review|shadow|pilot|back-?test)/i;

/** Habits that alarm a bank whatever was shipped: fix it later, validate later, don't wait for the gate. */
const MOVE_FAST_HABIT_EN: RegExp[] = [
  // Ship, then fix later / as complaints come in.
  new RegExp(
    `(?:${src(SHIP)})[^.;]{0,80}?\\b(?:and|then|,)\\s(?:then\\s)?(?:fix\\w*|patch\\w*|correct\\w*|sort\\w* (?:it |things )?out|clean\\w* (?:it |things )?up|deal\\w* with)\\b[^.;]{0,40}?\\b(?:later|afterwards|as (?:we|it|they) (?:go|went|came)|along the way|in production|on live|on (?:the )?(?:live|real)|weekly|daily|every (?:week|day|sprint)|(?:as|when) (?:the )?(?:results|data|complaints|losses|feedback|customers)|(?:as|when|whenever) (?:people|users|customers|members|applicants|they) (?:report|complain|find|hit|flag|raise)|based on (?:what|how|live|real|customer))`,
    'i',
  ),
  /\b(?:iterat\w+|learn\w*|experiment\w*|tun\w+|tweak\w*|fix\w*|patch\w*|test\w*) (?:it |them |things |the model )?(?:in|on) (?:production|prod|the live (?:system|portfolio|book))\b/i,
  /\blaunch(?:ed|ing)? and learn\b|\btest(?:ed|ing)? in prod(?:uction)?\b|\bfix(?:ed|ing)? (?:it |things )?forward\b|\brelease early\b|\bship(?:ped|ping)? (?:early|it early)\b[^.;]{0,30}\b(?:fix|learn|iterat|improv)\w*/i,
  // Shipped first, governance after: "deploy the pricing model first and do the paperwork once we see how it performs".
  new RegExp(`(?:${src(SHIP)})[^.;]{0,40}?\\bfirst\\b[^.;]{0,40}?\\b(?:paperwork|documentation|validation|the review|governance|compliance|sign-?off|model risk|MRM)\\b`, 'i'),
  // Validation, documentation or review left to later: "validation could catch up later".
  /\b(?:validation|documentation|model risk|MRM|the review|governance|compliance|paperwork|sign-?off)\b[^.;]{0,25}\b(?:catch up|follow|come|happen|wait)\w*\b[^.;]{0,15}\b(?:later|afterwards|after (?:launch|go-live|we (?:launched|shipped)))\b|\b(?:worry|deal|bother|think) about (?:validation|documentation|governance|compliance|model risk|the paperwork|risk)\b[^.;]{0,15}\b(?:later|afterwards)\b/i,
  // Launched without the gate: "went live without waiting for validation".
  new RegExp(
    `(?:${src(SHIP)})[^.;]{0,50}?${src(GATE_SKIPPED)}`,
    'i',
  ),
  /\b(?:did(?:n't| not)|wouldn't|would not|won't|never) (?:wait|bother waiting) (?:for|on) (?:the )?(?:independent |formal |model )?(?:validation|model[- ]risk|MRM|sign-?off|approval|review|compliance|legal)\b|\brather than wait(?:ing)? (?:for|on) (?:the )?(?:validation|model[- ]risk|MRM|sign-?off|approval|review)\b/i,
];

/**
 * Speed boasted of as the way the writer's team worked, told in the past as often as not: "we
 * moved fast and broke things", "we moved fast and cut corners", a bare "We moved fast.". Not when
 * the speed has a purpose ("moved fast to fix…", "to alert model risk"), waits for a gate (the
 * gate check below), is negated, is someone else's, or is told as a lesson ("we moved fast and
 * broke things, and it cost us…", "unlike my startup, where we…").
 */
const SPEED_EN =
  /\b(?:we|I|our team|my team|the team)\s+(?:(?:really|always|just|all|had to|would)\s+)?(?:mov(?:ed|e|ing)|went|go|ran|run|shipp?(?:ed|ing)?|built|build|push(?:ed)?|launch(?:ed)?|releas(?:ed|e))\s+(?:(?:really|very|super|incredibly|extremely|so)\s+)?(?:fast|quick(?:ly)?|rapidly|at speed|at pace)\b/i;
const SPEED_BOAST_TAIL =
  /^\s*(?:[.!]|$)|^[^.;]{0,20}?\b(?:and|,)\s+(?:(?:we|I)\s+)?(?:(?:broke|break(?:ing)?|broken)\s+(?:things|stuff|a (?:few|couple of) things|some things|a lot)|cut(?:ting)? corners|skipp?(?:ed|ing)\s+(?:steps|the process|process|validation|reviews?|the paperwork)|ask(?:ed)? (?:for )?forgiveness|(?:never|didn't|did not) look(?:ed)? back|fix(?:ed)? (?:things|it|the rest|problems|issues|bugs) (?:later|afterwards|as we went)|worried about [\w\s]{1,20}? later|got (?:it|the model|the \w+) (?:into production|live|out) (?:quickly|fast|in (?:days|weeks)))/i;
/**
 * After "we moved fast and": the launch itself, told as the point of the speed ("… and shipped the
 * model in record time", "… and got it live in six weeks"). A fix, a patch or a rollback shipped
 * fast is a response, not a boast; a purpose ("to stop the attack") answers why.
 */
const SPEED_SHIP_TAIL = new RegExp(`^[^.;]{0,20}?\\b(?:and|,)\\s+(?:then\\s+)?(?:(?:we|I)\\s+)?(?:${src(SHIP)})`, 'i');
const SPEED_FOR_A_FIX =
  /\b(?:hot-?fix\w*|fix(?:es|ed)?|patch(?:es|ed)?|roll(?:ed)?[- ]?back|rollbacks?|revert\w*|the old (?:model|scorecard|rules?|version))\b|\bto (?:fix|stop|contain|close|patch|restore|protect|block|alert|pause|meet (?:a|the) regulat\w*)\b/i;
/**
 * A launch boasted of for its speed alone, whoever's words: "shipped the model in record time",
 * "went live in two weeks flat", "in just three weeks", "raced to launch", "rushed the model into
 * production", "beat Chase to market". The gate check in stanceOf quiets one that waited for
 * validation; the subject must be the writer's (see OWN_SUBJECT).
 */
const RECORD_PACE = String.raw`(?:in|at) record (?:time|speed|pace)|in no time(?: at all)?|at (?:breakneck|lightning|warp|blistering) (?:speed|pace)|in (?:(?:just|only|a mere|under|less than)\s+)?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of)\s+(?:days?|weeks?)\s+flat|in (?:just|only|a mere|under|less than) (?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of)\s+(?:days?|weeks?)`;
/** SHIP, or a model got or put into production ("got the fraud model into production"). */
const LAUNCH = String.raw`(?:${src(SHIP)}|\b(?:get|got|getting|put|putting|moved?|moving)\s+(?:[\w-]+\s+){0,4}?in(?:to)?\s+(?:production|prod)\b)`;
const SPEED_LAUNCH_EN: RegExp[] = [
  new RegExp(`${LAUNCH}[^.;]{0,50}?\\b(?:${RECORD_PACE})\\b`, 'i'),
  new RegExp(`\\b(?:${RECORD_PACE})\\b,?\\s+(?:(?:we|I|the team|our team|my team)\\s+)?${LAUNCH}`, 'i'),
  new RegExp(`\\b(?:rac(?:ed|ing|e)|rush(?:ed|ing)?|hurr(?:ied|y|ying)|sprint(?:ed|ing)?|scrambl(?:ed|ing|e))\\b(?:\\s+(?:to|the|a|an|our|my|it|them|new|[\\w-]+)){0,4}?\\s+(?:${src(SHIP)}|(?:in)?to (?:production|market|prod)|out the door|live\\b)`, 'i'),
  /\bbeat (?:[\w'’-]+ ){0,4}to (?:market|launch|production)\b/i,
];
/** The launch's subject, just before it in its clause: the writer, the team, the writer's model, or none (a résumé line). */
const OWN_SUBJECT =
  /(?:^\s*|\b)(?:(?:(?:we|I|our (?:[\w-]+ )?team|my (?:[\w-]+ )?team|the team|the squad)\s+(?:(?:then|just|really|finally|also|had to|were able to|was able to|managed to|could|quickly)\s+)*)|(?:(?:the|our|my|this|that) (?:[\w-]+ ){0,3}(?:model|scorecard|system|product|engine|service|version)|it)\s+(?:(?:was|were|got|then)\s+)?)$|^\s*$/i;
const OTHER_PARTY = /\b(?:startups?|competitors?|rivals?|vendors?|fintechs?|they|he|she|another|other|former|previous|their|his|her)\b/i;
/** 火速上线, 抢在…之前上线, 用创纪录的时间上线, 只用两周就上线了: a launch boasted of for its speed. */
const SPEED_LAUNCH_ZH =
  /(?:火速|闪电|光速|极速|抢先|连夜赶工)(?:地)?(?:上线|发布|推出|投产|部署|全量)|抢在[^。；，]{1,20}(?:之前|前面|前头|前)(?:就)?(?:把[^。；，]{0,10})?(?:上线|发布|推出|投产|部署|全量)|(?:用|以)(?:创纪录|破纪录|最快)的?(?:时间|速度)[^。；，]{0,14}(?:上线|发布|推出|投产|部署|推到|推上|投入生产)|(?:仅|只|仅仅|短短)(?:用了?|花了?)?(?:\d+|[一二两三四五六七八九十几])(?:个)?(?:天|周|星期|礼拜)(?:时间)?(?:就|便)(?:把[^。；，]{0,10})?(?:上线|发布|推出|投产|部署|全量)/;
const OTHER_PARTY_ZH = /竞争对手|对手|友商|同行|别家|别的(?:银行|公司|团队)|其他(?:银行|公司|团队)|他们|那家|初创公司|之前那家|前东家/;
const FIX_ZH = /修复|止损|补丁|回滚|堵住|漏洞|事故|应急/;
const SPEED_LESSON =
  /\b(?:learn(?:ed|t)|lessons?|mistakes?|regret\w*|taught|cost us|the hard way|never again|unlike|used to|no longer|stopped|gave up|paid (?:for|the price)|backfired|wrong)\b|教训|代价|后悔|不再/i;
/** 快速迭代 held as a principle or habit, not confined to a sandbox or a prototype. */
const SPEED_ZH =
  /(?:原则|理念|文化|信条|打法|方法论|风格|习惯|口号|宗旨)(?:就)?是[^。；]{0,6}快速迭代|(?:我们|团队|我)(?:一直|始终|坚持|追求|讲究|主张|习惯|靠|就是|都是|一向)?[^。；，]{0,4}快速迭代(?=[、，,。；;！!]|$)|唯快不破|速度(?:优先|第一)/;
const SPEED_ZH_CONFINED = /为了|以便|沙盒|离线|测试环境|原型|界面|文案|内部工具|演示|demo/i;

function speedBoast(input: StanceInput, out: StanceClaim[]): void {
  const text = input.text;
  if (/fast|quick|rapid|speed|pace/i.test(text)) {
    const m = SPEED_EN.exec(text);
    const tail = m ? text.slice(m.index + m[0].length) : '';
    const boast = SPEED_BOAST_TAIL.test(tail) || (SPEED_SHIP_TAIL.test(tail) && !SPEED_FOR_A_FIX.test(tail));
    if (m && boast && !SPEED_LESSON.test(text) && !distanced(input, m.index)) {
      out.push({ signal: 'move-fast', start: m.index, end: m.index + m[0].length });
      return;
    }
  }
  if (/record|no time|speed|pace|flat|just|only|mere|under|less than|rac|rush|hurr|sprint|scrambl|beat/i.test(text) && !SPEED_LESSON.test(text) && !SPEED_FOR_A_FIX.test(text)) {
    for (const re of SPEED_LAUNCH_EN) {
      const m = firstMatch(re, text);
      if (!m) continue;
      const clause = text.slice(0, m.index).split(/[.;]|\b(?:but|while|whereas)\b/i).pop() ?? '';
      if (OTHER_PARTY.test(clause) || !OWN_SUBJECT.test(clause) || distanced(input, m.index)) continue;
      out.push({ signal: 'move-fast', start: m.index, end: m.index + m[0].length });
      return;
    }
  }
  if (/[\u4e00-\u9fff]/.test(text)) {
    const z = SPEED_LAUNCH_ZH.exec(text);
    if (z) {
      const clause = text.slice(0, z.index).split(/[。；;，,]/).pop() ?? '';
      if (!OTHER_PARTY_ZH.test(clause) && !FIX_ZH.test(text) && !SPEED_LESSON.test(text) && !distanced(input, z.index)) {
        out.push({ signal: 'move-fast', start: z.index, end: z.index + z[0].length });
        return;
      }
    }
  }
  if (/快|速度/.test(text)) {
    const z = SPEED_ZH.exec(text);
    if (z && !SPEED_ZH_CONFINED.test(text) && !SPEED_LESSON.test(text) && !distanced(input, z.index)) out.push({ signal: 'move-fast', start: z.index, end: z.index + z[0].length });
  }
}

const MOVE_FAST_ZH: RegExp[] = [
  // 指标一过线就上线。
  new RegExp(`(?:一过|一到|一达到|只要|刚|一旦)[^。；]{0,6}(?:${src(METRIC)})[^。；]{0,20}(?:就|便|马上|立刻|直接)[^。；]{0,12}(?:${src(SHIP_ZH)})`, 'i'),
  new RegExp(`(?:${src(METRIC)})[^。；]{0,20}(?:一过|一到|一达到|刚过|超过|过了|达到|高于|突破|跑赢|好于)[^。；]{0,20}(?:就|便|马上|立刻|直接)[^。；]{0,12}(?:${src(SHIP_ZH)})`, 'i'),
  // 快速迭代。
  /每(?:周|天|个?sprint|两周)(?:都)?迭代|持续部署|自动(?:替换|上线|部署)(?:到)?(?:线上|生产)?|(?:直接)?在线上(?:直接)?(?:做|跑)(?:实验|A\/?B|测试)|快速迭代|敏捷迭代|高频迭代|持续发布|频繁上线|快速上线|两周一(?:个)?迭代|(?:每|一)个?(?:sprint|冲刺)[^。；]{0,10}(?:上线|发布|迭代)/i,
  // 每周发一版信贷模型。
  new RegExp(`(?:每周|每天|每晚|每个?迭代|每个?sprint|每两周)[^。；]{0,12}(?:${src(SHIP_ZH)})|(?:${src(SHIP_ZH)})[^。；]{0,6}(?:每周|每天)[^。；]{0,4}(?:一次|一版|一个版本)`),
  // 拿真实客户做实验。
  /(?:在|拿|用|对)(?:真实|线上|现网|实际|生产|的)*(?:客户|用户|申请人|借款人|流量)(?:身上)?(?:上)?[^。；]{0,8}(?:做|来)?(?:实验|试验|测试|A\/?B|试错|调|改|试)/,
  /(?:信贷|授信|额度|审批|定价|利率|贷款|风控|反欺诈)[^。；]{0,12}A\/?B ?(?:测试|实验|test)|A\/?B ?(?:测试|实验|test)[^。；]{0,12}(?:信贷|授信|额度|定价|利率|贷款|审批)/i,
];

const MOVE_FAST_HABIT_ZH: RegExp[] = [
  // 上线后再改 / 先上线再说 / 边上线边优化。
  /先(?:跑|做|用|上|干)起来再说|先上再说|互联网(?:的)?(?:打法|思维|玩法)|(?:问题|bug|缺陷)留到(?:下个|下一个|以后|后面)[^。；]{0,6}(?:解决|修|改|处理)|先\s?(?:把[^。；]{0,12})?(?:上线|上生产|推上去|发布|放出去|ship|launch|deploy|release|go live)[^。；]{0,12}(?:再说|(?:再|然后|后)[^。；]{0,14}(?:改|调|修|优化|迭代|补|验证|看|说))|上了?(?:线)?再说|边(?:上线|跑|用)边(?:改|调|修|优化|迭代)|上线(?:之|以)?后再(?:改|调|修|优化|验证|补)|快速迭代上线|快速上线[^。；]{0,10}(?:迭代|再|然后)|验证(?:以后|之后|后面)?再补|(?:验证|审批|合规|监管|风险|治理|文档)[^。；]{0,6}(?:可以|都)?(?:后面|以后|之后|回头|事后)(?:再)?(?:补|说|处理|做)/i,
  // 没等验证就上线。
  new RegExp(`(?:没等|不等|未等|跳过|绕过)[^。；]{0,12}(?:验证|审批|模型风险|合规|评审|影子)[^。；]{0,10}(?:就|直接|先)?[^。；]{0,6}(?:${src(SHIP_ZH)})`),
];

// ---------------------------------------------------------------------------------------------
// Regulatory stance: cynicism

/**
 * Rules that are software or business logic, not regulation: a rules engine or system, fraud or
 * business rules, rules-based scoring ("our legacy fraud rules engine was outdated", 规则引擎过时了).
 * Calling those outdated is a product judgment, not a view of regulation.
 */
const SOFTWARE_RULES_BEFORE = String.raw`(?<!\b(?:fraud|business|decision|detection|scoring|routing|matching|expert|alert(?:ing)?|heuristic|hard-?coded|hand-?written|static|if-then|transaction|velocity|pricing|underwriting|strategy|filter(?:ing)?|legacy|engine|system)[- ])`;
const SOFTWARE_RULES_AFTER = String.raw`(?![- ](?:engines?|systems?|based|sets?|platforms?|logic|tables?|librar(?:y|ies)|files?|code|stack|tool(?:s|ing)?))`;
const REG_SUBJECT = new RegExp(
  String.raw`\b(?:regulat(?:ion|ions|ors?|ory (?:process|requirements|constraints|reviews?|burden|hurdles|environment|framework|rules))|compliance|governance|oversight|model[- ]risk|MRM|legal|${SOFTWARE_RULES_BEFORE}(?:the )?rules${SOFTWARE_RULES_AFTER}|controls|risk (?:team|function|people|folks|reviews?)|(?:model |risk |compliance |legal |validation )?reviews?|validation|approvals? process|approval committees?|committees?|audits?|auditors|examiners|the second line|second[- ]line|bank(?:s|ing)? (?:rules|process|processes)|SR ?11-7|OCC 2011-12|ECOA|FCRA|Reg(?:ulation)? [A-Z]|UDAAP|AI rules|model governance)\b`,
  'i',
);
const CYNIC_PRED = new RegExp(
  [
    // a drag on innovation
    `\\b(?:slow(?:s|ed|ing)?|drag(?:s|ged|ging)?|hold(?:s|ing)?|held|bog(?:s|ged|ging)?|stifl\\w+|kill(?:s|ed|ing)?|strangl\\w+|chok\\w+|hinder\\w*|hamper\\w*|imped\\w+|block(?:s|ed|ing)?|smother\\w*|suffocat\\w+|crush\\w*|paralyz\\w+|paralys\\w+|get(?:s|ting)?|got|stand(?:s|ing)?|stood)\\b[^.;,]{0,20}\\b(?:innovation|progress|(?:real )?work|us|everything|things|the business|velocity|speed|delivery|AI|growth|the team|teams|ideas|in the way|back|down)\\b`,
    // is a formality / obstacle / box-ticking
    `\\b(?:is|are|was|were|'s|'re|feels?|felt|seems?|seemed|amounts? to|becomes?|became|just|mostly|basically|really|nothing but|little more than)\\b[^.;,]{0,20}\\b(?:an? )?(?:obstacles?|hurdles?|roadblocks?|blockers?|bottlenecks?|speed ?bumps?|formality|formalities|box[- ]?ticking|checkbox(?: exercise)?|check-the-box|rubber[- ]stamps?|theat(?:er|re)|paperwork|bureaucra\\w+|red tape|overhead|burdens?|a drag|a tax|dead weight|necessary evil|cost cent(?:er|re)s?|department of no|the enemy|enem(?:y|ies) of (?:innovation|progress|speed)|waste of time|time sinks?|pointless|useless|a joke|hoops)\\b`,
    // why it exists: "to protect the regulators' jobs"
    `\\b(?:exist(?:s|ed)?|there) (?:only |just |mainly |mostly |purely |largely )?(?:to|for) (?:protect|cover|justify|keep|give|employ)\\b[^.;,]{0,20}\\b(?:jobs?|backs?|themselves|itself|existence|headcount|something to do|busy|headlines|lawsuits|blame|fines)\\b|\\bcover (?:their|its|our) (?:own )?(?:backs?|bases)\\b`,
    // too conservative, years behind, don't get it
    `\\b(?:(?:far |way |much |simply |just |always )?too (?:conservative|slow|cautious|risk-averse|strict|rigid|bureaucratic|paranoid)|overly (?:cautious|conservative|strict)|(?:years|decades|way|hopelessly|far) behind|out of touch|outdated|clueless|paranoid|obsessed with|(?:do(?:n't|es(?:n't| not))|never|do not) (?:really )?(?:understand|get|grasp) (?:AI|ML|machine learning|technology|tech|innovation|models|data|the tech|how (?:AI|ML|models|it) works?)|(?:noise|obstacles?|hurdles?) (?:we|I) (?:have|had|need) to (?:work|get|route) around|(?:always )?says? no to everything|only (?:ever )?says? no|(?:adds?|added) (?:nothing|no value|little)|for no (?:good |real )?reason|just because they can|for the sake of (?:it|paperwork|process))\\b`,
  ].join('|'),
  'i',
);
const CYNIC_PHRASE =
  /\bred tape\b|\bboxe?s? to (?:tick|check)\b|\brules are rules\b|\bbureaucrats?\b|\bbox[- ]?ticking\b|\b(?:check|tick)(?:ing)? (?:the|a) box(?:es)?\b|\bcompliance theat(?:er|re)\b|\bhoops? to jump through\b|\bjump(?:ing)? through hoops\b|\bpaper-?pushers?\b|\bthe department of no\b/i;
const CYNIC_ZH =
  /(?:监管|合规|风控(?!规则|系统|引擎|模型|策略|平台)|法务|审批|审查|评审|模型风险|验证|治理|(?<!欺诈|业务|决策|专家|策略|风控|拦截|评分|打分|旧的?|老的?)规则(?!引擎|系统|平台|库|集|逻辑|代码|模型)|流程|SR ?11-7|审计|这一套|条条框框|规定)[^。；，]{0,12}(?:就是\s?(?:paperwork|box-ticking|red tape|formality)|天敌|敌人|越多[^。；]{0,8}越(?:平庸|差|慢|难)|有事可做|没(?:有)?(?:什么)?(?:帮助|价值)|过时|越来越落后|只会让|拖累|拖慢|拖后腿|阻碍|扼杀|束缚|卡住|卡脖子|限制了?创新|太(?:保守|严|慢|死板|繁琐)|过于(?:保守|严格|繁琐)|死板|走(?:个)?过场|走(?:个)?形式|形式主义|摆设|浪费时间|没(?:有)?(?:什么)?(?:意义|必要|用)|官僚|繁文缛节|跟不上|落后于|不懂(?:技术|AI|模型|创新)|只会说不|只会(?:增加|添)|挑刺|添乱|绊脚石|障碍|拦路虎|走流程而已|就是(?:个)?形式|只是(?:个)?形式)|(?:官僚作风|繁文缛节|走过场|走形式|形式主义|摆设)/;

/** A concession that turns the complaint into a balanced view ("it slows us down, but it protects customers"). */
const CONCESSION = /(?:,|;|—|–)?\s*\b(?:and|which)\b[^.;]{0,60}\b(?:caught|saved|prevented|spotted|flagged|found)\b|(?:,|;|—|–)?\s*\b(?:but|yet|though|although|and yet)\b[^.;]{0,80}\b(?:protect\w*|reason\w*|trust\w*|saves?|saved|worth|necessary|matters?|right|value|customers?|fair\w*|safe\w*|earn\w*|caught|catch\w*|found|prevent\w*|avoid\w*|spotted|flagged)\b|[，；]\s*(?:但|可是|不过)[^。；]{0,40}(?:保护|原因|信任|值得|必要|客户|公平|安全|避免|发现|学到|参与|越早|一起|合作|减少|越少)|,\s*but (?:I|we) (?:have )?(?:learned|learnt|found|realised|realized|now|started|bring|involve|see)|(?:,|;|—)?\s*\bso (?:I|we)\b[^.;]{0,20}\b(?:prepar\w*|plann?\w*|start\w*|buil[dt]\w*|work\w*|engag\w*|br(?:ing|ought)|book\w*|front-?load\w*|partner\w*|involv\w*|sat down|met|invited)\b|[，；]\s*所以我们?[^。；]{0,10}(?:提前|先|一起|准备|主动)/i;
/** After deferring, the writer still engages: "I don't argue with compliance; I ask what evidence would change it". */
const ENGAGES = /^[^.]{0,10}?(?:[;,:—]|\band\b|\bbut\b)\s*(?:then |instead )?(?:I|we)\s(?:(?:first |always |then )?(?:ask|asked|propos\w*|offer\w*|suggest\w*|come back|came back|look\w* for|find|found|work\w* with|negotiat\w*|redesign\w*|bring|brought|explain\w*|make the case|made the case|want to understand|try to understand|dig into))|\b(?:without|until I have|unless I have|before I (?:understand|have))\s(?:data|evidence|a reason|understanding|(?:fully )?understand\w*)|[，；]\s*(?:但|而是)?我(?:们)?(?:会)?(?:先)?(?:问清|了解|提出|拿出|一起|找到|争取|提供)/i;

// ---------------------------------------------------------------------------------------------
// Regulatory stance: blind deference

const GOV_WHO = /(?:compliance|legal|(?:the )?risk(?: team| partners| people| function)?|model[- ]risk|MRM|the regulators?|regulators|the examiners|examiners|the second line|the (?:compliance|legal|risk|validation) (?:team|folks|people)|validators?|they|them|the committee|auditors?)/;
const DEFER_EN: RegExp[] = [
  new RegExp(
    `\\b(?:do|did|does|doing|build|builds|built|follow(?:s|ed|ing)?|accept(?:s|ed|ing)?|implement(?:s|ed|ing)?|go(?:es)? along with|went along with|take|took|execute[sd]?|adopt(?:s|ed)?|make|made|apply|applied)\\b (?:exactly |just |simply )?(?:whatever|everything|all|anything|every(?: single)? (?:change|request|ask|condition|recommendation|comment|finding)|each (?:change|request|condition)|exactly what|what(?:ever)?)\\b[^.;]{0,20}?\\b${src(GOV_WHO)} (?:say|says|said|want|wants|wanted|ask|asks|asked|require|requires|required|decide|decides|decided|tell|tells|told|recommend\\w*|request\\w*|propose\\w*|demand\\w*|insist\\w*|sets?|impos\\w+|puts?|lays? down|gives?|flags?|rais\\w+|writes?|wrote)\\b`,
    'i',
  ),
  new RegExp(
    `\\b(?:never|don't|do not|didn't|did not|wouldn't|would not|won't|will not|rarely|not)\\b (?:once |ever |really |even )?(?:push(?:ed)? back|argu(?:e|ed)|question(?:ed)?|challeng(?:e|ed)|debat(?:e|ed)|disagre(?:e|ed)|negotiat(?:e|ed)|object(?:ed)?|second-guess(?:ed)?|contest(?:ed)?|dispute[d]?)\\b[^.;]{0,25}?\\b(?:with |on |against )?(?:${src(GOV_WHO)}|their (?:decisions?|calls?|rulings?|findings|requests?|conditions|verdicts?))\\b`,
    'i',
  ),
  new RegExp(
    `\\b(?:if|when|whenever|once)\\b[^.;]{0,12}?${src(GOV_WHO)}\\b[^.;]{0,12}?\\b(?:says? no|said no|object\\w*|objects|refuses?|refused|declines?|declined|rejects?|rejected|pushes back|pushed back|disagrees?|(?:has|have|had|rais(?:e|es|ed)|voic(?:e|es|ed)|flags?|flagged) (?:a |any |some )?(?:concerns?|doubts?|issues?|objections?|questions?)|is (?:not |un)comfortable|(?:is|are|was) (?:nervous|worried|uneasy))\\b[^.;]{0,15}?,?\\s*(?:I|we)\\b[^.;]{0,10}?\\b(?:drop|dropped|abandon\\w*|kill|killed|shelve[d]?|give up|gave up|move on|moved on|stop|stopped|back off|backed off|walk away|walked away|comply|complied|fold|folded|let it go|let (?:the )?(?:idea|project|feature) (?:go|die)|never (?:push back|argue|question|challenge|ask why)|don't (?:push back|argue|question|challenge|ask why)|(?:simply|just) (?:do|did|accept\\w*|follow\\w*)|accept(?:ed|s)? (?:it|that|the no|their no|the decision|their decision))\\b`,
    'i',
  ),
  new RegExp(
    `\\b(?:not|never) my (?:job|place|role|call|business) to (?:argue|question|challenge|push back|debate|second-guess|disagree)\\b|\\bwho am I to (?:argue|question|challenge)\\b|\\b${src(GOV_WHO)} (?:always )?(?:knows? best|has the final (?:word|say)|is always right|(?:is|are) always right)\\b[^.;]{0,40}\\b(?:so|and) (?:I|we) (?:just |simply |always )?(?:do|follow|accept|comply|go along|defer|build|implement|ship)\\w*|\\b(?:I|we) (?:always |simply |just |blindly )?(?:defer|deferred|defers) (?:completely |entirely |fully )?to ${src(GOV_WHO)} (?:on everything|in everything|on all|without)`,
    'i',
  ),
];
DEFER_EN.push(
  new RegExp(`\\bwhatever ${src(GOV_WHO)} (?:says?|said|wants?|wanted|asks?(?: for)?|asked(?: for)?|requires?|required|decides?|decided|tells? (?:us|me)|requests?|requested|demands?)\\b`, 'i'),
  new RegExp(`\\b(?:accept|follow|implement|do|comply|adopt|apply|take)\\w*\\b[^.;]{0,50}\\b(?:without (?:any |a )?(?:debate|question(?:ing)?|pushback|push-back|argument|discussion|challenge|complaint|objection|second thought|asking (?:why|questions|what)|a word)|no questions asked)\\b`, 'i'),
  /\b(?:never|don't|do not|won't) (?:push back|argue|question (?:it|them)|challenge (?:it|them)|ask (?:for )?(?:the |their )?(?:reasons?|reasoning|why)|form (?:my|our) own (?:view|opinion))\b/i,
  /\b(?:my|a PM's|the PM's|our|the product manager's) (?:job|role) (?:is|was) (?:just |simply |only )?to (?:carry out|execute|implement|follow|obey|apply) (?:their|compliance's|legal's|risk's|the regulators'?|the) (?:instructions|orders|decisions|requirements|rulings|directions)\b/i,
);
/** Deference needs someone to defer to. */
const GOV_ANY = /\b(?:compliance|legal|risk|MRM|regulat\w*|validat\w*|second line|auditors?|committee|they|them)\b|合规|监管|风控|法务|模型风险|审批|他们/i;
const DEFER_ZH =
  /(?:合规|监管|风控|法务|模型风险|审批|他们)[^。；，]{0,6}(?:说|要求|让|怎么说|说什么|怎么要求|要什么|决定|怎么定|定什么|怎么判|怎么批|提(?:什么|出什么))[^。；]{0,8}(?:我们?|团队)?(?:就|都)(?:怎么(?:做|改|办)|做什么|照做|照办|改什么|听|执行|接受)|(?:从(?:来)?不|不会|没有|从没)(?:讨论|质疑|反驳|争取|争辩|提出异议|提异议|挑战|push back|讨价还价|据理力争)|(?:完全|一律|全部|无条件)(?:听从|服从|照办|照做|接受|执行)|全盘接受|照单全收|说不行就不行|(?:都|全)是(?:合规|法务|风控|模型风险|监管)(?:部门|团队)?的事|一切听(?:合规|监管|风控|法务)|(?:合规|监管|风控|法务)(?:说了算|的意见就是最终)/;

// ---------------------------------------------------------------------------------------------
// Deferred trade-off

const TEAM =
  /(?:(?:the )?(?:data[- ]?scien\w*|DS|ML|AI|model|modell?ing|platform|data|tech|dev|development|algorithm|infra\w*|analytics|risk analytics|quant|backend|SRE|ops|engineering)(?: team| group| folks| people| side| guys| lead| leads| org)|data[- ]?scien\w*|DS|(?:the )?modell?ers|engineering|engineers|(?:ML|machine[- ]learning) engineers|architects?|the vendor|(?:the )?(?:tech|engineering) leads?)/;
const TEAM_ZH = /数据科学|算法|工程|技术|模型团队|模型组|开发|平台|数据团队|数据组|数据部门|分析团队|研发|架构师|供应商|data ?science|engineering|DS\b/i;
const DECIDE = /(?:decide|decides|decided|choose|chooses|chose|pick|picks|picked|set|sets|own|owns|determine\w*|figure (?:it |that |this )?out|work (?:it |that |this )?out|settle|call it|make (?:the|that) call|define|tune|sort (?:it |that )?out|tell (?:me|us) (?:what|which|where|how)|land on|agree (?:it|that|on it) among themselves)/;
const DECISION_OBJECT =
  /\b(?:thresholds?|cut-?offs?|SLAs?|latency|budgets?|trade-?offs?|precision|recall|false (?:positives?|negatives?|declines?|alarms?)|fallbacks?|tolerance|tolerate|how (?:many|much|fast|long|strict|aggressive)|batch|real[- ]time|approval rates?|decline rates?|friction|risk appetite|operating point|score cut|limits?|timeouts?|what(?:'s| is) achievable|(?:the )?balance|accept(?:able)?|degrade|fail(?:s|ure)? mode|when the model (?:fails|times out)|good (?:users|customers))\b|阈值|门槛|延迟|SLA|取舍|精度|召回|误拒|误伤|漏报|降级|容忍|平衡|批量|实时|多少|怎么(?:定|平衡|取舍|降级)|上限|下限|权衡|超时/i;
const DEFER_TRADEOFF_EN: RegExp[] = [
  new RegExp(`\\b(?:let|letting|have|having|allow(?:ing)?)\\s+(?:the )?${src(TEAM)}\\s+(?:team\\s+)?(?:to\\s+)?(?:themselves\\s+)?${src(DECIDE)}\\b`, 'i'),
  new RegExp(
    `\\b(?:leave|leaves|left|leaving|hand(?:s|ed|ing)?(?: off)?|defer(?:s|red|ring)?|delegat(?:e|es|ed|ing)|punt(?:s|ed|ing)?|pass(?:es|ed|ing)?|outsourc(?:e|ed|ing)|kick(?:ed)?|push(?:ed)?|toss(?:ed)?)\\b(?:\\s+(?:it|that|this|them|those|(?:the|our|my) (?:[\\w-]+(?:[- ][\\w-]+){0,3})(?:(?:,|,? and|,? or) (?:the |our |my )?[\\w-]+(?:[- ][\\w-]+){0,3}){0,2}))?\\s+(?:(?:up |entirely |completely |fully )?to|over to|off to|back to)\\s+(?:the )?${src(TEAM)}`,
    'i',
  ),
  new RegExp(`\\b(?:go|went|going)\\s+with\\s+(?:whatever|what(?:ever)?)\\s+(?:the )?${src(TEAM)}\\b|\\b(?:whatever|any)\\s+(?:[\\w-]+\\s+){0,3}(?:the )?${src(TEAM)}\\s+(?:pick|picks|picked|choose|chooses|chose|decide|decides|decided|want|wants|recommend\\w*|say|says|think|thinks|set|sets|prefer|prefers|propose\\w*|come(?:s)? up with|land(?:s)? on|suggest\\w*)\\b`, 'i'),
  new RegExp(`\\b(?:rely|relied|relying|count|counted|counting|trust|trusted|trusting|depend|depended)\\s+(?:on\\s+)?(?:the )?${src(TEAM)}\\s+to\\s+(?:${src(DECIDE)}|tell (?:me|us)|get it right|know|handle)`, 'i'),
  new RegExp(
    `\\b(?:is|are|was|were|'s|(?:would|will|should|must|could|can) be|remains?)\\s+(?:really |best |probably |honestly |ultimately |squarely |more |purely |entirely |just )?(?:an? |the )?(?:${src(TEAM)}(?:'s|’s)?\\s+(?:call|decision|problem|job|question|domain|responsibility|concern|department|business|area|thing)|(?:question|call|decision|matter|problem) for (?:the )?${src(TEAM)}|(?:engineering|data[- ]science|technical|tech|modell?ing|platform|DS|ML|implementation) (?:call|decision|question|problem|detail|matter|concern))\\b|\\b(?:is|are|was|'s|(?:would|will|should|must|could|can) be)\\s+(?:really |best |probably |honestly |ultimately |entirely )?(?:for|up to) (?:the )?${src(TEAM)}(?: team| folks| people| side)?(?: to (?:${src(DECIDE)}|say|judge|work out))?\\b`,
    'i',
  ),
  new RegExp(`\\b(?:the )?${src(TEAM)}\\s+(?:(?:will|would|can|should|could|gets? to|get to|decides?)\\s+(?:${src(DECIDE)})|(?:(?:will|would|should|can) )?(?:own|owns|owned|decides?) (?:it|that|this|the (?:trade-?off|threshold|decision|call|SLA|budget|cut-?off|balance)))\\b`, 'i'),
  /\b(?:go|went|going|signed off on|sign off on|rubber-stamp(?:ed)?|approved?)\s+(?:with\s+)?(?:whatever|what(?:ever)?)(?:\s[\w-]+){0,2}\s+(?:they|the team)\s+(?:propose|proposes|recommend|recommends|pick|picks|choose|chooses|decide|decides|suggest|suggests|say|says|want|wants|come up with|land on)\b/i,
  new RegExp(`\\b(?:defer(?:s|red)?|deferring)\\s+(?:entirely |completely |fully )?to\\s+(?:the )?${src(TEAM)}`, 'i'),
  /\bnot (?:really )?(?:my|a PM|a product) (?:decision|call|place|job|problem|area|concern)\b|\bI (?:would not|wouldn't|won't|will not|didn't|did not|don't|do not) (?:get|be|need to be|want to be) involved\b|\bI (?:don't|do not|wouldn't|would not) (?:have|hold|take) (?:a|an) (?:view|opinion|position|strong view)\b|\bI (?:stay|stayed|would stay) out of (?:it|that|this)\b/i,
];
DEFER_TRADEOFF_EN.push(
  // "Data science picked the threshold and engineering decided the fallback": others made the product calls.
  new RegExp(`\\b${src(TEAM)}\\s+(?:picked|chose|set|decided(?: on)?|determined|owned|made the call on|settled on|landed on)\\s+(?:the |our |a )?(?:[\\w-]+ ){0,2}(?:thresholds?|cut-?offs?|SLAs?|latency(?: budget)?|fallbacks?|trade-?offs?|operating point|precision|recall|tolerance|limits?)\\b`, 'i'),
);
const DEFER_TRADEOFF_ZH: RegExp[] = [
  new RegExp(`(?:交给|交由|让|由|听|看|按|随|请)[^，。；]{0,12}(?:${src(TEAM_ZH)})[^，。；]{0,12}(?:决定|来定|去定|定夺|定|说了算|拍板|权衡|决策|确定|做主|看着办|的意见|的)`, 'i'),
  new RegExp(`(?:${src(TEAM_ZH)})[^，。；]{0,8}(?:的事|说了算|来决定就好|决定就好|怎么定就怎么|定就行|比我更懂|更懂)`, 'i'),
  /我不参与|不归我管|我不管|不是我(?:的事|该管|能决定|来定)|我不(?:插手|过问|干预)|我就不(?:管|参与)了/,
];
/** Whether a text names a product decision (threshold, SLA, latency budget, trade-off…). */
export function namesDecision(text: string): boolean {
  return DECISION_OBJECT.test(text);
}
/** The writer owning the decision in the same sentence. */
const OWNS_EN =
  /\b(?:I|we) (?:(?:then|finally|ultimately|personally|myself) )?(?:own|owned|decide|decided|chose|set|picked|held|owned|made the call|made the decision|signed off(?! on (?:whatever|what they))|drew the line|fixed the threshold|capped|put the (?:threshold|cut-?off|limit|SLA)|agreed with|settled on|landed on|traded)\b|\b(?:decided|chose|set) (?:the )?[\w\s-]{0,30}\bmyself\b|(?<!\bnot (?:really |actually |strictly )?)\bmy (?:call|decision)\b(?! to (?:let|leave|defer|hand))/i;
const OWNS_ZH = /由我(?:来)?(?:拍板|决定|定)|我(?:最终|最后|亲自)?(?:拍板|决定|定了|选择|把[^。；]{0,20}定在|设定|确定)|我来定/;
/** Where a clause ends inside a sentence: ";", ", and", ", but", "，但", "，并"… */
const CLAUSE_BREAK = /[;；]|,\s*(?:and|but|so|while|whereas|then|yet)\b|\b(?:and then|but)\b|[，,]\s*(?:但是?|而|并且?|然后|同时|所以)/gi;
/** A decision the writer owns that is itself the hand-off ("decided to let data science pick"). */
const OWNS_THE_HANDOFF = /^\s*(?:to\s+)?(?:let|leave|hand|defer|delegate|pass|have)\b|^[^，。；]{0,4}(?:让|交给|交由)/i;

/**
 * Whether the writer owns the decision handed over at offset `at` of `text`: an owning verb in
 * that clause, or one elsewhere in the sentence when the clause hands over no product decision
 * ("I let data science choose the algorithm, but I set the threshold").
 */
function ownsInClause(text: string, at: number): boolean {
  let start = 0;
  let end = text.length;
  for (const m of matchesOf(CLAUSE_BREAK, text)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index > at) {
      end = m.index;
      break;
    }
  }
  const clause = text.slice(start, end);
  for (const re of [OWNS_EN, OWNS_ZH]) {
    const m = re.exec(clause);
    if (m && !OWNS_THE_HANDOFF.test(clause.slice(m.index + m[0].length))) return true;
  }
  // Owned elsewhere in the sentence, and what this clause hands over is no product decision.
  return (OWNS_EN.test(text) || OWNS_ZH.test(text)) && !DECISION_OBJECT.test(clause);
}

// ---------------------------------------------------------------------------------------------
// Reformer narrative: the writer beating the gates rather than delivering inside them.

const GATE_OBJ =
  /(?:(?:model |risk |compliance |governance |validation |approval |review |internal |independent )?(?:reviews?|approvals?|validation(?: queue)?|governance|process(?:es)?|committees?|gates?|queue|sign-?offs?|controls|bureaucracy|red tape|organi[sz]ation|culture|function)|compliance|MRM|model risk|the second line)/;
/** The words between a verb and its gate object: a determiner and up to three modifiers. */
const OBJ_LEAD = "(?:(?:the|its|their|our|a|an|this|that|your|these|those|all|every|how the bank|the bank's|the usual|its own)\\s+)?(?:[\\w'’-]+\\s+){0,3}?(?:of\\s+(?:the\\s+)?)?";
const REFORM_EN: RegExp[] = [
  new RegExp(`\\b(?:bypass\\w*|by-pass\\w*|skip(?:s|ped|ping)?|sidestep\\w*|circumvent\\w*|route\\w* (?:[\\w-]+ ){0,3}around|work\\w* around|get(?:ting)? around|got around|went around|go(?:ing)? around|waiv(?:e|ed|ing)|exempt(?:ed|ion|ions)?(?: from)?|jump(?:ed|ing)?)\\s+${OBJ_LEAD}${src(GATE_OBJ)}\\b`, 'i'),
  new RegExp(`\\b(?:modernis|moderniz|overhaul|reform|streamlin|de-?bottleneck|disrupt|clear(?:ed|ing)? out|cut(?:ting)? through|break(?:ing)? through|broke through|tear(?:ing)? down|tore down|dismantl|scrap|eliminat|abolish|cancel|get rid of|got rid of)\\w*\\s+${OBJ_LEAD}${src(GATE_OBJ)}\\b`, 'i'),
  /\bchalleng\w* the status quo\b|\b(?:turn(?:ed|ing)?|made|make) (?:compliance|MRM|model risk|the reviews?|governance|risk)\b[^.;]{0,30}\binto a rubber[- ]stamp\b|\b(?:bring|brought|bringing|inject\w*) (?:some |a |an )?(?:startup|Silicon Valley|tech|big-tech|fintech|disruptor)(?:'s|’s)? (?:speed|culture|mindset|pace|velocity|energy|urgency)\b/i,
];
/** "route our releases around them", "shake it up": a pronoun for the gate named earlier in the sentence. */
const REFORM_PRONOUN = /\b(?:route\w*|work\w*|get(?:ting)?|got|went|go(?:ing)?) (?:[\w-]+ ){0,3}around (?:them|it)\b|\b(?:shake|shook|shaking) (?:it|them|things) up\b/i;
const REFORM_ZH =
  /(?:绕过|绕开|跳过|取消|砍掉|打破|颠覆|挑战|改革|豁免|推翻|去掉|废除|突破|打掉|做减法)[^。；]{0,14}(?:流程|审批|验证|评审|合规|风控|条条框框|官僚|委员会|排队|规则|审查)|不再被(?:合规|风控|监管|法务)牵着走|(?:上线前的?|事前的?)(?:验证|审批|评审)改(?:成|为)(?:上线后|事后)|带来[^。；]{0,8}(?:颠覆者?|互联网|创业公司)(?:的)?(?:思维|速度|文化|打法)/;
/** Working inside the gates: "with MRM", "by sending the validation pack at design review". */
const WITHIN =
  /\bwith (?:MRM|model risk|compliance|legal|the validators?|validation|risk|the (?:model risk|compliance|validation) team)\b|\btogether with\b|\bby (?:sending|preparing|front-?loading|building|automating|bringing|involving|working with|sharing|submitting|agreeing)\b|\b(?:inside|within) (?:the|each|every|their|its) (?:gate|process|review|framework)s?\b|和模型风险|与合规|和合规|一起|提前准备/i;

// Cheap necessary words, tested before a family's list (the rubric bench's 1,000 unique documents
// spend most of the stance analysis in patterns that cannot match).
/** Every deferred-trade-off pattern in English names a team or disowns the call. */
const TEAM_WORD = /data|\bDS\b|model|engineer|\bML\b|\bAI\b|platform|tech|dev|algorithm|infra|analytic|quant|backend|SRE|ops|architect|vendor|lead|\bmy (?:call|decision)|\bnot (?:really )?(?:my|a PM|a product)|involved|view|opinion|stay/i;
/** Every reformer pattern in English names a gate, a startup's speed or "around them" / "shake it up". */
const REFORM_ANY = /review|approv|validat|governance|process|committee|gate|queue|sign|control|bureaucra|red tape|organi|culture|function|compliance|MRM|model risk|second line|status quo|rubber|startup|Silicon|tech|disrupt|around (?:it|them)|(?:it|them|things) up\b/i;

/** Whether a sentence describes working inside the gates (with MRM, by preparing evidence early). */
export function worksWithinGates(text: string): boolean {
  return WITHIN.test(text);
}

// ---------------------------------------------------------------------------------------------

function distanced(input: StanceInput, at: number, ownNegator = false): boolean {
  for (const [a, b] of input.reported) if (at >= a && at < b && !(ownNegator && a >= at)) return true;
  if (ownNegator) return false;
  for (const [a, b] of input.negated) if (at >= a && at < b) return true;
  return false;
}

const OWN_NEGATOR = /^(?:never|don't|do not|didn't|did not|wouldn't|would not|won't|will not|rarely|not|without|rather|before|ahead|no)\b|\bwithout\b|没|不|从/i;

// Cheap tests that run before a costly pattern: each one is a necessary condition of every match
// (a word or a fragment that each alternative of the pattern contains), so a pattern is tried only
// on a sentence where it could match and the findings cannot change. Besides the work saved, a
// pattern never tried is never compiled: V8 compiles a regex to machine code on its first run
// (the CLI runs with --no-regexp-tier-up), which cost a one-page check about 25 ms for these
// patterns when most of them cannot match anything in it. `stanceNeedsForTests` exposes the pairs
// so a test can check, over the gold corpus, that no match lacks its words.

/** Words a ship verb (SHIP) cannot be written without: its stems, "live", or "in front of". */
const SHIP_HINT = /ship|launch|deploy|releas|push|promot|roll|live|turn|switch|put|flip|cut|front of|out to|hands of/i;

/** The words that must all be present (each as a test) before a pattern is tried. */
const NEEDS = new Map<RegExp, RegExp[]>();
function needs(re: RegExp | undefined, ...words: RegExp[]): void {
  if (re) NEEDS.set(re, words);
}
needs(DEFER_TRADEOFF_EN[0], /\b(?:let|have|having|allow)/i);
needs(DEFER_TRADEOFF_EN[1], /\b(?:leav|left|hand|defer|delegat|punt|pass|outsourc|kick|push|toss)/i);
needs(DEFER_TRADEOFF_EN[2], /\bwhat|\bany\b/i);
needs(DEFER_TRADEOFF_EN[3], /\b(?:rel[yi]|count|trust|depend)/i);
needs(DEFER_TRADEOFF_EN[4], /\b(?:call|decision|question|problem|job|domain|responsibilit\w*|concern|department|business|area|thing|detail|matter|up to|for)\b/i);
needs(
  DEFER_TRADEOFF_EN[5],
  /\b(?:will|would|can|should|could|get|decide|own)/i,
  /\b(?:decide|choose|chose|pick|set|own|determine|figure|work|settle|call it|make|define|tune|sort|tell|land on|agree)/i,
);
needs(DEFER_TRADEOFF_EN[6], /\bwhat/i);
needs(DEFER_TRADEOFF_EN[7], /\bdefer/i);
needs(DEFER_TRADEOFF_EN[8], /\bnot |involved|view|opinion|position|stay/i);
needs(DEFER_TRADEOFF_EN[9], /threshold|cut-?off|SLA|latency|fallback|trade-?off|operating point|precision|recall|tolerance|limit/i);
needs(
  DEFER_EN[0],
  /\b(?:whatever|everything|anything|exactly|every|each|all|what)\b/i,
  /\b(?:say|said|want|ask|require|decide|tell|told|recommend|request|propos|demand|insist|set|impos|put|lay|give|flag|rais|write|wrote)/i,
);
needs(DEFER_EN[1], /\b(?:never|not|rarely)\b|n't/i);
needs(DEFER_EN[2], /\b(?:if|when|whenever|once)\b/i);
needs(DEFER_EN[3], /(?:not|never) my |who am I|best|final|always right|defer/i);
needs(DEFER_EN[4], /\bwhatever /i);
needs(REFORM_EN[0], /\b(?:by-?pass|skip|sidestep|circumvent|around|waiv|exempt|jump)/i);
needs(REFORM_EN[1], /\b(?:moderni[sz]|overhaul|reform|streamlin|\w*bottleneck|disrupt|clear|through|tear|tore|dismantl|scrap|eliminat|abolish|cancel|rid of)/i);
needs(REFORM_EN[2], /status quo|rubber|startup|Silicon Valley|tech|disruptor/i);
needs(MOVE_FAST_EN[0], /\b(?:as soon as|once|when|moment|minute|day|week|right after|immediately after|instant|if|whenever)\b/i, SHIP_HINT, METRIC);
needs(MOVE_FAST_EN[1], /\b(?:cleared|passed|crossed|hit|reached|beat|topped|exceeded|got|went|was above|came in|looked)\b/i, SHIP_HINT, METRIC);
needs(MOVE_FAST_EN[2], /\b(?:every|each|weekly|daily|nightly|twice|cadence|cycle|basis)\b/i, SHIP_HINT);
needs(
  MOVE_FAST_EN[3],
  /\b(?:quickly|rapidly|fast|often|continuously|constantly|aggressively|frequently)\b|\b(?:rapid|quick|fast|fast-paced|continuous|constant|agile|aggressive|frequent|weekly|daily) (?:iterat|releas|experiment|deploy|re-?deploy|shipping|model )|sprint|\bship,? (?:measure|learn|iterate)\b|\bbuild[- ]measure[- ]learn\b/i,
);
needs(MOVE_FAST_EN[4], SHIP_HINT, /\b(?:iterat|tun|tweak|adjust|refin|learn|improv)/i);
needs(MOVE_FAST_EN[5], LIVE_PEOPLE);
needs(MOVE_FAST_EN[6], /\blet|guinea|\b(?:as|when|whenever) (?:the )?(?:results|data|complaints|losses|defaults|feedback|we|customers|problems|issues) /i);
needs(MOVE_FAST_EN[7], /live|split|\d\/\d|winning|whichever|randomi|bucketed|at random|experiment|A\/?B test/i);
needs(MOVE_FAST_EN[8], /A\/?B[- ]?test/i);
needs(MOVE_FAST_HABIT_EN[0], SHIP_HINT, /\b(?:fix|patch|correct|sort|clean|deal)/i);
needs(MOVE_FAST_HABIT_EN[1], /\b(?:in|on) (?:prod|the live )/i);
needs(MOVE_FAST_HABIT_EN[3], SHIP_HINT, /\bfirst\b/i);
needs(MOVE_FAST_HABIT_EN[4], /\b(?:later|after)/i);
needs(MOVE_FAST_HABIT_EN[5], SHIP_HINT, GATE_SKIPPED);
needs(MOVE_FAST_HABIT_EN[6], /\bwait/i);

/**
 * What CYNIC_PRED cannot match without, one part per alternative: a drag verb, an obstacle noun,
 * whom the rules "exist to protect", or a phrase of the "too conservative" kind.
 */
const CYNIC_HINT =
  /\b(?:slow|drag|hold|held|bog|stifl|kill|strangl|chok|hinder|hamper|imped|block|smother|suffocat|crush|paraly|get|got|stand|stood)|obstacle|hurdle|roadblock|blocker|bottleneck|speed ?bump|formalit|box[- ]?ticking|checkbox|check-the-box|rubber[- ]stamp|theat(?:er|re)|paperwork|bureaucra|red tape|overhead|burden|a drag|a tax|dead weight|necessary evil|cost cent|department of no|the enemy|enem(?:y|ies) of|waste of time|time sink|pointless|useless|a joke|hoops|\b(?:jobs?|backs?|themselves|itself|existence|headcount|something to do|busy|headlines|lawsuits|blame|fines)\b|cover|too |overly |behind|out of touch|outdated|clueless|paranoid|obsessed with|understand|get |grasp|around|says? no|add|for no |because they can|for the sake of/i;

/** For tests: each pattern with the words it needs, and CYNIC_PRED with its hint. */
export function stanceNeedsForTests(): Array<{ pattern: RegExp; needs: RegExp[] }> {
  return [...[...NEEDS].map(([pattern, words]) => ({ pattern, needs: words })), { pattern: CYNIC_PRED, needs: [CYNIC_HINT] }];
}

function scan(res: RegExp[], input: StanceInput, signal: StanceSignal, out: StanceClaim[], anchorNegation = true): void {
  for (const re of res) {
    const need = NEEDS.get(re);
    if (need && !need.every((w) => w.test(input.text))) continue;
    const m = firstMatch(re, input.text);
    if (!m) continue;
    const start = m.index;
    const end = start + m[0].length;
    // A match that carries its own negation ("never push back", "without validation") is the claim;
    // only a quotation, a reported view or a rejection around it distances it.
    const own = OWN_NEGATOR.test(m[0]);
    if (anchorNegation && distanced(input, start, own)) continue;
    out.push({ signal, start, end });
    return;
  }
}

const CACHE_LIMIT = 4_000;
const cache = new Map<string, StanceClaim[]>();

/**
 * The stance claims of one sentence (offsets relative to `input.text`). Empty for most sentences;
 * each signal appears at most once. Cached by text; treat the result as read-only.
 */
export function stanceOf(input: StanceInput): StanceClaim[] {
  const hit = cache.get(input.text);
  if (hit) return hit;
  const key = input.text;
  // Decimal points ("AUC 0.85") are not sentence punctuation for the clause windows below.
  const text = input.text.replace(/(?<=\d)\.(?=\d)/g, '_');
  input = { ...input, text };
  const out: StanceClaim[] = [];

  const zh = /[\u4e00-\u9fff]/.test(text);
  {
    const found: StanceClaim[] = [];
    scan(MOVE_FAST_HABIT_EN, input, 'move-fast', found);
    if (found.length === 0 && zh) scan(MOVE_FAST_HABIT_ZH, input, 'move-fast', found);
    if (found.length === 0) speedBoast(input, found);
    if (found.length === 0 && (MODEL_OBJECT.test(text) || METRIC.test(text))) {
      scan(MOVE_FAST_EN, input, 'move-fast', found);
      if (found.length === 0 && zh) scan(MOVE_FAST_ZH, input, 'move-fast', found);
    }
    // A named gate in the same sentence (validated, shadow run, model-risk sign-off) that is not
    // itself what was skipped means the launch was controlled.
    const f = found[0];
    if (f) {
      const gate = firstMatch(GATE_WORD, text);
      const skipped = /\b(?:without|before|ahead of|rather than|skip\w*|didn't wait|did not wait|never waited|catch up|later|afterwards)\b|没等|不等|未等|跳过|绕过|再补|后面/i.test(text);
      // A champion-challenger split on live decisions is the experiment, not the gate.
      const liveSplit = /\b(?:split|50\/50|\d{1,2}\/\d{1,2})\b[^.;]{0,30}\blive\b/i.test(text);
      const gateCounts = gate !== null && !skipped && !liveSplit && !distanced(input, gate.index);
      if (!gateCounts) out.push(f);
    }
  }

  const cynic: StanceClaim[] = [];
  const firstSubject = firstMatch(REG_SUBJECT, text);
  for (let pred = firstSubject && CYNIC_HINT.test(text) ? firstMatch(CYNIC_PRED, text, firstSubject.index) : null; pred && cynic.length === 0; pred = firstMatch(CYNIC_PRED, text, pred.index + 1)) {
    // The subject nearest before the predicate, or "they" / "it" standing for one named earlier.
    let subjectStart = -1;
    let subjectEnd = -1;
    for (let m = firstSubject; m && m.index < pred.index; m = firstMatch(REG_SUBJECT, text, m.index + 1)) {
      subjectStart = m.index;
      subjectEnd = m.index + m[0].length;
    }
    const pronoun = /\b(?:they|it|these|those|them|which)\s+(?:\w+\s+){0,2}$/i.exec(text.slice(Math.max(0, pred.index - 30), pred.index));
    if (subjectStart >= 0 && pronoun && pred.index - subjectEnd > 20) {
      subjectStart = pred.index - pronoun[0].length;
      subjectEnd = subjectStart + pronoun[0].length;
    }
    if (subjectStart < 0 || pred.index - subjectEnd > 60 || /[.;]/.test(text.slice(subjectStart, pred.index))) continue;
    const own = OWN_NEGATOR.test(pred[0]) || /\b(?:don't|doesn't|never|do not|does not)\b/i.test(pred[0]);
    // "Fair-lending rules are not red tape to me": the negation inside the predicate is the point.
    const denied = !own && /\b(?:not|never|no longer|hardly)\b|n't/i.test(pred[0]);
    // "Governance held the launch back two weeks to fix a proxy variable": a fact with its reason.
    const factual = /^[^.;]{0,30}?\b(?:because|to fix|to correct|to close|so that|until|while|by (?:a |about |roughly )?(?:\d+|one|two|three|four|five|six|a few|several) (?:days?|weeks?|months?))\b|^\s*(?:by )?(?:about )?(?:\d+|one|two|three|four|five|six|eight|a few|several) (?:days?|weeks?|months?)\b/i.test(text.slice(pred.index + pred[0].length));
    if (!denied && !factual && !distanced(input, subjectStart) && !distanced(input, pred.index, own)) cynic.push({ signal: 'cynicism', start: subjectStart, end: pred.index + pred[0].length });
  }
  if (cynic.length === 0) scan([CYNIC_PHRASE], input, 'cynicism', cynic);
  if (cynic.length === 0 && /[\u4e00-\u9fff]/.test(text)) scan([CYNIC_ZH], input, 'cynicism', cynic);
  const c = cynic[0];
  // "Red tape is the wrong word": the writer names the view to reject it.
  const rejected = c && /^["”’']?\s*(?:is|are|was)\s+(?:the wrong (?:word|frame|framing|way to see it)|unfair|a myth|a misconception|a caricature|lazy shorthand|not how I see it)/i.test(text.slice(c.end));
  if (c && !rejected && !CONCESSION.test(text.slice(c.end))) out.push(c);

  const defer: StanceClaim[] = [];
  if (GOV_ANY.test(text)) scan(DEFER_EN, input, 'deference', defer);
  if (defer[0] && ENGAGES.test(text.slice(defer[0].end))) defer.length = 0;
  if (defer.length === 0 && /[\u4e00-\u9fff]/.test(text)) scan([DEFER_ZH], input, 'deference', defer);
  if (defer[0]) out.push(defer[0]);

  if (zh || TEAM_WORD.test(text)) {
    const d: StanceClaim[] = [];
    scan(DEFER_TRADEOFF_EN, input, 'deferred-tradeoff', d);
    if (d.length === 0 && /[\u4e00-\u9fff]/.test(text)) scan(DEFER_TRADEOFF_ZH, input, 'deferred-tradeoff', d);
    // Owning a decision elsewhere in the sentence ("We decided to ship, and I let data science
    // pick the threshold") does not take back the hand-off: only the hand-off's own clause counts.
    if (d[0] && !ownsInClause(text, d[0].start)) out.push({ ...d[0], namesDecision: DECISION_OBJECT.test(text) });
  }

  if ((zh || REFORM_ANY.test(text)) && !WITHIN.test(text)) {
    const r: StanceClaim[] = [];
    scan(REFORM_EN, input, 'reformer', r);
    if (r.length === 0 && firstMatch(GATE_OBJ, text)) scan([REFORM_PRONOUN], input, 'reformer', r);
    if (r.length === 0 && /[\u4e00-\u9fff]/.test(text)) scan([REFORM_ZH], input, 'reformer', r);
    if (r[0]) out.push(r[0]);
  }

  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, out);
  return out;
}
