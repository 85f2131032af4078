// needs-baseline: a quantified improvement, or a result stated as where a figure stands now
// ("reached 71%", "losses are now $2.9M a year"), with nothing to compare it with. Reads the claim
// record: a baseline in the sentence (from X to Y, vs. holdout, a multiple), a figure of the same
// kind stated in the baseline sections (Problem) for the sections that report results, a saving
// or avoided loss (the figure is itself the difference), or a projection ("if the pilot holds,
// about $1.2M a year") all answer "compared with what?".
import { z } from 'zod';
import { defineKind, keptPerSection, pattern, pick } from '../ruleKind';
import type { KindContext, RawFinding } from '../ruleKind';
import { claimsOf } from '../claims/sectionClaims';
import { isDistanced } from '../claims/analyzeClaim';
import type { Claim, Quantity, QuantityKind } from '../claims/analyzeClaim';
import { triggeredPlainly } from './sentenceNeedsNumber';

const FAMILY: Partial<Record<QuantityKind, string>> = { percent: 'rate', points: 'rate', metric: 'rate', latency: 'time', duration: 'time' };
const family = (k: QuantityKind): string => FAMILY[k] ?? k;
const END_STATE_KINDS: ReadonlySet<QuantityKind> = new Set<QuantityKind>(['money', 'percent', 'points', 'metric', 'duration', 'latency', 'count']);

function kindsIn(ctx: KindContext, ids: string[]): Set<string> {
  const kinds = new Set<string>();
  for (const s of ctx.sections) {
    if (!ids.includes(s.id)) continue;
    for (const c of claimsOf(s)) for (const q of c.quantities) if (q.impact) kinds.add(family(q.kind));
  }
  return kinds;
}

/**
 * Figures that set or count something rather than measure a result, so they need no baseline:
 * an alert threshold ("alert when PSI exceeds 0.2", "a threshold of 0.7", 超过0.2自动报警,
 * 阈值设为0.7) and a count of model inputs taken out or put in ("cut two features after fair
 * lending review flagged them", 去掉了三个变量). A rate that crosses a line with no alert beside it
 * ("approvals rose above 60%") is still a result.
 */
const THRESHOLD_NOUN_BEFORE = /\b(?:thresholds?|cut-?offs?|trigger(?: level| point)?|alert(?:ing)? (?:level|line|threshold))(?:\s+(?:of|at|to|is|was|set (?:at|to)|=))?\s*$|(?:阈值|门槛|警戒线|报警线|告警线)(?:为|是|设为|设在|定为|定在|=)?\s*$/i;
const COMPARATOR_BEFORE = /\b(?:exceeds?|exceeding|exceeded|crosses|crossing|crossed|goes (?:above|over|below)|rises above|falls below|drops below|above|over|below|under)\s*$|[><≥≤]\s*$|(?:超过|高于|低于|大于|小于|超出|突破|跌破)\s*$/i;
const ALERT_WORD = /\b(?:alert\w*|alarm\w*|pages?|paging|paged|trigger\w*|fires?|escalat\w*|notif\w*|flags? (?:it|the|a)|kicks? off)\b|报警|告警|预警|触发|提醒|通知/i;
const INPUT_COUNT_AFTER = /^\s?(?:(?:[\w-]+\s){0,2}?(?:features|variables|inputs|attributes|fields|predictors|data sources|signals)\b|(?:个)?(?:特征|变量|字段|数据源|入模变量))/i;

function setsOrCounts(claim: Claim, q: Quantity): boolean {
  const before = claim.text.slice(Math.max(0, q.start - 30), q.start);
  if (THRESHOLD_NOUN_BEFORE.test(before)) return true;
  if (COMPARATOR_BEFORE.test(before)) {
    const near = claim.text.slice(Math.max(0, q.start - 60), Math.min(claim.text.length, q.end + 40));
    if (ALERT_WORD.test(near)) return true;
  }
  return q.kind === 'count' && INPUT_COUNT_AFTER.test(claim.text.slice(q.end, q.end + 40));
}

/** The claim's figures that can carry a result: impact figures that are not a threshold or an input count. */
function resultFigures(claim: Claim): Quantity[] {
  return claim.quantities.filter((q) => q.impact && !setsOrCounts(claim, q));
}

/** Answered in its own sentence: a baseline, a projection or hypothesis, or a saving (the figure is the difference). */
function answeredInSentence(claim: Claim): boolean {
  if (claim.baseline || claim.conditional || claim.hypothesis) return true;
  return resultFigures(claim).every((q) => claim.saving && (q.kind === 'money' || q.kind === 'duration' || q.kind === 'count'));
}

/** Answered by the baseline sections: one of its result figures is of a kind stated there. */
function answeredBy(claim: Claim, crossKinds: Set<string>): boolean {
  return resultFigures(claim).some((q) => crossKinds.has(family(q.kind)));
}

export const needsBaseline = defineKind({
  name: 'needs-baseline',
  describe: 'Flags a quantified improvement or an end-state result with no baseline in the sentence or the baseline sections.',
  params: z.object({
    /** Change verbs: a sentence with one of these and an impact figure needs a baseline. */
    triggers: z.array(z.string().min(1)).min(1),
    /** Sections whose every figure is a result: an end state there ("is now", "reached") needs a baseline too. */
    endStateSections: z.array(z.string()).default([]),
    /** Figures stated here are the baseline for same-kind figures in `baselineFor`. */
    baselineSections: z.array(z.string()).default([]),
    baselineFor: z.array(z.string()).default([]),
    sections: z.array(z.string()).optional(),
  }),
  // Within a section unless figures in other sections serve as its baseline.
  perSection: { reads: [], when: (p) => p.baselineFor.length === 0 },
  compile: (p) => ({ ...p, res: p.triggers.map(pattern), open: keptPerSection<Claim[]>() }),
  check: (c, ctx) => {
    const out: RawFinding[] = [];
    let cross: Set<string> | null = null;
    for (const section of pick(ctx, c.sections)) {
      // Claims of a change or an end state that their own sentence does not answer: the section
      // alone decides (kept while it is unchanged); the baseline sections may still answer them.
      const endStates = c.endStateSections.includes(section.id);
      const open = c.open(ctx, section, () =>
        claimsOf(section).filter((claim) => {
          if (!claim.hasImpactNumber || resultFigures(claim).length === 0) return false;
          const changed = triggeredPlainly(c.res, claim) || claim.changes.some(([a, b]) => !isDistanced(claim, a, b));
          const endState = endStates && claim.endState && claim.quantities.some((q) => q.impact && END_STATE_KINDS.has(q.kind));
          return (changed || endState) && !answeredInSentence(claim);
        }),
      );
      const crossApplies = c.baselineFor.includes(section.id);
      for (const claim of open) {
        if (crossApplies && answeredBy(claim, (cross ??= kindsIn(ctx, c.baselineSections)))) continue;
        out.push({ section: section.id, start: claim.start, end: claim.end });
      }
    }
    return out;
  },
});
