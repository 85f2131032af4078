// Who leads the action of a sentence: a person other than the writer ("The PM on the rewards team
// negotiated…", 隔壁组的产品经理说服了法务) as the subject of a leading act (deciding, stopping,
// negotiating, re-running, presenting, writing), not a reaction (approved, agreed, confirmed) and
// not shared with the writer ("My lead and I re-ran…"). Pure: no node: imports, no DOM.
import type { Range } from './negation';
import { matchesOf } from '../../text/regexMatches';

/** A person's role (not a governance team: "Compliance refused" is the counterpart, not a lead). */
const ROLE_EN =
  String.raw`(?:(?:product|program|project|engineering|data science|analytics|risk|credit|fraud|lending|business|model)\s)?(?:manager|director|head|lead|leader|VP|SVP|EVP|CEO|CTO|CRO|CFO|COO|CDO|PM|product owner|owner|sponsor|colleague|peer|teammate|boss|chief|executive|scientist|engineer|analyst|counterpart|supervisor|skip-level)`;
/** A leading act in the past tense (regular or common irregular), not a reaction. */
const LEAD_VERB_EN =
  /^(?!(?:agreed|approved|accepted|backed|supported|confirmed|endorsed|asked|said|wanted|told|replied|responded|objected|refused|rejected|questioned|challenged|worried|signed|joined|attended|received|heard|liked|seemed|looked|noted|needed|used|called me|emailed me)\b)(?:[a-z]+(?:ed)|got|re-ran|reran|ran|rebuilt|built|redid|did|undid|wrote|rewrote|took|made|chose|led|drove|built|found|brought|held|put|set|cut|shut|kept|sent|won|pulled|drew|spoke|caught|threw|froze|overrode|overruled|pushed|weighed|called off|pulled the plug)\b/i;

/** Who the subject is: a determiner or possessive, modifiers, the role, and "of/on/at the X team". */
const OTHER_SUBJECT_EN = new RegExp(
  String.raw`(?:^(?:[A-Z][^,;:.]{0,40},\s+)?|[.;:]\s+|,\s+(?:and|then|so|but)\s+|\b(?:Finally|Eventually|In the end|Then|Later|That day|At that point),?\s+)` +
    String.raw`(?:(?:the|my|our|their|his|her|a|an|that|this|another|one|one of (?:the|our|their))\s+)(?:[\w'’-]+\s+){0,3}?` +
    ROLE_EN +
    String.raw`(?:\s+(?:of|on|at|in|for|from)\s+(?:the\s+|a\s+|our\s+|their\s+|that\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?` +
    String.raw`(?:,\s+[^,]{1,40},)?\s+(?:(?:then|later|quietly|quickly|immediately|eventually|finally|personally|alone|also)\s+)?` +
    `(?=${LEAD_VERB_EN.source.slice(1)})`,
  'gi',
);
const ROLE_ZH =
  '(?:产品经理|项目负责人|产品负责人|业务负责人|部门负责人|负责人|总经理|经理|上级|领导|主管|总监|老板|同事|数据科学家|工程师|副总裁|总裁|行长|首席[\\u4e00-\\u9fff]{1,4}官|PM|team lead|lead|director|head|owner|sponsor|VP|CRO|CEO|CTO)';
/**
 * A Chinese clause whose subject is another person's role: an optional time word, a modifier
 * ending in 的 (that does not make the writer the subject), an optional 另一位/那位, the role,
 * then a leading verb within the clause.
 */
const OTHER_LEAD_ZH = new RegExp(
  String.raw`(?:^|[，,。；;：:]\s*)(?:当时|最终|后来|最后|随后|那天|于是)?[，,]?\s*` +
    String.raw`(?!我(?!的|们的))(?:我们?的)?(?:[^，,。；;：:我]{0,16}?的)?\s*(?:另一位|另一个|一位|那位|这位|那个|这个|对方的?)?\s*(?:[A-Za-z-]+\s?){0,2}` +
    ROLE_ZH +
    String.raw`(?:[^，,。；;：:我]{0,20}?|[^，,。；;：:我]{0,24}[，,]\s*(?:后来|随后|当场|立刻|马上|最终|最后|就|便|于是|又)?)(?:决定|叫停|暂停|终止|拍板|放弃|否决|汇报|说服|谈下|谈妥|权衡|选择|关掉|关闭|下线|停掉|砍掉|撤下|起草|写了|推动|主导|牵头|主持|拉着|带着|重新跑|重跑|重新做|重新定义|重新设计|改写|改成|撤回|提出了)`,
  'gi',
);

