// A goal, request, plan or hypothetical is not a claimed outcome: "Leadership asked for a model
// that cut losses", "The goal was to cut losses", "We plan to reduce reviews", "If we lowered the
// threshold…", 领导要求…降低损失, 目标是减少…, 如果…. A trigger that follows such a lead in the
// same clause names what someone wanted, not what changed, so it needs no impact number.
// Run only on a trigger match in a sentence without an impact number, so it costs nothing on most
// sentences.

/** English leads of an aim: a goal noun with "was to/for/that", a past verb of asking or planning, a purpose or "if". */
const AIM_LEAD_EN = new RegExp(
  [
    String.raw`\b(?:goals?|aims?|objectives?|targets?|mandate|brief|task|ask|request|requirement|mission|plan|intent(?:ion)?|hope|idea|job|remit|charter)\b(?:\s+\w+){0,4}?\s+(?:was|is|were|are|had been|has been)\s+(?:to|that|for|a|an)\b`,
    String.raw`\b(?:asked|asking|asks|tasked|charged|challenged|wanted|needed|hoped|planned|planning|aimed|aiming|intended|set out|sought|tried|attempted|expected|required|requested|proposed|pushed for|looked for|(?:supposed|meant|designed|built|hired (?:me|us)) to)\b`,
    // A firm's goals in the present: "Wells Fargo needs to grow card lending while…", "wants to cut".
    String.raw`\b(?:wants|needs|hopes|plans|aims|seeks|intends|is (?:looking|trying|working|aiming|under pressure) to|are (?:looking|trying|working|aiming|under pressure) to|has to|have to|must)\b`,
    String.raw`\b(?:in order to|so as to|with the aim of|with a view to|if|unless|whether)\b`,
  ].join('|'),
  'i',
);
import { matchesOf } from '../../text/regexMatches';

/** Chinese leads of an aim (按计划, "on schedule", is not one). */
const AIM_LEAD_ZH = /目标是|目的是|目标为|任务是|要求|希望|想要|想让|(?<!按)计划|打算|旨在|为了|期望|力求|如果|假如|要是|若是|是否|需要|必须|亟需|急需|寻求|致力于|争取/;

/**
 * Leads of a cause: what a failure or a problem came from ("The root cause was…", "caused by",
 * 根因是, 原因在于, 源于). A trigger after one names the cause ("a promotion that increased
 * new-user traffic", 促销带来的新用户), not the writer's result; a trigger the writer or the team
 * does after it ("because we cut…") is still theirs.
 */
const CAUSE_LEAD = /\b(?:root[- ]causes?|(?:the|a) (?:main |real |underlying |likely |first )?(?:cause|culprit|trigger)s? (?:was|is|were|are|turned out to be)|caused by|stemm(?:ed|ing|s) from|traced (?:it |the \w+ )?(?:back )?to|due to)\b|根因|根本原因|原因(?:是|在于|出在)|归因于|源于|起因是|问题出在/i;
const WRITER_AFTER = /\b(?:we|I|our team|my team)\b|我们|我(?!们)/i;

/** Where a clause ends: a new statement can follow (", and the model delivered", "，结果…"). */
const CLAUSE_BREAK_EN = /[.;:!?]|,\s*(?:and|but|so|then|which|after which|yet)\b|\b(?:and then|but|until|when|after)\b/gi;
const CLAUSE_BREAK_ZH = /[。；;！？!?]|[，,]\s*(?:结果|最终|最后|实际上?|但|但是|并且?|然后|于是|因此|所以|上线后)/g;

/**
 * True when the text just before `index` in `text` (the same clause, up to 120 characters back)
 * holds an aim's lead, so a trigger at `index` states a goal, request, plan or hypothetical.
 */
export function insideStatedAim(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 120), index);
  const clause = lastClause(before);
  return AIM_LEAD_EN.test(clause) || AIM_LEAD_ZH.test(clause);
}

function lastClause(before: string): string {
  let cut = 0;
  for (const re of [CLAUSE_BREAK_EN, CLAUSE_BREAK_ZH]) {
    for (const m of matchesOf(re, before)) cut = Math.max(cut, m.index + m[0].length);
  }
  return before.slice(cut);
}

/**
 * The gain side of a trade-off weighed in one sentence is the road not taken, not a claimed
 * outcome (breaker F12): "Continuing the launch would cut fraud losses, but it would bring fairness
 * risk", "Launching would cut fraud losses; the cost was a fairness risk", 继续上线可以减少欺诈损失，
 * 但会带来公平性风险. The trigger follows a conditional modal in its own clause (would, could,
 * might; 可以, 能, 会, 可能) and the sentence goes on to a cost (", but", "; the cost", 但/但是/不过/
 * 可是/然而, 代价是). A plain forecast with no cost ("The model would cut losses.") is not weighed and
 * still needs its number.
 */
const MODAL_BEFORE_EN = /\b(?:would|could|might)(?:\s+(?:have|likely|probably|also|still|further|certainly|definitely))?\s+$/i;
const MODAL_BEFORE_ZH = /(?:可以|能够|可能|将会|就会|(?<![委员协学机社大开])会|(?<![功性智技效潜本才体产动可])能)\s*$/;
const COST_AFTER_EN = /^[^.;!?]*?(?:,\s*|\s+)but\b|^[^.!?]*?;\s*(?:but\b|the (?:cost|price|downside|catch|risk)\b|at the (?:cost|price|expense) of\b)|^[^.;!?]*?,?\s+at the (?:cost|price|expense) of\b/i;
const COST_AFTER_ZH = /^[^。！？!?；;]*?[，,]\s*(?:但是?|不过|可是|然而|代价是)|^[^。！？!?]*?[；;]\s*(?:但是?|不过|代价)/;

/** The weighed gain before a cost's own modal: "…would cut losses, but it would |bring risk", 可以减少损失，但会|带来风险. */
const GAIN_BEFORE_EN = /\b(?:would|could|might)\b[^.;!?]*(?:,\s*|\s+)but\b[^.!?]*$/i;
const GAIN_BEFORE_ZH = /(?:可以|能够|可能|会|能)[^。！？!?；;]*[，,]\s*(?:但是?|不过|可是|然而)[^。！？!?]*$/;

/**
 * True when a trigger at `index` states one side of a trade-off weighed in the same sentence: the
 * gain before a cost, or the cost after a gain, each with its conditional modal (see above).
 */
export function insideWeighedGain(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 240), index);
  const clause = lastClause(before.slice(-120));
  if (!MODAL_BEFORE_EN.test(clause) && !MODAL_BEFORE_ZH.test(clause)) return false;
  const after = text.slice(index, index + 240);
  return COST_AFTER_EN.test(after) || COST_AFTER_ZH.test(after) || GAIN_BEFORE_EN.test(before) || GAIN_BEFORE_ZH.test(before);
}

/**
 * True when the same clause before `index` in `text` names a cause (root cause, caused by, 根因是)
 * and neither the writer nor the team acts between it and `index`: a trigger there explains what
 * went wrong, it does not claim a result.
 */
export function insideCause(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 120), index);
  const lead = CAUSE_LEAD.exec(before);
  if (!lead) return false;
  return !WRITER_AFTER.test(before.slice(lead.index + lead[0].length));
}
