// needs-baseline: a quantified improvement, or a result stated as where a figure stands now
// ("reached 71%", "losses are now $2.9M a year"), with nothing to compare it with. Reads the claim
// record: a baseline in the sentence (from X to Y, vs. holdout, a multiple), a figure of the same
// kind stated in the baseline sections (Problem) for the sections that report results, a saving
// or avoided loss (the figure is itself the difference), or a projection ("if the pilot holds,
// about $1.2M a year") all answer "compared with what?".
import { z } from 'zod';
import { defineKind, pattern, pick } from '../ruleKind';
import type { KindContext, RawFinding } from '../ruleKind';
import { claimsOf } from '../claims/sectionClaims';
import { isDistanced } from '../claims/analyzeClaim';
import type { Claim, QuantityKind } from '../claims/analyzeClaim';
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

function answered(claim: Claim, crossKinds: Set<string> | null): boolean {
  if (claim.baseline || claim.conditional || claim.hypothesis) return true;
  const own = claim.quantities.filter((q) => q.impact);
  if (crossKinds && own.some((q) => crossKinds.has(family(q.kind)))) return true;
  return own.every((q) => claim.saving && (q.kind === 'money' || q.kind === 'duration' || q.kind === 'count'));
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
  compile: (p) => ({ ...p, res: p.triggers.map(pattern) }),
  check: (c, ctx) => {
    const out: RawFinding[] = [];
    let cross: Set<string> | null = null;
    for (const section of pick(ctx, c.sections)) {
      const endStates = c.endStateSections.includes(section.id);
      for (const claim of claimsOf(section)) {
        if (!claim.hasImpactNumber) continue;
        const changed = triggeredPlainly(c.res, claim) || claim.changes.some(([a, b]) => !isDistanced(claim, a, b));
        const endState = endStates && claim.endState && claim.quantities.some((q) => q.impact && END_STATE_KINDS.has(q.kind));
        if (!changed && !endState) continue;
        if (c.baselineFor.includes(section.id)) cross ??= kindsIn(ctx, c.baselineSections);
        if (answered(claim, c.baselineFor.includes(section.id) ? cross : null)) continue;
        out.push({ section: section.id, start: claim.start, end: claim.end });
      }
    }
    return out;
  },
});
