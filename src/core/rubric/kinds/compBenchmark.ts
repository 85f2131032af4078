// comp-benchmark: a bank pay case anchored on big-tech pay (Google, Meta, Levels.fyi…). A
// benchmark claim is the writer's anchor; a big-tech figure the writer names only to set it aside
// is not:
// - negated, quoted, reported as someone else's view or rejected (the claim record's ranges:
//   "I am not comparing this with Google", "a recruiter told me Meta pays more");
// - contrasted with the writer's own anchor in the same sentence ("Levels.fyi shows Meta pays
//   $300k, but I am anchoring on Chase and Citi"; "虽然Meta给得更多，但我参考的是大通和花旗");
// - dismissed in its own clause ("Meta's $300k is not a fair comparison", 不具可比性) or by the
//   next sentence ("I set that aside: my anchor is Chase and Citi.").
// One finding per sentence, on its first big-tech mention. Source of the rule: every bank guide
// (wf-zh: compare with Chase, Citi, Bank of America, USAA, State Farm, never Google or Meta; wf-en:
// anchor on the market for AI talent in financial services, not the generic tech benchmark).
import { z } from 'zod';
import { defineKind, mayMatch, pattern, pick } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import { claimsOf } from '../claims/sectionClaims';
import { isDistanced } from '../claims/analyzeClaim';

const Entry = z.object({
  pattern: z.string().min(1),
  /** Not flagged when this pattern matches the 40 characters before ("rather than Google", "worked at Meta"). */
  unlessBefore: z.string().optional(),
});

/** The writer's own anchor after a contrast: "but I am anchoring on…", "however, my reference is…", 但我参考的是…. */
const OWN_ANCHOR_AFTER_CONTRAST = [
  "(?:^|[,;:—–\\s])(?:but|however|yet|instead|whereas|still|that said)\\b,?\\s+(?:for (?:this|a bank) role,?\\s+)?(?:I|I'm|I've|I'd|my|we|our)\\b[^.;!?]{0,60}?\\b(?:anchor\\w*|benchmark\\w*|bas(?:e|ed|ing) (?:my|it|this|the ask|the number)|compar\\w*|look(?:ing)? (?:at|to)|us(?:e|ing)|rel(?:y|ying) on|ground\\w*|referenc\\w*|target\\w*|ask|number)\\b",
  '(?:但|不过|然而|可是|而)(?:是)?[，,\\s]*(?:这次)?我(?:的)?[^。；！？]{0,10}?(?:参考|对标|锚定|比较|对比|依据|基准|以[^。；]{1,20}为(?:准|参照|基准|锚))',
];
/** A concession that opens the sentence: "While Meta pays more, I anchor on…", 虽然…但…. */
const CONCESSION_BEFORE = ['\\b(?:while|although|though|even though|even if|whereas|granted)\\b[^.;]{0,80}$', '(?:虽然|尽管|即使|即便)[^。；]{0,40}$'];
/** The writer's anchor in the main clause after a concession. */
const OWN_ANCHOR = [
  "\\b(?:I|I'm|I've|my|we|our)\\b[^.;!?]{0,60}?\\b(?:anchor\\w*|benchmark\\w*|compar\\w*|look(?:ing)? (?:at|to)|rel(?:y|ying) on|ground\\w*|referenc\\w*)\\b",
  '我(?:的)?[^。；！？]{0,10}?(?:参考|对标|锚定|比较|对比|依据|基准)',
];
/** The figure dismissed in its own clause. */
const DISMISSED_AFTER = [
  "^[^.;!?]{0,60}?\\b(?:(?:is|are|was|were)(?:n't| not) (?:a |the )?(?:fair|relevant|useful|valid|right|good|meaningful|real)? ?(?:comparison|comparable|benchmark|anchor|reference|guide)|(?:is|are)(?:n't| not) comparable|irrelevant|(?:does|do)(?:n't| not) apply|beside the point|a different (?:market|labor market|world)|not my (?:anchor|benchmark|reference))\\b",
  '^[^。；！？]{0,30}?(?:不具(?:备)?可比性|不可比|不适用|不作(?:为)?参考|不是(?:合适的|我的)?(?:参照|参考|对标|锚点|基准))',
];
/** A next sentence that sets the figure aside: "I set that aside…", "That is not my anchor…", 这个数字不作参考. */
const SET_ASIDE_NEXT = [
  "^\\s*(?:(?:but|however|still|that said),?\\s+)?(?:I (?:set|put|leave|leaving) (?:that|this|it|those|these)(?: \\w+)? aside|I (?:do not|don't|won't|will not) (?:use|anchor on|compare with|rely on) (?:that|this|it|those|these)|(?:that|this|those|these)(?: \\w+){0,2} (?:is|are)(?:n't| not) (?:my|the|a fair|a relevant|a useful) (?:anchor|benchmark|reference|comparison|basis))\\b",
  '^\\s*(?:但|不过)?(?:我)?(?:不(?:拿|用|以)|不会(?:拿|用|以))?(?:这个|这些|那个|那些)(?:数字|数据|薪资|总包)?(?:只是参考|不作(?:为)?参考|不是我的(?:锚点|参考|基准))',
];

