// The rubric's cost at the input limit, by document shape (bigShapes.ts): what one sentence may
// cost is bounded (MAX_SENTENCE_CHARS), and each step that was quadratic does about 4 times the
// work from n to 4n (16 times when quadratic), counted as characters its patterns test rather
// than timed, so a busy machine cannot make it flaky. `npm run bench -- bigdoc` times the 1 MB
// documents.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_SENTENCE_CHARS, isOneSentence, prepareSection } from '../../../src/core/rubric/prepareSection';
import type { PreparedSection } from '../../../src/core/rubric/prepareSection';
import { claimsOf } from '../../../src/core/rubric/claims/sectionClaims';
import { isSilencedInline, silenceIndex } from '../../../src/core/rubric/inlineSilencing';
import type { SilenceZone } from '../../../src/core/rubric/inlineSilencing';
import { checkText } from '../../../src/core/rubric/checkText';
import { loadRulePacks, selectRules } from '../../../src/core/rubric/loadRulePacks';
import { findTemplate, loadTemplatesFrom } from '../../../src/core/templates/registry';
import { SHAPES } from './bigShapes';

const appRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const template = findTemplate(loadTemplatesFrom(appRoot, null), 'impact-brief');
const allRules = selectRules(loadRulePacks(appRoot).rules, template, 'wells-fargo');

function check(problem: string, only?: string[]) {
  return checkText({
    template,
    sections: { problem },
    rules: only ? allRules.filter((r) => only.includes(r.id)) : allRules,
    privateTerms: [],
    disabled: [],
    silenced: [],
  });
}

/**
 * Characters handed to RegExp.prototype.test while `fn` runs: a count, not a time, so a busy
 * machine cannot make it flaky. A step that tests a growing text again and again is quadratic in it.
 */
function charsTested(fn: () => unknown): number {
  let chars = 0;
  const test = RegExp.prototype.test;
  RegExp.prototype.test = function (this: RegExp, s: string) {
    chars += String(s).length;
    return test.call(this, s);
  };
  try {
    fn();
  } finally {
    RegExp.prototype.test = test;
  }
  return chars;
}

describe('one sentence costs a bounded amount', () => {
  it.each(Object.keys(SHAPES))('%s: no sentence is longer than MAX_SENTENCE_CHARS', (name) => {
    const section = prepareSection('problem', SHAPES[name]!(64 * 1024));
    expect(section.sentences.length).toBeGreaterThan(0);
    for (const s of section.sentences) expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });

  // A line of abbreviations the segmenter ends sentences at: each was merged into one growing
  // sentence (a 1 MB line became one 800 KB sentence) and the whole of it tested again per merge.
  it('a line of abbreviations is cut into sentences in linear time', () => {
    const line = (n: number) => 'e.g. U.S. Inc. vs. 7 '.repeat(n);
    expect(prepareSection('p', line(2000)).sentences.length).toBeGreaterThan(30);
    // About 4 times as many characters tested for 4 times the text (it was about 16).
    expect(charsTested(() => prepareSection('p', line(8000))) / charsTested(() => prepareSection('p', line(2000)))).toBeLessThan(6);
  });

  it('an abbreviation still joins the sentence it sits in', () => {
    const s = prepareSection('p', 'We cut losses, e.g. card fraud, by 30%. Then we stopped.').sentences;
    expect(s.map((x) => x.text)).toEqual(['We cut losses, e.g. card fraud, by 30%.', 'Then we stopped.']);
  });
});

describe('rule kinds are linear in the number of sentences', () => {
  // technique-not-governance needs a governance term anywhere in the document: each matching
  // sentence searched the whole document again.
  it('a document-wide term check (cooccurrence) is done once, not per sentence', () => {
    const doc = (n: number) => 'We tuned the model with a grid search.\n'.repeat(n);
    const id = 'technique-not-governance';
    expect(check(doc(50), [id]).findings.filter((f) => f.rule === id).length).toBe(50);
    expect(check(doc(50) + 'Model risk validated it.\n', [id]).findings.filter((f) => f.rule === id)).toEqual([]);
    // The rule alone, over a section prepared (and its claims analysed) beforehand.
    const rule = allRules.find((r) => r.id === id)!;
    const ready = new Map<number, PreparedSection>();
    const section = (n: number): PreparedSection => {
      let s = ready.get(n);
      if (!s) {
        s = prepareSection('problem', doc(n));
        claimsOf(s);
        ready.set(n, s);
      }
      return s;
    };
    const run = (n: number) => rule.check({ lang: 'en', template, sections: [section(n)], words: 0, bands: null, privateTerms: [] });
    // Characters the rule's term patterns read: about 4 times more for 4 times the sentences
    // (each sentence tested the whole document: about 16 times).
    expect(charsTested(() => run(2000)) / charsTested(() => run(500))).toBeLessThan(6);
  });
});

