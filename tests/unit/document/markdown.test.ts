// Markdown interchange: front matter, heading matching, unknown headings kept, clear errors for
// malformed front matter, and a lossless round trip (property test).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMarkdown } from '../../../src/core/document/parseMarkdown';
import { printMarkdown } from '../../../src/core/document/printMarkdown';
import { findTemplate, loadTemplatesFrom } from '../../../src/core/templates/registry';
import { DossierError } from '../../../src/core/errors';
import type { MarkdownDocument } from '../../../src/core/document/types';

const appRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const loaded = loadTemplatesFrom(appRoot, null);
const brief = findTemplate(loaded, 'impact-brief');

describe('parseMarkdown', () => {
  it('reads front matter and matches headings by label or id, case-insensitively', () => {
    const md = '---\ntemplate: impact-brief\ncompany: american-express\ntitle: Real-time card fraud scoring\n---\n## Problem\n\nLosses were $4M.\n\n## decisions i owned\nI chose X.\n\n# OUTCOME:\nFell 20%.\n\n## Notes\n\nkeep me\n';
    const doc = parseMarkdown(md, loaded.templates);
    expect(doc.frontMatter).toEqual({ template: 'impact-brief', company: 'american-express', title: 'Real-time card fraud scoring' });
    expect(doc.sections).toEqual({ problem: 'Losses were $4M.', decisions: 'I chose X.', outcome: 'Fell 20%.', risk: '', ice: '', 'extra:Notes': 'keep me' });
    expect(doc.bodyLines.problem).toBe(8);
    expect(doc.bodyLines.decisions).toBe(11);
  });
  it('keeps deeper headings and fenced code inside a section', () => {
    const md = '## Problem\n### Detail\ntext\n```\n## not a heading\n```\n';
    expect(parseMarkdown(md, brief).sections.problem).toBe('### Detail\ntext\n```\n## not a heading\n```');
  });
  it('keeps text before the first heading, duplicate headings and CRLF files', () => {
    const doc = parseMarkdown('Intro line\r\n\r\n## Problem\r\nA\r\n## Problem\r\nB\r\n', brief);
    expect(doc.sections._preamble).toBe('Intro line');
    expect(doc.sections.problem).toBe('A');
    expect(doc.sections['extra:Problem']).toBe('B');
  });
  it.each([
    ['---\ntemplate: [unclosed\n---\n', /line 2, column \d+: the template starts with “\[”/],
    ['---\ntemplate: impact-brief\n', /never closes/],
    ['---\n- a\n- b\n---\n', /key: value/],
    ['---\ntemplate: 12\n---\n', /template/],
    ['---\nsilencedRules: nope\n---\n', /silencedRules/],
    ['---\na: 1\na: 2\n---\n', /line 3, column 1: “a” appears more than once\. Keep one of them/],
  ])('rejects malformed front matter %#', (md, msg) => {
    let err: unknown;
    try {
      parseMarkdown(md);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DossierError);
    expect((err as DossierError).code).toBe('bad-request');
    expect((err as DossierError).message).toMatch(msg);
  });
});

describe('printMarkdown', () => {
  it('prints front matter and template sections in order, then extras', () => {
    const md = printMarkdown(
      { frontMatter: { template: 'impact-brief', title: 'T' }, sections: { outcome: 'O', problem: 'P', 'extra:Notes': 'N' } },
      brief,
    );
    expect(md).toBe('---\ntemplate: impact-brief\ntitle: T\n---\n\n## Problem\n\nP\n\n## Decisions I owned\n\n## Outcome\n\nO\n\n## Risk and compliance\n\n## ICE view\n\n## Notes\n\nN\n');
  });
});

// Bodies: lines that are not level-1/2 headings or fences, no leading blank line, no trailing space.
const line = fc
  .string({ unit: 'grapheme', maxLength: 40 })
  .map((s) => s.replace(/[\r\n\u2028\u2029\u0085\v\f]/g, ' ').trim())
  // ...nor setext underlines (a line of = or -), which make the line above a heading.
  .filter((s) => !/^#{1,2}([ \t]|$)/.test(s) && !/^(`{3,}|~{3,}|---|\.\.\.)/.test(s) && !/^(=+|-+)$/.test(s) && !s.startsWith('\uFEFF'));
const body = fc.array(line, { maxLength: 5 }).map((ls) => ls.join('\n').replace(/^\s+|\s+$/g, ''));
const heading = fc
  .string({ minLength: 1, maxLength: 20 })
  .map((s) => s.replace(/[\s#*_`:：~\u2028\u2029\u0085]/g, 'x'))
  .filter((s) => !brief.sections.some((x) => x.id === s.toLowerCase() || x.label.toLowerCase() === s.toLowerCase()));
const scalar = fc.string({ maxLength: 30 }).filter((s) => !s.includes('\u0000'));

const docArb: fc.Arbitrary<MarkdownDocument> = fc
  .record({
    title: scalar,
    company: fc.constantFrom('wells-fargo', 'jpmorgan', 'my-co'),
    bodies: fc.tuple(body, body, body, body, body),
    extras: fc.uniqueArray(fc.tuple(heading, body), { maxLength: 3, selector: (t) => t[0] }),
  })
  .map(({ title, company, bodies, extras }) => {
    const sections: Record<string, string> = {};
    brief.sections.forEach((s, i) => (sections[s.id] = bodies[i] ?? ''));
    for (const [h, b] of extras) sections[`extra:${h}`] = b;
    return { frontMatter: { template: 'impact-brief', company, title }, sections };
  });

describe('round trip', () => {
  it('parse(print(doc)) gives back the same document', () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        const back = parseMarkdown(printMarkdown(doc, brief), loaded.templates);
        expect({ frontMatter: back.frontMatter, sections: back.sections }).toEqual(doc);
      }),
      { numRuns: 300 },
    );
  });
  it('print(parse(text)) is stable after one pass, for any text with valid front matter', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(line, fc.constantFrom('## Problem', '## Outcome', '# Notes', '## Other', '')), { maxLength: 12 }), (lines) => {
        const text = `---\ntemplate: impact-brief\n---\n${lines.join('\n')}`;
        const once = printMarkdown(parseMarkdown(text, brief), brief);
        const twice = printMarkdown(parseMarkdown(once, brief), brief);
        expect(twice).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe('malformed input', () => {
  it('any front matter either parses or fails with a bad-request DossierError', () => {
    const yamlish = fc.array(
      fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.constantFrom('template: impact-brief', 'title: [', 'company: {', '- x', '&a [*a, *a]', '*a', '!!binary x', 'silencedRules: 3', '? x', '---', '...', '\t', 'title: "x'),
      ),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(yamlish, fc.boolean(), (lines, closed) => {
        const md = `---\n${lines.join('\n')}${closed ? '\n---\n## Problem\ntext' : ''}`;
        try {
          const doc = parseMarkdown(md, loaded.templates);
          expect(typeof doc.frontMatter).toBe('object');
        } catch (err) {
          expect(err).toBeInstanceOf(DossierError);
          expect((err as DossierError).code).toBe('bad-request');
        }
      }),
      { numRuns: 400 },
    );
  });
});
