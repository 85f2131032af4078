// The limits applied where Markdown and front matter enter core (src/core/document/inputLimits.ts):
// over them, text is kept as typed (emphasis delimiters taken literally) or refused with a message
// naming the limit; under them, nothing changes.
import { describe, expect, it } from 'vitest';
import { Lexer } from 'marked';
import type { Tokens } from 'marked';
import {
  escapeExcessNesting,
  MAX_CONTAINER_NESTING,
  MAX_TABLE_COLUMNS,
  escapeExcessEmphasis,
  escapeUnterminatedHtml,
  frontMatterLimitProblem,
  MAX_EMPHASIS_DELIMITERS_PER_PARAGRAPH,
  MAX_FRONT_MATTER_NESTING,
  MAX_UNTERMINATED_HTML_PER_PARAGRAPH,
} from '../../../src/core/document/inputLimits';
import { normalizeTree, parseMarkdownTree, plainText } from '../../../src/core/document/markdownTree';
import { parseMarkdown } from '../../../src/core/document/parseMarkdown';
import { DossierError } from '../../../src/core/errors';
import { workGrowth } from '../fuzz/workCount';

const N = MAX_EMPHASIS_DELIMITERS_PER_PARAGRAPH;

describe('emphasis delimiters per paragraph', () => {
  it.each([
    ['ordinary emphasis', 'We cut **fraud losses** by _30%_ and ~~guessed~~ measured.'],
    ['exactly the limit in one paragraph', '_a'.repeat(N / 2) + '_'.repeat(N / 2)],
    ['many delimiters spread over paragraphs', Array.from({ length: 20 }, () => '*a* '.repeat(N / 20)).join('\n\n')],
    ['a fenced block full of underscores', '```\n' + 'snake_case_name '.repeat(N) + '\n```'],
  ])('leaves %s unchanged', (_name, text) => {
    expect(escapeExcessEmphasis(text)).toBe(text);
  });

  it('escapes only the paragraph over the limit, and keeps fenced code as typed', () => {
    const heavy = '_a'.repeat(N + 1);
    const text = `Keep *this*.\n\n${heavy}\n\n\`\`\`\n_${'_'.repeat(N)}\n\`\`\``;
    const out = escapeExcessEmphasis(text);
    const [first, second, code] = out.split('\n\n');
    expect(first).toBe('Keep *this*.');
    expect(second).toBe('\\_a'.repeat(N + 1));
    expect(code).toBe(`\`\`\`\n_${'_'.repeat(N)}\n\`\`\``);
  });

  it('the visible text is the same: every delimiter is still there, none turned into emphasis', () => {
    const text = '*a_b'.repeat(2000);
    const tokens = parseMarkdownTree(text);
    expect(plainText(tokens).trim()).toBe(text);
  });

  // Counted, not timed (workCount.ts): marked reads ahead from each delimiter it tries; it took
  // 27 s per 100 KB when every one was tried.
  it('cost is linear: 4 times the "_a" is about 4 times the work', () => {
    expect(workGrowth((n) => parseMarkdownTree('_a'.repeat(n)), 5000)).toBeLessThan(6);
  });
});

const H = MAX_UNTERMINATED_HTML_PER_PARAGRAPH;

/** The tree marked makes without the limit (the old path), normalised like parseMarkdownTree's. */
function unlimitedTree(src: string) {
  const tokens = new Lexer({ gfm: true }).lex(src);
  normalizeTree(tokens);
  return tokens;
}

