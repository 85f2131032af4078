// Negation scope: which parts of a sentence a "no", "not", "never" or "n't" governs. English
// text goes through wink-nlp (its lite English model marks every token in a negation's scope);
// Chinese and mixed text through a short list of negators whose scope runs to the next comma.
// Pure: wink-nlp and its web model run unchanged in a browser worker. The model is built on first
// use (about 200 ms once), not on import.
import winkNLP from 'wink-nlp';
import type { WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { matchesOf } from '../../text/regexMatches';

export type Range = [number, number];

let wink: WinkMethods | null = null;

function nlp(): WinkMethods {
  // Only the negation stage: parts of speech were measured too (0.1 ms more per page) and were
  // wrong too often on this domain's short claims ("call it red tape" read "red" as a verb).
  wink ??= winkNLP(model, ['negation']);
  return wink;
}

/** Words that start a negation scope, English (for a quick test before wink runs). */
const EN_NEGATOR = /\b(?:no|not|never|none|nor|neither|without|nothing|nobody|n't|cannot)\b|n't\b/i;
/**
 * "no" / "not" inside a hyphenated compound ("card-not-present", "not-for-profit", "no-code") is
 * part of a name, not a negation of the claim.
 */
const EN_COMPOUND_NEGATOR = /(?<=\p{L}-)(?:no|not)\b|\b(?:no|not)(?=-\p{L})/giu;

/** `text` with compound negators replaced by letters of the same length (offsets unchanged). */
function maskCompoundNegators(text: string): string {
  // Most sentences have no hyphen next to "no"/"not"; the Unicode pattern above is then never
  // compiled (about 1% of a one-shot `dossier check`).
  if (!/-no|not?-/i.test(text)) return text;
  return text.replace(EN_COMPOUND_NEGATOR, (m) => 'x'.repeat(m.length));
}

/** Chinese negators; their scope runs to the next clause break. */
const ZH_NEGATION = /(?:没有|并没有|没|未曾|未(?!来)|无(?!论|数|限|缝)|不是|并非|不(?!错|断|仅|但|久|少|同|管|过|到|只)|从未|从不|非(?!常))([^，。；！？：,;.!?:]{0,30})/g;

/**
 * Character ranges (relative to `text`) inside a negation's scope, the negator included.
 * "confirmed no adverse impact" -> the range covering "no adverse impact".
 */
export function negatedRanges(text: string): Range[] {
  const out: Range[] = [];
  if (/[\u4e00-\u9fff]/.test(text)) {
    for (const m of matchesOf(ZH_NEGATION, text)) out.push([m.index, m.index + m[0].length]);
  }
  // wink reads the masked text: same length, so its token offsets are offsets into `text`.
  const english = maskCompoundNegators(text);
  if (!EN_NEGATOR.test(english)) return out;
  const doc = nlp().readDoc(english);
  const its = nlp().its;
  const values = doc.tokens().out();
  const flags = doc.tokens().out(its.negationFlag);
  let cursor = 0;
  let open: Range | null = null;
  // Negators the model does not carry forward ("without", "nobody") get a scope of their own:
  // up to six words, stopping at punctuation.
  let manual = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? '';
    const at = english.indexOf(v, cursor);
    if (at < 0) continue;
    cursor = at + v.length;
    const isNegator = /^(?:no|not|never|none|nor|neither|without|nothing|nobody|n't|cannot)$/i.test(v);
    if (isNegator && !flags[i + 1]) manual = 6;
    else if (/^[,;:.!?()]$/.test(v)) manual = 0;
    else if (manual > 0 && !isNegator) manual--;
    if (flags[i] || isNegator || manual > 0) {
      if (open && at - open[1] <= 2) open[1] = at + v.length;
      else {
        if (open) out.push(open);
        open = [at, at + v.length];
      }
    } else if (open) {
      out.push(open);
      open = null;
    }
  }
  if (open) out.push(open);
  return out;
}

export function inRanges(ranges: readonly Range[], start: number, end = start + 1): boolean {
  for (const [a, b] of ranges) if (start < b && end > a) return true;
  return false;
}
