// The pathological inputs of the robustness issue, each at 100 KB, through the steps that were
// quadratic: the rubric's markup masking (nested link brackets: 100 KB took 5 s) and the export
// tree (100 KB of "_a": 27 s). Limits are loose for a busy 2-core machine; quadratic cost would
// be over them by ten times or more.
import { describe, expect, it } from 'vitest';
import { prepareSection } from '../../../src/core/rubric/prepareSection';
import { parseMarkdownTree } from '../../../src/core/document/markdownTree';
import { mergeOverlappingFindings } from '../../../src/core/rubric/mergeOverlappingFindings';
import type { Finding } from '../../../src/core/rubric/types';
import { parseMarkdown } from '../../../src/core/document/parseMarkdown';
import { splitBody } from '../../../src/core/workspace/migrations';
import { extractTerms } from '../../../src/core/companies/jobDescription';

const SIZE = 100_000;
const INPUTS: Record<string, string> = {
  'nested link brackets': '[a]('.repeat(SIZE / 4),
  'underscores': '_a'.repeat(SIZE / 2),
  'stars': '*a'.repeat(SIZE / 2),
  'anchors': '<a>'.repeat(SIZE / 3),
};

function timed(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

describe('linear cost on pathological input (100 KB)', () => {
  it.each(Object.entries(INPUTS))('%s: the rubric prepares it in under 1 s', (_name, text) => {
    expect(timed(() => prepareSection('problem', text))).toBeLessThan(1000);
  });

  it.each(Object.entries(INPUTS))('%s: the export tree is built in under 3 s', (_name, text) => {
    expect(timed(() => parseMarkdownTree(text))).toBeLessThan(3000);
  });

  // Raw HTML that never closes: each "<!--" used to rescan to the end of the text (300 KB of
  // comment openers took about 8 s; 500 KB 15 s in an export).
  // Inline openers that never close inside their paragraph: marked's own lexer scanned from each
  // one to the paragraph's end (50,000 "<![CDATA[" took 6 s, a processing instruction 9 s).
  it.each([
    ['50,000 inline CDATA openers', 'x ' + '<![CDATA['.repeat(50_000)],
    ['50,000 inline processing instructions', 'x ' + 'a <?x '.repeat(50_000)],
    ['50,000 inline declarations', 'x ' + 'a <!X '.repeat(50_000)],
    ['50,000 inline comments', 'x ' + 'a <!--'.repeat(50_000)],
  ])('%s: the export tree is built in under 3 s', (_name, text) => {
    expect(timed(() => parseMarkdownTree(text))).toBeLessThan(3000);
  });

  it.each([
    ['unclosed comment lines', '<!--\n'.repeat(60_000)],
    ['unclosed processing instructions', '<?x\n'.repeat(60_000)],
    ['unclosed tags', '<a href="x" '.repeat(25_000)],
  ])('%s (300 KB): the export tree is built in under 3 s', (_name, text) => {
    expect(timed(() => parseMarkdownTree(text))).toBeLessThan(3000);
  });
});

/** The fastest of five runs, in ms: less noise from a busy machine than one run. */
function fastest(fn: () => unknown): number {
  return Math.min(...Array.from({ length: 5 }, () => timed(fn)));
}

/**
 * How much longer `fn(4n)` takes than `fn(n)`: about 4 when linear, about 16 when quadratic.
 * Times under 2 ms count as 2 ms, so a step too fast to time passes.
 */
function growth(fn: (n: number) => unknown, n: number): number {
  fn(n); // warm-up: compile before measuring
  return fastest(() => fn(4 * n)) / Math.max(fastest(() => fn(n)), 2);
}

describe('cost grows linearly with the input', () => {
  // End-anchored regexes (/\s+$/) that V8 retries from every blank of a long run that is not at
  // the end: 'We' + 100,000 spaces + 'x' took 19 s to parse.
  it.each([
    ['a body', (n: number) => parseMarkdown(`## Problem\nWe${' '.repeat(n)}x`)],
    ['a heading', (n: number) => parseMarkdown(`## Problem${' '.repeat(n)}x\n`)],
    ['a heading in a stored body', (n: number) => splitBody(`## Problem${' '.repeat(n)}x\n`)],
    // and V8's word segmenter, which copies its whole input for each word (20,000 lines: 3 s)
    ['a job description', (n: number) => extractTerms(`Risk Team.${'\n'.repeat(n)} x Model Risk` + ' Model Risk.\n'.repeat(n / 10))],
  ])('a long run of blanks inside %s', (_name, fn) => {
    expect(growth(fn, 5000)).toBeLessThan(9);
  });

  // The same heading many times: naming each copy probed every earlier copy's key (16,000 '# A'
  // lines took 27 s CPU to check; 10,000 copies here took 49 s, now about 0.25 s). Timed
  // absolutely: at these sizes the garbage collector makes n-vs-4n ratios too noisy to tell.
  it.each([
    ['one heading', '# A\n'.repeat(10_000)],
    ['the template headings', '## Problem\nx\n## Approach\ny\n'.repeat(5_000)],
  ])('%s repeated 10,000 times parses in under 1.5 s', (_name, text) => {
    const doc = `---\ntemplate: impact-brief\n---\n${text}`;
    expect(fastest(() => parseMarkdown(doc))).toBeLessThan(1500);
  });

  // Lines opening n quotes each: marked lexes every level's content again (1,000 lines of one
  // more '>' each took 5 s and 450 MB to check). Past MAX_CONTAINER_NESTING the rest is text.
  // n list items, each indented one level more (1,000 of them, 1 MB: 12 s and 520 MB to check).
  // The text grows as n², so linear cost grows 16 times from n to 4n (it was about 64).
  it('list items indented n levels', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- x`).join('\n');
    expect(growth((n) => parseMarkdownTree(items(n)), 100)).toBeLessThan(32);
  });

  it('block quotes n deep', () => {
    const quotes = (n: number) => `${'> '.repeat(n)}hi\n`.repeat(10);
    expect(growth((n) => parseMarkdownTree(quotes(n)), 400)).toBeLessThan(9);
  });

  // Every list item of a long section gave one finding of one rule: merging scanned all earlier
  // findings of the rule for each (100,000 items took 73 s). Counted, not timed: how often the
  // findings' spans are read, for n and 4n findings (about 4 times more when linear, 16 when
  // quadratic).
  it('merging n findings of one rule and section reads their spans O(n log n) times', () => {
    const reads = (n: number): number => {
      let count = 0;
      const findings = Array.from({ length: n }, (_, i): Finding => {
        const f = {
          rule: 'r', severity: 'warning' as const, section: 'problem', line: i + 1, column: 1, end: 10 * i + (i % 3 === 0 ? 15 : 5),
          excerpt: 'x', message: 'm', why: 'w', suggestion: 's', silenced: false,
        };
        return Object.defineProperty(f, 'start', { enumerable: true, get: () => (count++, 10 * i) }) as Finding;
      });
      const merged = mergeOverlappingFindings(findings, () => '');
      expect(merged.length).toBeLessThan(n);
      return count;
    };
    expect(reads(8000) / reads(2000)).toBeLessThan(6);
  });
});