describe('unterminated raw-HTML openers per paragraph', () => {
  it.each([
    ['ordinary text with a tag and a comment', 'We shipped <b>v2</b> <!-- note --> on time.'],
    ['exactly the limit of unterminated CDATA', 'x ' + '<![CDATA['.repeat(H)],
    ['many openers that all have a closer after them', 'x ' + '<![CDATA['.repeat(H * 3) + ' ]]>'],
    ['many openers spread over paragraphs', Array.from({ length: 10 }, () => 'x ' + '<?p '.repeat(H / 5)).join('\n\n')],
    ['a fenced block full of openers', '```\n' + '<!-- '.repeat(H * 2) + '\n```'],
    ['an HTML comment block that never closes', '<!-- draft\n\n' + 'x <?p '.repeat(H * 2)],
    ['an HTML comment block in a quote that never closes', '> <!-- draft\n> ' + 'x <?p '.repeat(H * 2)],
    ['a CDATA block closed after a blank line', '<![CDATA[\n\n' + 'x <!X '.repeat(H * 2) + '\n]]>'],
    ['a line that is one block tag', '<div class="x">\n' + 'x <?p '.repeat(H * 2)],
    ['already escaped openers', 'x ' + '\\<![CDATA['.repeat(H * 2)],
  ])('leaves %s unchanged', (_name, text) => {
    expect(escapeUnterminatedHtml(text)).toBe(text);
  });

  it.each([
    ['CDATA', '<![CDATA['],
    ['processing instructions', '<?x '],
    ['declarations', '<!X '],
    ['comments', '<!--'],
  ])('escapes unterminated inline %s past the limit, and only in that paragraph', (_name, opener) => {
    const heavy = 'x ' + opener.repeat(H + 1);
    const text = `Keep <!-- this --> and <b>that</b>.\n\n${heavy}\n\n\`\`\`\n${opener.repeat(H + 1)}\n\`\`\``;
    const [first, second, code] = escapeUnterminatedHtml(text).split('\n\n');
    expect(first).toBe('Keep <!-- this --> and <b>that</b>.');
    expect(second).toBe('x ' + `\\${opener}`.repeat(H + 1));
    expect(code).toBe(`\`\`\`\n${opener.repeat(H + 1)}\n\`\`\``);
  });

  it('escapes the openers after an HTML block that closed, not inside it', () => {
    const block = '<!--\n' + '<?p '.repeat(H * 2) + '\n-->';
    const after = 'x ' + '<![CDATA['.repeat(H + 1);
    const out = escapeUnterminatedHtml(`${block}\n${after}`).split('\n');
    expect(out.slice(0, 3).join('\n')).toBe(block);
    expect(out[3]).toBe('x ' + '\\<![CDATA['.repeat(H + 1));
  });

  it.each([
    ['CDATA', 'a <![CDATA[ b '],
    ['processing instructions', 'a <?x b '],
    ['declarations', 'a <!DOCTYPE b '],
    ['comments', 'a <!-- b '],
    ['mixed, with a closed comment', 'a <!-- c --> <![CDATA[ <?x '],
  ])('%s: the reader sees the same text and the same tree as without the limit', (_name, unit) => {
    const text = `Intro **bold** <i>it</i>.\n\n${unit.repeat(H * 3)}\n\nOutro.`;
    expect(escapeUnterminatedHtml(text)).not.toBe(text);
    const limited = parseMarkdownTree(text);
    const unlimited = unlimitedTree(text);
    expect(plainText(limited)).toBe(plainText(unlimited));
    expect(limited.map((t) => t.type)).toEqual(unlimited.map((t) => t.type));
  });

  it('cost is linear: 4 times the inline "<![CDATA[" is about 4 times the work (50,000 took 6 s before, 4x per doubling)', () => {
    expect(workGrowth((n) => parseMarkdownTree('x ' + '<![CDATA['.repeat(n)), 2000)).toBeLessThan(6);
  });
});

