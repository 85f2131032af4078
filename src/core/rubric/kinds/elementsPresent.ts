// elements-present: a story must show each listed element somewhere (a kill story's discovery,
// stakeholders, trade-off...; a fintech answer's cost of error, latency budget, fallback).
import { z } from 'zod';
import { anyMatch, defineKind, pattern, pick } from '../ruleKind';
import type { RawFinding } from '../ruleKind';

export const elementsPresent = defineKind({
  name: 'elements-present',
  describe: 'Flags each element (a set of patterns) that appears nowhere in the document.',
  params: z.object({
    elements: z
      .array(z.object({ id: z.string().min(1), label: z.string().min(1), patterns: z.array(z.string().min(1)).min(1) }))
      .min(1),
    sections: z.array(z.string()).optional(),
  }),
  compile: (p) => ({ sections: p.sections, elements: p.elements.map((e) => ({ ...e, res: e.patterns.map(pattern) })) }),
  check: (c, ctx) => {
    const sections = pick(ctx, c.sections);
    if (sections.every((s) => s.words === 0)) return [];
    const out: RawFinding[] = [];
    for (const e of c.elements) {
      if (sections.some((s) => anyMatch(e.res, s.text))) continue;
      out.push({ section: null, start: 0, end: 0, vars: { element: e.label } });
    }
    return out;
  },
});
