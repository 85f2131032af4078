// The gold corpus's case shape (tests/gold/**/*.jsonl, one case per line) and the rule ids a case
// may name. A case is one section's text (`text` + `section`) or a whole document (`document`:
// section id -> text; `section` then names the section the case is about, for reading only).
// Expectations: `mustFire` rules must raise a warning or error somewhere in the checked document,
// `mustNotFire` rules must raise none. Rules a case does not list are not scored for it.
import { z } from 'zod';

/** Rule ids of DOMAIN.md's rubric table (a public contract). */
export const DOMAIN_RULES = [
  'quantified-impact',
  'baseline',
  'tool-without-outcome',
  'vanity-metric',
  'compliance-afterthought',
  'governance-terms',
  'vague-language',
  'length-budget',
  'speaking-time',
  'comp-range',
  'comp-band',
  'comp-benchmark',
  'section-required',
  'kill-story-elements',
  'second-hand-disclosure',
  'four-p-specifics',
  'failure-modes',
  'move-fast',
  'regulatory-stance',
  'confidentiality',
] as const;

/** Rule ids issue #9 adds (they may not exist in the rule packs yet; then their recall is 0). */
export const NEW_RULES = [
  'regulatory-reflex',
  'reformer-narrative',
  'technique-not-governance',
  'owns-tradeoffs',
  'own-decision',
] as const;

export const KNOWN_RULES: readonly string[] = [...DOMAIN_RULES, ...NEW_RULES];

/** Company profile ids, plus `none` for a document with no company. */
export const COMPANIES = [
  'wells-fargo',
  'jpmorgan',
  'american-express',
  'fintech',
  'none',
] as const;

const ruleId = z.string().refine((id) => KNOWN_RULES.includes(id), { message: 'unknown rule id' });

export const goldCaseSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
    template: z.string().min(1),
    section: z.string().min(1).optional(),
    company: z.enum(COMPANIES),
    text: z.string().min(1).optional(),
    document: z.record(z.string(), z.string()).optional(),
    mustFire: z.array(ruleId),
    mustNotFire: z.array(ruleId),
    /** The workspace's private terms (confidentiality cases). */
    privateTerms: z.array(z.string().min(1)).optional(),
    /** Why the expectation holds: the guide or DOMAIN.md fact behind it, in our words. */
    note: z.string().optional(),
    /** Free labels for reading the corpus (pay-component, negation, paraphrase, cross-section …). */
    tags: z.array(z.string()).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if ((c.text === undefined) === (c.document === undefined))
      ctx.addIssue({ code: 'custom', message: 'give exactly one of text or document' });
    if (c.text !== undefined && c.section === undefined)
      ctx.addIssue({ code: 'custom', message: 'a text case needs its section' });
    if (c.mustFire.length + c.mustNotFire.length === 0)
      ctx.addIssue({
        code: 'custom',
        message: 'list at least one rule in mustFire or mustNotFire',
      });
    const both = c.mustFire.filter((r) => c.mustNotFire.includes(r));
    if (both.length > 0)
      ctx.addIssue({
        code: 'custom',
        message: `a rule cannot both fire and not fire: ${both.join(', ')}`,
      });
    if (
      new Set(c.mustFire).size !== c.mustFire.length ||
      new Set(c.mustNotFire).size !== c.mustNotFire.length
    ) {
      ctx.addIssue({ code: 'custom', message: 'a rule is listed twice' });
    }
  });

export type GoldCase = z.infer<typeof goldCaseSchema>;

/** The section texts a case is checked with. */
export function caseSections(c: GoldCase): Record<string, string> {
  if (c.document) return c.document;
  return { [c.section ?? '']: c.text ?? '' };
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/** True when any text of the case is written (partly) in Chinese. */
export function isChinese(c: GoldCase): boolean {
  return Object.values(caseSections(c)).some((t) => CJK.test(t));
}