/**
 * The span (relative to `text`) of the first clause whose lead actor is someone else, or null.
 * "The PM on the rewards team negotiated three conditions…" -> the span of "The PM … negotiated".
 */
/** A leading act in the passive with a person as its agent ("was pulled by the head of lending"). */
const PASSIVE_BY = new RegExp(
  String.raw`\b(?:was|were|got|had been)\s+(?:(?:quietly|quickly|then|later|finally|eventually)\s+)?(?:pulled|stopped|killed|paused|halted|shelved|cancell?ed|scrapped|shut down|called off|made|taken|decided|negotiated|reversed|vetoed|overruled|rewritten|redesigned)(?:\s+\w+)?\s+by\s+(?:the|my|our|their|a|an|another)\s+(?:[\w'’-]+\s+){0,3}?` + ROLE_EN + String.raw`\b`,
  'gi',
);

/** A governance counterpart ("the model-risk lead", 合规负责人): their act answers the writer's ask. */
const COUNTERPART = /\b(?:model[- ]risk|MRM|compliance|legal|fair[- ]lending|audit|validation|validator|regulator|counsel|privacy)\b|合规|法务|模型风险|审计|验证|公平借贷/i;
/** The writer directs the act ("at my request", "I asked our lead to…", 我让…). */
const WRITER_DIRECTS = /\bat my (?:request|direction|suggestion)\b|\bI (?:asked|had|got|told|directed|assigned|tasked)\b|我让|我请|我安排|按照我的/i;

export function otherLeadOf(text: string): Range | null {
  if (WRITER_DIRECTS.test(text)) return null;
  OTHER_SUBJECT_EN.lastIndex = 0;
  for (const m of matchesOf(OTHER_SUBJECT_EN, text)) {
    const subject = m[0];
    // "My data science lead and I re-ran…": shared with the writer.
    if (/\b(?:and|with) (?:I|me)\b/i.test(subject) || COUNTERPART.test(subject)) continue;
    const after = text.slice(m.index + subject.length, m.index + subject.length + 40);
    const verb = LEAD_VERB_EN.exec(after);
    if (verb) return [m.index + (/^[.;:,]/.test(subject) ? subject.search(/[A-Za-z]/) : 0), m.index + subject.length + verb[0].length];
  }
  // "The model was pulled by the head of lending…": the agent of a passive.
  PASSIVE_BY.lastIndex = 0;
  for (const m of matchesOf(PASSIVE_BY, text)) {
    if (!COUNTERPART.test(m[0].slice(m[0].search(/\bby\b/)))) return [m.index, m.index + m[0].length];
  }
  // "She took it to model risk…": a story told about someone else, continued by pronoun.
  const pronoun = /^\s*(?:She|He)\s+(?:(?:then|later|quietly|quickly|immediately|eventually|finally|personally|also)\s+)?/.exec(text);
  if (pronoun) {
    const verb = LEAD_VERB_EN.exec(text.slice(pronoun[0].length, pronoun[0].length + 40));
    if (verb) return [pronoun.index, pronoun[0].length + verb[0].length];
  }
  if (/[\u4e00-\u9fff]/.test(text)) {
    OTHER_LEAD_ZH.lastIndex = 0;
    const m = OTHER_LEAD_ZH.exec(text);
    if (m && !/(?:和|与|跟)我|我和|我跟/.test(m[0]) && !COUNTERPART.test(m[0].slice(0, m[0].search(new RegExp(ROLE_ZH)) + 1))) return [m.index, m.index + m[0].length];
  }
  return null;
}
