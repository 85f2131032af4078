// A figure or fact the writer marks as non-public: "our unreleased Q3 numbers show…", "the board
// deck puts…", "under NDA", 内部数据显示…, 尚未公开的…. DOMAIN.md's confidentiality signal covers the
// workspace's private list and non-public figures; this is the second half, read from the
// sentence rather than from a list. Talking about confidentiality as a practice is not a claim:
// "I kept customer data confidential", "we never shared unreleased numbers", "for a confidential
// client", 我一直严格保密, 从不对外披露. Pure, no imports: `dossier export` uses
// `mentionsNonPublic` to decide whether to load the rubric at all.
import type { Range } from './negation';
import { matchesOf } from '../../text/regexMatches';

/** Words marking what follows (or precedes) as not public. */
const MARKER =
  /\b(?:unreleased|unpublished|undisclosed|non[- ]?public|not[- ](?:yet[- ])?(?:public|published|released|disclosed|announced)|internal[- ]only|internal (?:numbers|figures|results|estimates|forecasts?|projections)|board (?:deck|materials?|pack|presentation|minutes|slides)|under (?:an? )?NDA|confidential|embargoed|ahead of (?:the )?(?:earnings|announcement)|pre-?earnings)\b|内部(?:数据|数字|资料|报告|材料|口径|预测)|尚未公开|未公开|没有公开|未披露|尚未披露|未发布|董事会(?:材料|报告|文件|汇报|会议材料)|保密|机密/gi;

/**
 * What MARKER cannot match without (a necessary condition tested first, so that a text with none
 * of these words neither runs nor compiles it; checked over the gold corpus by stanceNeeds.test.ts).
 */
const MARKER_HINT = /un(?:released|published|disclosed)|public|published|released|disclosed|announc|internal|board|NDA|confidential|embargoed|earnings|内部|公开|披露|未发布|董事会|保密|机密/i;

const OWN_NEGATION = /\b(?:not|non)\b|未|没有/i;

/** A figure, or a verb stating a fact, in the sentence: what makes a marker a disclosure. */
const FACT_VERB =
  /\b(?:shows?|showed|says?|said|reveals?|revealed|indicates?|indicated|puts?|projects?|forecasts?|plans?|planned|includes?|confirms?|confirmed|will)\b|显示|表明|表示|计划|预计|包括|将会|将在/i;
/** Talking about confidentiality as a practice, not sharing something confidential. */
const PRACTICE =
  /\b(?:kept|keep(?:s|ing)?|treat(?:s|ed|ing)?|protect(?:s|ed|ing)?|safeguard(?:s|ed|ing)?|handl(?:e|es|ed|ing)|respect(?:s|ed|ing)?|redact(?:s|ed|ing)?|anonymi[sz](?:e|es|ed|ing)|mask(?:s|ed|ing)?|honou?r(?:s|ed|ing)?|sign(?:s|ed|ing)?)\b[^.;]{0,40}\b(?:confidential|NDA|unreleased|non-?public)\b|\bconfidential(?:ity)? (?:agreement|obligations?|polic(?:y|ies)|training|clause|review|client|partner|customer|vendor|issuer|bank|merchant|company|employer|project)\b|\b(?:I|we|I've|we've|I'd|we'd)\b[^.;]{0,20}?\b(?:never|not|don't|do not|didn't|did not|won't|will not|can't|cannot)\s+(?:\w+\s+){0,2}(?:share[ds]?|sharing|disclose[ds]?|disclosing|reveal(?:s|ed|ing)?|leak(?:s|ed|ing)?|publish(?:es|ed|ing)?|discuss(?:es|ed|ing)?|nam(?:e|es|ed|ing)|quot(?:e|es|ed|ing))\b|\bwithout\s+(?:\w+\s+){0,2}(?:sharing|disclosing|revealing|naming|quoting)\b|\b(?:I can only say|all I can (?:say|share)|I can share only|what I can share)\b|保密(?:协议|义务|培训|制度|原则|要求)|(?:严格|一直|始终|注意|做好)(?:地)?保密|对[^。；]{0,15}保密|(?:(?:从不|从未|不会|不能|未曾|绝不)(?:对外)?|没有对外|不对外)(?:分享|透露|披露|公开|泄露|提及|引用)|脱敏|匿名/i;

/** True when the text carries any non-public marker (a cheap test before loading the rubric). */
export function mentionsNonPublic(text: string): boolean {
  if (!MARKER_HINT.test(text)) return false;
  MARKER.lastIndex = 0;
  return MARKER.test(text);
}

/**
 * The span (relative to the sentence) of a non-public disclosure: from its marker to the first
 * figure near it (or the marker alone), or null when the sentence marks nothing as non-public,
 * states no figure or fact, or talks about confidentiality as a practice. `hasFigure`: the
 * sentence states a figure that can carry impact (the claim record's hasImpactNumber).
 * `figureSpans`: the sentence's figures, to widen the excerpt to the figure.
 */
export function nonPublicDisclosure(
  text: string,
  hasFigure: boolean,
  figureSpans: readonly { start: number; end: number }[],
  distanced: (start: number, end: number, ownNegation: boolean) => boolean,
): Range | null {
  if (!MARKER_HINT.test(text) || PRACTICE.test(text)) return null;
  MARKER.lastIndex = 0;
  for (const m of matchesOf(MARKER, text)) {
    const start = m.index;
    const end = start + m[0].length;
    // "not yet public", 未公开 carry their own negation: it does not take them back.
    if (distanced(start, end, OWN_NEGATION.test(m[0]))) continue;
    if (!hasFigure && !FACT_VERB.test(text)) continue;
    // Widen to the nearest figure within the sentence when the excerpt stays short.
    let best: Range = [start, end];
    let gap = Infinity;
    for (const f of figureSpans) {
      const d = f.start >= end ? f.start - end : start >= f.end ? start - f.end : 0;
      if (d < gap) {
        gap = d;
        best = [Math.min(start, f.start), Math.max(end, f.end)];
      }
    }
    return best[1] - best[0] <= 120 ? best : [start, end];
  }
  return null;
}

/** For tests: the patterns that run only after a cheap necessary test, with that test. */
export function nonPublicNeedsForTests(): Array<{ pattern: RegExp; needs: RegExp[] }> {
  return [{ pattern: MARKER, needs: [MARKER_HINT] }];
}
