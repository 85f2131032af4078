// Generators (fast-check) of hostile and unlucky documents, by family: random Unicode, Markdown
// grammar, mutations of a real brief, deep nesting, huge lines, and front matter. `scale` sets the
// sizes: the unit suite uses small inputs, `npm run bench -- fuzz` large ones (up to ~250 KB).
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

export type Family = 'unicode' | 'grammar' | 'mutation' | 'nesting' | 'huge-line' | 'front-matter';
export const FAMILIES: Family[] = ['unicode', 'grammar', 'mutation', 'nesting', 'huge-line', 'front-matter'];

export interface Scale {
  /** Longest random string, in characters. */
  text: number;
  /** Most repetitions of one nesting marker. */
  depth: number;
  /** Longest huge line, in repetitions of its unit. */
  line: number;
  /** Most lines of one-level-deeper-per-line nesting (their size grows with the square). */
  lines: number;
}
export const UNIT_SCALE: Scale = { text: 300, depth: 400, line: 4_000, lines: 80 };
export const BENCH_SCALE: Scale = { text: 4_000, depth: 8_000, line: 60_000, lines: 500 };

const brief = fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'strong-brief.md'), 'utf8');

const fragment = fc.oneof(
  fc.constantFrom('# ', '## ', '### ', '- ', '* ', '+ ', '1. ', '3) ', '> ', '    ', '\t', '```', '~~~', '---', '***', '| a | b |\n|---|---|\n', '\n', '\n\n'),
  fc.constantFrom('**', '__', '*', '_', '~~', '`', '[', ']', '(', ')', '![', '<', '>', '&amp;', '&#x27;', '\\', '<a href="x">', '</a>', '<!--', '-->', '<script>', 'http://a.b/c'),
  fc.constantFrom('Cut losses from $4.1M to $2.9M', '30% fewer false positives', 'model risk review', '中文的句子。', 'עברית', '👩🏽‍💻', 'e\u0301', '\u202e', '\u0000', '\uFEFF'),
  fc.string({ maxLength: 20 }),
);

function unicode(s: Scale): fc.Arbitrary<string> {
  return fc.string({ unit: fc.oneof(fc.constant('binary'), fc.constant('grapheme')) as never, maxLength: s.text }).map(String);
}

function grammar(s: Scale): fc.Arbitrary<string> {
  return fc.array(fragment, { maxLength: Math.max(10, Math.floor(s.text / 4)) }).map((parts) => parts.join(''));
}

function mutation(s: Scale): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat(), fc.nat({ max: 200 }), fc.oneof(fragment, fc.constant('')), fc.nat({ max: 20 }));
  return fc.array(edit, { minLength: 1, maxLength: Math.max(5, Math.floor(s.text / 40)) }).map((edits) => {
    let text = brief;
    for (const [at, cut, insert, times] of edits) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + insert.repeat(times) + text.slice(Math.min(text.length, i + cut));
    }
    return text;
  });
}

const NESTERS = ['> ', '- ', '  ', '1. ', '[a](', '[', '<a>', '<div>', '**', '_', '*', '`', '(', '![a](', '~~', '\\', '<!--', '&', 'x <![CDATA[', 'x <?p ', 'x <!X '];

function nesting(s: Scale): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...NESTERS), fc.integer({ min: 1, max: s.depth }), fc.constantFrom('text', '', 'x\n', '\n- item'), fc.boolean())
    .map(([marker, n, tail, perLine]) => {
      if (!perLine) return marker.repeat(n) + tail;
      // One level per line: lists and quotes indented a step further each line.
      return Array.from({ length: Math.min(n, s.lines) }, (_, i) => `${marker === '  ' ? '  '.repeat(i) + '- ' : marker.repeat(i + 1)}item ${i}`).join('\n');
    });
}

function hugeLine(s: Scale): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('word ', '_a', '*a', '[a', '<', '&amp;', '中文', '👩🏽‍💻', 'a|', '`a', '$1.2M ', '-', 'a'), fc.integer({ min: 1, max: s.line }))
    .map(([unit, n]) => unit.repeat(n));
}

function frontMatter(s: Scale): fc.Arbitrary<string> {
  const value = fc.oneof(
    fc.integer({ min: 1, max: s.depth }).map((n) => '['.repeat(n)),
    fc.integer({ min: 1, max: s.depth }).map((n) => '{a: '.repeat(n)),
    fc.integer({ min: 1, max: 40 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
    fc.constantFrom('&a [1]', '*a', '!!binary x', '"unterminated', "'x'", '|\n  block', '>-\n  folded', '- a\n- b', 'null', '~'),
    fc.string({ maxLength: 40 }),
  );
  const line = fc.tuple(fc.constantFrom('template', 'company', 'title', 'silencedRules', 'x', '? complex', '<<'), value).map(([k, v]) => `${k}: ${v}`);
  return fc.array(line, { maxLength: 6 }).map((lines) => `---\n${lines.join('\n')}\n---\n## Problem\nFraud cost $4.1M a year.\n`);
}

export function familyArbitrary(family: Family, scale: Scale): fc.Arbitrary<string> {
  switch (family) {
    case 'unicode':
      return unicode(scale);
    case 'grammar':
      return grammar(scale);
    case 'mutation':
      return mutation(scale);
    case 'nesting':
      return nesting(scale);
    case 'huge-line':
      return hugeLine(scale);
    case 'front-matter':
      return frontMatter(scale);
  }
}

/** One arbitrary over every family, each input tagged with its family. */
export function anyFamily(scale: Scale): fc.Arbitrary<{ family: Family; text: string }> {
  return fc.oneof(...FAMILIES.map((family) => familyArbitrary(family, scale).map((text) => ({ family, text }))));
}
