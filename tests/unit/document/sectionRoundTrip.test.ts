// A section whose text holds another section's heading stays in its own section on the Markdown
// round trip (import -> export md -> import). Each row names a kind; the rows marked "moved" put the
// text in another section, or swallowed the sections after it, before verbatimSection.ts.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMarkdown } from '../../../src/core/document/parseMarkdown';
import { printMarkdown } from '../../../src/core/document/printMarkdown';
import { VERBATIM_INFO, verbatimContent } from '../../../src/core/document/verbatimSection';
import { findTemplate, loadTemplatesFrom } from '../../../src/core/templates/registry';
import type { MarkdownDocument } from '../../../src/core/document/types';

const appRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const loaded = loadTemplatesFrom(appRoot, null);
const brief = findTemplate(loaded, 'impact-brief');

function doc(problem: string, extra: Record<string, string> = {}): MarkdownDocument {
  return {
    frontMatter: { template: 'impact-brief', company: 'jpmorgan', title: 'Fraud scoring' },
    sections: { problem, decisions: 'I chose the threshold.', outcome: 'Fraud losses fell from $4M to $3M.', risk: '', ice: '', ...extra },
  };
}
const roundTrip = (d: MarkdownDocument): MarkdownDocument => {
  const back = parseMarkdown(printMarkdown(d, brief), loaded.templates);
  return { frontMatter: back.frontMatter, sections: back.sections };
};

describe('text that would leave its section is fenced, and comes back as written', () => {
  it.each([
    ['an ATX heading line (moved)', 'Losses rose.\n## Outcome\nThis line is part of the problem.'],
    ['a level-1 heading line (moved)', '# Outcome\nStill the problem.'],
    ['a heading indented by three spaces (moved)', '   ## Outcome'],
    ['a heading with a tab (moved)', '#\tOutcome'],
    ['a bare "##" (moved)', 'Before\n\n##\n\nafter'],
    ['a setext heading over --- (moved)', 'Outcome\n---'],
    ['a setext heading over === (moved)', 'Paragraph.\n\nOutcome\n======='],
    ['an unclosed backtick fence (moved)', 'Config:\n```yaml\nthreshold: 0.8'],
    ['an unclosed tilde fence (moved)', '~~~\n# x'],
    ['an unclosed <pre> block (moved)', 'Log:\n\n<pre>\n## Outcome'],
    ['an unclosed comment (moved)', '<!-- draft note'],
    ['a Chinese heading line (moved)', '背景说明。\n## 结果\n仍然属于问题部分。'],
    // A heading line in a closed HTML block is no heading to marked, but the line scan the importer
    // falls back to on pathological nesting would split there; fenced so both read it back.
    ['a heading line in a closed <pre> block', '<pre>\n## Outcome\n</pre>'],
    ['text that is itself a verbatim block (unwrapped twice)', `\`\`\`${VERBATIM_INFO}\n## Outcome\n\`\`\``],
  ])('%s', (_name, problem) => {
    const d = doc(problem);
    const md = printMarkdown(d, brief);
    expect(md).toContain(VERBATIM_INFO);
    expect(roundTrip(d)).toEqual(d);
  });

  it.each([
    ['inside closed fenced code', 'Example:\n\n```\n## Outcome\n```'],
    ['inside a block quote', '> ## Outcome\n> quoted, not a heading'],
    ['inside a list item', '- ## Outcome\n- second item'],
    ['escaped', '\\## Outcome'],
    ['a deeper heading', '### Outcome\nA sub-heading inside the problem.'],
    ['a horizontal rule', 'Above.\n\n---\n\nBelow.'],
    ['indented four spaces (code)', '    ## Outcome'],
  ])('heading-like text %s is no heading to the parser and is written as is', (_name, problem) => {
    const d = doc(problem);
    expect(printMarkdown(d, brief)).not.toContain(VERBATIM_INFO);
    expect(roundTrip(d)).toEqual(d);
  });

  it('fences an extra section and the text before the first heading too', () => {
    const d = doc('P', { _preamble: 'Intro\n## Outcome', 'extra:Notes': '```\nopen fence' });
    expect(roundTrip(d)).toEqual(d);
  });

  it('fences text opening with "---" when there is no front matter', () => {
    const d: MarkdownDocument = { frontMatter: {}, sections: { _preamble: '---\ntemplate: kill-story\n---', problem: 'P', decisions: '', outcome: '', risk: '', ice: '' } };
    const back = parseMarkdown(printMarkdown(d, brief), brief);
    expect({ frontMatter: back.frontMatter, sections: back.sections }).toEqual(d);
  });

  it('uses a fence longer than any backtick run in the text, and reports the line where the text starts', () => {
    const problem = '````\n## Outcome';
    const md = printMarkdown(doc(problem), brief);
    expect(md).toContain(`\`\`\`\`\`${VERBATIM_INFO}\n${problem}\n\`\`\`\`\``);
    const back = parseMarkdown(md, loaded.templates);
    expect(back.sections.problem).toBe(problem);
    expect(md.split('\n')[(back.bodyLines.problem ?? 0) - 1]).toBe('````');
  });

  it('reads a hand-written verbatim fence only when it closes on its last line', () => {
    expect(verbatimContent(`\`\`\`${VERBATIM_INFO}\na\n\`\`\``)).toBe('a');
    expect(verbatimContent(`\`\`\`${VERBATIM_INFO}\na\n\`\`\`\nb`)).toBeNull();
    expect(verbatimContent(`\`\`\`${VERBATIM_INFO}\na`)).toBeNull();
    expect(verbatimContent('```markdown\na\n```')).toBeNull();
  });
});

