// Whether a draft is evidence for a competency, not only about it. Coverage counts a document for
// a competency when it talks about it (tags, cues or template: inferCompetencies.ts) AND it shows
// it well enough that a panel would be convinced:
//   - its rubric score is at least EVIDENCE_MIN_SCORE, and
//   - it has no error-level finding (a big mistake) from a rule that judges that competency:
//     compliance brought in after launch undermines regulatory acumen and risk leadership however
//     many governance words the draft uses.
// A draft held back is listed with the reason, so the candidate knows what to fix.
import type { Competency } from '../workspace/competency';
import type { Finding } from '../rubric/types';
import { ruleLabel } from '../rubric/ruleLabels';

/** Below this score a draft is not yet evidence for anything (the score's scale is 0-100). */
export const EVIDENCE_MIN_SCORE = 60;

/**
 * The rules whose error-level findings say a draft does not yet show the competency. Rule ids are
 * those of resources/rubrics (DOMAIN.md, "Rubric signals").
 */
export const RULES_JUDGING: Readonly<Record<Competency, readonly string[]>> = {
  'product-vision': ['quantified-impact'],
  'technical-depth': ['quantified-impact'],
  'regulatory-acumen': ['compliance-afterthought', 'move-fast', 'confidentiality'],
  'stakeholder-influence': ['kill-story-elements'],
  'execution-rigor': ['quantified-impact', 'move-fast'],
  'risk-impact-leadership': ['compliance-afterthought', 'move-fast', 'quantified-impact', 'kill-story-elements'],
};

const ORDER = Object.keys(RULES_JUDGING) as Competency[];

/** The competencies that unsilenced error-level findings undermine, each with the first such rule. */
export function undermined(findings: readonly Pick<Finding, 'rule' | 'severity' | 'silenced'>[]): Map<Competency, string> {
  const errors = new Set(findings.filter((f) => f.severity === 'error' && !f.silenced).map((f) => f.rule));
  const out = new Map<Competency, string>();
  for (const c of ORDER) {
    const rule = RULES_JUDGING[c].find((r) => errors.has(r));
    if (rule) out.set(c, rule);
  }
  return out;
}

/**
 * `undermined` as one number, for the score cache (which keeps numbers): three bits per competency
 * (in RULES_JUDGING order) holding 1 + the index of its rule in RULES_JUDGING, 0 for none.
 */
export function encodeUndermined(map: ReadonlyMap<Competency, string>): number {
  let n = 0;
  ORDER.forEach((c, i) => {
    const rule = map.get(c);
    const at = rule === undefined ? -1 : RULES_JUDGING[c].indexOf(rule);
    if (at >= 0) n += (at + 1) * 8 ** i;
  });
  return n;
}

/** The map encoded by encodeUndermined (a number it did not write decodes to what its bits say). */
export function decodeUndermined(n: number): Map<Competency, string> {
  const out = new Map<Competency, string>();
  ORDER.forEach((c, i) => {
    const rule = RULES_JUDGING[c][(Math.floor(n / 8 ** i) % 8) - 1];
    if (rule) out.set(c, rule);
  });
  return out;
}

export interface HeldBack {
  competency: Competency;
  /** Plain words for the candidate: why this draft does not count yet. */
  reason: string;
}

/**
 * Splits the competencies a draft talks about into those it counts for and those held back.
 * `score` null (not checked) holds nothing back on score; `undermine` maps a competency to the rule
 * of its big mistake (`undermined`). Returns both lists in `competencies` order.
 */
export function judgeEvidence(
  competencies: readonly Competency[],
  score: number | null,
  undermine: ReadonlyMap<Competency, string>,
): { counted: Competency[]; held: HeldBack[] } {
  const counted: Competency[] = [];
  const held: HeldBack[] = [];
  for (const c of competencies) {
    if (undermine.has(c)) {
      held.push({ competency: c, reason: `a big mistake to fix first: ${ruleLabel(undermine.get(c) ?? '').toLowerCase()}` });
    } else if (score !== null && score < EVIDENCE_MIN_SCORE) {
      held.push({ competency: c, reason: `scores ${score}; a draft counts from ${EVIDENCE_MIN_SCORE}` });
    } else counted.push(c);
  }
  return { counted, held };
}
