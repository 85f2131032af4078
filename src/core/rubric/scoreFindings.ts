// Score 0–100 from the findings that count (silenced ones do not). Each rule costs its severity's
// weight once, and half a weight for each repeat, up to three weights: ten vague words should
// hurt more than one, but one habit should not sink the whole document.
import type { Finding, Severity } from './types';

export const SEVERITY_WEIGHT: Record<Severity, number> = { error: 12, warning: 5, info: 1 };

export function scoreFindings(findings: Finding[]): number {
  const perRule = new Map<string, { severity: Severity; n: number }>();
  for (const f of findings) {
    if (f.silenced) continue;
    const key = `${f.rule}|${f.severity}`;
    const entry = perRule.get(key);
    if (entry) entry.n++;
    else perRule.set(key, { severity: f.severity, n: 1 });
  }
  let penalty = 0;
  for (const { severity, n } of perRule.values()) {
    penalty += SEVERITY_WEIGHT[severity] * (1 + 0.5 * Math.min(n - 1, 4));
  }
  return Math.max(0, Math.min(100, Math.round(100 - penalty)));
}
