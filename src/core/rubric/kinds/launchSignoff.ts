// launch-signoff: a rollout or launch plan (pilot, phased ramp, feature flag, beta, 灰度, 分批上线)
// in a document that names no governance partner signing off anywhere — no legal, compliance,
// model risk, fair-lending or audit step. Reads the claim records: a governance mention that is
// negated ("without legal review") or only someone else's view does not count as a step.
import { z } from 'zod';
import { anyMatch, defineKind, keptPerSection, pattern, pick } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import type { PreparedSection } from '../prepareSection';
import { claimsOf } from '../claims/sectionClaims';
import { inRanges } from '../claims/negation';
import { triggeredPlainly } from './sentenceNeedsNumber';
import { isStagedRollout } from '../claims/rollout';
import { partlyChecked } from '../prepareSection';

export const launchSignoff = defineKind({
  name: 'launch-signoff',
  describe: 'Flags the first rollout or launch plan in a document that has no legal, compliance or model-risk sign-off step anywhere.',
  params: z.object({
    /** What makes a sentence a rollout plan. */
    planTerms: z.array(z.string().min(1)).min(1),
    /** Extra words that count as a sign-off step besides a named governance partner. */
    signoffTerms: z.array(z.string().min(1)).default([]),
    /** Also a staged plan in any words: a partial audience, then everyone (claims/rollout.ts). */
    stagedPlans: z.boolean().default(false),
    sections: z.array(z.string()).optional(),
  }),
  compile: (p) => ({ ...p, planRes: p.planTerms.map(pattern), signoffRes: p.signoffTerms.map(pattern), signedOff: keptPerSection<boolean>(), plan: keptPerSection<RawFinding | null>() }),
  check: (c, ctx) => {
    // A sign-off step may sit past the part of a long document the rubric reads (checkLimit.ts).
    if (ctx.sections.some(partlyChecked)) return [];
    // Each section's answers depend on that section alone (kept while it is unchanged).
    const signedOff = (section: PreparedSection): boolean =>
      (c.signoffRes.length > 0 && anyMatch(c.signoffRes, section.text)) ||
      claimsOf(section).some((claim) => claim.governance.some((g) => !g.negated && !inRanges(claim.reported, g.start, g.end)));
    for (const section of ctx.sections) if (c.signedOff(ctx, section, () => signedOff(section))) return [];
    /** The section's first rollout or launch plan, or null. */
    const planIn = (section: PreparedSection): RawFinding | null => {
      const claims = claimsOf(section);
      for (const claim of claims) {
        if (triggeredPlainly(c.planRes, claim) || (c.stagedPlans && claim.negated.length === 0 && claim.reported.length === 0 && isStagedRollout(claim.text))) {
          return { section: section.id, start: claim.start, end: claim.end };
        }
      }
      // A plan laid out as a list: "Week 2: 5% of customers / Week 5: half / Week 8: everyone".
      const first = claims[0];
      if (c.stagedPlans && first && claims.length > 1 && isStagedRollout(section.text)) return { section: section.id, start: first.start, end: first.end };
      return null;
    };
    for (const section of pick(ctx, c.sections)) {
      const plan = c.plan(ctx, section, () => planIn(section));
      if (plan) return [plan];
    }
    return [];
  },
});
