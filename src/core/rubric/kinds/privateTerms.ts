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
import { privateTermMatcher } from '../privateTermMatcher';
import { EXTRA_PREFIX, writtenHeading } from '../../document/types';
import { inLanguage } from '../findingsLanguage';
import { zhText } from '../zhText';

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
    /** The two in Chinese, for a Chinese draft's findings. */
    nonPublicMessageZh: zhText.default('这里分享了你自己说是不公开的内容（“{term}”）。面试官会因此觉得，你将来也会分享他们的数字。'),
    nonPublicSuggestionZh: zhText.default('改用公开的数字或你自己的成果，或者去掉数字和出处来描述，例如“每年数千万美元的欺诈损失”。'),
  }),
  // Each section's text and claims, the private list and the messages' language.
  perSection: { reads: ['privateTerms', 'lang'] },
  compile: (p) => p,
  check: (c, ctx) => {
    const matcher = privateTermMatcher(ctx.privateTerms);
    const out: RawFinding[] = [];
    for (const section of ctx.sections) {
      if (matcher) {
        // An extra section's heading is the candidate's own text and is exported with it.
        if (section.id.startsWith(EXTRA_PREFIX)) {
          const heading = writtenHeading(section.id);
          for (const m of matcher.find(heading)) {
            const term = heading.slice(m.start, m.end);
            out.push({ section: section.id, start: 0, end: 0, excerpt: term, vars: { term }, message: ctx.lang === 'zh' ? `标题“${heading}”提到了“${term}”，它在你的保密清单上。` : `The heading “${heading}” mentions “${term}”, which is on your private list.` });
          }
        }
        for (const m of matcher.find(section.raw)) {
          out.push({ section: section.id, start: m.start, end: m.end, vars: { term: section.raw.slice(m.start, m.end).replace(/\s+/g, ' ') } });
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
        out.push({ section: section.id, start, end, vars: { term }, message: inLanguage(ctx.lang, c.nonPublicMessage, c.nonPublicMessageZh).replace('{term}', term), suggestion: inLanguage(ctx.lang, c.nonPublicSuggestion, c.nonPublicSuggestionZh) });
      }
    }
    return out;
  },
});
