// word-budget: a written template over its word budget (about one page). Spoken templates are
// judged by speaking-time instead. A section far over its own share of the page gets an
// info-level note, so the candidate knows where to cut.
import { z } from 'zod';
import { defineKind } from '../ruleKind';
import type { RawFinding } from '../ruleKind';

export const wordBudget = defineKind({
  name: 'word-budget',
  describe: 'Flags a written document longer than its template word budget (and notes sections far over their share).',
  params: z.object({
    tolerance: z.number().min(0).max(1).default(0),
    /** A section over this multiple of its own budget gets an info note; 0 turns the notes off. */
    sectionFactor: z.number().min(0).max(10).default(1.5),
    sectionMessage: z.string().default('The section “{section}” is about {words} words; its share of the page is about {budget}.'),
  }),
  compile: (p) => p,
  check: (c, ctx) => {
    const budget = ctx.template.wordBudget;
    if (ctx.template.spoken || budget <= 0) return [];
    const out: RawFinding[] = [];
    if (ctx.words > Math.floor(budget * (1 + c.tolerance))) {
      out.push({ section: null, start: 0, end: 0, vars: { words: ctx.words, budget, over: ctx.words - budget } });
    }
    if (c.sectionFactor > 0) {
      for (const def of ctx.template.sections) {
        const section = ctx.sections.find((s) => s.id === def.id);
        if (!section || def.wordBudget <= 0 || section.words <= def.wordBudget * c.sectionFactor) continue;
        const vars = { section: def.label, words: section.words, budget: def.wordBudget };
        const message = c.sectionMessage.replace(/\{(\w+)\}/g, (all, k: string) => (k in vars ? String(vars[k as keyof typeof vars]) : all));
        out.push({ section: def.id, start: 0, end: 0, severity: 'info', message, suggestion: `Trim “${def.label}” toward ${def.wordBudget} words.` });
      }
    }
    return out;
  },
});
