// How much of one document the rubric reads. The claims analysis and the sentence rules cost
// about 20-100 µs a sentence, so a 1 MB list of 30,000 items took 14 s to check; a document is
// read up to MAX_CHECKED_SENTENCES sentences or MAX_CHECKED_CHARS characters of sentence text,
// whichever comes first, and the rest is counted (words, speaking time, sections present) but not
// read for findings. The check says so in one info finding (CHECK_LIMIT_RULE), never silently.
// Findings of one rule are listed up to MAX_LISTED_PER_RULE, so the editor's list and underlines
// stay small; the score counts at most five of a rule anyway (scoreFindings.ts).
import type { PreparedSection } from './prepareSection';

/** About 80 pages; the longest gold-corpus document has 4 sentences, a long story bank a few hundred. */
export const MAX_CHECKED_SENTENCES = 4_000;
/** About 33,000 words: bounds the cost of long sentences full of figures (MAX_SENTENCE_CHARS each). */
export const MAX_CHECKED_CHARS = 200_000;
/** Findings listed per rule; the rest are counted in the check-limit note. */
export const MAX_LISTED_PER_RULE = 200;
/** Rule id of the note that says how much of a long document was read; it is not scored. */
export const CHECK_LIMIT_RULE = 'check-limit';

export interface ReadLimit {
  /** Sentences in the whole document, and how many of them were read. */
  sentences: number;
  checkedSentences: number;
  /** The section and the offset in it where reading stopped. */
  section: string;
  offset: number;
}

/**
 * The sections as the rule kinds should read them: unchanged while the document is within the
 * limits; otherwise the section where a limit is reached keeps only the sentences before it
 * (with `checkedEnd` set) and every later section keeps none. Linear in the number of sentences.
 */
export function limitReading(sections: PreparedSection[]): { sections: PreparedSection[]; limit: ReadLimit | null } {
  let total = 0;
  let totalChars = 0;
  for (const s of sections) {
    total += s.sentences.length;
    for (const x of s.sentences) totalChars += x.end - x.start;
  }
  if (total <= MAX_CHECKED_SENTENCES && totalChars <= MAX_CHECKED_CHARS) return { sections, limit: null };
  let count = 0;
  let chars = 0;
  let limit: ReadLimit | null = null;
  const out = sections.map((s): PreparedSection => {
    if (limit) return { ...s, sentences: [], checkedEnd: 0 };
    for (let i = 0; i < s.sentences.length; i++) {
      const sentence = s.sentences[i]!;
      const length = sentence.end - sentence.start;
      if (count + 1 > MAX_CHECKED_SENTENCES || chars + length > MAX_CHECKED_CHARS) {
        limit = { sentences: total, checkedSentences: count, section: s.id, offset: sentence.start };
        return { ...s, sentences: s.sentences.slice(0, i), checkedEnd: sentence.start };
      }
      count++;
      chars += length;
    }
    return s;
  });
  return limit ? { sections: out, limit } : { sections, limit: null };
}

