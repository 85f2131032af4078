// comp-range: an ask stated as one flat number instead of a tiered range (floor, target, stretch).
// Reads the claim record: only the candidate's own ask counts (not market data, current pay or an
// offer).
import { z } from 'zod';
import { anyMatch, defineKind, pattern, pick } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import { claimsOf } from '../claims/sectionClaims';

export const compRange = defineKind({
  name: 'comp-range',
  describe: 'Flags an ask sentence whose only dollar figure is a single flat number.',
  params: z.object({
    askTerms: z.array(z.string().min(1)).min(1),
    rangeTerms: z.array(z.string().min(1)).default(['\\brange\\b', '\\bbetween\\b', '\\bfloor\\b', '\\bstretch\\b', '区间', '范围']),
    /**
     * The suggestion for the pay component the flat figure belongs to (the claim's pay role), so a
     * flat sign-on is not answered with a base example. Components not listed keep the rule's own
     * suggestion.
     */
    componentSuggestions: z.record(z.string(), z.string()).default({
      base: 'Write it as a range, e.g. “$185k–$200k base, depending on the bonus and sign-on mix”.',
      'sign-on': 'Write it as a range tied to what you leave behind, e.g. “a $35k–$45k sign-on to cover the bonus I forfeit”.',
      bonus: 'Write it as a range, e.g. “a 15%–20% target bonus, depending on the base”.',
      equity: 'Write it as a range, e.g. “$40k–$60k in RSUs over four years, to replace unvested equity”.',
      total: 'Write it as a range, e.g. “total cash of $200k–$225k, depending on the base and bonus split”.',
      relocation: 'Write it as a range, e.g. “$10k–$15k relocation, depending on the move date”.',
      stipend: 'Write it as a range, e.g. “a $2k–$3k yearly learning stipend”.',
    }),
    sections: z.array(z.string()).optional(),
  }),
  compile: (p) => ({ ...p, askRes: p.askTerms.map(pattern), rangeRes: p.rangeTerms.map(pattern) }),
  check: (c, ctx) => {
    const out: RawFinding[] = [];
    for (const section of pick(ctx, c.sections)) {
      for (const claim of claimsOf(section)) {
        if (!anyMatch(c.askRes, claim.text)) continue;
        const money = claim.quantities.filter((q) => q.kind === 'money' && q.max >= 1_000 && q.stance === 'ask');
        if (money.length === 0 || money.some((m) => m.isRange)) continue;
        if (anyMatch(c.rangeRes, claim.text)) continue;
        const first = money[0];
        if (!first) continue;
        const suggestion = first.pay ? c.componentSuggestions[first.pay] : undefined;
        out.push({ section: section.id, start: claim.start + first.start, end: claim.start + first.end, ...(suggestion ? { suggestion } : {}) });
      }
    }
    return out;
  },
});
