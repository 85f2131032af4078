import { describe, expect, it } from 'vitest';
import {
  applyInsert,
  silenceMarkerInsert,
} from '../../../src/renderer/src/features/editor/silenceMarker';
import {
  findingsToDiagnostics,
  nextFinding,
} from '../../../src/renderer/src/features/editor/findingsToDiagnostics';
import { countWords, formatDuration } from '../../../src/renderer/src/lib/countWords';
import { run } from '../rubric/ruleHarness';
import { finding } from '../fixtures/finding';


describe('silenceMarkerInsert', () => {
  it('puts the marker on its own line before the flagged line', () => {
    const text = 'First line.\nWorked on a model that helped.';
    const change = silenceMarkerInsert(text, text.indexOf('helped'), 'vague-language');
    expect(applyInsert(text, change)).toBe(
      'First line.\n<!-- dossier-ignore vague-language -->\nWorked on a model that helped.',
    );
  });
  it('handles the first line and out-of-range offsets', () => {
    expect(applyInsert('abc', silenceMarkerInsert('abc', 2, 'x'))).toBe(
      '<!-- dossier-ignore x -->\nabc',
    );
    expect(silenceMarkerInsert('abc', 99, 'x').from).toBe(0);
  });
});

describe('findingsToDiagnostics', () => {
  it('keeps only the section, maps severity, dims silenced findings', () => {
    const diags = findingsToDiagnostics(
      [
        finding({ start: 2, end: 6 }),
        finding({ section: 'problem' }),
        finding({ severity: 'error', silenced: true, start: 0, end: 3 }),
      ],
      'outcome',
      10,
    );
    expect(diags).toEqual([
      { from: 2, to: 6, severity: 'warning', message: 'm', source: 'Vague wording' },
      {
        from: 0,
        to: 3,
        severity: 'hint',
        message: 'm (silenced)',
        source: 'Vague wording',
        markClass: 'cm-silenced',
      },
    ]);
  });
  it('clamps ranges to the text and widens point findings', () => {
    expect(findingsToDiagnostics([finding({ start: 5, end: 50 })], 'outcome', 8)[0]).toMatchObject({
      from: 5,
      to: 8,
    });
    expect(findingsToDiagnostics([finding({ start: 3, end: 3 })], 'outcome', 8)[0]).toMatchObject({
      from: 3,
      to: 4,
    });
    expect(findingsToDiagnostics([finding({ start: 8, end: 8 })], 'outcome', 8)[0]).toMatchObject({
      from: 7,
      to: 8,
    });
  });
});

describe('nextFinding', () => {
  const sections = [{ id: 'problem' }, { id: 'outcome' }];
  const list = [
    finding({ section: 'outcome', start: 5, rule: 'x' }),
    finding({ section: 'problem', start: 10, rule: 'y' }),
    finding({ section: 'problem', start: 1, rule: 's', silenced: true }),
  ];
  it('goes forward and wraps, skipping silenced findings', () => {
    expect(nextFinding(list, sections, null)?.rule).toBe('y');
    expect(nextFinding(list, sections, { section: 'problem', offset: 10 })?.rule).toBe('x');
    expect(nextFinding(list, sections, { section: 'outcome', offset: 5 })?.rule).toBe('y');
    expect(nextFinding([], sections, null)).toBeNull();
  });
});

describe('countWords', () => {
  it('counts English words and ignores inline markers', () => {
    expect(countWords('Cut losses by 30% in 2024.')).toBe(6);
    expect(countWords('<!-- dossier-ignore x -->\nTwo words')).toBe(2);
    expect(countWords('')).toBe(0);
  });
  it('counts Chinese by words, not by whitespace', () => {
    expect(countWords('我们降低了欺诈损失')).toBeGreaterThan(1);
  });
  it('leaves out list markers and link targets, as the rubric does', () => {
    expect(countWords('1. Cut losses by 30%\n2. Saved $1M')).toBe(6);
    expect(countWords('- Cut losses\n- Saved money')).toBe(4);
    expect(countWords('See [the report](https://example.com/a/b) now')).toBe(4);
  });
  it("agrees with the rubric's word count for a whole document", () => {
    const sections = { problem: '- Fraud cost $4.1M a year.\n- 审核需要三天。', outcome: 'Cut losses from $4.1M to $2.9M (see [memo](https://x.y/z)).' };
    const rubric = run({ text: '', sections });
    expect(countWords(sections.problem) + countWords(sections.outcome)).toBe(rubric.wordCount);
  });
  it('formats durations', () => {
    expect(formatDuration(65)).toBe('1:05');
    expect(formatDuration(0)).toBe('0:00');
  });
});
