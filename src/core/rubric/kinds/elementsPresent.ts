// elements-present: a story must show each listed element somewhere (a kill story's discovery,
// stakeholders, trade-off...; a fintech answer's cost of error, latency budget, fallback).
// Sections count: an element may name the template section written for it (`section`); a
// substantive sentence there (at least `minWords` words with an impact figure) shows the element
// even in words the patterns do not know ("our fairness dashboard had a 9-point approval gap").
import { z } from 'zod';
import { anyMatch, defineKind, pattern, pick } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import { claimsOf } from '../claims/sectionClaims';

export const elementsPresent = defineKind({
  name: 'elements-present',
  describe: 'Flags each element (a set of patterns) that appears nowhere in the document.',
  params: z.object({
    elements: z
      .array(
        z.object({
          id: z.string().min(1),
          label: z.string().min(1),
          patterns: z.array(z.string().min(1)).min(1),
          section: z.string().optional(),
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
      if (sections.some((s) => anyMatch(e.res, s.text))) continue;
      const own = e.section ? ctx.sections.find((s) => s.id === e.section) : undefined;
      if (own && claimsOf(own).some((cl) => cl.hasImpactNumber && own.sentences.some((s) => s.start === cl.start && s.words >= c.minWords))) continue;
      out.push({ section: null, start: 0, end: 0, vars: { element: e.label } });
    }
    return out;
  },
});
