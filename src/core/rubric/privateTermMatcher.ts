// Finds the workspace's private terms (codenames, client names) in a passage the way a reader
// would see them (readerText.ts): across line wraps, NBSP and double spaces, emphasis markers,
// HTML comments and entities, accents, invisible format characters and look-alike letters from
// other scripts (a Cyrillic о, a Greek omicron, mathematical bold: UTS #39 skeletons,
// confusableFold.ts), letters stored backwards under a right-to-left override (bidiOverride.ts),
// in any case. Typed ASCII is read as written, so "corn" never matches
// "com", and Chinese, Japanese, Korean and Thai are compared as written after NFKC. One
// implementation for the editor's live rule, `dossier check`, the CLI export gate and the app's
// review before export.
//
// Matching: one trie of the folded terms (a term with spaces also without them), walked from each
// position of the folded text, leftmost and longest first; where the term has a space, one joiner
// a reader reads through (- _ . / \ · +) stands for it. A term that begins (ends) with a letter or digit of a script written with
// spaces matches only where no such character stands before (after) it, so "Falcon" never
// matches in "Falconry"; Chinese, Japanese, Korean and Thai terms match anywhere, except a
// two-character Chinese term whose two characters the word segmenter puts at the ends of two
// other words (中信 in 集中信息: 集中|信息; straddlesTwoWords). Traditional characters read as
// simplified (招商銀行 is 招商银行: confusableFold.ts). The cost is
// linear in the text: each position walks at most the longest term's length, whatever the
// number of terms (2,000 terms x 1 MB used to run past 300 s as one regex alternation).
import { BLOCK_BREAK, foldTerm, hasDoubtfulControl, hasMarkup, literalText, readerFold, renderedText } from '../text/readerText';
import type { MappedText } from '../text/readerText';
import { displayOrder } from '../text/bidiOverride';

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The term (as given) that ends here, if any. */
  term: string | null;
}

export interface TermMatch {
  /** [start, end) in the source passage. */
  start: number;
  end: number;
  /** The list entry that matched, as the candidate wrote it in the list. */
  term: string;
}

export interface PrivateTermMatcher {
  /**
   * Occurrences in a Markdown passage (section text, heading, title), in source order, not
   * overlapping. `general`: never the ASCII shortcut (for the test that both agree).
   */
  find(source: string, opts?: { general?: boolean }): TermMatch[];
  /** Trie steps taken so far (for the counted cost test). */
  steps(): number;
}

const NO_SPACE_SCRIPTS = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const LETTER = /[\p{L}\p{N}\p{M}]/u;
// Per UTF-16 unit: 1 a word character (a term edge needs a boundary there), 2 not.
const wordKind = new Uint8Array(0x10000);

/** A letter, digit or mark of a script written with spaces between words. */
function isWordUnit(code: number): boolean {
  let k = wordKind[code] as number;
  if (k === 0) {
    const ch = String.fromCharCode(code);
    k = code >= 0xd800 && code <= 0xdfff ? 2 : LETTER.test(ch) && !NO_SPACE_SCRIPTS.test(ch) ? 1 : 2;
    wordKind[code] = k;
  }
  return k === 1;
}

/**
 * ASCII text the shortcut reads as readerFold would: printable characters, white space other than
 * vertical tab and form feed, and U+0000. Other controls (U+0001, DEL…) are dropped or read two
 * ways by readerFold, so a passage holding one takes the general reading ("Acme\u0001bank" prints
 * as Acmebank).
 */
const ASCII = /^[\u0000\t\n\r\u0020-\u007e]*$/; // eslint-disable-line no-control-regex -- ASCII is the point

/**
 * Characters read in place of the space between two words of a term (after folding): a reader
 * reads "Project_Falcon", "Project.Falcon", "acme/project-falcon", "Project·Falcon" (U+00B7 and
 * its look-alikes, which fold to it), "Project+Falcon" (a URL's query) as the name (breaker F2).
 * One joiner between two words, not a run: "the project. Falcon" is two sentences.
 */
