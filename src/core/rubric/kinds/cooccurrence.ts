// cooccurrence: a sentence matching `when` either requires a term from `terms` nearby
// (a claim needs its baseline) or must not have one (compliance briefed "the following week").
import { z } from 'zod';
import { anyMatch, defineKind, pattern, pick } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import type { PreparedSection, Span } from '../prepareSection';
import { hasImpactNumber } from '../findImpactNumbers';

function scopeText(section: PreparedSection, sentence: Span, scope: 'sentence' | 'paragraph' | 'section' | 'document', all: string): string {
  if (scope === 'sentence') return sentence.text;
  if (scope === 'document') return all;
  if (scope === 'section') return section.text;
  for (const p of section.paragraphs) if (sentence.start >= p.start && sentence.start < p.end) return p.text;
  return sentence.text;
}

export const cooccurrence = defineKind({
  name: 'cooccurrence',
  describe: 'A term from list A needs (or must not have) a term from list B in the same sentence or paragraph.',
  params: z.object({
    when: z.array(z.string().min(1)).min(1),
    terms: z.array(z.string().min(1)).min(1),
    mode: z.enum(['requires', 'forbids']),
    scope: z.enum(['sentence', 'paragraph', 'section', 'document']).default('sentence'),
    /** Only sentences that carry an impact number (a quantified claim without its baseline). */
    onlyWithNumber: z.boolean().default(false),
    sections: z.array(z.string()).optional(),
  }),
  compile: (p) => ({ ...p, whenRes: p.when.map(pattern), termRes: p.terms.map(pattern) }),
  check: (c, ctx) => {
    const out: RawFinding[] = [];
    const all = c.scope === 'document' ? ctx.sections.map((s) => s.text).join('\n\n') : '';
    for (const section of pick(ctx, c.sections)) {
      for (const s of section.sentences) {
        if (!anyMatch(c.whenRes, s.text)) continue;
        if (c.onlyWithNumber && !hasImpactNumber(s.text)) continue;
        const has = anyMatch(c.termRes, scopeText(section, s, c.scope, all));
        if ((c.mode === 'requires' && !has) || (c.mode === 'forbids' && has)) {
          out.push({ section: section.id, start: s.start, end: s.end });
        }
      }
    }
    return out;
  },
});
