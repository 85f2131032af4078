// Turns one section's Markdown into what rule kinds read: the text with comments and list
// markers blanked out (offsets unchanged), its sentences and paragraphs, and its word count.
import { chunkEnd } from '../text/segmentChunks';
import { matchesOf } from '../text/regexMatches';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Sentence extends Span {
  words: number;
}

export interface PreparedSection {
  id: string;
  /** The text as the candidate wrote it; offsets and line numbers refer to it. */
  raw: string;
  /** Same length as raw: HTML comments, list markers and link targets replaced by spaces. */
  text: string;
  sentences: Sentence[];
  paragraphs: Span[];
  words: number;
  lineStarts: number[];
  /**
   * Set when the document is longer than the rubric reads (checkLimit.ts): the offset in `text`
   * where reading stopped. `sentences` then holds only the sentences before it; `text`,
   * `paragraphs` and `words` still cover the whole section. Absent: the whole section is read.
   */
  checkedEnd?: number;
}

/** True when the rubric read only part of the section (see `checkedEnd`): nothing can be said to be missing from it. */
export function partlyChecked(section: PreparedSection): boolean {
  return section.checkedEnd !== undefined;
}

// Made on first use: the first Intl object loads ICU's data (about 8 ms), which a DOCX export of
// Latin-script text never needs (its word count takes the regex path below).
let sentenceSegmenterMade: Intl.Segmenter | undefined;
let wordSegmenterMade: Intl.Segmenter | undefined;
const sentenceSegmenter = (): Intl.Segmenter => (sentenceSegmenterMade ??= new Intl.Segmenter('en', { granularity: 'sentence' }));
const wordSegmenter = (): Intl.Segmenter => (wordSegmenterMade ??= new Intl.Segmenter('en', { granularity: 'word' }));

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const LIST_MARKER = /^([ \t]*)(?:[-*+]|\d{1,3}[.)]|>)(?=[ \t])/gm;
const HEADING_MARKER = /^([ \t]*)#{1,6}(?=[ \t])/gm;
/**
 * A link target "](…)" of up to 2,048 characters without brackets or parentheses: unbounded,
 * `[a]([a]([a](…` made every "](" scan to the end of the text and back (100 KB took 5 s); now
 * each scan stops at the next bracket, so the cost is linear.
 */
const LINK_TARGET = /\]\([^()[\]\s]{0,2048}\)|https?:\/\/[^\s)]+/g;

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

/** Blanks out what is markup rather than prose, keeping every offset in place. */
export function maskMarkup(raw: string): string {
  return raw
    .replace(COMMENT, blank)
    .replace(LIST_MARKER, (m: string, lead: string) => lead + ' '.repeat(m.length - lead.length))
    .replace(HEADING_MARKER, (m: string, lead: string) => lead + ' '.repeat(m.length - lead.length))
    .replace(LINK_TARGET, blank);
}