describe('the one-sentence shortcut agrees with Intl.Segmenter', () => {
  // Lines with no sentence break need no segmenter (about 15 µs a call, 0.4 s for 30,000 list
  // items). Random strings of terminators, closers, separators and spaces: whenever the shortcut
  // says "one sentence", the segmenter finds at most one non-blank sentence.
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const unit = fc.constantFrom('a', 'B', '中', '1', ' ', '\t', '\u00a0', '\u3000', '\v', '\r', '\u0085', '\u2028', '\u2029', '.', '!', '?', '。', '．', '․', '؟', '।', '‼', '…', '"', "'", ')', '(', '”', '“', '»', '«', '」', '「', ';');
  it('never merges what the segmenter splits', () => {
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 14 }).map((a) => a.join('')), (s) => {
        if (!isOneSentence(s)) return;
        const sentences = [...segmenter.segment(s)].filter((x) => x.segment.trim() !== '');
        expect(sentences.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 20_000, seed: 20261130 },
    );
  });
});

describe('sentences segmented in batches of lines are the same as line by line', () => {
  // Short lines that need the segmenter are segmented several at a time (a line break always ends
  // a sentence); the reference segments each line on its own, then joins a sentence ended at an
  // abbreviation with the next one on its line, as prepareSection does.
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const ABBREVIATION_END = /(?:^|[\s(])(?:vs|e\.g|i\.e|approx|etc|incl|est|no|Mr|Ms|Dr|St|Inc|Co|U\.S)\.$/i;
  function lineByLine(text: string): [number, number][] {
    const out: [number, number][] = [];
    let lineStart = 0;
    for (const line of text.split('\n')) {
      for (const seg of segmenter.segment(line)) {
        const raw = seg.segment;
        const lead = raw.length - raw.trimStart().length;
        const body = raw.trim();
        if (body === '') continue;
        const start = lineStart + seg.index + lead;
        const end = start + body.length;
        const prev = out[out.length - 1];
        if (prev && end - prev[0] <= MAX_SENTENCE_CHARS && ABBREVIATION_END.test(text.slice(prev[0], prev[1])) && !text.slice(prev[1], start).includes('\n')) prev[1] = end;
        else out.push([start, end]);
      }
      lineStart += line.length + 1;
    }
    return out;
  }
  const unit = fc.constantFrom('We cut', ' losses', ' by 4.1%', '. ', '! ', '? ', 'e.g. ', 'U.S. ', 'Inc. ', 'vs. ', ' the', ' Bank', '。', '”', ')', ' ', '\n', '\n\n', '$2.9M', ' x');
  it('for random lines of words, figures, abbreviations and sentence marks', () => {
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 120 }).map((a) => a.join('')), (raw) => {
        const section = prepareSection('p', raw);
        expect(section.sentences.map((s) => [s.start, s.end])).toEqual(lineByLine(section.text));
      }),
      { numRuns: 3000, seed: 20261130 },
    );
  });
});

describe('inline silencing markers', () => {
  // Each finding was compared with every marker's zone (30,000 markers and 4,000 findings: seconds).
  it('a finding is compared with the zones that can hold it, not with all of them', () => {
    const doc = (n: number) => Array.from({ length: n }, () => 'We improved things a lot for the team. <!-- dossier-ignore vague-language -->').join('\n');
    const includesCalls = (n: number): number => {
      let calls = 0;
      const includes = Array.prototype.includes;
      Array.prototype.includes = function (this: unknown[], ...args: [unknown, number?]) {
        calls++;
        return includes.apply(this, args);
      };
      try {
        check(doc(n), ['quantified-impact']);
      } finally {
        Array.prototype.includes = includes;
      }
      return calls;
    };
    expect(check(doc(20), ['quantified-impact', 'vague-language']).findings.filter((f) => f.rule === 'vague-language').every((f) => f.silenced)).toBe(true);
    expect(check(doc(300), ['quantified-impact']).findings.length).toBeGreaterThanOrEqual(200);
    expect(includesCalls(1200) / includesCalls(300)).toBeLessThan(6);
  });

  it('the zone index answers as the plain list does', () => {
    const zone = fc.record({
      section: fc.constantFrom('a', 'b'),
      rules: fc.option(fc.subarray(['r1', 'r2', 'r3'], { minLength: 1 }), { nil: null }),
      start: fc.integer({ min: -1, max: 60 }),
      len: fc.integer({ min: 0, max: 30 }),
    }).map((z): SilenceZone => (z.start === -1 ? { section: z.section, rules: z.rules ?? ['r1'], start: -1, end: -1 } : { section: z.section, rules: z.rules, start: z.start, end: z.start + z.len }));
    const query = fc.tuple(fc.constantFrom('r1', 'r2', 'r3'), fc.constantFrom('a', 'b', null), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 20 }));
    fc.assert(
      fc.property(fc.array(zone, { maxLength: 12 }), fc.array(query, { minLength: 1, maxLength: 10 }), (zones, queries) => {
        const indexed = silenceIndex(zones);
        for (const [rule, section, start, len] of queries) {
          const end = len === 0 ? start : start + len;
          for (const [s, e] of [[start, end], [0, 0]] as const) expect(indexed(rule, section, s, e)).toBe(isSilencedInline(zones, rule, section, s, e));
        }
      }),
      { numRuns: 3000, seed: 20261130 },
    );
  });
});
