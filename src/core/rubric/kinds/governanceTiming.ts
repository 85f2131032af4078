// governance-timing: model risk, compliance, legal, fair lending or audit brought in only after
// a launch, a fix, a rollback or an incident. Reads the claim record's governance mentions and
// their timing; a negated mention ("we never briefed compliance after the fact") or one inside
// someone else's view is not the writer's account, and ongoing review agreed before launch
// ("after launch, model risk reviews drift monthly") is not an afterthought.
import { z } from 'zod';
import { defineKind, pick } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import { claimsOf } from '../claims/sectionClaims';
import { inRanges } from '../claims/negation';

export const governanceTiming = defineKind({
  name: 'governance-timing',
  describe: 'Flags a sentence where a governance partner (model risk, compliance, legal, fair lending, audit) acts only after launch, a fix, a rollback or an incident.',
  params: z.object({ sections: z.array(z.string()).optional() }),
  compile: (p) => p,
  check: (c, ctx) => {
    const out: RawFinding[] = [];
    for (const section of pick(ctx, c.sections)) {
      for (const claim of claimsOf(section)) {
        const late = claim.governance.some((g) => g.timing === 'after' && !g.negated && !inRanges(claim.reported, g.start, g.end));
        if (late) out.push({ section: section.id, start: claim.start, end: claim.end });
      }
    }
    return out;
  },
});
