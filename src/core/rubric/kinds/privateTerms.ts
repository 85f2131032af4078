// private-terms: a term from the workspace's private list (codenames, client names, non-public
// figures) appears in the text, or a sentence discloses a figure or fact the writer marks as
// non-public ("our unreleased Q3 numbers show…", 内部数据显示…; claims/nonPublic.ts). Checked
// before every export, in the app and in `dossier export`.
import { z } from 'zod';
import { defineKind } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import { claimsOf } from '../claims/sectionClaims';
import { isDistanced } from '../claims/analyzeClaim';
import { mentionsNonPublic, nonPublicDisclosure } from '../claims/nonPublic';

const cache = new Map<string, RegExp | null>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One regex for the whole list; ASCII-word terms only match as whole words. */
export function privateTermsRegex(terms: string[]): RegExp | null {
  const key = terms.join('\u0000');
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const parts = terms
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .sort((a, b) => b.length - a.length)
    .map((t) => {
      const head = /^[A-Za-z0-9]/.test(t) ? '(?<![A-Za-z0-9])' : '';
      const tail = /[A-Za-z0-9]$/.test(t) ? '(?![A-Za-z0-9])' : '';
      return head + escape(t) + tail;
    });
  const re = parts.length > 0 ? new RegExp(parts.join('|'), 'giu') : null;
  if (cache.size > 50) cache.clear();
  cache.set(key, re);
  return re;
}

export const privateTerms = defineKind({
  name: 'private-terms',
  describe: "Flags every occurrence of a term from the workspace's private list.",
  params: z.object({
    /** Also flag figures and facts a sentence marks as non-public (unreleased, board deck, under NDA, 未公开…). */
    nonPublic: z.boolean().default(true),
    nonPublicMessage: z
      .string()
      .default('This shares something you describe as not public (“{term}”). A panel hears that you would share their numbers too.'),
    nonPublicSuggestion: z
      .string()
      .default('Use public figures or your own results, or describe it without the number and its source, e.g. “fraud losses in the tens of millions”.'),
  }),
  compile: (p) => p,
  check: (c, ctx) => {
    const re = privateTermsRegex(ctx.privateTerms);
    const out: RawFinding[] = [];
    for (const section of ctx.sections) {
      if (re) {
        re.lastIndex = 0;
        for (const m of section.raw.matchAll(re)) {
          out.push({ section: section.id, start: m.index, end: m.index + m[0].length, vars: { term: m[0] } });
        }
      }
      if (!c.nonPublic || !mentionsNonPublic(section.text)) continue;
      for (const claim of claimsOf(section)) {
        const figures = claim.quantities.filter((q) => q.impact);
        const span = nonPublicDisclosure(claim.text, claim.hasImpactNumber, figures, (a, b, own) =>
          // Only a negation ("this figure is not confidential") takes a marker back; a figure quoted
          // from someone else still leaves the machine in the export.
          own ? false : isDistanced({ negated: claim.negated, reported: [] }, a, b),
        );
        if (!span) continue;
        const start = claim.start + span[0];
        const end = claim.start + span[1];
        // A private-list term already flagged in this sentence says enough.
        if (out.some((f) => f.section === section.id && f.start < claim.end && f.end > claim.start)) continue;
        const term = section.raw.slice(start, end);
        out.push({ section: section.id, start, end, vars: { term }, message: c.nonPublicMessage.replace('{term}', term), suggestion: c.nonPublicSuggestion });
      }
    }
    return out;
  },
});
