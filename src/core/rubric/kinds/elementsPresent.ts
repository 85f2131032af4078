// elements-present: a story must show each listed element somewhere (a kill story's discovery,
// stakeholders, trade-off...; a fintech answer's cost of error, latency budget, fallback).
// Sections count: an element may name the template section written for it (`section`). When
// that section holds text, it decides: the element's words there (at least `minWords` words), or
// a substantive sentence with an impact figure ("our fairness dashboard had a 9-point approval
// gap"), or for a decision element any decision the writer states. A passing mention elsewhere
// does not stand in for it. With the section empty (or a
// template without it) the whole document is searched; an element missing with its own required
// section empty is reported once, by section-required (RawFinding.emptySection).
import { z } from 'zod';
import { anyMatch, defineKind, pattern, pick } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import { claimsOf } from '../claims/sectionClaims';
import { triggeredPlainly } from './sentenceNeedsNumber';
import { partlyChecked } from '../prepareSection';
import { inLanguage } from '../findingsLanguage';
import { zhText } from '../zhText';

export const elementsPresent = defineKind({
  name: 'elements-present',
  describe: 'Flags each element (a set of patterns) that appears nowhere in the document.',
  params: z.object({
    elements: z
      .array(
        z.object({
          id: z.string().min(1),
          label: z.string().min(1),
          /** The label in Chinese, for a Chinese draft's findings ({element} in the message). */
          labelZh: zhText.optional(),
          patterns: z.array(z.string().min(1)).min(1),
          section: z.string().optional(),
          /** A decision the writer states (by its structure: "I narrowed the scope", 我们决定…) shows it too. */
          decision: z.boolean().default(false),
        }),
      )
      .min(1),
    sections: z.array(z.string()).optional(),
    minWords: z.number().int().positive().default(6),
  }),
  compile: (p) => ({ sections: p.sections, minWords: p.minWords, elements: p.elements.map((e) => ({ ...e, res: e.patterns.map(pattern) })) }),
  check: (c, ctx) => {
    const sections = pick(ctx, c.sections);
    if (sections.every((s) => s.words === 0)) return [];
    const out: RawFinding[] = [];
    for (const e of c.elements) {
      const own = e.section ? ctx.sections.find((s) => s.id === e.section) : undefined;
      if (own && own.words > 0) {
        // The section written for this element decides: a substantive sentence there that shows
        // it (its words, or a figure), not a passing mention elsewhere ("the sponsor agreed" is
        // not the stakeholders you consulted; "发现了一些问题" is not a discovery).
        const substantive = own.words >= c.minWords;
        // A section the rubric did not read to its end (a very long document) may show it later.
        if (partlyChecked(own)) continue;
        // …said plainly: "没什么可权衡的" (nothing to weigh) does not show a trade-off.
        if (substantive && claimsOf(own).some((cl) => triggeredPlainly(e.res, cl))) continue;
        if (e.decision && claimsOf(own).some((cl) => cl.decision !== null)) continue;
        // claimsOf(own)[i] is the claim of own.sentences[i] (looking the sentence up by offset was quadratic).
        if (claimsOf(own).some((cl, i) => cl.hasImpactNumber && (own.sentences[i]?.words ?? 0) >= c.minWords)) continue;
        out.push({ section: own.id, start: 0, end: 0, vars: { element: inLanguage(ctx.lang, e.label, e.labelZh) } });
        continue;
      }
      if (sections.some((s) => anyMatch(e.res, s.text))) continue;
      if (e.decision && sections.some((s) => partlyChecked(s) || claimsOf(s).some((cl) => cl.decision !== null))) continue;
      // The element's own section is required and empty: section-required reports that section
      // (naming it, with its prompt as a start), so this finding stands back when that one is listed.
      if (e.section && ctx.template.sections.some((d) => d.id === e.section && d.required)) {
        out.push({ section: e.section, start: 0, end: 0, vars: { element: inLanguage(ctx.lang, e.label, e.labelZh) }, emptySection: 'defers' });
        continue;
      }
      out.push({ section: null, start: 0, end: 0, vars: { element: inLanguage(ctx.lang, e.label, e.labelZh) } });
    }
    return out;
  },
});