const JOINERS = new Set([0x2d, 0x5f, 0x2e, 0x2f, 0x5c, 0xb7, 0x2b]);
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
/** The ASCII characters JavaScript's \s matches (readerFold's white space). */
const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

const cache = new Map<string, PrivateTermMatcher | null>();

/**
 * The matcher for a private list (null when no term is left after trimming). Terms are folded
 * like the text (foldTerm); a term that folds to nothing is ignored. Built once per list
 * (cached), in time linear in the list's total length.
 */
export function privateTermMatcher(terms: readonly string[]): PrivateTermMatcher | null {
  const key = terms.join('\u0000');
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const root: TrieNode = { next: new Map(), term: null };
  let count = 0;
  for (const raw of terms) {
    const folded = foldTerm(raw);
    if (folded === '' || folded.includes(BLOCK_BREAK)) continue;
    // "Project Falcon" is also the name in "ProjectFalcon" (or "Project<!-- -->Falcon"); a joiner
    // in place of the space ("Project-Falcon", "project_falcon") is read by the walk (JOINERS).
    for (const variant of new Set([folded, folded.replace(/ /g, '')])) {
      let node = root;
      for (let i = 0; i < variant.length; i++) {
        const c = variant.charCodeAt(i);
        let child = node.next.get(c);
        if (!child) {
          child = { next: new Map(), term: null };
          node.next.set(c, child);
        }
        node = child;
      }
      node.term ??= raw.trim();
    }
    count++;
  }
  const matcher = count === 0 ? null : makeMatcher(root);
  if (cache.size > 50) cache.clear();
  cache.set(key, matcher);
  return matcher;
}

function makeMatcher(root: TrieNode): PrivateTermMatcher {
  let steps = 0;
  /**
   * The trie walk both readings share: from each position of a text of `n` units read through
   * `at` (folded code units), the longest term that starts and ends on word boundaries, leftmost
   * first. `after(j)` is the position of the unit after j, or -1 where a block ends (no term
   * crosses it); it may skip a run, counting the units it passes in `steps`.
   */
  const walk = (n: number, at: (j: number) => number, after: (j: number) => number, emit: (i: number, end: number, term: string) => void): void => {
    let i = 0;
    while (i < n) {
      const c = at(i);
      const first = root.next.get(c);
      steps++;
      if (!first || (i > 0 && isWordUnit(c) && isWordUnit(at(i - 1)))) {
        i++;
        continue;
      }
      let node: TrieNode | undefined = first;
      let j = i + 1;
      let best = -1;
      let bestTerm = '';
      while (node) {
        if (node.term !== null && (j >= n || !isWordUnit(at(j - 1)) || !isWordUnit(at(j)))) {
          best = j;
          bestTerm = node.term;
        }
        if (j >= n) break;
        const c = at(j);
        node = node.next.get(c) ?? (JOINERS.has(c) ? node.next.get(32) : undefined);
        steps++;
        j = after(j);
        if (j < 0) break;
      }
      if (best < 0) {
        i++;
        continue;
      }
      emit(i, best, bestTerm);
      i = best;
    }
  };
  /** `reordered`: the view is in display order, so a match's source span is its units' min..max. */
  const scan = (view: MappedText, out: TermMatch[], reordered = false): void => {
    const t = view.text;
    walk(
      t.length,
      (j) => t.charCodeAt(j),
      (j) => j + 1,
      (i, end, term) => {
        let start = view.start[i] as number;
        let stop = view.end[end - 1] as number;
        for (let k = i; reordered && k < end; k++) {
          start = Math.min(start, view.start[k] as number);
          stop = Math.max(stop, view.end[k] as number);
        }
        out.push({ start, end: stop, term });
      },
    );
  };
  /**
   * `scan` over readerFold(literalText(raw)) for an ASCII-only passage, without building it: the
   * same walk, with A-Z read as a-z and a run of white space read as one space (a blank line as a
   * block break). Most sections are ASCII; this keeps the editor's per-key check cheap.
   */
  const scanAscii = (raw: string, out: TermMatch[]): void => {
    const n = raw.length;
    const at = (j: number): number => {
      const c = raw.charCodeAt(j);
      return isAsciiSpace(c) ? 32 : lowerAscii(c);
    };
    const after = (j: number): number => {
      if (!isAsciiSpace(raw.charCodeAt(j))) return j + 1;
      let k = j;
      let newlines = 0;
      while (k < n && isAsciiSpace(raw.charCodeAt(k))) {
        if (raw.charCodeAt(k) === 10) newlines++;
        k++;
      }
      steps += k - j - 1;
      return newlines >= 2 ? -1 : k;
    };
    walk(n, at, after, (i, end, term) => out.push({ start: i, end, term }));
  };
  return {
    find(source: string, opts: { general?: boolean } = {}): TermMatch[] {
      if (source === '') return [];
      const found: TermMatch[] = [];
      // As written (a term inside a comment or a link target still leaves the machine in a
      // Markdown export), and as rendered when markup may split a term.
      if (!opts.general && ASCII.test(source)) scanAscii(source, found);
      else scan(readerFold(literalText(source)), found);
      if (hasMarkup(source)) scan(readerFold(renderedText(source)), found);
      // Controls one program shows as a space and another drops: read both ways.
      if (hasDoubtfulControl(source)) {
        scan(readerFold(literalText(source), { dropDoubtful: true }), found);
        if (hasMarkup(source)) scan(readerFold(renderedText(source), { dropDoubtful: true }), found);
      }
      // Letters stored backwards under a right-to-left override are shown forwards: read them so too.
      if (source.includes('\u202e')) {
        scan(displayOrder(readerFold(literalText(source)), source), found, true);
        if (hasMarkup(source)) scan(displayOrder(readerFold(renderedText(source)), source), found, true);
      }
      found.sort((a, b) => a.start - b.start || b.end - a.end);
      const out: TermMatch[] = [];
      let end = -1;
      for (const m of found) {
        if (m.start < end) continue;
        if (straddlesTwoWords(source, m)) continue;
        out.push(m);
        end = m.end;
      }
      return out;
    },
    steps: () => steps,
  };
}

