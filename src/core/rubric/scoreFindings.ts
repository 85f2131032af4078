// Score 0–100 from the findings that count (silenced ones and the check-limit note do not). Each rule costs its severity's
// weight once, and half a weight for each repeat, up to three weights: ten vague words should
// hurt more than one, but one habit should not sink the whole document.
//
// Required sections left empty are not one habit among others: they are the part of the document
// not written yet. When the template's number of required sections is given, the score of what is
// written is scaled by the share of required sections written, so an empty document scores 0 and
// a half-written one at most about half, below a complete weak draft.
import type { Finding, Severity } from './types';
import { CHECK_LIMIT_RULE } from './checkLimit';

export const SEVERITY_WEIGHT: Record<Severity, number> = { error: 12, warning: 5, info: 1 };

/** Rule id of the finding raised for each required section that is missing or empty (kind required-sections). */
export const SECTION_REQUIRED_RULE = 'section-required';

/**
 * @param findings the document's findings (silenced ones are shown, not scored)
 * @param requiredSections how many sections the template requires; when given (> 0), each
 *   unsilenced `section-required` finding removes its share of the score instead of costing a
 *   severity weight. Omitted: every rule costs its weight (the older scoring).
 * @returns an integer 0–100
 */
export function scoreFindings(findings: Finding[], requiredSections = 0): number {
  const perRule = new Map<string, { severity: Severity; n: number }>();
  let empty = 0;
  for (const f of findings) {
    if (f.silenced || f.rule === CHECK_LIMIT_RULE) continue;
    if (requiredSections > 0 && f.rule === SECTION_REQUIRED_RULE) {
      empty++;
      continue;
    }
    const key = `${f.rule}|${f.severity}`;
    const entry = perRule.get(key);
    if (entry) entry.n++;
    else perRule.set(key, { severity: f.severity, n: 1 });
  }
  let penalty = 0;
  for (const { severity, n } of perRule.values()) {
    penalty += SEVERITY_WEIGHT[severity] * (1 + 0.5 * Math.min(n - 1, 4));
  }
  const written = requiredSections > 0 ? Math.max(0, requiredSections - empty) / requiredSections : 1;
  return Math.max(0, Math.min(100, Math.round((100 - Math.min(100, penalty)) * written)));
}
