// Turns one section's Markdown into what rule kinds read: the text with comments and list
// markers blanked out (offsets unchanged), its sentences and paragraphs, and its word count.
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface PreparedSection {
  id: string;
  /** The text as the candidate wrote it; offsets and line numbers refer to it. */
  raw: string;
  /** Same length as raw: HTML comments, list markers and link targets replaced by spaces. */
  text: string;
  sentences: Span[];
  paragraphs: Span[];
  words: number;
  lineStarts: number[];
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const LIST_MARKER = /^([ \t]*)(?:[-*+]|\d{1,3}[.)]|>)(?=[ \t])/gm;
const HEADING_MARKER = /^([ \t]*)#{1,6}(?=[ \t])/gm;
const LINK_TARGET = /\]\([^)\s]*\)|https?:\/\/[^\s)]+/g;

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

export function countWords(text: string): number {
  let n = 0;
  for (const seg of wordSegmenter.segment(text)) if (seg.isWordLike) n++;
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

function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  for (const seg of sentenceSegmenter.segment(text)) {
    const span = trimmedSpan(text, seg.index, seg.index + seg.segment.length);
    if (span) out.push(span);
  }
  return out;
}

function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n[ \t]*\n/g;
  let from = 0;
  for (const m of text.matchAll(re)) {
    const span = trimmedSpan(text, from, m.index);
    if (span) out.push(span);
    from = m.index + m[0].length;
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
  return {
    id,
    raw,
    text,
    sentences: splitSentences(text),
    paragraphs: splitParagraphs(text),
    words: countWords(text),
    lineStarts: lineStartsOf(raw),
  };
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

/** The sentence holding an offset (or null between sentences). */
export function sentenceAt(section: PreparedSection, offset: number): Span | null {
  for (const s of section.sentences) if (offset >= s.start && offset < s.end) return s;
  return null;
}
