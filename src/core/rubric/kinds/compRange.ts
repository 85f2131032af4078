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
        out.push({ section: section.id, start: claim.start + first.start, end: claim.start + first.end });
      }
    }
    return out;
  },
});
