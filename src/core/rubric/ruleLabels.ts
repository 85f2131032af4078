// Short plain names for rubric rules, shown to candidates wherever a finding or a rule appears
// (issues list, settings, compensation workbench). Rule ids (DOMAIN.md, "Rubric signals") stay
// the public contract: the JSON output, the CLI and tooltips keep them; users read these words.
// A new rule adds one line here; an id without a line still reads as words (ruleLabel's fallback).

/** Rule id -> a short label in sentence case, at most about five words. */
export const ruleLabels: Readonly<Record<string, string>> = {
  'quantified-impact': 'Impact without a number',
  baseline: 'No baseline to compare with',
  'tool-without-outcome': 'Tool named without a result',
  'vanity-metric': 'Model metric without business result',
  'compliance-afterthought': 'Compliance brought in late',
  'governance-terms': 'Model risk governance not mentioned',
  'vague-language': 'Vague wording',
  'length-budget': 'Over the page or word budget',
  'speaking-time': 'Too long to say aloud',
  'comp-band': 'Outside the pay band',
  'comp-benchmark': 'Anchored on big-tech pay',
  'comp-range': 'One flat number, not a range',
  'section-required': 'Required section empty',
  'kill-story-elements': 'Kill story part missing',
  'second-hand-disclosure': 'Observed story not disclosed',
  'four-p-specifics': '4-P detail missing',
  'failure-modes': 'Failure plan missing',
  'move-fast': 'Tech-company habit banks distrust',
  'regulatory-stance': 'Unbalanced view of regulation',
  confidentiality: 'Private term',
  'regulatory-reflex': 'No sign-off step in the plan',
  'reformer-narrative': 'Framed as beating the gates',
  'technique-not-governance': 'Technique instead of governance',
  'owns-tradeoffs': 'Trade-off handed to others',
  'check-limit': 'Document checked in part',
};

/**
 * The label users see for a rule id: its entry in `ruleLabels`, or else the id as words
 * ("new-rule-id" -> "New rule id"). Never empty for a non-empty id.
 */
export function ruleLabel(id: string): string {
  const known = ruleLabels[id];
  if (known) return known;
  const words = id.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!words) return 'Rule';
  return words.charAt(0).toUpperCase() + words.slice(1);
}