describe('container nesting per line', () => {
  const deep = (n: number, marker: string) => `${marker.repeat(n)}hi`;
  it.each([
    ['quotes', '> ', '\\> '],
    ['bullets', '- ', '\\- '],
    ['numbers', '1. ', '1\\. '],
  ])('%s past the limit: the next marker is escaped, so the rest is text at the deepest level', (_name, marker, escaped) => {
    const out = escapeExcessNesting(deep(MAX_CONTAINER_NESTING + 5, marker));
    expect(out).toBe(`${marker.repeat(MAX_CONTAINER_NESTING)}${escaped}${marker.repeat(4)}hi`);
    expect(plainText(parseMarkdownTree(deep(MAX_CONTAINER_NESTING + 5, marker)))).toContain('hi');
  });
  it('a list item indented past 2 columns per allowed level is indented as if at that depth', () => {
    const indent = ' '.repeat(2 * MAX_CONTAINER_NESTING);
    expect(escapeExcessNesting(`${indent}    - deep\n${indent}- ok`)).toBe(`${indent}- deep\n${indent}- ok`);
  });
  it.each([
    ['at the limit', deep(MAX_CONTAINER_NESTING, '> ')],
    ['a normal document', '## Problem\n> quoted\n> - item\n>   1. sub\n\n- a\n  - b\n'],
    ['fenced code', '```\n' + deep(40, '> ') + '\n```\n'],
  ])('%s is unchanged', (_name, text) => {
    expect(escapeExcessNesting(text)).toBe(text);
  });
});

describe('table columns', () => {
  const table = (columns: number, rows: number) => {
    const row = (cell: (i: number) => string) => `|${Array.from({ length: columns }, (_, i) => cell(i)).join('|')}|`;
    return [row((i) => `c${i}`), row(() => '-'), ...Array.from({ length: rows }, () => row((i) => `v${i}`))].join('\n');
  };
  it('past the limit, the extra cells of every row are joined into the last kept cell as text', () => {
    const [tb] = parseMarkdownTree(table(MAX_TABLE_COLUMNS + 3, 2)) as [Tokens.Table];
    expect(tb.type).toBe('table');
    expect(tb.header).toHaveLength(MAX_TABLE_COLUMNS);
    expect(tb.align).toHaveLength(MAX_TABLE_COLUMNS);
    const last = MAX_TABLE_COLUMNS - 1;
    expect(tb.header[last]?.text).toBe(`c${last} | c${last + 1} | c${last + 2} | c${last + 3}`);
    for (const r of tb.rows) expect(plainText(r[last]?.tokens ?? [])).toBe(`v${last} | v${last + 1} | v${last + 2} | v${last + 3}`);
  });
  it('a table at the limit is unchanged', () => {
    const [tb] = parseMarkdownTree(table(MAX_TABLE_COLUMNS, 2)) as [Tokens.Table];
    expect(tb.header).toHaveLength(MAX_TABLE_COLUMNS);
    expect(tb.rows[1]?.[MAX_TABLE_COLUMNS - 1]?.text).toBe(`v${MAX_TABLE_COLUMNS - 1}`);
  });
});

describe('front matter limits', () => {
  it.each([1_100, 6_000])('%i nested brackets are refused with a message naming the limit', (n) => {
    let message = '';
    try {
      parseMarkdown(`---\ntitle: ${'['.repeat(n)}\n---\n## Problem\nText\n`);
    } catch (err) {
      if (!(err instanceof DossierError)) throw err;
      message = err.message;
    }
    expect(message).toBe(
      `The front matter nests brackets ${n} levels deep; Dossier reads at most ${MAX_FRONT_MATTER_NESTING}. Write each field as a plain “key: value” line (template, company, title).`,
    );
    expect(message).not.toMatch(/call stack/i);
  });

  it('ordinary front matter is within the limits', () => {
    expect(frontMatterLimitProblem('template: impact-brief\ncompany: jpmorgan\ntitle: "Fraud [v2]"\nsilencedRules: [vanity-metric, baseline]')).toBeNull();
    expect(frontMatterLimitProblem(`a: ${'['.repeat(MAX_FRONT_MATTER_NESTING)}${']'.repeat(MAX_FRONT_MATTER_NESTING)}`)).toBeNull();
    expect(frontMatterLimitProblem(`a: ${'{'.repeat(MAX_FRONT_MATTER_NESTING + 1)}`)).toMatch(/17 levels deep/);
  });

  it('refuses front matter over 64 KB', () => {
    expect(frontMatterLimitProblem(`title: ${'x'.repeat(70_000)}`)).toMatch(/Dossier reads up to 64 KB there/);
  });
});
