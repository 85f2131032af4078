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

export type GovernanceActor = 'model-risk' | 'compliance' | 'legal' | 'fair-lending' | 'audit' | 'risk' | 'regulator';
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
  ['fair-lending', /\bfair[- ]lending(?: team| counsel| review| test(?:ing)?| analysis)?\b|\bdisparate[- ]impact (?:test(?:ing)?|analysis|review)\b|公平(?:借贷|信贷)/gi],
  ['compliance', /\bcompliance(?: team| officers?| partners?| review)?\b|合规/gi],
  ['legal', /\b(?:legal(?: team| review)?|counsel|lawyers?|attorneys?)\b|法务|律师/gi],
  ['audit', /\b(?:internal )?audit(?:ors?|s)?\b|审计/gi],
  ['risk', /\b(?:risk (?:team|management|officers?|partners?|committee|review)|CRO|chief risk officer|risk)\b|风控|风险管理/gi],
  ['regulator', /\b(?:regulators?|OCC|CFPB|the Fed|examiners?)\b|监管(?:机构|部门)?/gi],
];

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
  ['rollback', /\broll(?:ed|ing|s)?(?: it| the \w+| them)?[- ]?back\b|\brollbacks?\b|\brevert(?:ed|ing|s)?\b|回滚|回退/gi],
  ['fix', /\b(?:hot-?fix(?:ed|es)?|fix(?:ed|es)?|patch(?:ed|es)?)\b|修复|补丁/gi],
  [
    'incident',
    /\b(?:incidents?|outages?|breach(?:es)?|(?:customer |first |a )?complaints?(?! rates?)|regulator'?s? letter|(?:audit|exam) findings?|MRAs?|(?:audit|auditors) flagged|complain(?:ed|s)|went wrong|broke|misfired)\b|事故|故障|投诉(?!率)|监管(?:函|来函|问询|处罚)|整改|线上问题|出了?(?:问题|事)/gi,
  ],
  [
    'launch',
    /\b(?:launch(?:es|ed|ing)?|go-?live|went live|gone live|goes live|(?:was|were|is|are|been|being|already|went|go|it's) live|rollouts?|roll(?:ed|ing)? (?:it |them )?out|releas(?:e|ed|es|ing)|deploy(?:ed|ing|ment|ments|s)?|ship(?:ped|ping)?|pilot|beta|(?:in|into|to) production|serving (?:customers|applicants|decisions)|push(?:ed)? (?:the |an? )?(?:update|change|model|new version)|(?:push|put|flip|switch|turn)(?:ed|ing|s)? (?:it |them |the [\w-]+ )?(?:live|to production|into production)|turned (?:it |them |the [\w-]+ (?:[\w-]+ )?)?on)\b|上线|发布|投产|部署|全量|灰度|运行/gi,
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
  /\b(?:later|afterwards?|eventually|subsequently|the following (?:day|week|month|quarter|sprint)|the next (?:day|week|month|quarter|sprint)|(?:\w+|a|a few|several) (?:days?|weeks?|months?|quarters?) (?:later|after(?:wards)?|into production|in))\b|事后|随后|最后/gi;

const LATE =
  /\b(?:told|briefed|notified|informed|looped in|brought in|involved|updated|alerted|sent|let \w+(?: \w+){0,3} know)\b[^.;]{0,40}\b(?:later|afterwards?|eventually|weeks later|days later)\b|\b(?:later|afterwards?|eventually|only then|and then) (?:told|briefed|notified|informed|looped in|brought in|involved|updated|alerted|let)\b|\bafter the fact\b|\bretroactive\w*|\bcatch-up\b|\bback-?dated\b|\bat the (?:very )?end\b|\bonce (?:things|everything|the dust) (?:had |have )?(?:calmed|settled)(?: down)?\b|\balready (?:live|in production|serving|running|launched|shipped|deployed)\b|\bhad (?:already )?been (?:live|running|in production)\b|\bfirst (?:saw|heard|learned|found out|looked)\b|\bonly (?:found out|heard|learned|saw)\b|补签|补批|补办|补做|补了|事后|最后才|已经上线|已上线|才(?:通知|告诉|找|拉上?|让|补|请|过了一遍|知道|发现)/i;
const EARLY =
  /\bup ?front\b|\bfrom (?:day one|the (?:start|outset|beginning|first (?:day|week|sprint)))\b|\bat (?:the )?(?:design|kickoff|kick-off|start|outset)\b|\bin the (?:design|planning|scoping) (?:review|phase|stage)\b|\bdesign review\b|\bkick-?off\b|\bweek (?:one|1)\b|\bfirst (?:week|sprint|day)\b|\bduring (?:design|scoping|planning|development)\b|\bin advance\b|\bbeforehand\b|\bearly in (?:development|the project|design)\b|\bpre-mortem\b|一开始|设计阶段|从第一天|事先|提前|立项|第一周/i;
const ONGOING = /\b(?:monitor\w*|drift|weekly|monthly|quarterly|every (?:week|month|quarter)|ongoing|continu\w*|revalidat\w*|annual(?:ly)?|periodic\w*|re-?review|standing|whenever)\b|监控|每月|每周|每季度|定期|持续/i;
const REPORTED_TO = /\b(?:told|briefed|notified|informed|looped in|brought in|involved|got (?:their )?sign-?off|asked for (?:approval|sign-?off)|let \w+(?: \w+){0,3} know|sent|walked)\b|才|通知|告诉|通报|补/i;
const RESOLVED = /\b(?:closed|over|resolved|contained|mitigated|done|finished|complete|fixed|wrapped up|behind us|handled|cleaned up|settled)\b|处理完|结束|解决|平息|修复完/i;
const DISCOVERY = /\b(?:appeared|surfaced|detected|spotted|found|noticed|showed up|emerged|alerted?|first signs?|flagged)\b|发现|出现|报警/i;
const NEGATED_UNTIL = /\b(?:no ?one|nobody|never|not|n't|no)\b|没有|没|从未|未/i;

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

function scopesOf(text: string): Scope[] {
  const out: Scope[] = [];
  for (const [re, order] of [
    [PRIOR_EN, 'prior'],
    [LATER_EN, 'later'],
  ] as const) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const from = m.index + m[0].length;
      const prefix = m[0].endsWith('-');
      const end = prefix ? from + (/^[\w-]+/.exec(text.slice(from))?.[0].length ?? 0) : enScopeEnd(text, from);
      out.push({ start: m.index, end, order, until: /^(?:until|till)$/i.test(m[0]) });
    }
  }
  if (/[\u4e00-\u9fff]/.test(text)) {
    for (const [re, order] of [
      [PRIOR_ZH, 'prior'],
      [LATER_ZH, 'later'],
    ] as const) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        let s = m.index;
        while (s > 0 && !BREAK_ZH.test(text[s - 1] ?? '')) s--;
        out.push({ start: s, end: m.index + m[0].length, order, until: false });
      }
    }
    // 直到…才: what follows 直到 is when the action finally happened.
    for (const m of text.matchAll(/直到/g)) {
      let e = m.index;
      while (e < text.length && !BREAK_ZH.test(text[e] ?? '') && text[e] !== '才') e++;
      out.push({ start: m.index, end: e, order: 'prior', until: false });
    }
  }
  return out;
}

function eventsOf(text: string): Ev[] {
  const out: Ev[] = [];
  const taken: Range[] = [];
  for (const [type, re] of EVENTS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (inRanges(taken, start, end)) continue;
      // "cross-validation", "validation set": not governance; "complaint rate": a metric.
      taken.push([start, end]);
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
function relation(text: string, scopes: Scope[], gs: number, ge: number, ev: Ev, gNegated: boolean): 'before' | 'after' | null {
  for (const s of scopes) {
    const eIn = inside(s, ev.start, ev.end);
    const gIn = inside(s, gs, ge);
    if (eIn === gIn) continue;
    if (s.until) {
      // "Nobody from compliance looked until the first complaint": they acted only at the event.
      if (eIn && (gNegated || NEGATED_UNTIL.test(text.slice(Math.max(0, gs - 40), s.start)))) return 'after';
      return eIn ? 'before' : 'after';
    }
    if (s.order === 'prior') return eIn ? 'after' : 'before';
    return eIn ? 'before' : 'after';
  }
  const [a, b] = ev.start < gs ? [ev.end, gs] : [ge, ev.start];
  const between = text.slice(a, b);
  SEQUENCE_BETWEEN.lastIndex = 0;
  if (SEQUENCE_BETWEEN.test(between) && !/[;；。]/.test(between)) return ev.start < gs ? 'after' : 'before';
  // "We shipped the fix and briefed compliance the following week": a trailing "later" belongs
  // to the action nearest before it.
  SEQUENCE_TRAILING.lastIndex = 0;
  for (const m of text.matchAll(SEQUENCE_TRAILING)) {
    if (m.index < Math.max(ev.end, ge)) continue;
    if (/[;；。]/.test(text.slice(Math.min(ev.start, gs), m.index))) continue;
    return gs > ev.start ? 'after' : 'before';
  }
  return null;
}

/** The governance actors a sentence names, each with when it acts. `negated` are the sentence's negation ranges. */
export function governanceOf(text: string, negated: Range[]): GovernanceMention[] {
  const out: GovernanceMention[] = [];
  const taken: Range[] = [];
  for (const [actor, re] of GOVERNANCE_ACTORS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (inRanges(taken, start, end)) continue;
      // "risk" alone is governance only as a team ("told risk", "risk signed off").
      if (actor === 'risk' && /^risk$/i.test(m[0]) && !/\b(?:told|tell|briefed|brief|notified|informed|looped in|brought in|asked|with|to|and|by|let)\s+$/i.test(text.slice(Math.max(0, start - 14), start)) && !/^\s+(?:signed|approved|agreed|reviewed|joined|asked|said|required|team|got|received|heard|was (?:told|given|briefed))\b/i.test(text.slice(end, end + 14))) continue;
      // "the regulator's letter", 监管函: an event, not an actor in the room.
      if (actor === 'regulator' && /^(?:'s|’s|s')?\s?(?:letters?|exam(?:ination)?s?|findings?|inquiry|MRAs?)\b|^(?:函|来函|问询|处罚)/i.test(text.slice(end, end + 14))) continue;
      taken.push([start, end]);
      out.push({ actor, start, end, timing: null, event: null, negated: inRanges(negated, start, end) });
    }
  }
  if (out.length === 0) return out;
  const scopes = scopesOf(text);
  const events = eventsOf(text).filter((e) => !inRanges(taken, e.start, e.end));
  const late = LATE.test(text);
  const early = EARLY.test(text);
  const ongoing = ONGOING.test(text) && !REPORTED_TO.test(text);
  for (const g of out) {
    let best: { timing: 'before' | 'after'; ev: Ev; distance: number } | null = null;
    for (const ev of events) {
      const r = relation(text, scopes, g.start, g.end, ev, g.negated);
      if (!r) continue;
      const distance = Math.abs(ev.start - g.start);
      if (!best || distance < best.distance) best = { timing: r, ev, distance };
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
        if (best.ev.discovery || (best.ev.external && !cue)) timing = null;
        // "until" with a negated actor: the negation is the point.
        if (timing === 'after' && scopes.some((s) => s.until && inside(s, best.ev.start, best.ev.end))) g.negated = false;
      }
    }
    if (timing === null) {
      if (late) timing = 'after';
      else if (early) timing = 'before';
    }
    if (timing === 'after' && ongoing) timing = 'ongoing';
    if (timing === null && ONGOING.test(text)) timing = 'ongoing';
    g.timing = timing;
    g.event = event ?? (timing ? (events[0]?.type ?? null) : null);
  }
  return out;
}
