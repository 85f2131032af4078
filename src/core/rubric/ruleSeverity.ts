// What a rule listing says about a rule's severity: its own, and when its findings can be more
// (or less) severe than that (comp-band: a warning, an error when the ask is above every
// published band). Read by `dossier rules` and the rubric.rules operation, so both say the truth.
import { ruleKinds } from './kinds';
import type { RuleDef } from './types';

/** The note on a rule's other severities, e.g. "error when the ask is above every published band", or null. */
export function severityNote(rule: Pick<RuleDef, 'kind' | 'params' | 'severity'>): string | null {
  return ruleKinds.get(rule.kind)?.severityNote(rule.params, rule.severity) ?? null;
}
