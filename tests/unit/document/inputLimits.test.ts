// The limits applied where Markdown and front matter enter core (src/core/document/inputLimits.ts):
// over them, text is kept as typed (emphasis delimiters taken literally) or refused with a message
// naming the limit; under them, nothing changes.
import { describe, expect, it } from 'vitest';
import {
  escapeExcessEmphasis,
  frontMatterLimitProblem,
  MAX_EMPHASIS_DELIMITERS_PER_PARAGRAPH,
  MAX_FRONT_MATTER_NESTING,
} from '../../../src/core/document/inputLimits';
import { parseMarkdownTree, plainText } from '../../../src/core/document/markdownTree';
import { parseMarkdown } from '../../../src/core/document/parseMarkdown';
import { DossierError } from '../../../src/core/errors';

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

  it('cost is linear: 200 KB of "_a" parses in well under a second (it took 27 s per 100 KB)', () => {
    const t = performance.now();
    parseMarkdownTree('_a'.repeat(100_000));
    expect(performance.now() - t).toBeLessThan(1500);
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
