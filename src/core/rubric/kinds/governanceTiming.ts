// governance-timing: model risk, compliance, legal, fair lending or audit brought in only after
// a launch, a fix, a rollback or an incident. Reads the claim record's governance mentions and
// their timing; a negated mention ("we never briefed compliance after the fact") or one inside
// someone else's view is not the writer's account, and ongoing review agreed before launch
// ("after launch, model risk reviews drift monthly") is not an afterthought. With `controlMessage`,
// monitoring (drift, fairness, performance) put in place only after launch or an incident is
// reported too, in its own words; monitoring set up before launch and run after it is not.
// With `reactiveMessage`, monitoring promised only for when something goes wrong ("We will add
// monitoring if there are issues", 出了问题再加监控) is reported too.
// `actorMessages` words late mentions of one kind (explainability built only later, a fairness
// review run afterwards) in their own terms.
import { z } from 'zod';
import { defineKind, pick } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import { claimsOf } from '../claims/sectionClaims';
import { inRanges } from '../claims/negation';
import type { Range } from '../claims/negation';
import type { GovernanceActor, GovernanceMention } from '../claims/governance';
import { inLanguage } from '../findingsLanguage';
import { reactiveControlSpans } from '../claims/reactiveControl';
import { zhText } from '../zhText';

const ACTORS = ['model-risk', 'compliance', 'legal', 'fair-lending', 'audit', 'risk', 'regulator', 'monitoring', 'explainability'] as const satisfies readonly GovernanceActor[];

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
    /**
     * The message for monitoring promised only for when a problem appears ("We will add monitoring
     * if there are issues", 出了问题再加监控; claims/reactiveControl.ts), with its suggestion.
     */
    reactiveMessage: z.string().min(1).optional(),
    reactiveSuggestion: z.string().min(1).optional(),
    reactiveMessageZh: zhText.optional(),
    reactiveSuggestionZh: zhText.optional(),
    /**
     * Wording for late mentions of one kind, when the message about partners (or about monitoring)
     * does not fit: explainability built only after launch, a fairness review run only afterwards.
     * Used when every late mention in the sentence is of that kind.
     */
    actorMessages: z
      .partialRecord(
        z.enum(ACTORS),
        z.object({ message: z.string().min(1), suggestion: z.string().min(1), messageZh: zhText.optional(), suggestionZh: zhText.optional() }),
      )
      .default({}),
  }),
  // The section's claims; the messages by language.
  perSection: { reads: ['lang'] },
  compile: (p) => p,
  check: (c, ctx) => {
    const out: RawFinding[] = [];
    const lateOf = (ms: GovernanceMention[], reported: Range[]) => ms.filter((g) => g.timing === 'after' && !g.negated && !inRanges(reported, g.start, g.end));
    /** The wording for these late mentions when they are all of one kind with its own message. */
    const own = (late: GovernanceMention[]) => {
      const first = late[0];
      return first && late.every((g) => g.actor === first.actor) ? c.actorMessages[first.actor] : undefined;
    };
    for (const section of pick(ctx, c.sections)) {
      for (const claim of claimsOf(section)) {
        const partners = lateOf(claim.governance, claim.reported);
        const controls = partners.length > 0 ? [] : lateOf(claim.controls, claim.reported);
        if (partners.length > 0) {
          const f: RawFinding = { section: section.id, start: claim.start, end: claim.end };
          const w = own(partners);
          if (w) Object.assign(f, { message: inLanguage(ctx.lang, w.message, w.messageZh), suggestion: inLanguage(ctx.lang, w.suggestion, w.suggestionZh) });
          out.push(f);
        } else if (controls.length > 0 && !remediation(claim.controls, claim.governance)) {
          const w = own(controls);
          if (!w && !c.controlMessage) continue;
          const message = w ? inLanguage(ctx.lang, w.message, w.messageZh) : inLanguage(ctx.lang, c.controlMessage ?? '', c.controlMessageZh);
          const f: RawFinding = { section: section.id, start: claim.start, end: claim.end, message };
          if (w) f.suggestion = inLanguage(ctx.lang, w.suggestion, w.suggestionZh);
          else if (c.controlSuggestion) f.suggestion = inLanguage(ctx.lang, c.controlSuggestion, c.controlSuggestionZh);
          out.push(f);
        } else if (c.reactiveMessage && claim.actor !== 'other' && reactiveControlSpans(claim.text, claim.negated).some(([a, b]) => !inRanges(claim.reported, a, b))) {
          // "We will add monitoring if there are issues": monitoring that waits for a problem.
          const f: RawFinding = { section: section.id, start: claim.start, end: claim.end, message: inLanguage(ctx.lang, c.reactiveMessage, c.reactiveMessageZh) };
          if (c.reactiveSuggestion) f.suggestion = inLanguage(ctx.lang, c.reactiveSuggestion, c.reactiveSuggestionZh);
          out.push(f);
        }
      }
    }
    return out;
  },
});
