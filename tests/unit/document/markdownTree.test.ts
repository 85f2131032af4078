// The one document model: entities decoded, raw HTML reduced to text the same way for every
// renderer, setext headings as sections, bounded nesting, and front matter messages with line,
// column and fix.
import { describe, expect, it } from 'vitest';
import { lexBlocks, lexMarkdown, parseMarkdownTree, plainText, MAX_DEPTH } from '../../../src/core/document/markdownTree';
import type { Token } from '../../../src/core/document/markdownTree';
import { htmlBlockToText, decodeEntities } from '../../../src/core/document/rawHtml';
import { parseMarkdown } from '../../../src/core/document/parseMarkdown';
import { DossierError } from '../../../src/core/errors';
import type { Template } from '../../../src/core/templates/types';
import { workGrowth } from '../fuzz/workCount';

const text = (md: string): string => plainText(parseMarkdownTree(md));

describe('entities', () => {
  it.each([
    ['R&amp;D', 'R&D'],
    ['5&nbsp;%', '5\u00a0%'],
    ['a &mdash; b', 'a — b'],
    ['&#35; &#x41;', '# A'],
    ['&copy', '&copy'], // no semicolon: not a reference in CommonMark
    ['&#87654321;', '&#87654321;'], // more than 7 digits: kept
    ['&ThisIsNotDefined;', '&ThisIsNotDefined;'],
  ])('%s -> %s', (input, want) => {
    expect(decodeEntities(input)).toBe(want);
    expect(text(input)).toBe(want.replace(/\s+/g, ' '));
  });
  it('decodes link targets but never code', () => {
    const [p] = parseMarkdownTree('[x](https://a.example/?a=1&amp;b=2) `R&amp;D`');
    const link = (p as { tokens: Token[] }).tokens[0] as { href: string };
    expect(link.href).toBe('https://a.example/?a=1&b=2');
    expect(text('`R&amp;D`')).toBe('R&amp;D');
  });
});

describe('raw HTML', () => {
  it.each([
    ['carriers <vs> banks', 'carriers <vs> banks'],
    ['[<b>raw</b> link](https://x.example)', 'raw link'],
    ['a <span class="x">b</span> c', 'a b c'],
    ['a <script>alert(1)</script> b', 'a b'],
    ['a <!-- note --> b', 'a b'],
    ['x <style>p{}</style> y', 'x y'],
    ['<div>\nRaw div text &amp; more\n</div>', 'Raw div text & more'],
    ['<script>\nalert(1)\n</script>', ''],
    ['<custom-thing>\nkept\n</custom-thing>', '<custom-thing> kept </custom-thing>'],
  ])('%j reads %j', (md, want) => {
    expect(text(md)).toBe(want);
  });
  it('keeps the line structure of an HTML block', () => {
    expect(htmlBlockToText('<p>one</p><p>two</p>')).toBe('one\ntwo');
  });
});

describe('nesting', () => {
  it('keeps the text of input too deep for the lexer (5,000 nested quotes) as plain paragraphs', () => {
    const md = '>'.repeat(5000) + ' deep text';
    expect(text(md)).toContain('deep text');
  });
  it('flattens containers nested past MAX_DEPTH to their text', () => {
    const md = Array.from({ length: MAX_DEPTH + 10 }, (_, i) => '  '.repeat(i) + `- level ${i}`).join('\n');
    const tree = parseMarkdownTree(md);
    expect(plainText(tree)).toContain(`level ${MAX_DEPTH + 9}`);
    let depth = 0;
    let lists: Token[] = tree;
    for (;;) {
      const list = lists.find((t) => t.type === 'list') as { items: { tokens: Token[] }[] } | undefined;
      if (!list) break;
      depth++;
      lists = list.items[0]?.tokens ?? [];
    }
    expect(depth).toBeLessThanOrEqual(MAX_DEPTH);
    expect(depth).toBeGreaterThan(5);
  });
  it('normalises a large document in linear time (counted work, workCount.ts)', () => {
    const para = 'R&amp;D <vs> text with **bold** and [a link](https://x.example).\n\n';
    expect(workGrowth((n) => parseMarkdownTree(para.repeat(n)), 500)).toBeLessThan(6);
  });
});

const brief: Template = {
  id: 'impact-brief',
  version: 1,
  name: 'Impact brief',
  purpose: '',
  pageBudget: 1,
  wordBudget: 450,
  speakingSeconds: null,
  spoken: false,
  rulePacks: [],
  sections: [
    { id: 'problem', label: 'Problem', prompt: '', kind: 'markdown', required: true, wordBudget: 80, guidance: { weak: '', strong: '' } },
    { id: 'outcome', label: 'Outcome', prompt: '', kind: 'markdown', required: true, wordBudget: 80, guidance: { weak: '', strong: '' } },
  ],
  exportLayout: { design: 'classic', showPrompts: false },
  origin: 'builtin',
};

