// pattern-absent: phrases that must not appear (filler words, big-tech anchors, "ship and iterate").
import { z } from 'zod';
import { defineKind, pattern, pick } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import { hasImpactNumber } from '../findImpactNumbers';
import { sentenceAt } from '../prepareSection';

const Entry = z.object({
  pattern: z.string().min(1),
  message: z.string().optional(),
  suggestion: z.string().optional(),
  /** Not flagged when the same sentence has an impact number ("significant" next to "14%"). */
  unlessNumber: z.boolean().optional(),
  /** Not flagged when this pattern matches the 40 characters before ("not Google or Meta"). */
  unlessBefore: z.string().optional(),
  /** Offer a fix that deletes the phrase. */
  fix: z.literal('remove').optional(),
});

function removalFix(text: string, start: number, end: number, sentenceStart: number | null, word: string) {
  let s = start;
  let e = end;
  if (text[e] === ' ') e++;
  else if (text[s - 1] === ' ') s--;
  let replacement = '';
  const next = text[e] ?? '';
  if (sentenceStart === start && /\p{Ll}/u.test(next)) {
    replacement = next.toUpperCase();
    e++;
  }
  return { label: `Remove “${word}”`, start: s, end: e, text: replacement };
}

export const patternAbsent = defineKind({
  name: 'pattern-absent',
  describe: 'Flags each match of a phrase that should not appear.',
  params: z.object({ patterns: z.array(Entry).min(1), sections: z.array(z.string()).optional() }),
  compile: (p) => ({
    sections: p.sections,
    entries: p.patterns.map((e) => ({
      ...e,
      re: pattern(e.pattern),
      before: e.unlessBefore ? new RegExp(e.unlessBefore, 'iu') : null,
    })),
  }),
  check: (c, ctx) => {
    const out: RawFinding[] = [];
    for (const section of pick(ctx, c.sections)) {
      for (const e of c.entries) {
        e.re.lastIndex = 0;
        for (const m of section.text.matchAll(e.re)) {
          if (m[0].length === 0) continue;
          const start = m.index;
          const end = start + m[0].length;
          const sentence = sentenceAt(section, start);
          if (e.unlessNumber && sentence && hasImpactNumber(sentence.text)) continue;
          if (e.before && e.before.test(section.text.slice(Math.max(0, start - 40), start))) continue;
          const f: RawFinding = { section: section.id, start, end, vars: { match: m[0] } };
          if (e.message) f.message = e.message;
          if (e.suggestion) f.suggestion = e.suggestion;
          if (e.fix === 'remove') f.fix = removalFix(section.raw, start, end, sentence?.start ?? null, m[0]);
          out.push(f);
        }
      }
    }
    return out;
  },
});
