// pattern-absent: phrases that must not appear (filler words, big-tech anchors, "ship and iterate").
// With `unlessDistanced`, a match the writer negates, quotes, reports as someone else's view or
// rejects ("we retired the 'move fast' habit", "colleagues call it red tape; I see…") is not flagged.
import { z } from 'zod';
import { defineKind, mayMatch, pattern, pick } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import { sentenceAt } from '../prepareSection';
import { claimAt } from '../claims/sectionClaims';
import { isDistanced } from '../claims/analyzeClaim';
import { inLanguage } from '../findingsLanguage';
import type { FindingsLanguage } from '../findingsLanguage';
import { zhText } from '../zhText';
import { matchesOf } from '../../text/regexMatches';

const Entry = z.object({
  pattern: z.string().min(1),
  message: z.string().optional(),
  suggestion: z.string().optional(),
  /** The pattern's own message and suggestion in Chinese, for a Chinese draft's findings. */
  messageZh: zhText.optional(),
  suggestionZh: zhText.optional(),
  /** Not flagged when the same sentence has an impact number ("significant" next to "14%"). */
  unlessNumber: z.boolean().optional(),
  /** Not flagged when this pattern matches the 40 characters before ("not Google or Meta"). */
  unlessBefore: z.string().optional(),
  /** Not flagged when negated, quoted, reported as someone else's view or rejected. */
  unlessDistanced: z.boolean().optional(),
  /** Offer a fix that deletes the phrase. */
  fix: z.literal('remove').optional(),
});

function removalFix(text: string, start: number, end: number, sentenceStart: number | null, word: string, lang: FindingsLanguage) {
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
  return { label: lang === 'zh' ? `删掉“${word}”` : `Remove “${word}”`, start: s, end: e, text: replacement };
}

const OWN_NEGATION = /\b(?:not|never|no|nobody|n't)\b|不|没|从不/i;

/** All patterns as one alternation, or null when one needs the u flag (kept apart then). */
function prefilter(patterns: string[]): RegExp | null {
  if (patterns.length < 2 || patterns.some((p) => /\\[pP]\{|\\u\{/.test(p))) return null;
  try {
    return pattern(patterns.map((p) => `(?:${p})`).join('|'));
  } catch {
    return null;
  }
}

export const patternAbsent = defineKind({
  name: 'pattern-absent',
  describe: 'Flags each match of a phrase that should not appear.',
  params: z.object({
    patterns: z.array(Entry).min(1),
    sections: z.array(z.string()).optional(),
    /** Applies unlessDistanced to every pattern. */
    unlessDistanced: z.boolean().default(false),
  }),
  // The section's text and claims; the patterns' own messages by language.
  perSection: { reads: ['lang'] },
  compile: (p) => ({
    sections: p.sections,
    // One pass over the text first: most sections match none of a rule's phrases.
    any: prefilter(p.patterns.map((e) => e.pattern)),
    entries: p.patterns.map((e) => ({
      ...e,
      distanced: e.unlessDistanced ?? p.unlessDistanced,
      re: pattern(e.pattern),
      before: e.unlessBefore ? new RegExp(e.unlessBefore, 'iu') : null,
    })),
  }),
  check: (c, ctx) => {
    const out: RawFinding[] = [];
    for (const section of pick(ctx, c.sections)) {
      if (c.any) {
        if (!mayMatch(c.any, section.text)) continue;
        c.any.lastIndex = 0;
        if (!c.any.test(section.text)) continue;
      }
      for (const e of c.entries) {
        if (!mayMatch(e.re, section.text)) continue;
        e.re.lastIndex = 0;
        for (const m of matchesOf(e.re, section.text)) {
          if (m[0].length === 0) continue;
          // Past the part of a long document the rubric reads (checkLimit.ts): no findings.
          if (section.checkedEnd !== undefined && m.index >= section.checkedEnd) break;
          const start = m.index;
          const end = start + m[0].length;
          const sentence = sentenceAt(section, start);
          if (e.unlessNumber || e.distanced) {
            const claim = claimAt(section, start);
            if (e.unlessNumber && claim?.hasImpactNumber) continue;
            // A phrase that carries its own negation ("not my job to argue") is not negated by it.
            const own = OWN_NEGATION.test(m[0]);
            if (e.distanced && claim && isDistanced(own ? { negated: [], reported: [] } : claim, start - claim.start, end - claim.start)) continue;
          }
          if (e.before && e.before.test(section.text.slice(Math.max(0, start - 40), start))) continue;
          const f: RawFinding = { section: section.id, start, end, vars: { match: m[0] } };
          if (e.message) f.message = inLanguage(ctx.lang, e.message, e.messageZh);
          if (e.suggestion) f.suggestion = inLanguage(ctx.lang, e.suggestion, e.suggestionZh);
          if (e.fix === 'remove') f.fix = removalFix(section.raw, start, end, sentence?.start ?? null, m[0], ctx.lang);
          out.push(f);
        }
      }
    }
    return out;
  },
});
