// section-needs-terms: a named section must contain specifics (Provenance names lineage or
// consent; Performance states a threshold; Policy names a regulation).
import { z } from 'zod';
import { anyMatch, defineKind, pattern } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import { claimsOf } from '../claims/sectionClaims';
import { partlyChecked } from '../prepareSection';
import { inLanguage } from '../findingsLanguage';
import { zhText } from '../zhText';

export const sectionNeedsTerms = defineKind({
  name: 'section-needs-terms',
  describe: 'Flags a non-empty section that lacks any of its required terms (and, optionally, a number).',
  params: z.object({
    requirements: z
      .array(
        z.object({
          section: z.string().min(1),
          patterns: z.array(z.string().min(1)).min(1),
          needsNumber: z.boolean().default(false),
          message: z.string().min(1),
          suggestion: z.string().optional(),
          /** The message and suggestion in Chinese, for a Chinese draft's findings. */
          messageZh: zhText.optional(),
          suggestionZh: zhText.optional(),
        }),
      )
      .min(1),
  }),
  compile: (p) => p.requirements.map((r) => ({ ...r, res: r.patterns.map(pattern) })),
  check: (reqs, ctx) => {
    const out: RawFinding[] = [];
    for (const r of reqs) {
      const section = ctx.sections.find((s) => s.id === r.section);
      if (!section || section.words === 0) continue;
      // A figure may sit past the part of a long document the rubric reads (checkLimit.ts).
      const ok = anyMatch(r.res, section.text) && (!r.needsNumber || partlyChecked(section) || claimsOf(section).some((c) => c.hasImpactNumber));
      if (ok) continue;
      const first = section.sentences[0];
      const f: RawFinding = { section: section.id, start: first?.start ?? 0, end: first?.end ?? 0, message: inLanguage(ctx.lang, r.message, r.messageZh) };
      if (r.suggestion) f.suggestion = inLanguage(ctx.lang, r.suggestion, r.suggestionZh);
      out.push(f);
    }
    return out;
  },
});
