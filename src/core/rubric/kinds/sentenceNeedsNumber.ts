// sentence-needs-number: sentences that claim an outcome (or name a tool) need an impact number
// in the same sentence. Reads the claim record: years, versions, regulation ids, head counts,
// data-set and model sizes are not impact; a trigger inside a negation, a quotation or someone
// else's view ("confirmed no adverse impact") is not the writer's outcome claim, and neither are
// the options of a decision ("I chose X over Y because…", "We paused the rollout"), and neither
// is a goal, request, plan or hypothetical ("The goal was to cut losses", statedAim.ts).
import { z } from 'zod';
import { defineKind, mayMatch, pattern, pick } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import { claimsOf } from '../claims/sectionClaims';
import { REASON_LEAD, insideTerm, isDistanced } from '../claims/analyzeClaim';
import type { Claim } from '../claims/analyzeClaim';
import type { Range } from '../claims/negation';
import { insideCause, insideStatedAim, insideWeighedGain } from './statedAim';
import { matchesOf } from '../../text/regexMatches';

/**
 * The span of a sentence's decision that a trigger inside should not count in: with 'any', every
 * decision the writer states ("We paused the rollout"); with 'reasoned', only one given with its
 * reason or a rejected option, in the sentence or the next ("I chose X over Y. That way…").
 */
export function decisionSkip(claims: readonly Claim[], i: number, mode: 'none' | 'reasoned' | 'any'): Range | null {
  const d = claims[i]?.decision;
  if (!d || mode === 'none') return null;
  if (mode === 'any' || d.reason || d.alternative) return d.span;
  const next = claims[i + 1];
  return next && REASON_LEAD.test(next.text) ? d.span : null;
}

/**
 * True when some match of a trigger in the claim is the writer's own, unnegated statement. A
 * match inside `skip` (relative to the claim text: the options of a decision, "I chose a
 * gradient-boosted model over a deep network because…") is a choice, not an outcome claim. With
 * `weighed`, one side of a trade-off weighed in the sentence (insideWeighedGain) is not one either.
 */
export function triggeredPlainly(res: RegExp[], claim: Claim, skip: Range | null = null, weighed = false): boolean {
  const choice = skip;
  for (const re of res) {
    if (!mayMatch(re, claim.text)) continue;
    re.lastIndex = 0;
    for (const m of matchesOf(re, claim.text)) {
      if (m[0].length === 0) continue;
      if (choice && m.index >= choice[0] && m.index < choice[1]) continue;
      if (isDistanced(claim, m.index, m.index + m[0].length)) continue;
      // "We tested for disparate impact", "a gradient-boosted model": part of a name.
      if (insideTerm(claim.terms, m.index, m.index + m[0].length)) continue;
      // "Leadership asked for a model that cut losses", 目标是降低损失: a goal, not an outcome;
      // "The root cause was a promotion that increased new users", 根因是促销带来的…: a cause.
      if (insideStatedAim(claim.text, m.index) || insideCause(claim.text, m.index)) continue;
      // "Launching would cut losses, but it would bring fairness risk": a trade-off's gain, weighed.
      if (!weighed || !insideWeighedGain(claim.text, m.index)) return true;
    }
  }
  return false;
}

/** A sentence that reports the result of the one before it ("That cut…", "This lifted…", 这使…). */
const LINKED_NEXT = /^\s*(?:this|that|it|these|those|the (?:change|switch|move|swap|migration|new model|result))\b|^\s*(?:这|此举|这一|该改动|结果)/i;

/** "in 20 minutes instead of 6 hours", "rather than 3 days". */
const FIGURE_COMPARED = /\b(?:instead of|rather than|down from|compared with|vs\.?|versus) (?:about |around |roughly |the )?[$\d]/i;

function hasOutcome(claim: Claim, notOutcome: readonly string[]): boolean {
  if (notOutcome.length === 0) return claim.hasImpactNumber;
  // A training time is not an outcome; a time that changed ("in 20 minutes instead of 6 hours") is.
  const compared = claim.changes.length > 0 || claim.quantities.some((q) => q.role === 'before') || FIGURE_COMPARED.test(claim.text);
  return claim.quantities.some((q) => q.impact && (compared || q.role !== null || !notOutcome.includes(q.kind)));
}

