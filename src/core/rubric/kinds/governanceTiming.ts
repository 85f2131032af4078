// governance-timing: model risk, compliance, legal, fair lending or audit brought in only after
// a launch, a fix, a rollback or an incident. Reads the claim record's governance mentions and
// their timing; a negated mention ("we never briefed compliance after the fact") or one inside
// someone else's view is not the writer's account, and ongoing review agreed before launch
// ("after launch, model risk reviews drift monthly") is not an afterthought. With `controlMessage`,
// monitoring (drift, fairness, performance) put in place only after launch or an incident is
// reported too, in its own words; monitoring set up before launch and run after it is not.
import { z } from 'zod';
import { defineKind, pick } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import { claimsOf } from '../claims/sectionClaims';
import { inRanges } from '../claims/negation';
import type { Range } from '../claims/negation';
import type { GovernanceMention } from '../claims/governance';
import { inLanguage } from '../findingsLanguage';
import { zhText } from '../zhText';

/** Partners who review a fix with the writer (a regulator's letter is not such a review). */
const PARTNERS = new Set(['model-risk', 'compliance', 'legal', 'fair-lending', 'audit', 'risk']);

/**
 * Monitoring added after an incident together with governance partners ("a post-mortem with MRM
 * and compliance, and we added a drift alert") is the remediation a bank wants, not an afterthought;
 * monitoring added after launch is late either way.
 */
function remediation(controls: GovernanceMention[], governance: GovernanceMention[]): boolean {
  const late = controls.filter((g) => g.timing === 'after');
  return late.length > 0 && late.every((g) => g.event === 'incident' || g.event === 'fix' || g.event === 'rollback') && governance.some((g) => PARTNERS.has(g.actor) && !g.negated);
}

export const governanceTiming = defineKind({
  name: 'governance-timing',
  describe: 'Flags a sentence where a governance partner (model risk, compliance, legal, fair lending, audit) acts only after launch, a fix, a rollback or an incident.',
  params: z.object({
    sections: z.array(z.string()).optional(),
    /** The message for monitoring put in place only after launch or an incident (claim.controls). */
    controlMessage: z.string().min(1).optional(),
    controlSuggestion: z.string().min(1).optional(),
    /** The two in Chinese, for a Chinese draft's findings. */
    controlMessageZh: zhText.optional(),
    controlSuggestionZh: zhText.optional(),
  }),
  compile: (p) => p,
  check: (c, ctx) => {
    const out: RawFinding[] = [];
    const lateOf = (ms: GovernanceMention[], reported: Range[]) => ms.some((g) => g.timing === 'after' && !g.negated && !inRanges(reported, g.start, g.end));
    for (const section of pick(ctx, c.sections)) {
      for (const claim of claimsOf(section)) {
        if (lateOf(claim.governance, claim.reported)) out.push({ section: section.id, start: claim.start, end: claim.end });
        else if (c.controlMessage && lateOf(claim.controls, claim.reported) && !remediation(claim.controls, claim.governance)) {
          const f: RawFinding = { section: section.id, start: claim.start, end: claim.end, message: inLanguage(ctx.lang, c.controlMessage, c.controlMessageZh) };
          if (c.controlSuggestion) f.suggestion = inLanguage(ctx.lang, c.controlSuggestion, c.controlSuggestionZh);
          out.push(f);
        }
      }
    }
    return out;
  },
});