describe('sections from the parser’s headings', () => {
  it('splits at setext headings (Problem over ---, Outcome over ===) with the right body lines', () => {
    const doc = parseMarkdown('---\ntemplate: impact-brief\n---\nProblem\n-------\nLosses rose.\n\nOutcome\n=======\n\nLosses fell 20%.\n', brief);
    expect(doc.sections.problem).toBe('Losses rose.');
    expect(doc.sections.outcome).toBe('Losses fell 20%.');
    expect(doc.bodyLines.problem).toBe(6);
    expect(doc.bodyLines.outcome).toBe(11);
  });
  it('does not split at heading-like lines inside code, quotes or indented code', () => {
    const md = '## Problem\n```\n## Outcome\n```\n> ## Outcome\n\n    ## Outcome\n';
    const doc = parseMarkdown(md, brief);
    expect(doc.sections.outcome).toBe('');
    expect(doc.sections.problem).toContain('> ## Outcome');
  });
  it('a thematic break after a blank line is not a heading', () => {
    const doc = parseMarkdown('## Problem\nA\n\n---\n\nB\n', brief);
    expect(doc.sections.problem).toBe('A\n\n---\n\nB');
  });
});

function errorOf(md: string): string {
  try {
    parseMarkdown(md, brief);
  } catch (e) {
    expect(e).toBeInstanceOf(DossierError);
    return (e as DossierError).message;
  }
  return '';
}

describe('front matter messages: line, column, fix', () => {
  it.each([
    ['---\ntemplate: impact-brief\ntitle: Q3 #1 priority\n---\n', 'Front matter, line 3, column 11: “#” starts a comment in YAML, so the title would be read as “Q3” and “#1 priority” dropped. Put the title in quotes: title: "Q3 #1 priority".'],
    ['---\ntitle: Fraud scoring: a kill story\n---\n', 'Front matter, line 2, column 21: the title contains “: ”, which YAML reads as the start of another key. Put the title in quotes: title: "Fraud scoring: a kill story".'],
    ['---\ncompany: acme #fraud\n---\n', 'Front matter, line 2, column 15: “#” starts a comment in YAML, so the company would be read as “acme” and “#fraud” dropped. Put the company in quotes: company: "acme #fraud".'],
  ])('%j', (md, want) => {
    expect(errorOf(md)).toBe(want);
  });
  it.each([
    ['---\ntitle: "x\n---\n', /^Front matter, line 2, column \d+: a quote in the title is never closed\. Close it, or quote the whole value: title: "x"\.$/],
    ['---\ntitle: @handle\n---\n', /^Front matter, line 2, column \d+: the title starts with a character YAML reserves \(@\)\. Put the title in quotes: title: "@handle"\.$/],
    ['---\n\ttitle: x\n---\n', /^Front matter, line 2, column \d+: the line is indented with a tab\. Use spaces/],
    ['---\ntitle: A\ntitle: B\n---\n', /^Front matter, line 3, column 1: “title” appears more than once/],
  ])('%j', (md, want) => {
    expect(errorOf(md)).toMatch(want);
  });
  it.each([
    '---\ntemplate: impact-brief  # the one-pager\n---\n',
    '---\ntitle: "Q3 #1 priority"\n---\n',
    "---\ntitle: 'Fraud scoring: a kill story'\n---\n",
    '---\ntitle: C# migration\n---\n',
  ])('must not flag %j', (md) => {
    expect(() => parseMarkdown(md, brief)).not.toThrow();
  });
});

describe('lexBlocks (block tokens without the inline pass)', () => {
  const bodies: Record<string, string> = {
    'setext and ATX headings': 'Problem\n---\n\ntext\n\n## Approach ##\n\n# Top\nbody\n',
    'headings inside code, quotes and lists do not count': '```\n## not\n```\n\n> ## quoted\n\n- ## in a list\n\n    ## indented code\n',
    'raw HTML blocks': '<div>\n## inside\n</div>\n\n<!-- ## comment -->\n\n## After\n',
    'CR and CRLF line endings': 'a\r\n## H1\r\nb\rc\r\n',
    'emphasis and HTML past the limits': '_a'.repeat(2000) + '\n\n## H\n\n' + 'x <![CDATA['.repeat(300),
    'deep nesting': `${'> '.repeat(40)}## deep\n\n${Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')}\n`,
    'tables and lists': '| a | b |\n|---|---|\n| 1 | 2 |\n\n1. one\n2. two\n\n- a\n\n  b\n',
  };
  it.each(Object.entries(bodies))('%s: the same block tokens (raw, type, heading text) as lexMarkdown', (_name, body) => {
    const blocks = lexBlocks(body);
    const full = lexMarkdown(body);
    const shape = (ts: Token[]) => ts.map((t) => [t.type, t.raw, t.type === 'heading' ? (t as { text: string }).text : null]);
    expect(shape(blocks)).toEqual(shape(full));
    expect(blocks.length).toBeGreaterThan(0);
  });
});
