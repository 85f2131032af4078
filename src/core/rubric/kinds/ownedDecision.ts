// owned-decision: a section written for the candidate's own decisions ("Decisions I owned") that
// holds text but no decision by the writer: only "we built…", tools and model details, or what
// others decided. A decision counts when the writer ("I", 我, or a résumé-style verb with no
// subject, "Chose real-time scoring…") makes it: a decision by its structure (analyzeClaim's
// `decision`, "I capped the line at $5k", 我决定暂停上线) or one of the pack's first-person
// phrases ("I pushed for", "I traded", 我说服). The team's decisions ("we decided") do not show
// the candidate's judgment, and neither does a negated or reported one ("I never decided").
import { z } from 'zod';
import { defineKind, pattern, pick } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import { claimsOf } from '../claims/sectionClaims';
import type { Claim } from '../claims/analyzeClaim';
import { isDistanced } from '../claims/analyzeClaim';
import { partlyChecked } from '../prepareSection';
import { triggeredPlainly } from './sentenceNeedsNumber';

/** Where a structural decision starts: the writer, or a résumé-style verb with no subject. */
const WRITER_DECIDES = /^(?:I\b|(?:[Mm]y|[Tt]he) \w+ and I\b|我(?!们)|(?!(?:We|Our|The|They|My|Us)\b)[A-Z][a-z]+\b)/;

function ownDecision(claim: Claim, res: RegExp[]): boolean {
  const d = claim.decision;
  if (d && WRITER_DECIDES.test(claim.text.slice(d.span[0])) && !isDistanced(claim, d.span[0], d.span[0] + 1)) return true;
  return triggeredPlainly(res, claim);
}

export const ownedDecision = defineKind({
  name: 'owned-decision',
  describe: 'Flags a decisions section with text but no decision the writer made themselves (only the team, tools or others).',
  params: z.object({
    /** First-person decision phrases beyond a structural decision ("I pushed for", 我说服). */
    patterns: z.array(z.string().min(1)).default([]),
    /** Sections written for the candidate's own decisions. */
    sections: z.array(z.string()).min(1),
    /** Below this many words the section is left to section-required's "write two or three sentences". */
    minWords: z.number().int().positive().default(8),
  }),
  perSection: { reads: [] },
  compile: (p) => ({ ...p, res: p.patterns.map(pattern) }),
  check: (c, ctx) => {
    const out: RawFinding[] = [];
    for (const section of pick(ctx, c.sections)) {
      if (section.words < c.minWords || partlyChecked(section)) continue;
      const claims = claimsOf(section);
      if (claims.some((cl) => ownDecision(cl, c.res))) continue;
      const first = section.sentences[0];
      out.push({ section: section.id, start: first?.start ?? 0, end: first?.end ?? 0 });
    }
    return out;
  },
});
