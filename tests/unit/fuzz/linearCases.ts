// The inputs that were quadratic (the robustness issue's pathological shapes), as functions of a
// size n, shared by the counted n-vs-4n test (linearCost.test.ts) and the backtracking child
// (fixtures/backtrackChild.ts), which runs each at 4n under V8's backtrack limit.
import { prepareSection } from '../../../src/core/rubric/prepareSection';
import { parseMarkdownTree } from '../../../src/core/document/markdownTree';
import { parseMarkdown } from '../../../src/core/document/parseMarkdown';
import { splitBody } from '../../../src/core/workspace/migrations';
import { extractTerms } from '../../../src/core/companies/jobDescription';

export interface LinearCase {
  run: (n: number) => unknown;
  /** The smaller size of the n-vs-4n comparison. */
  n: number;
  /** The largest work(4n)/work(n) allowed: about 4 when linear, 16 when quadratic. */
  limit: number;
}

/** Texts of about n characters. */
const SHAPES: Record<string, (n: number) => string> = {
  'nested link brackets': (n) => '[a]('.repeat(n / 4),
  underscores: (n) => '_a'.repeat(n / 2),
  stars: (n) => '*a'.repeat(n / 2),
  anchors: (n) => '<a>'.repeat(n / 3),
  // Raw HTML that never closes: each "<!--" used to rescan to the end of the text.
  'unclosed comment lines': (n) => '<!--\n'.repeat(n / 5),
  'unclosed processing instructions': (n) => '<?x\n'.repeat(n / 4),
  'unclosed tags': (n) => '<a href="x" '.repeat(n / 12),
  // Inline openers that never close inside their paragraph: marked's lexer scanned from each one
  // to the paragraph's end.
  'inline CDATA openers': (n) => 'x ' + '<![CDATA['.repeat(n / 9),
  'inline processing instructions': (n) => 'x ' + 'a <?x '.repeat(n / 6),
  'inline declarations': (n) => 'x ' + 'a <!X '.repeat(n / 6),
  'inline comments': (n) => 'x ' + 'a <!--'.repeat(n / 6),
};

const FRONT = '---\ntemplate: impact-brief\n---\n';

export const CASES: Record<string, LinearCase> = {
  ...Object.fromEntries(Object.entries(SHAPES).map(([name, text]) => [`the rubric prepares ${name}`, { run: (n: number) => prepareSection('problem', text(n)), n: 4000, limit: 6 }])),
  ...Object.fromEntries(Object.entries(SHAPES).map(([name, text]) => [`the export tree of ${name}`, { run: (n: number) => parseMarkdownTree(text(n)), n: 4000, limit: 6 }])),
  // End-anchored regexes (/\s+$/) that V8 retries from every blank of a long run that is not at
  // the end: 'We' + 100,000 spaces + 'x' took 19 s to parse.
  'a long run of blanks inside a body': { run: (n) => parseMarkdown(`## Problem\nWe${' '.repeat(n)}x`), n: 5000, limit: 6 },
  'a long run of blanks inside a heading': { run: (n) => parseMarkdown(`## Problem${' '.repeat(n)}x\n`), n: 5000, limit: 6 },
  'a long run of blanks inside a heading in a stored body': { run: (n) => splitBody(`## Problem${' '.repeat(n)}x\n`), n: 5000, limit: 6 },
  // and V8's word segmenter, which copies its whole input for each word (20,000 lines: 3 s).
  'a long run of blanks inside a job description': {
    run: (n) => extractTerms(`Risk Team.${'\n'.repeat(n)} x Model Risk` + ' Model Risk.\n'.repeat(n / 10)),
    n: 5000,
    limit: 6,
  },
  // The same heading many times: naming each copy probed every earlier copy's key (10,000 copies
  // of '# A' took 49 s).
  'one heading repeated': { run: (n) => parseMarkdown(`${FRONT}${'# A\n'.repeat(n)}`), n: 1000, limit: 6 },
  'the template headings repeated': { run: (n) => parseMarkdown(`${FRONT}${'## Problem\nx\n## Approach\ny\n'.repeat(n / 2)}`), n: 1000, limit: 6 },
  // Lines opening n quotes each: marked lexes every level's content again (1,000 lines of one
  // more '>' each took 5 s and 450 MB to check). Past MAX_CONTAINER_NESTING the rest is text.
  'block quotes n deep': { run: (n) => parseMarkdownTree(`${'> '.repeat(n)}hi\n`.repeat(10)), n: 400, limit: 6 },
  // n list items, each indented one level more (1,000 of them, 1 MB: 12 s and 520 MB to check).
  // The text grows as n², so linear cost grows 16 times from n to 4n: counted, it grows about 5
  // times now (deep items are cut at the allowed depth) and 61 times without the bound.
  'list items indented n levels': {
    run: (n) => parseMarkdownTree(Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')),
    n: 100,
    limit: 8,
  },
};
