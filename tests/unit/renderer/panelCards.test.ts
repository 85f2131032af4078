// The Issues panel puts the big mistakes first and folds many vague words into one card
// (newcomer F6), and a draft without a big mistake hears what it does well (F7).
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/shared/api';
import { arrangeFindings } from '../../../src/renderer/src/features/editor/panelCards';
import { strengths } from '../../../src/core/rubric/strengths';

const f = (rule: string, severity: Finding['severity'], section: string | null, start: number, excerpt = rule, silenced = false): Finding => ({
  rule,
  severity,
  section,
  line: 1,
  column: start + 1,
  start,
  end: start + excerpt.length,
  excerpt,
  message: rule,
  why: '',
  suggestion: '',
  silenced,
});
const sections = [
  { id: 'problem', label: 'Problem' },
  { id: 'decisions', label: 'Decisions I owned' },
  { id: 'risk', label: 'Risk and compliance' },
];

describe('arrangeFindings', () => {
  it('orders by severity first, then template order and position; the error near the bottom comes first', () => {
    const tiers = arrangeFindings(
      [
        f('vague-language', 'warning', 'problem', 5, 'big'),
        f('tool-without-outcome', 'warning', 'decisions', 0),
        f('baseline', 'info', 'problem', 1),
        f('compliance-afterthought', 'error', 'risk', 0),
        f('quantified-impact', 'error', 'decisions', 9),
        f('move-fast', 'error', 'decisions', 3, 'moved fast', true),
      ],
      sections,
    );
    expect(tiers.map((t) => t.id)).toEqual(['error', 'warning', 'info', 'silenced']);
    expect(tiers[0]?.title).toBe('Big mistakes');
    expect(tiers[0]?.cards.map((c) => (c.kind === 'finding' ? [c.finding.rule, c.sectionLabel] : c.kind))).toEqual([
      ['quantified-impact', 'Decisions I owned'],
      ['compliance-afterthought', 'Risk and compliance'],
    ]);
    expect(tiers[1]?.cards.map((c) => (c.kind === 'finding' ? c.finding.rule : c.kind))).toEqual(['vague-language', 'tool-without-outcome']);
  });

  it('folds five or more vague words into one card listing each word once, with counts', () => {
    const tiers = arrangeFindings(
      [
        f('vague-language', 'warning', 'problem', 5, 'big'),
        f('vague-language', 'warning', 'decisions', 1, 'really'),
        f('tool-without-outcome', 'warning', 'decisions', 4),
        f('vague-language', 'warning', 'risk', 2, 'Really'),
        f('vague-language', 'warning', 'risk', 9, 'very'),
        f('vague-language', 'warning', 'risk', 20, 'great'),
      ],
      sections,
    );
    const cards = tiers[0]?.cards ?? [];
    expect(cards.map((c) => c.kind)).toEqual(['finding', 'vague']);
    const vague = cards[1];
    expect(vague?.kind === 'vague' && vague.words.map((w) => [w.word, w.count])).toEqual([
      ['big', 1],
      ['really', 2],
      ['very', 1],
      ['great', 1],
    ]);
    // Four vague words stay as their own cards.
    const four = arrangeFindings(['big', 'very', 'great', 'lots of'].map((w, i) => f('vague-language', 'warning', 'problem', i * 10, w)), sections);
    expect(four[0]?.cards.map((c) => c.kind)).toEqual(['finding', 'finding', 'finding', 'finding']);
  });

  it('shows empty required sections of an unstarted draft as to-dos', () => {
    const tiers = arrangeFindings([f('section-required', 'error', 'problem', 0)], sections, false);
    expect(tiers.map((t) => t.id)).toEqual(['todo']);
  });
});

describe('strengths', () => {
  const strong = { problem: 'Losses were $14.2M in FY2022.', risk: 'Model risk management reviewed it at kickoff.' };
  it.each([
    ['a clean bank brief with numbers', ['compliance-afterthought', 'governance-terms', 'quantified-impact', 'baseline', 'vague-language'], strong, ['compliance-afterthought', 'governance-terms', 'quantified-impact', 'baseline']],
    ['no governance named: no praise for its timing', ['compliance-afterthought', 'quantified-impact'], strong, ['quantified-impact']],
    ['no number anywhere: no praise for numbers', ['quantified-impact', 'baseline', 'vague-language'], { problem: 'Fraud was a problem for us.' }, ['vague-language']],
    ['an empty draft: nothing', ['quantified-impact', 'vague-language'], { problem: '' }, []],
  ] as const)('%s', (_name, passed, sections, rules) => {
    expect(strengths(passed, sections).map((s) => s.rule)).toEqual(rules);
  });
});