describe('heading-like lines round-trip unchanged (property)', () => {
  const headingLike = fc.constantFrom(
    '## Outcome', '# Problem', '##', '#', '   ## Decisions I owned', '## 结果', '# 问题', 'Outcome', '---', '===', '- - -',
    '```', '~~~', '````', '```js', `\`\`\`${VERBATIM_INFO}`, '> ## Outcome', '- ## Outcome', '1. # Risk', '    ## ICE view',
    '\\## Outcome', '<pre>', '</pre>', '<!--', '-->', '<script>', '<div>', '', '  ', 'Plain text.', 'Fraud fell 20%.',
  );
  const freeLine = fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(/[\r\n\u2028\u2029\u0085\v\f\uFEFF]/g, ' '));
  // A body as the importer cuts it: no leading blank line, no trailing white space.
  const body = fc
    .array(fc.oneof({ weight: 3, arbitrary: headingLike }, { weight: 1, arbitrary: freeLine }), { maxLength: 7 })
    .map((ls) => ls.join('\n').replace(/^(?:[ \t]*\n)+/, '').trimEnd());
  const extraHeading = fc.constantFrom('Notes', 'Appendix', '附录', 'Outcome');
  const docArb = fc
    .record({ bodies: fc.tuple(body, body, body, body, body), preamble: body, extras: fc.uniqueArray(fc.tuple(extraHeading, body), { maxLength: 2, selector: (t) => t[0] }) })
    .map(({ bodies, preamble, extras }): MarkdownDocument => {
      const sections: Record<string, string> = {};
      if (preamble !== '') sections._preamble = preamble;
      brief.sections.forEach((s, i) => (sections[s.id] = bodies[i] ?? ''));
      for (const [h, b] of extras) sections[`extra:${h}`] = b;
      return { frontMatter: { template: 'impact-brief', company: 'jpmorgan', title: 'T' }, sections };
    });

  it('parse(print(doc)) gives back the same sections', () => {
    fc.assert(
      fc.property(docArb, (d) => {
        expect(roundTrip(d)).toEqual(d);
      }),
      { numRuns: 400 },
    );
  });
});
