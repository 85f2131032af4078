// Finds the workspace's private terms (codenames, client names) in a passage the way a reader
// would see them (readerText.ts): across line wraps, NBSP and double spaces, emphasis markers,
// HTML comments and entities, NFD accents and invisible format characters, in any case. One
// implementation for the editor's live rule, `dossier check`, the CLI export gate and the app's
// review before export.
//
// Matching: one trie of the folded terms (a term with spaces also without them, and with hyphens), walked from each position of the folded text, leftmost
// and longest first. A term that begins (ends) with a letter or digit of a script written with
// spaces matches only where no such character stands before (after) it, so "Falcon" never
// matches in "Falconry"; Chinese, Japanese, Korean and Thai terms match anywhere. The cost is
// linear in the text: each position walks at most the longest term's length, whatever the
// number of terms (2,000 terms x 1 MB used to run past 300 s as one regex alternation).
import { BLOCK_BREAK, foldTerm, literalText, readerFold, renderedText } from '../text/readerText';
import type { MappedText } from '../text/readerText';

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
  /** Occurrences in a Markdown passage (section text, heading, title), in source order, not overlapping. */
  find(source: string): TermMatch[];
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
    // "Project Falcon" is also the name in "ProjectFalcon" (or "Project<!-- -->Falcon") and "Project-Falcon".
    for (const variant of new Set([folded, folded.replace(/ /g, ''), folded.replace(/ /g, '-')])) {
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
  const scan = (view: MappedText, out: TermMatch[]): void => {
    const t = view.text;
    const n = t.length;
    let i = 0;
    while (i < n) {
      const c = t.charCodeAt(i);
      const first = root.next.get(c);
      steps++;
      if (!first || (i > 0 && isWordUnit(c) && isWordUnit(t.charCodeAt(i - 1)))) {
        i++;
        continue;
      }
      let node: TrieNode | undefined = first;
      let j = i + 1;
      let best = -1;
      let bestTerm = '';
      while (node) {
        if (node.term !== null && (j >= n || !isWordUnit(t.charCodeAt(j - 1)) || !isWordUnit(t.charCodeAt(j)))) {
          best = j;
          bestTerm = node.term;
        }
        if (j >= n) break;
        node = node.next.get(t.charCodeAt(j));
        steps++;
        j++;
      }
      if (best < 0) {
        i++;
        continue;
      }
      out.push({ start: view.start[i] as number, end: view.end[best - 1] as number, term: bestTerm });
      i = best;
    }
  };
  return {
    find(source: string): TermMatch[] {
      if (source === '') return [];
      const found: TermMatch[] = [];
      // As rendered (a term split by markup), and as written (a term inside a comment or a link
      // target still leaves the machine in a Markdown export).
      const literal = readerFold(literalText(source));
      scan(literal, found);
      const rendered = readerFold(renderedText(source));
      if (rendered.text !== literal.text) scan(rendered, found);
      found.sort((a, b) => a.start - b.start || b.end - a.end);
      const out: TermMatch[] = [];
      let end = -1;
      for (const m of found) {
        if (m.start < end) continue;
        out.push(m);
        end = m.end;
      }
      return out;
    },
    steps: () => steps,
  };
}
