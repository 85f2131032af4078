import { describe, expect, it } from 'vitest';
import {
  acknowledge,
  isAcknowledged,
  readinessReview,
  confirmationFindings,
  describeOverBudget,
  exportDownloadUrl,
  readOverBudget,
} from '../../../src/renderer/src/features/export/exportOutcome';

describe('readOverBudget', () => {
  it('is null when the export fit', () => {
    expect(readOverBudget({ path: 'a', fileName: 'a.pdf', pages: 1 })).toBeNull();
    expect(readOverBudget({ path: 'a', fileName: 'a.pdf', overBudget: false })).toBeNull();
  });
  it('reads a nested overBudget object', () => {
    const o = readOverBudget({
      path: 'a',
      fileName: 'a.pdf',
      overBudget: {
        pages: 2,
        overBy: { pages: 1, approxLines: 9, approxWords: 80 },
        longestSection: { id: 'outcome', label: 'Outcome', words: 212 },
        suggestion: 'Trim',
      },
    });
    expect(o).toEqual({
      pages: 2,
      overPages: 1,
      approxLines: 9,
      approxWords: 80,
      longestSection: { id: 'outcome', label: 'Outcome', words: 212 },
      suggestion: 'Trim',
      compactAvailable: true,
      shrunk: false,
    });
    expect(o && describeOverBudget(o)).toBe(
      'About 9 lines over one page. The longest section is Outcome (212 words).',
    );
  });
  it('reads a page that fits only by shrinking', () => {
    const o = readOverBudget({
      path: 'a',
      fileName: 'a.pdf',
      pages: 1,
      overBudget: {
        pages: 1,
        overBy: { pages: 0, approxLines: 0, approxWords: 0 },
        suggestion: 'It fits only by shrinking: the table in Outcome is about 2.0 in wider than the page.',
        compactAvailable: false,
        shrinkToFit: [{ element: 'table', section: 'Outcome', text: 'C0', overPx: 190 }],
      },
    });
    expect(o?.shrunk).toBe(true);
    expect(o?.suggestion).toMatch(/table in Outcome/);
  });
  it('reads flat fields next to overBudget: true', () => {
    const o = readOverBudget({ path: 'a', fileName: 'a.pdf', overBudget: true, pages: 3 });
    expect(o?.pages).toBe(3);
    expect(o && describeOverBudget(o)).toBe('It runs to 3 pages instead of one.');
  });
});

describe('confirmationFindings', () => {
  it('reads findings from error details and ignores junk', () => {
    expect(
      confirmationFindings({ findings: [{ message: 'Private term “Falcon”' }, 3, null] }),
    ).toHaveLength(1);
    expect(confirmationFindings(undefined)).toEqual([]);
  });
});

describe('exportDownloadUrl', () => {
  it('encodes company and file name', () => {
    expect(exportDownloadUrl('wells-fargo', 'Impact brief - A/B.pdf')).toBe(
      '/exports/wells-fargo/Impact%20brief%20-%20A%2FB.pdf',
    );
  });
});

describe('not ready to export: asked once per document', () => {
  it('reads the not-ready details and ignores private-term confirmations', () => {
    expect(
      readinessReview({
        reason: 'findings',
        findings: [{ message: 'No baseline' }],
        emptySections: [{ id: 'problem', label: 'Problem' }, 7],
      }),
    ).toEqual({ findings: [{ message: 'No baseline' }], emptySections: [{ id: 'problem', label: 'Problem' }], missingGlyphs: [] });
    expect(readinessReview({ findings: [{ message: 'Private term “Falcon”' }] })).toBeNull();
  });
  it('remembers "export anyway" per company and document, and survives broken storage', () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    expect(isAcknowledged(storage, 'amex', 'a')).toBe(false);
    acknowledge(storage, 'amex', 'a');
    expect(isAcknowledged(storage, 'amex', 'a')).toBe(true);
    expect(isAcknowledged(storage, 'amex', 'b')).toBe(false);
    expect(isAcknowledged(storage, 'jpm', 'a')).toBe(false);
    data.set('dossier.export.notReadyAcknowledged', '{not json');
    expect(isAcknowledged(storage, 'amex', 'a')).toBe(false);
    acknowledge(storage, 'amex', 'a');
    expect(isAcknowledged(storage, 'amex', 'a')).toBe(true);
    expect(isAcknowledged(null, 'amex', 'a')).toBe(false);
  });
});
