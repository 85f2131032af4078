// cooccurrence: a sentence matching `when` either requires a term from `terms` nearby
// (a claim needs its baseline) or must not have one. Reads the claim record: a `when` match
// inside a negation, a quotation or someone else's view does not count; with `claimBaseline` the
// claim's own baseline (from X to Y, vs. a holdout, a multiple) satisfies the requirement, and
// with `baselineSections` a figure of the same kind stated there (Problem) is the baseline for
// figures in the `baselineFor` sections (ICE view, Outcome).
import { z } from 'zod';
import { anyMatch, defineKind, keptPerSection, pattern, pick } from '../ruleKind';
import type { KindContext, RawFinding } from '../ruleKind';
import { spanIndexAt } from '../prepareSection';
import type { PreparedSection, Span } from '../prepareSection';
import { claimsOf } from '../claims/sectionClaims';
import { isDistanced } from '../claims/analyzeClaim';
import type { Claim, QuantityKind } from '../claims/analyzeClaim';
import { otherLeadOf } from '../claims/agency';
import { triggeredPlainly } from './sentenceNeedsNumber';

type Scope = 'sentence' | 'paragraph' | 'section' | 'document';

/**
 * Whether a term matches in the scope around a sentence. A wider scope's answer is the same for
 * every sentence in it, so it is worked out once per paragraph, section or document (`memo`):
 * searching the whole document again for each of 30,000 list items was quadratic.
 */
function termInScope(
  termRes: RegExp[],
  section: PreparedSection,
  sentence: Span,
  scope: Scope,
  memo: Map<unknown, boolean>,
  all: () => string,
): boolean {
  if (scope === 'sentence') return anyMatch(termRes, sentence.text);
  const i = scope === 'paragraph' ? spanIndexAt(section.paragraphs, sentence.start) : -1;
  const key = scope === 'document' ? memo : scope === 'section' ? section : (section.paragraphs[i] ?? sentence);
  let has = memo.get(key);
  if (has === undefined) {
    const text = scope === 'document' ? all() : scope === 'section' ? section.text : (section.paragraphs[i] ?? sentence).text;
    has = anyMatch(termRes, text);
    memo.set(key, has);
  }
  return has;
}

const FAMILY: Partial<Record<QuantityKind, string>> = { percent: 'rate', points: 'rate', metric: 'rate', latency: 'time', duration: 'time' };
const family = (k: QuantityKind): string => FAMILY[k] ?? k;

/** Kinds of impact figure stated in the baseline sections. */
function baselineKinds(ctx: KindContext, ids: string[]): Set<string> {
  const kinds = new Set<string>();
  for (const s of ctx.sections) {
    if (!ids.includes(s.id)) continue;
    for (const c of claimsOf(s)) for (const q of c.quantities) if (q.impact) kinds.add(family(q.kind));
  }
  return kinds;
}

function coveredBy(claim: Claim, kinds: Set<string>): boolean {
  const own = claim.quantities.filter((q) => q.impact);
  return own.length > 0 && own.every((q) => kinds.has(family(q.kind)));
}

function otherLeads(claim: Claim, applies: boolean): boolean {
  if (!applies) return false;
  const lead = otherLeadOf(claim.text);
  return lead !== null && !isDistanced(claim, lead[0], lead[1]);
}

export const cooccurrence = defineKind({
  name: 'cooccurrence',
  describe: 'A term from list A needs (or must not have) a term from list B in the same sentence or paragraph.',
  params: z.object({
    when: z.array(z.string().min(1)).min(1),
    terms: z.array(z.string().min(1)).min(1),
    mode: z.enum(['requires', 'forbids']),
    scope: z.enum(['sentence', 'paragraph', 'section', 'document']).default('sentence'),
    /** Only sentences that carry an impact number (a quantified claim without its baseline). */
    onlyWithNumber: z.boolean().default(false),
    /** The claim's own baseline (from X to Y, vs. holdout, a multiple) satisfies `requires`. */
    claimBaseline: z.boolean().default(false),
    baselineSections: z.array(z.string()).default([]),
    baselineFor: z.array(z.string()).default([]),
    /**
     * Sections where the writer's own acts are expected: a sentence there whose lead actor is
     * someone else ("The PM on the rewards team negotiated…", 隔壁组的产品经理说服了法务) matches
     * `when` too.
     */
    whenOtherLeads: z.array(z.string()).default([]),
    sections: z.array(z.string()).optional(),
  }),
  // Within a section unless the terms are looked for in the whole document or a figure's baseline
  // in other sections.
  perSection: { reads: [], when: (p) => p.scope !== 'document' && p.baselineFor.length === 0 },
  compile: (p) => ({ ...p, whenRes: p.when.map(pattern), termRes: p.terms.map(pattern), matching: keptPerSection<number[]>() }),
  check: (c, ctx) => {
    const out: RawFinding[] = [];
    const all = () => ctx.sections.map((s) => s.text).join('\n\n');
    const memo = new Map<unknown, boolean>();
    let kinds: Set<string> | null = null;
    for (const section of pick(ctx, c.sections)) {
      const claims = claimsOf(section);
      // The sentences that match `when` depend on the section alone (kept while it is unchanged).
      const matching = c.matching(ctx, section, () => {
        const found: number[] = [];
        claims.forEach((claim, i) => {
          if (!triggeredPlainly(c.whenRes, claim) && !otherLeads(claim, c.whenOtherLeads.includes(section.id))) return;
          if (c.onlyWithNumber && !claim.hasImpactNumber) return;
          found.push(i);
        });
        return found;
      });
      for (const i of matching) {
        const s = section.sentences[i];
        const claim = claims[i];
        if (!s || !claim) continue;
        let has = termInScope(c.termRes, section, s, c.scope, memo, all);
        if (!has && c.mode === 'requires' && c.claimBaseline && claim.baseline) has = true;
        if (!has && c.mode === 'requires' && c.baselineFor.includes(section.id)) {
          kinds ??= baselineKinds(ctx, c.baselineSections);
          has = coveredBy(claim, kinds);
        }
        if ((c.mode === 'requires' && !has) || (c.mode === 'forbids' && has)) {
          out.push({ section: section.id, start: s.start, end: s.end });
        }
      }
    }
    return out;
  },
});
