// stance-claim: flags a sentence whose claim record carries one of the listed stance signals
// (src/core/rubric/claims/stance.ts): move-fast habits, cynicism about regulation, blind
// deference to it, or a product trade-off handed to another team. The pack may add `patterns`
// for slogans ("move fast and break things"), flagged unless negated, quoted, reported or
// rejected; and `lateGovernanceAfter` to flag a governance partner told only after the writer's
// own rollback or fix (move-fast's "rolled back, then told risk").
import { z } from 'zod';
import { defineKind, mayMatch, pattern, pick } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import { claimsOf } from '../claims/sectionClaims';
import { isDistanced } from '../claims/analyzeClaim';
import { inRanges } from '../claims/negation';
import { namesDecision, stanceOf, worksWithinGates } from '../claims/stance';
import { inLanguage } from '../findingsLanguage';
import { zhText } from '../zhText';
import { matchesOf } from '../../text/regexMatches';

const CONFINED = /^[^.;]{0,6}\b(?:but |only |as long as |provided )[^.;]{0,30}\b(?:sandbox|offline|historical|synthetic|shadow|test (?:data|environment)|staging|never (?:on|with) (?:customers|live))/i;

const SIGNALS = ['move-fast', 'cynicism', 'deference', 'deferred-tradeoff', 'reformer'] as const;

export const stanceClaim = defineKind({
  name: 'stance-claim',
  describe: 'Flags a sentence that claims a stance: move-fast habits, cynicism about or blind deference to regulation, or a trade-off handed to another team.',
  params: z.object({
    signals: z.array(z.enum(SIGNALS)).min(1),
    /** Slogans flagged as they are, unless negated, quoted, reported or rejected. */
    patterns: z.array(z.string().min(1)).default([]),
    /** Flag a governance partner brought in only after one of these events the writer caused. */
    lateGovernanceAfter: z.array(z.enum(['launch', 'fix', 'rollback', 'incident'])).default([]),
    /** The message for a late-governance finding (the sentence is too long to quote). */
    lateGovernanceMessage: z.string().min(1).optional(),
    lateGovernanceMessageZh: zhText.optional(),
    sections: z.array(z.string()).optional(),
  }),
  // Claims of the section only (the sentence before within it); the late-governance message by language.
  perSection: { reads: ['lang'] },
  compile: (p) => ({ ...p, res: p.patterns.map(pattern), wanted: new Set<string>(p.signals) }),
  check: (c, ctx) => {
    const out: RawFinding[] = [];
    for (const section of pick(ctx, c.sections)) {
      const claims = claimsOf(section);
      claims.forEach((claim, i) => {
        let hit: [number, number] | null = null;
        let late = false;
        for (const s of stanceOf(claim)) {
          // "Latency budget? Engineering owns that.": the decision may be named just before.
          if (s.namesDecision === false && !namesDecision(claims[i - 1]?.text ?? '')) continue;
          if (c.wanted.has(s.signal)) {
            hit = [s.start, s.end];
            break;
          }
        }
        // A reformer slogan said of work done with the gatekeepers ("cut MRM review time by sending
        // the validation pack at design review") is delivery inside the gates.
        if (!hit && !(c.wanted.has('reformer') && worksWithinGates(claim.text))) {
          for (const re of c.res) {
            if (!mayMatch(re, claim.text)) continue;
            re.lastIndex = 0;
            for (const m of matchesOf(re, claim.text)) {
              if (m[0].length === 0 || isDistanced(claim, m.index, m.index + m[0].length)) continue;
              // "Fail fast, but only in the sandbox": the slogan confined to where it is safe.
              if (CONFINED.test(claim.text.slice(m.index + m[0].length))) continue;
              hit = [m.index, m.index + m[0].length];
              break;
            }
            if (hit) break;
          }
        }
        if (!hit && c.lateGovernanceAfter.length > 0) {
          const g = claim.governance.find(
            (x) => x.timing === 'after' && x.event !== null && c.lateGovernanceAfter.includes(x.event) && !x.negated && !inRanges(claim.reported, x.start, x.end),
          );
          if (g && claim.actor !== 'other') {
            hit = [0, claim.text.length];
            late = true;
          }
        }
        if (hit) {
          const words = claim.text.slice(hit[0], hit[1]).trim();
          const match = words.length > 70 ? `${words.slice(0, 67).trimEnd()}…` : words;
          const f: RawFinding = { section: section.id, start: claim.start + hit[0], end: claim.start + hit[1], vars: { match } };
          if (late && c.lateGovernanceMessage) f.message = inLanguage(ctx.lang, c.lateGovernanceMessage, c.lateGovernanceMessageZh);
          out.push(f);
        }
      });
    }
    return out;
  },
});