/** Latin-script text (no CJK, Thai...): a regex matches ICU's word rules closely and is much faster. */
const SIMPLE_SCRIPT = /^[\t\n\r\u0020-\u024F\u2000-\u206F\u20A0-\u20CF\u2190-\u21FF\u2200-\u22FF]*$/;
const SIMPLE_WORD = /[\p{L}\p{N}_]+(?:(?:[.'’]|(?<=\d),(?=\d))[\p{L}\p{N}_]+)*/gu;

/**
 * Word counts of texts that needed the segmenter, by text. Its dictionary reading of Chinese costs
 * about 1-2 µs a character (a 30-character sentence 15-60 µs), and a check sees the same sentences
 * again and again: the editor prepares the section being edited at every keystroke, whose other
 * sentences are unchanged, and overviews check documents that share sentences. Bounded: cleared
 * when full, as the claims cache is.
 */
const segmentedCounts = new Map<string, number>();
const SEGMENTED_COUNTS_LIMIT = 4_000;

function countWordsIn(text: string): number {
  if (SIMPLE_SCRIPT.test(text)) {
    let n = 0;
    SIMPLE_WORD.lastIndex = 0;
    while (SIMPLE_WORD.exec(text) !== null) n++;
    return n;
  }
  const known = segmentedCounts.get(text);
  if (known !== undefined) return known;
  let n = 0;
  for (const seg of wordSegmenter().segment(text)) if (seg.isWordLike) n++;
  if (segmentedCounts.size >= SEGMENTED_COUNTS_LIMIT) segmentedCounts.clear();
  segmentedCounts.set(text, n);
  return n;
}

const CHUNK = 2000;

/**
 * Words by Intl.Segmenter (CJK words by dictionary). V8's word iterator slows down
 * quadratically on long strings, so long text is counted in chunks cut at whitespace.
 */
export function countWords(text: string): number {
  if (text.length <= CHUNK) return countWordsIn(text);
  let n = 0;
  let pos = 0;
  while (pos < text.length) {
    const cut = chunkEnd(text, pos, CHUNK);
    n += countWordsIn(text.slice(pos, cut));
    pos = cut;
  }
  return n;
}

function trimmedSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e <= s) return null;
  return { start: s, end: e, text: text.slice(s, e) };
}

/**
 * The longest sentence the rubric reads, in UTF-16 units. A longer run of text without a sentence
 * end (a paragraph with no full stop, a line of figures, Chinese without punctuation) is cut into
 * sentences of at most this length, after the last sentence mark or blank in the second half when
 * there is one. The claims analysis of one sentence costs more than its length (each figure reads
 * the words around it), so this bounds the cost per sentence. The longest sentence in the gold
 * corpus has 256 units; 1,000 is about 170 English words.
 */
export const MAX_SENTENCE_CHARS = 1000;

/** Where to cut a long run of text: after sentence punctuation, else whitespace, else anywhere. */
function cutPoint(text: string, from: number, limit: number): number {
  if (limit >= text.length) return text.length;
  const floor = from + MAX_SENTENCE_CHARS / 2;
  for (let i = limit - 1; i > floor; i--) if (/[.!?。！？]/.test(text[i] ?? '')) return i + 1;
  for (let i = limit - 1; i > floor; i--) if (/\s/.test(text[i] ?? '')) return i + 1;
  return /[\ud800-\udbff]/.test(text[limit - 1] ?? '') ? limit + 1 : limit;
}

/** A sentence the segmenter ended at an abbreviation ("vs.", "e.g.") runs on into the next. */
const ABBREVIATION_END = /(?:^|[\s(])(?:vs|e\.g|i\.e|approx|etc|incl|est|no|Mr|Ms|Dr|St|Inc|Co|U\.S|Sr|Jr)\.$/i;
/**
 * How much of a sentence's end ABBREVIATION_END needs to see: its longest abbreviation ("approx.",
 * 7 units) and the blank before it, plus one. Testing only this tail keeps merging linear: a line
 * of 100,000 "e.g." used to test the whole growing sentence at each one.
 */
const ABBREVIATION_TAIL = 9;

/** True when text[start, end) ends with an abbreviation that does not end a sentence. */
function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  return ABBREVIATION_END.test(text.slice(Math.max(start, end - ABBREVIATION_TAIL), end));
}

/**
 * Where Unicode's sentence rules (UAX #29) may end a sentence: after a sentence terminator (full
 * stop, !, ?, 。 and the like) or a paragraph separator. A piece of text with none of them, or
 * with them only in its last run of terminators and closing quotes or brackets followed by
 * spaces (not line or paragraph separators), is one sentence. Checked against Intl.Segmenter
 * on random strings of terminators, closers, separators and spaces (tests/unit/rubric).
 */
const SENTENCE_BREAK = /[\p{Sentence_Terminal}\r\u0085\u2028\u2029]/u;
const TRAILING_PUNCTUATION = /^[\p{Sentence_Terminal}\p{Pe}\p{Pf}\p{Pi}"']*[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*$/u;

/**
 * True when Intl.Segmenter would return `chunk` as a single sentence (or blanks only): the usual
 * list item or line needs no segmenter, whose set-up costs about 15 µs per call.
 */
export function isOneSentence(chunk: string): boolean {
  const i = chunk.search(SENTENCE_BREAK);
  return i === -1 || TRAILING_PUNCTUATION.test(chunk.slice(i));
}

/**
 * Sentences by Intl.Segmenter. A line with no sentence break inside is one sentence; other lines
 * are segmented in batches of whole lines (a line break ends a sentence anyway) and very long
 * lines in chunks, at most MAX_SENTENCE_CHARS at a time, because V8's segmenters slow down on
 * long strings. A sentence ended at an abbreviation is merged with the next one on
 * the same line while the two together fit in MAX_SENTENCE_CHARS. Linear in the text's length.
 */
function splitSentences(text: string): Sentence[] {
  const out: Omit<Sentence, 'text'>[] = [];
  const push = (s: Omit<Sentence, 'text'>) => {
    const prev = out[out.length - 1];
    if (
      prev &&
      s.end - prev.start <= MAX_SENTENCE_CHARS &&
      endsWithAbbreviation(text, prev.start, prev.end) &&
      !text.slice(prev.end, s.start).includes('\n')
    ) {
      prev.end = s.end;
      prev.words += s.words;
    } else out.push(s);
  };
  const segment = (from: number, to: number) => {
    for (const seg of sentenceSegmenter().segment(text.slice(from, to))) {
      const span = trimmedSpan(text, from + seg.index, from + seg.index + seg.segment.length);
      if (span) push({ start: span.start, end: span.end, words: countWords(span.text) });
    }
  };
  // Short lines that need the segmenter are segmented together, up to MAX_SENTENCE_CHARS at a
  // time: a line break always ends a sentence (UAX #29), so the result is the same as line by
  // line, with one call instead of one per line (30,000 list items with a full stop inside).
  let batchStart = -1;
  let batchEnd = -1;
  const flush = () => {
    if (batchStart >= 0) segment(batchStart, batchEnd);
    batchStart = -1;
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    if (lineEnd - lineStart <= MAX_SENTENCE_CHARS) {
      const line = text.slice(lineStart, lineEnd);
      if (isOneSentence(line)) {
        const span = trimmedSpan(text, lineStart, lineEnd);
        if (span) {
          flush();
          push({ start: span.start, end: span.end, words: countWords(span.text) });
        }
      } else {
        if (batchStart >= 0 && lineEnd - batchStart > MAX_SENTENCE_CHARS) flush();
        if (batchStart < 0) batchStart = lineStart;
        batchEnd = lineEnd;
      }
      if (nl === -1) break;
      lineStart = nl + 1;
      continue;
    }
    flush();
    let pos = lineStart;
    while (pos < lineEnd) {
      const cut = Math.min(lineEnd, cutPoint(text, pos, Math.min(lineEnd, pos + MAX_SENTENCE_CHARS)));
      const chunk = text.slice(pos, cut);
      if (isOneSentence(chunk)) {
        const span = trimmedSpan(text, pos, cut);
        if (span) push({ start: span.start, end: span.end, words: countWords(span.text) });
      } else if (chunk.trim() !== '') segment(pos, cut);
      pos = cut;
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  flush();
  return out.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end), words: s.words }));
}

