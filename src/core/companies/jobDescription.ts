// Key terms of a job description, and which of the candidate's documents cover each one.
// Terms come from four places: domain phrases (English and Chinese), acronyms with their
// numbers ("SR 11-7", "MRM", "ECOA"), capitalised names ("Model Risk Management", "Chase"), and
// content words or word pairs that recur (segmented with Intl.Segmenter, so Chinese works too).
import type { JobDescriptionMatch, JobDescriptionTerm } from './types';
import {
  chineseStopwords,
  chineseVocabulary,
  englishStopwords,
  englishVocabulary,
} from './domainVocabulary';
import { chunkEnd } from '../text/segmentChunks';

export type ExtractedTerm = Omit<JobDescriptionTerm, 'coveredBy'>;

const HAN = /\p{Script=Han}/u;
/** Latin terms sit between non-Latin characters: “符合SR 11-7要求” still mentions SR 11-7. */
const LATIN_OR_DIGIT = '[\\p{Script=Latin}\\p{N}]';
const MAX_NAMES = 15;
const MAX_FREQUENT = 20;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern finding a term as a whole phrase: case-insensitive, spaces and hyphens alike, plural allowed. */
function termPattern(term: string): RegExp {
  if (HAN.test(term)) return new RegExp(escapeRegExp(term), 'gu');
  const body = term
    .trim()
    .split(/[\s-]+/)
    .map(escapeRegExp)
    .join('[\\s-]+');
  const plural = /[A-Za-z]$/.test(term) ? '(?:s|es)?' : '';
  return new RegExp(`(?<!${LATIN_OR_DIGIT})${body}${plural}(?!${LATIN_OR_DIGIT})`, 'giu');
}

function countMatches(text: string, term: string): number {
  return text.match(termPattern(term))?.length ?? 0;
}

export function mentions(text: string, term: string): boolean {
  return termPattern(term).test(text);
}

const ACRONYM =
  /(?<![\p{Script=Latin}\p{N}])([A-Z][A-Z0-9&]{1,9}(?:\s\d{1,4}-\d{1,4})?)(?![\p{Script=Latin}\p{N}])/gu;

function acronyms(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.matchAll(ACRONYM)) {
    const term = m[1] ?? '';
    if (!/[A-Z].*[A-Z]/.test(term)) continue;
    if (englishStopwords.has(term.toLowerCase())) continue;
    out.set(term, (out.get(term) ?? 0) + 1);
  }
  return out;
}

const WORD = /[A-Za-z][A-Za-z0-9&'’]*/g;
const CAPITALISED = /^[A-Z][a-z]/;

function names(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let run: { word: string; sentenceStart: boolean }[] = [];
  let lastEnd = -1;
  const flush = () => {
    while (run.length > 0 && englishStopwords.has((run[0]?.word ?? '').toLowerCase())) run.shift();
    while (run.length > 0 && englishStopwords.has((run[run.length - 1]?.word ?? '').toLowerCase()))
      run.pop();
    if (run.length >= 2 || (run.length === 1 && !run[0]?.sentenceStart)) {
      const term = run.map((w) => w.word).join(' ');
      out.set(term, (out.get(term) ?? 0) + 1);
    }
    run = [];
  };
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const start = m.index ?? 0;
    const gap = text.slice(lastEnd, start);
    const joined = lastEnd >= 0 && gap === ' ';
    if (!joined) flush();
    lastEnd = start + word.length;
    if (!CAPITALISED.test(word)) {
      flush();
      continue;
    }
    const before = text.slice(0, start).trimEnd();
    // Looks at the last character and the blanks after it, not an end-anchored regex over the
    // whole prefix (V8 tries one from every position: quadratic in the text's length).
    const sentenceStart = before === '' || '.!?:;•-*\n(“"'.includes(before.slice(-1)) || text.slice(before.length, start).includes('\n');
    run.push({ word, sentenceStart: run.length === 0 ? sentenceStart : false });
  }
  flush();
  return out;
}

interface Segment {
  text: string;
  wordLike: boolean;
}

const CHUNK = 2000;

/**
 * Word segments of `text`. V8's segment iterator copies the whole input for every segment
 * (quadratic: 20,000 blank lines took 3 s, 80,000 ran out of memory), so the text is segmented in
 * chunks of at most 2,000 UTF-16 units, cut after a blank where there is one in the second half
 * (a word never spans a blank), else between code points.
 */