/**
 * What an outcome claim is: a result of the writer's work, stated with a change word (improved,
 * reduced, saved, 提升, 降低…), a verdict, or any sentence of an outcome section. Not one: a
 * sentence about governance or controls and their timing that claims no result — who validated,
 * approved or monitors, what monitoring or alerting was set up, and when ("The model went live
 * after independent validation", 新模型在 MRM 独立验证后上线, "We set up monthly fairness monitoring
 * by region; crossing a threshold triggers a review", 我们建立了月度公平性监控，超过阈值会自动触发复核).
 * In an outcome section it needs no figure; with a change word or a verdict it is an outcome
 * claim again ("After MRM signed off, approvals rose", "Drift monitoring cut losses"). An end
 * state is not enough: "now" and "since launch" describe the oversight as often as a result.
 * Goals, requests and causes are read at the trigger (statedAim.ts).
 */
function aboutGovernance(claim: Claim): boolean {
  const oversight = [...claim.governance, ...claim.controls].some((g) => !g.negated && !inRangesOf(claim.reported, g.start));
  return oversight && claim.changes.length === 0 && claim.verdict === null;
}

const inRangesOf = (ranges: readonly Range[], at: number): boolean => ranges.some(([a, b]) => at >= a && at < b);

export const sentenceNeedsNumber = defineKind({
  name: 'sentence-needs-number',
  describe: 'Flags sentences matching a trigger (or every sentence of the listed sections) with no impact number.',
  params: z.object({
    triggers: z.array(z.string().min(1)).default([]),
    everySentenceIn: z.array(z.string()).default([]),
    sections: z.array(z.string()).optional(),
    /** Sentences shorter than this are headings or labels, not claims. */
    minWords: z.number().int().nonnegative().default(3),
    /**
     * Triggers inside a decision's options are a choice, not a claim: 'reasoned' (a decision with
     * its reason or a rejected option), 'any' (every decision the writer states) or 'none'.
     */
    decisions: z.enum(['none', 'reasoned', 'any']).default('reasoned'),
    /** A model-internal figure (layers, trees, features, GPUs, parameters) is itself a trigger. */
    modelInternalsTrigger: z.boolean().default(false),
    /** Figure kinds that do not answer the trigger here (a tool's training time is not its outcome). */
    notOutcome: z.array(z.string()).default([]),
    /**
     * The outcome may be in the next sentence when it is linked to this one ("We moved scoring
     * to LightGBM. That cut false declines 18%.", 这使…).
     */
    linkedNext: z.boolean().default(false),
    /** A verdict on a result with no measure ("the results were great", 效果很好) is itself a trigger. */
    verdicts: z.boolean().default(false),
  }),
  // Claims of the section only (decisions and linked outcomes within it); no message of its own.
  perSection: { reads: [] },
  compile: (p) => ({ ...p, res: p.triggers.map(pattern) }),
  check: (c, ctx) => {
    const out: RawFinding[] = [];
    for (const section of pick(ctx, c.sections)) {
      const every = c.everySentenceIn.includes(section.id);
      const claims = claimsOf(section);
      section.sentences.forEach((s, i) => {
        const claim = claims[i];
        // A hypothesis being tested ("I expected…; if…, I was wrong") is not an outcome claim.
        if (!claim || claim.hypothesis || hasOutcome(claim, c.notOutcome)) return;
        if (c.linkedNext) {
          const next = claims[i + 1];
          if (next && LINKED_NEXT.test(next.text) && hasOutcome(next, c.notOutcome)) return;
        }
        // An unmeasured verdict, or, in an outcome section, every sentence is a claim, except a
        // finding stated in the negative ("no adverse impact", "没有发现") and a sentence about
        // governance or its timing. Otherwise a trigger said plainly (the costlier test, so last).
        const verdict = c.verdicts && claim.verdict !== null && !isDistanced(claim, claim.verdict[0], claim.verdict[1]);
        if (verdict || (every && s.words >= c.minWords && claim.negated.length === 0 && !aboutGovernance(claim))) {
          out.push({ section: section.id, start: s.start, end: s.end });
          return;
        }
        const skip = decisionSkip(claims, i, c.decisions);
        const plain =
          triggeredPlainly(c.res, claim, skip, true) ||
          // "Two features were acting as proxies for race" is a fair-lending finding, not model talk.
          (c.modelInternalsTrigger && !claim.proxyFinding && claim.quantities.some((q) => q.kind === 'model-size' && !(skip && q.start >= skip[0] && q.start < skip[1]) && !isDistanced(claim, q.start, q.end)));
        if (plain) out.push({ section: section.id, start: s.start, end: s.end });
      });
    }
    return out;
  },
});
