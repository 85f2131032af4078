import { describe, expect, it } from 'vitest';
import { parseTerms } from '../../../src/renderer/src/features/settings/SettingsDialog';
import { matchesQuery } from '../../../src/renderer/src/app/CommandPalette';
import { scoreHistory, sparklinePoints } from '../../../src/renderer/src/features/editor/Sparkline';
import { scoreTone } from '../../../src/renderer/src/features/editor/ScoreBadge';
import { templateBudget } from '../../../src/renderer/src/features/documents/NewDocumentDialog';
import { previewLayoutWidth } from '../../../src/renderer/src/features/export/PreviewPane';
import type { Template } from '../../../src/shared/api';

describe('parseTerms', () => {
  it('keeps one term per line, trimmed, without blanks or case-insensitive duplicates', () => {
    expect(parseTerms('  Project Falcon \n\nAcme Bank\r\nproject falcon\n')).toEqual([
      'Project Falcon',
      'Acme Bank',
    ]);
    expect(parseTerms('')).toEqual([]);
  });
});

describe('matchesQuery', () => {
  const table: [string, string, boolean][] = [
    ['Export as PDF', '', true],
    ['Export as PDF', 'pdf', true],
    ['Export as PDF', 'exp pdf', true],
    ['Export as PDF', 'docx', false],
    ['Real-time fraud scoring Wells Fargo', 'wells fraud', true],
  ];
  it.each(table)('%s ~ %s -> %s', (text, query, expected) => {
    expect(matchesQuery(text, query)).toBe(expected);
  });
});

describe('sparklinePoints', () => {
  it('spreads points across the width and maps 0–100 to the height', () => {
    expect(sparklinePoints([0, 50, 100], 100, 20)).toBe('0.0,20.0 50.0,10.0 100.0,0.0');
    expect(sparklinePoints([150, -5], 10, 10)).toBe('0.0,0.0 10.0,10.0');
    expect(sparklinePoints([], 10, 10)).toBe('');
  });
});

describe('scoreTone', () => {
  it.each([
    [100, 'success'],
    [85, 'success'],
    [84, 'warning'],
    [60, 'warning'],
    [59, 'error'],
  ] as const)('%d -> %s', (score, tone) => {
    expect(scoreTone(score)).toBe(tone);
  });
});

describe('templateBudget', () => {
  const base: Template = {
    id: 't',
    version: 1,
    name: 'T',
    purpose: '',
    pageBudget: null,
    wordBudget: 0,
    speakingSeconds: null,
    spoken: false,
    rulePacks: [],
    sections: [],
    exportLayout: { design: 'classic', showPrompts: false },
    origin: 'builtin',
  };
  it('describes pages, words and speaking time', () => {
    expect(templateBudget({ ...base, pageBudget: 1, wordBudget: 450 })).toBe(
      '1 page · about 450 words',
    );
    expect(templateBudget({ ...base, wordBudget: 280, speakingSeconds: 120, spoken: true })).toBe(
      'about 280 words · 2:00 spoken',
    );
    expect(templateBudget(base)).toBe('');
  });
});

describe('previewLayoutWidth', () => {
  it('lays the preview out at the page width plus a margin', () => {
    expect(previewLayoutWidth('letter')).toBe(864);
    expect(previewLayoutWidth('a4')).toBe(842);
  });
});

describe('scoreHistory', () => {
  it('draws nothing before two snapshots', () => {
    expect(scoreHistory([], 80)).toBeNull();
    expect(scoreHistory([62], 80)).toBeNull();
  });
  it('from two snapshots: the points, the live score last, a change label and a tooltip', () => {
    const h = scoreHistory([62, 70], 78);
    expect(h?.values).toEqual([62, 70, 78]);
    expect(h?.summary).toBe('+16 since first snapshot');
    expect(h?.label).toBe('Score at each of 2 snapshots: 62, 70; now 78.');
  });
  it('says when nothing changed, and works without a live score', () => {
    expect(scoreHistory([70, 70], null)?.summary).toBe('no change since first snapshot');
    expect(scoreHistory([80, 70], null)?.summary).toBe('−10 since first snapshot');
  });
});
