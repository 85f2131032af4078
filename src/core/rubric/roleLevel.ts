// Whether a document says the role it asks pay for is senior or on the management track, read
// from the word lists of a rule pack (comp-band's seniorTerms / managementTerms). A word counts
// only when the writer says it of the role: not when it is negated or reported ("this is not a
// senior role"), not inside a condition ("if the role is senior": that is one alternative's
// condition, see alternativeSays), and not when it names someone else ("a senior PM asked me…", "I
// report to a Director of Product", 我的面试官是一位资深产品经理), nor when it is only a mid-level title
// on the firm's ladder (a bank's Vice President: see TitleLadder). Pure; claims come from the
// claim analysis, so the CLI, the server and the editor's worker read them alike.
import { anyMatch } from './ruleKind';
import { isDistanced } from './claims/analyzeClaim';
import type { Claim } from './claims/analyzeClaim';

/**
 * How a firm ranks its titles, which decides whether a title alone makes the role senior or
 * managerial.
 * - 'product' (the default; tech firms and fintechs): Vice President is an executive title above
 *   Director, so "VP" and 副总裁 read as senior, and "VP of Product" as the management track.
 * - 'corporate' (banks that give corporate titles): Vice President is a level a product manager
 *   is hired into inside the pay band. The Chinese Wells Fargo guide (source label wf-zh) says base
 *   within its $135k–$195k band depends on the level, naming associate, VP and SVP, so a bare VP
 *   title says neither that the role is senior (its bonus may then reach that guide's 50 %+) nor
 *   that it manages people. Senior or Executive Vice President (SVP, EVP, 高级副总裁), Director,
 *   Executive or Managing Director and the other level words still count. The other four guides
 *   say nothing about bank titles (the American Express guide names a VP only as a leader in a
 *   hiring debrief), so only the Wells Fargo pack uses this ladder.
 */
export type TitleLadder = 'product' | 'corporate';

/** A Vice President title (VP, Vice President, 副总裁), not Senior/Executive VP (SVP, EVP). */
const VICE_PRESIDENT = /(?<![A-Za-z])(?:VP|vice[- ]president)(?![A-Za-z])|副总裁/i;
/** Any other level word in the same match: then it is not a bare VP title ("Senior VP", 高级副总裁). */
const OTHER_LEVEL = /\b(?:senior|sr\.?|SVP|EVP|director|principal|staff|head|lead|group|executive|managing|GPM)\b|高级|资深|首席|总监|执行|董事/i;

/** True when a level word's match names only a title that is mid-level on this ladder (a bank's VP). */
export function midLevelOnly(match: string, ladder: TitleLadder | undefined): boolean {
  return ladder === 'corporate' && VICE_PRESIDENT.test(match) && !OTHER_LEVEL.test(match);
}

/** The compiled word lists a level reading needs (see comp-band's params for the defaults). */
export interface LevelWords {
  /** Words before a match saying it is a condition, not a statement ("if", "unless", 如果). */
  hypotheticalRes: RegExp[];
  /** Words before a match saying it names another person ("I report to a", 面试官是一位). */
  otherPersonBeforeRes: RegExp[];
  /** Words after a match saying it names another person ("asked me", 问我). */
  otherPersonAfterRes: RegExp[];
  /** How the firm ranks titles; absent is 'product' (see TitleLadder). */
  titleLadder?: TitleLadder;
}

/** How far before and after a match the condition and other-person cues are looked for, in UTF-16 units. */
const BEFORE = 40;
const AFTER = 30;

function globalOf(re: RegExp): RegExp {
  return re.global ? re : new RegExp(re.source, re.flags + 'g');
}

/** The clause holding offset: cut at . ; 。 ； and at the start and end of the text. */
function clauseBefore(text: string, at: number): string {
  const from = Math.max(text.lastIndexOf(';', at - 1), text.lastIndexOf('；', at - 1), text.lastIndexOf('。', at - 1), text.lastIndexOf('. ', at - 1)) + 1;
  return text.slice(Math.max(from, at - BEFORE), at);
}

/**
 * True when a sentence says, in the writer's own voice, what the list describes (the role is
 * senior; the role manages people). Offsets are the claim's own.
 */
export function claimStates(claim: Claim, res: RegExp[], words: LevelWords, within: [number, number] = [0, claim.text.length]): boolean {
  const [from, to] = within;
  const scope = claim.text.slice(from, to);
  for (const re of res) {
    if (!anyMatch([re], scope)) continue;
    const all = globalOf(re);
    all.lastIndex = 0; // matchAll starts where the regex's last test stopped
    for (const m of scope.matchAll(all)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (m[0].length === 0 || isDistanced(claim, start, end)) continue;
      if (midLevelOnly(m[0], words.titleLadder)) continue;
      const before = clauseBefore(claim.text, start);
      const after = claim.text.slice(end, end + AFTER);
      if (anyMatch(words.hypotheticalRes, before)) continue;
      if (anyMatch(words.otherPersonBeforeRes, before) || anyMatch(words.otherPersonAfterRes, after)) continue;
      return true;
    }
  }
  return false;
}

/**
 * [from, to) of the words that belong to one figure of a list of alternatives: from the figure before it (or
 * the start of its clause) to the figure after it (or the end of its clause). In "a bonus of 15%,
 * or 20% if senior" the 20% owns ", or 20% if senior."; the 15% owns "A bonus of 15%, or ".
 */
export function alternativeOf(claim: Claim, q: Claim['quantities'][number]): [number, number] {
  const text = claim.text;
  const clauseStart = Math.max(text.lastIndexOf(';', q.start), text.lastIndexOf('；', q.start), text.lastIndexOf('。', q.start)) + 1;
  const rest = text.slice(q.end).search(/[;；。]/);
  const clauseEnd = rest < 0 ? text.length : q.end + rest;
  let from = clauseStart;
  let to = clauseEnd;
  for (const o of claim.quantities) {
    if (o === q) continue;
    if (o.end <= q.start && o.end > from) from = o.end;
    if (o.start >= q.end && o.start < to) to = o.start;
  }
  return [from, to];
}

/**
 * True when the figure's own alternative sets the condition ("20% if senior", "or $420k on the
 * management track", 如果是高级职位则为20%): a statement word from res, or a condition word from
 * conditionRes (a bare "if senior"), in the figure's alternative. A statement word naming someone
 * else does not count (the same guards as claimStates, less the hypothetical one). Negation is not read here:
 * "if not senior" is rare in a pay ask and would need its own alternative anyway.
 */
export function alternativeSays(claim: Claim, q: Claim['quantities'][number], res: RegExp[], conditionRes: RegExp[], words: LevelWords): boolean {
  const [from, to] = alternativeOf(claim, q);
  const span = claim.text.slice(from, to);
  // A bare condition counts unless all it names is a mid-level title ("20% if VP" at a bank).
  const condition = anyMatch(conditionRes, span) && conditionRes.some((re) => {
    const all = globalOf(re);
    all.lastIndex = 0; // matchAll starts where the regex's last test stopped
    return [...span.matchAll(all)].some((m) => !midLevelOnly(m[0], words.titleLadder));
  });
  return condition || claimStates(claim, res, { ...words, hypotheticalRes: [] }, [from, to]);
}