function res(list: string[]): RegExp[] {
  return list.map((s) => new RegExp(s, 'i'));
}

function some(list: RegExp[], text: string): boolean {
  return list.some((re) => re.test(text));
}

export const compBenchmark = defineKind({
  name: 'comp-benchmark',
  describe: 'Flags a pay case anchored on big-tech pay, unless the writer names it only to set it aside.',
  params: z.object({
    patterns: z.array(Entry).min(1),
    sections: z.array(z.string()).optional(),
  }),
  compile: (p) => ({
    sections: p.sections,
    entries: p.patterns.map((e) => ({ re: pattern(e.pattern), before: e.unlessBefore ? new RegExp(e.unlessBefore, 'iu') : null })),
    contrast: res(OWN_ANCHOR_AFTER_CONTRAST),
    concession: res(CONCESSION_BEFORE),
    ownAnchor: res(OWN_ANCHOR),
    dismissed: res(DISMISSED_AFTER),
    next: res(SET_ASIDE_NEXT),
  }),
  check: (c, ctx) => {
    const out: RawFinding[] = [];
    for (const section of pick(ctx, c.sections)) {
      const claims = claimsOf(section);
      claims.forEach((claim, i) => {
        const mentions: { start: number; end: number; text: string }[] = [];
        for (const e of c.entries) {
          if (!mayMatch(e.re, claim.text)) continue;
          e.re.lastIndex = 0;
          for (const m of claim.text.matchAll(e.re)) {
            if (m[0].length === 0) continue;
            const start = m.index;
            const abs = claim.start + start;
            if (e.before && e.before.test(section.text.slice(Math.max(0, abs - 40), abs))) continue;
            mentions.push({ start, end: start + m[0].length, text: m[0] });
          }
        }
        mentions.sort((a, b) => a.start - b.start);
        const nextText = claims[i + 1]?.text ?? '';
        for (const m of mentions) {
          if (isDistanced(claim, m.start, m.end)) continue;
          const before = claim.text.slice(0, m.start);
          const after = claim.text.slice(m.end);
          if (some(c.dismissed, after)) continue;
          // Contrasted with the writer's own anchor later in the sentence, which names no big tech.
          const contrast = c.contrast.map((re) => re.exec(after)).find((x) => x !== null);
          if (contrast && !mentions.some((o) => o.start >= m.end + contrast.index)) continue;
          if (some(c.concession, before) && some(c.ownAnchor, after)) continue;
          if (some(c.next, nextText)) continue;
          out.push({ section: section.id, start: claim.start + m.start, end: claim.start + m.end, vars: { match: m.text } });
          break; // one finding per sentence
        }
      });
    }
    return out;
  },
});