function segments(text: string): Segment[] {
  const locale = HAN.test(text) ? 'zh' : 'en';
  const seg = new Intl.Segmenter(locale, { granularity: 'word' });
  const out: Segment[] = [];
  for (let pos = 0; pos < text.length; ) {
    const cut = chunkEnd(text, pos, CHUNK);
    for (const s of seg.segment(text.slice(pos, cut))) out.push({ text: s.segment, wordLike: s.isWordLike ?? false });
    pos = cut;
  }
  return out;
}

function isContentWord(word: string): boolean {
  if (/^\p{N}+$/u.test(word)) return false;
  if (HAN.test(word)) return [...word].length >= 2 && !chineseStopwords.has(word);
  return word.length >= 3 && !englishStopwords.has(word);
}

function frequentTerms(text: string): Map<string, number> {
  const unigrams = new Map<string, number>();
  const bigrams = new Map<string, number>();
  let previous: string | null = null;
  for (const s of segments(text)) {
    if (!s.wordLike) {
      if (s.text.trim() !== '') previous = null; // punctuation breaks a pair; spaces do not
      continue;
    }
    const word = s.text.toLowerCase();
    if (!isContentWord(word)) {
      previous = null;
      continue;
    }
    unigrams.set(word, (unigrams.get(word) ?? 0) + 1);
    if (previous !== null) {
      const pair = HAN.test(previous) && HAN.test(word) ? previous + word : `${previous} ${word}`;
      bigrams.set(pair, (bigrams.get(pair) ?? 0) + 1);
    }
    previous = word;
  }
  const out = new Map<string, number>();
  for (const [pair, n] of bigrams) if (n >= 2) out.set(pair, n);
  for (const [word, n] of unigrams) {
    if (n < 2) continue;
    const swallowed = [...out.entries()].some(([pair, pn]) => pn === n && pair.includes(word));
    if (!swallowed) out.set(word, n);
  }
  return out;
}

function top(map: Map<string, number>, limit: number): [string, number][] {
  return [...map.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
}

/** Key terms of a job description, most telling first. `extraVocabulary`: e.g. a profile's vocabulary. */
export function extractTerms(text: string, extraVocabulary: string[] = []): ExtractedTerm[] {
  const source = text.normalize('NFKC');
  const terms: ExtractedTerm[] = [];
  const seen = new Set<string>();
  const add = (term: string, kind: ExtractedTerm['kind'], count: number) => {
    const key = term.toLowerCase();
    if (seen.has(key) || count <= 0) return;
    // "fraud" adds nothing when every mention sits inside "fraud detection", already listed.
    if (terms.some((t) => t.count >= count && t.term.toLowerCase().includes(key))) return;
    seen.add(key);
    terms.push({ term, kind, count });
  };

  const vocabulary = [...new Set([...extraVocabulary, ...englishVocabulary, ...chineseVocabulary])];
  const found = vocabulary
    .map((term) => ({ term, count: countMatches(source, term) }))
    .filter((t) => t.count > 0)
    .sort((a, b) => b.count - a.count || b.term.length - a.term.length);
  for (const t of found) add(t.term, 'vocabulary', t.count);
  for (const [term, n] of top(acronyms(source), 40)) add(term, 'acronym', n);
  for (const [term, n] of top(names(source), MAX_NAMES)) add(term, 'name', n);
  for (const [term, n] of top(frequentTerms(source), MAX_FREQUENT)) add(term, 'frequent', n);
  return terms;
}

/** Matches a job description's terms against documents (title plus section text). */
export function matchJobDescription(
  text: string,
  documents: { id: string; title: string; text: string }[],
  extraVocabulary: string[] = [],
): JobDescriptionMatch {
  const prepared = documents.map((d) => ({
    ...d,
    body: `${d.title}\n${d.text}`.normalize('NFKC'),
  }));
  const terms: JobDescriptionTerm[] = extractTerms(text, extraVocabulary).map((t) => ({
    ...t,
    coveredBy: prepared.filter((d) => mentions(d.body, t.term)).map((d) => d.id),
  }));
  return {
    terms,
    uncovered: terms.filter((t) => t.coveredBy.length === 0).map((t) => t.term),
    documents: documents.map((d) => ({ id: d.id, title: d.title })),
  };
}
