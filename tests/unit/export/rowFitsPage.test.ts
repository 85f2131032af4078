// Breaker F16: every DOCX table row was w:cantSplit, so a row taller than a page (one long cell)
// is clipped by Word and laid out against the rule by LibreOffice. Only a row estimated at a third
// of a page or less is kept together now.
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildExport } from '../../../src/core/export/buildExport';
import { MAX_KEPT_LINES, rowFitsPage } from '../../../src/core/export/rowFitsPage';
import type { DocxRun } from '../../../src/core/export/docxBlocks';
import { impactBrief } from './fixtures/documents';

const run = (text: string, breakBefore = false): DocxRun => ({ text, lang: 'en', ...(breakBefore ? { breakBefore } : {}) });
const words = (n: number): string => 'fraud '.repeat(n).trim();

describe('rowFitsPage', () => {
  it.each([
    ['a short two-column row', [[run('Q1')], [run('Cut false declines 18%.')]], true],
    ['a two-column row of 60 words', [[run('Q1')], [run(words(60))]], true],
    ['a two-column row of 300 words', [[run('Q1')], [run(words(300))]], false],
    ['a one-column row of 300 words (wider)', [[run(words(120))]], true],
    ['eight columns of 40 words each (narrow)', Array.from({ length: 8 }, () => [run(words(40))]), false],
    ['a row of hard breaks', [[run('a'), ...Array.from({ length: MAX_KEPT_LINES + 1 }, () => run('b', true))]], false],
    ['Chinese, 150 characters in one of two columns', [[run('季度')], [run('欺'.repeat(150))]], true],
    ['Chinese, 600 characters in one of two columns', [[run('季度')], [run('欺'.repeat(600))]], false],
    ['an empty row', [[], []], true],
  ] as [string, DocxRun[][], boolean][])('%s: %s', (_name, cells, fits) => {
    expect(rowFitsPage(cells)).toBe(fits);
  });
});

describe('DOCX table rows', () => {
  it('keeps short rows together and lets a row of a 20,000-word cell break across pages', async () => {
    const table = `| Quarter | Result |\n|---|---|\n| Q1 | Cut false declines 18%. |\n| Q2 | ${words(20_000)} |\n| Q3 | Held the rate. |`;
    const built = await buildExport({
      doc: { templateId: 'impact-brief', company: 'american-express', title: 'Rows', sections: { problem: table } },
      template: impactBrief,
      meta: { candidateName: '', companyName: '', date: '2026-12-01', pageSize: 'letter' },
      format: 'docx',
      design: 'classic',
      printer: null,
    });
    const xml = strFromU8(unzipSync(built.bytes)['word/document.xml'] ?? new Uint8Array());
    const rows = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1] ?? '');
    expect(rows.map((r) => [r.includes('<w:cantSplit/>'), r.includes('<w:tblHeader/>')])).toEqual([
      [true, true],
      [true, false],
      [false, false],
      [true, false],
    ]);
    expect(rows[2]).toContain(words(50));
  });
});
