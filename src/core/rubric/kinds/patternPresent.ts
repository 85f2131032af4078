// pattern-present: the document must mention at least one of the patterns somewhere. With
// `asserted`, a mention counts only when it is the writer's account of something there or
// planned: not negated ("there was no validation"), not inside a quotation or someone else's view,
// and not monitoring promised only for when something goes wrong ("We will add monitoring if
// there are issues", claims/reactiveControl.ts).
import { z } from 'zod';
import { anyMatch, defineKind, mayMatch, pattern, pick } from '../ruleKind';
import type { PreparedSection } from '../prepareSection';
import { claimsOf } from '../claims/sectionClaims';
import { isDistanced } from '../claims/analyzeClaim';
import { reactiveControlSpans } from '../claims/reactiveControl';

function assertedIn(res: RegExp[], section: PreparedSection): boolean {
  if (!anyMatch(res, section.text)) return false;
  for (const claim of claimsOf(section)) {
    let reactive: [number, number][] | null = null;
    for (const re of res) {
      if (!mayMatch(re, claim.text)) continue;
      re.lastIndex = 0;
      // Pack patterns are global (ruleKind.pattern).
      for (const m of claim.text.matchAll(re)) {
        const start = m.index;
        const end = start + m[0].length;
        if (m[0].length === 0 || isDistanced(claim, start, end)) continue;
        reactive ??= reactiveControlSpans(claim.text, claim.negated);
        if (reactive.some(([a, b]) => start >= a && start < b)) continue;
        return true;
      }
    }
  }
  return false;
}

export const patternPresent = defineKind({
  name: 'pattern-present',
  describe: 'Flags the document when none of the patterns appears anywhere.',
  params: z.object({
    patterns: z.array(z.string().min(1)).min(1),
    sections: z.array(z.string()).optional(),
    /** Count only mentions that are not negated, reported or promised only for when a problem appears. */
    asserted: z.boolean().default(false),
  }),
  compile: (p) => ({ res: p.patterns.map(pattern), sections: p.sections, asserted: p.asserted }),
  check: (c, ctx) => {
    const sections = pick(ctx, c.sections);
    if (sections.every((s) => s.words === 0)) return [];
    for (const s of sections) if (c.asserted ? assertedIn(c.res, s) : anyMatch(c.res, s.text)) return [];
    return [{ section: null, start: 0, end: 0 }];
  },
});
