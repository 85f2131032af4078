// sentence-needs-number: sentences that claim an outcome (or name a tool) need an impact number
// with a unit in the same sentence. Years, versions and "12 layers" do not count.
import { z } from 'zod';
import { anyMatch, defineKind, pattern, pick } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import { hasImpactNumber } from '../findImpactNumbers';

export const sentenceNeedsNumber = defineKind({
  name: 'sentence-needs-number',
  describe: 'Flags sentences matching a trigger (or every sentence of the listed sections) with no impact number.',
  params: z.object({
    triggers: z.array(z.string().min(1)).default([]),
    everySentenceIn: z.array(z.string()).default([]),
    sections: z.array(z.string()).optional(),
    /** Sentences shorter than this are headings or labels, not claims. */
    minWords: z.number().int().nonnegative().default(3),
  }),
  compile: (p) => ({ ...p, res: p.triggers.map(pattern) }),
  check: (c, ctx) => {
    const out: RawFinding[] = [];
    for (const section of pick(ctx, c.sections)) {
      const every = c.everySentenceIn.includes(section.id);
      for (const s of section.sentences) {
        const needs = (every && s.words >= c.minWords) || anyMatch(c.res, s.text);
        if (needs && !hasImpactNumber(s.text)) out.push({ section: section.id, start: s.start, end: s.end });
      }
    }
    return out;
  },
});
