// What a draft does well, read from the rules it passed (CheckResult.passed) and its text: a short,
// specific acknowledgment for the Issues panel, so a strong draft hears more than silence. A rule
// that passes only because there is nothing for it to judge (no number anywhere, a rollout never
// described) is not a strength, so each line also asks the text for what it praises.

import type { FindingsLanguage } from './findingsLanguage';
import { findingsWords } from './findingsWords';
import type { StrengthRule } from './findingsWords';

export interface Strength {
  /** The rule whose passing this acknowledges (see resources/rubrics). */
  rule: string;
  /** One plain sentence fragment in the findings' language, e.g. "Outcomes carry numbers" (findingsWords.ts). */
  text: string;
}

const NUMBER = /\d/;

/** Rules in the order their strengths are listed, with what the text must also show. */
const STRENGTHS: readonly { rule: StrengthRule; needs?: (all: string) => boolean; after?: string }[] = [
  { rule: 'compliance-afterthought', after: 'governance-terms' },
  { rule: 'governance-terms' },
  { rule: 'kill-story-elements' },
  { rule: 'failure-modes' },
  { rule: 'quantified-impact', needs: (all) => NUMBER.test(all) },
  { rule: 'baseline', needs: (all) => NUMBER.test(all) },
  { rule: 'vanity-metric', needs: (all) => /\b(?:AUC|precision|recall|F1|accuracy|KS|Gini)\b|精确率|召回率|准确率/i.test(all) },
  { rule: 'comp-range', needs: (all) => NUMBER.test(all) },
  { rule: 'owns-tradeoffs', needs: (all) => /\b(?:I|my)\b|我/.test(all) },
  { rule: 'vague-language' },
  { rule: 'length-budget' },
];

/**
 * Up to `max` strengths of a checked draft: rules in `passed` whose strength the `sections`' text
 * also shows (a praise of governance timing also needs governance named). Empty when fewer than
 * two words are written. Order: governance first, then numbers, then form. Lines in `lang`.
 */
export function strengths(
  passed: readonly string[],
  sections: Readonly<Record<string, string>>,
  max = 4,
  lang: FindingsLanguage = 'en',
): Strength[] {
  const lines = findingsWords(lang).strengths;
  const all = Object.values(sections).join('\n');
  if (all.trim().split(/\s+/).length < 2 && all.trim().length < 10) return [];
  const ok = new Set(passed);
  const out: Strength[] = [];
  for (const s of STRENGTHS) {
    if (!ok.has(s.rule)) continue;
    if (s.after && !ok.has(s.after)) continue;
    if (s.needs && !s.needs(all)) continue;
    out.push({ rule: s.rule, text: lines[s.rule] });
    if (out.length >= max) break;
  }
  return out;
}
