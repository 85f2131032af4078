// pattern-present: the document must mention at least one of the patterns somewhere.
import { z } from 'zod';
import { anyMatch, defineKind, pattern, pick } from '../ruleKind';

export const patternPresent = defineKind({
  name: 'pattern-present',
  describe: 'Flags the document when none of the patterns appears anywhere.',
  params: z.object({ patterns: z.array(z.string().min(1)).min(1), sections: z.array(z.string()).optional() }),
  compile: (p) => ({ res: p.patterns.map(pattern), sections: p.sections }),
  check: (c, ctx) => {
    const sections = pick(ctx, c.sections);
    if (sections.every((s) => s.words === 0)) return [];
    for (const s of sections) if (anyMatch(c.res, s.text)) return [];
    return [{ section: null, start: 0, end: 0 }];
  },
});
