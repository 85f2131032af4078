// word-budget: a written template over its word budget (about one page). Spoken templates are
// judged by speaking-time instead.
import { z } from 'zod';
import { defineKind } from '../ruleKind';

export const wordBudget = defineKind({
  name: 'word-budget',
  describe: 'Flags a written document longer than its template word budget.',
  params: z.object({ tolerance: z.number().min(0).max(1).default(0) }),
  compile: (p) => p,
  check: (c, ctx) => {
    const budget = ctx.template.wordBudget;
    if (ctx.template.spoken || budget <= 0) return [];
    if (ctx.words <= Math.floor(budget * (1 + c.tolerance))) return [];
    return [{ section: null, start: 0, end: 0, vars: { words: ctx.words, budget, over: ctx.words - budget } }];
  },
});