const HAN_PAIR = /^\p{Script=Han}{2}$/u;
const HAN = /\p{Script=Han}/u;
/** How far either side of a match the segmenter reads (a few words of context). */
const CONTEXT = 16;
let segmenter: Intl.Segmenter | null = null;

/**
 * True when a match of a two-character Chinese term is, as a Chinese reader segments the text
 * (Intl.Segmenter, ICU's dictionary), the end of one word and the start of another: both of its
 * edges fall strictly inside words that reach past it (中信 in 集中信息 = 集中|信息). Conservative,
 * since a leak is worse than a false block: a match that starts or ends on a word boundary still
 * counts (中信 in 中信用卡 = 中|信用卡 may be CITIC's card business, and 中信贷款 is CITIC's loans),
 * and so does every longer term (天网计划 in 天网计划书) and any match whose source holds more than
 * the two characters (a line wrap, markup) or is not written in simplified Han as listed.
 */
function straddlesTwoWords(source: string, m: TermMatch): boolean {
  if (m.end - m.start !== 2 || !HAN_PAIR.test(m.term) || !HAN_PAIR.test(source.slice(m.start, m.end))) return false;
  const from = Math.max(0, m.start - CONTEXT);
  const window = source.slice(from, Math.min(source.length, m.end + CONTEXT));
  const start = m.start - from;
  const end = m.end - from;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  let startInside = false;
  let endInside = false;
  for (const s of segmenter.segment(window)) {
    const a = s.index;
    const b = a + s.segment.length;
    if (!HAN.test(s.segment)) continue;
    if (a < start && b > start && b < end) startInside = true;
    if (a > start && a < end && b > end) endInside = true;
  }
  return startInside && endInside;
}
