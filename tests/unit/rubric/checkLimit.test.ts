// A very long document is read up to MAX_CHECKED_SENTENCES sentences (or MAX_CHECKED_CHARS
// characters) and each rule lists at most MAX_LISTED_PER_RULE findings; one info note says so,
// with the line where reading stopped, and is not scored. A document within the limits gets no
// note and the same findings as before. (Kinds that report something missing stay quiet about a
// section that was not read to its end: see partlyChecked in prepareSection.ts.)
import { describe, expect, it } from 'vitest';
import { run } from './ruleHarness';
import {
  CHECK_LIMIT_RULE,
  MAX_CHECKED_CHARS,
  MAX_CHECKED_SENTENCES,
  MAX_LISTED_PER_RULE,
  limitReading,
} from '../../../src/core/rubric/checkLimit';
import { prepareSection } from '../../../src/core/rubric/prepareSection';
import { scoreFindings } from '../../../src/core/rubric/scoreFindings';

/** n distinct list items that each claim an outcome without a number (quantified-impact). */
const items = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `- Improved review time for team ${String.fromCharCode(97 + ((from + i) % 26))}${from + i}x`).join('\n');

describe('reading limit', () => {
  it('a document within the limits is read whole and gets no note', () => {
    const result = run({ text: items(MAX_LISTED_PER_RULE) });
    expect(result.findings.some((f) => f.rule === CHECK_LIMIT_RULE)).toBe(false);
    expect(result.findings.filter((f) => f.rule === 'quantified-impact')).toHaveLength(MAX_LISTED_PER_RULE);
  });

  it('stops at MAX_CHECKED_SENTENCES and says where, in one info note that is not scored', () => {
    const n = MAX_CHECKED_SENTENCES + 500;
    const result = run({ text: items(n) });
    const notes = result.findings.filter((f) => f.rule === CHECK_LIMIT_RULE);
    expect(notes).toHaveLength(1);
    const note = notes[0]!;
    expect(note.severity).toBe('info');
    expect(note.section).toBe('problem');
    // The first item not read is on line MAX_CHECKED_SENTENCES + 1.
    expect(note.line).toBe(MAX_CHECKED_SENTENCES + 1);
    expect(note.message).toContain(`first ${MAX_CHECKED_SENTENCES.toLocaleString('en-US')} of ${n.toLocaleString('en-US')} sentences`);
    // Where, by the note's own line (a file line in `dossier check`), not a section line in the text.
    expect(note.message).toContain('up to this point in “Problem”.');
    expect(note.message).not.toMatch(/line \d/);
    // Findings stop where reading stopped, and the word count covers everything.
    const flagged = result.findings.filter((f) => f.rule === 'quantified-impact');
    expect(flagged.length).toBeGreaterThan(0);
    expect(Math.max(...flagged.map((f) => f.line))).toBeLessThanOrEqual(MAX_CHECKED_SENTENCES);
    expect(result.wordCount).toBe(prepareSection('problem', items(n)).words);
    const others = result.findings.filter((f) => f.rule !== CHECK_LIMIT_RULE);
    expect(scoreFindings(result.findings)).toBe(scoreFindings(others));
    expect(scoreFindings([note])).toBe(100);
  });

  it('lists at most MAX_LISTED_PER_RULE findings of a rule and counts the rest in the note', () => {
    const result = run({ text: items(MAX_LISTED_PER_RULE + 50) });
    const note = result.findings.find((f) => f.rule === CHECK_LIMIT_RULE);
    expect(result.findings.filter((f) => f.rule === 'quantified-impact')).toHaveLength(MAX_LISTED_PER_RULE);
    expect(note?.section).toBeNull();
    expect(note?.message).toBe(`Only the first ${MAX_LISTED_PER_RULE} findings of a rule are listed (Impact without a number: ${MAX_LISTED_PER_RULE + 50}).`);
    // The 50 not listed are still counted, by severity (the CLI's summary adds them).
    const severity = result.findings.find((f) => f.rule === 'quantified-impact')!.severity;
    expect(result.unlisted).toEqual({ error: 0, warning: 0, info: 0, [severity]: 50 });
    expect(run({ text: items(MAX_LISTED_PER_RULE) }).unlisted).toBeUndefined();
  });

  it('names an extra section by its heading as written, never by its internal key', () => {
    const result = run({ text: '', sections: { 'extra:Appendix~2': items(MAX_CHECKED_SENTENCES + 10) } });
    const note = result.findings.find((f) => f.rule === CHECK_LIMIT_RULE);
    expect(note?.message).toContain('up to this point in “Appendix”.');
    expect(note?.message).not.toContain('extra:');
  });

  it('stops at MAX_CHECKED_CHARS of sentence text too (long sentences full of figures)', () => {
    const sentence = `${'We moved 12 queues and 3 teams across 4 sites '.repeat(20)}.`;
    const lines = Math.ceil(MAX_CHECKED_CHARS / sentence.length) + 20;
    const { limit } = limitReading([prepareSection('problem', `${sentence}\n`.repeat(lines))]);
    expect(limit).not.toBeNull();
    expect(limit!.checkedSentences).toBeLessThan(lines);
    expect(limit!.checkedSentences * sentence.length).toBeLessThanOrEqual(MAX_CHECKED_CHARS);
  });

  it('later sections are not read', () => {
    const sections = {
      problem: items(MAX_CHECKED_SENTENCES + 10),
      decisions: 'I chose a gradient-boosted model over a deep network because model risk needs the reasons.',
      outcome: 'Fraud losses fell from $4.1M to $2.9M a year, compared with a flat control region.',
    };
    const result = run({ text: '', sections });
    expect(result.findings.filter((f) => f.section === 'decisions' || f.section === 'outcome')).toEqual([]);
    expect(result.findings.filter((f) => f.rule === CHECK_LIMIT_RULE)).toHaveLength(1);
  });
});