/** A line that starts a list item ("- ", "* ", "+ ", "1. ", "2) "), read in the unmasked text. */
const LIST_ITEM_START = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]/;

/**
 * Paragraphs: blocks between blank lines, and each list item on its own (with its indented
 * continuation lines), so a figure in one bullet does not vouch for the bullet below it.
 */
function splitParagraphs(text: string, raw: string): Span[] {
  // Separators as [start, end) ranges: blank-line runs, and the line break before a list item.
  const separators: [number, number][] = [];
  for (const m of matchesOf(/\n[ \t]*\n/g, text)) separators.push([m.index, m.index + m[0].length]);
  for (let i = raw.indexOf('\n'); i !== -1; i = raw.indexOf('\n', i + 1)) {
    if (LIST_ITEM_START.test(raw.slice(i + 1, i + 12))) separators.push([i, i + 1]);
  }
  separators.sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  let from = 0;
  for (const [start, end] of separators) {
    if (start > from) {
      const span = trimmedSpan(text, from, start);
      if (span) out.push(span);
    }
    from = Math.max(from, end);
  }
  const last = trimmedSpan(text, from, text.length);
  if (last) out.push(last);
  return out;
}

function lineStartsOf(raw: string): number[] {
  const starts = [0];
  for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

export function prepareSection(id: string, raw: string): PreparedSection {
  const text = maskMarkup(raw);
  const sentences = splitSentences(text);
  let words = 0;
  for (const s of sentences) words += s.words;
  return {
    id,
    raw,
    text,
    sentences,
    paragraphs: splitParagraphs(text, raw),
    words,
    lineStarts: lineStartsOf(raw),
  };
}

/** The words the rubric counts in a section's Markdown (comments, list markers and link targets left out). */
export function countSectionWords(raw: string): number {
  return prepareSection('', raw).words;
}

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(section: PreparedSection, offset: number): { line: number; column: number } {
  const starts = section.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

/** Index of the span holding an offset in a sorted, non-overlapping list, or -1 between spans. */
export function spanIndexAt(list: readonly { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence holding an offset (or null between sentences). */
export function sentenceAt(section: PreparedSection, offset: number): Sentence | null {
  return section.sentences[spanIndexAt(section.sentences, offset)] ?? null;
}
