// PDFs printed by real Chromium, read back with poppler (pdfinfo, pdftotext): page count, text,
// metadata, the one-page check and sanitization. Skipped with a reason when Chromium is absent.
import { afterAll, describe, expect, it } from 'vitest';
import { chromium as playwright } from 'playwright-core';
import { buildExport } from '../../../src/core/export/buildExport';
import type { BuildInput } from '../../../src/core/export/buildExport';
import { createChromiumPrinter, findChromium } from '../../../src/node/chromiumPrinter';
import { CHROMIUM_MISSING } from '../../../src/core/export/pdfUnavailable';
import { pdfPageCount } from '../../../src/core/export/pdfPageCount';
import { DossierError } from '../../../src/core/errors';
import { chineseBrief, hostileBrief, impactBrief, normalBrief, overlongBrief } from './fixtures/documents';
import { has, pdfInfo, pdfText, removeTempDirs } from './fixtures/tools';

const chromium = findChromium();
const printer = createChromiumPrinter();
afterAll(async () => {
  await printer.close();
  removeTempDirs();
});

const meta = { candidateName: 'Jane Doe', companyName: 'American Express', date: '2026-11-23', pageSize: 'letter' as const };

function input(over: Partial<BuildInput> = {}): BuildInput {
  return { doc: normalBrief, template: impactBrief, meta, format: 'pdf', design: 'classic', printer, ...over };
}

describe('missing Chromium', () => {
  it('says how to install it, with the unavailable code', async () => {
    const none = createChromiumPrinter({ env: { CHROMIUM_PATH: '/nonexistent/chromium', PATH: '' } });
    const err = await none.print('<p>x</p>', { pageSize: 'letter', title: 't', author: 'a' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DossierError);
    expect(err).toMatchObject({ code: 'unavailable', message: CHROMIUM_MISSING });
    await none.close();
  });

  it('without any printer, a PDF export fails with the same message', async () => {
    await expect(buildExport(input({ printer: null }))).rejects.toMatchObject({ code: 'unavailable', message: CHROMIUM_MISSING });
  });
});

describe.skipIf(!chromium || !has('pdfinfo'))(`PDF export through Chromium (${chromium ?? 'not installed'})`, () => {
  it('prints a normal one-page brief on exactly one page, with title, author and text', async () => {
    const built = await buildExport(input());
    expect(built.pages).toBe(1);
    expect(built.overBudget).toBeUndefined();
    const info = pdfInfo(built.bytes);
    expect(info.Pages).toBe('1');
    expect(info.Title).toBe('Real-time card fraud scoring');
    expect(info.Author).toBe('Jane Doe');
    expect(info['Page size']).toContain('letter');
    expect(info.Tagged).toBe('yes');
    const text = pdfText(built.bytes);
    for (const s of ['Real-time card fraud scoring', 'Decisions I owned', 'Fraud losses', '$2.9M / yr', 'Page 1 of 1', 'for American Express', 'November 23, 2026']) {
      expect(text).toContain(s);
    }
    // Page 1 carries name, company and date once, in the byline: the running header starts on page 2.
    expect(text).not.toContain('Jane Doe · American Express');
    expect(text.match(/November 23, 2026/g)).toHaveLength(1);
  });

  it('fits the normal brief on one page in every design, and prints A4 when asked', async () => {
    for (const design of ['classic', 'modern'] as const) {
      expect((await buildExport(input({ design }))).pages).toBe(1);
    }
    const a4 = await buildExport(input({ design: 'modern', meta: { ...meta, pageSize: 'a4' } }));
    expect(pdfInfo(a4.bytes)['Page size']).toContain('A4');
  });

  it('reports an overlong one-page brief with pages, lines, words and the longest section', async () => {
    const built = await buildExport(input({ doc: overlongBrief }));
    expect(built.pages).toBeGreaterThan(1);
    expect(pdfPageCount(built.bytes)).toBe(Number(pdfInfo(built.bytes).Pages));
    const o = built.overBudget;
    expect(o).toBeDefined();
    expect(o?.pages).toBe(built.pages);
    expect(o?.budget).toBe(1);
    expect(o?.overBy.pages).toBe((built.pages ?? 0) - 1);
    expect(o?.overBy.approxLines).toBeGreaterThan(3);
    expect(o?.overBy.approxLines).toBeLessThan(60);
    expect(o?.overBy.approxWords).toBeGreaterThan(20);
    expect(o?.longestSection).toMatchObject({ id: 'outcome', label: 'Outcome' });
    expect(o?.suggestion).toMatch(/^About \d+ lines .* over one page\. The longest section is Outcome \(\d+ words\)/);
    expect(o?.compactAvailable).toBe(true);
  });

  it('the compact layout fits more on a page and is not offered again', async () => {
    const normal = await buildExport(input({ doc: overlongBrief }));
    const compact = await buildExport(input({ doc: overlongBrief, compact: true }));
    if (compact.overBudget) {
      expect(compact.overBudget.compactAvailable).toBe(false);
      expect(compact.overBudget.overBy.approxLines).toBeLessThan(normal.overBudget?.overBy.approxLines ?? 0);
    } else {
      expect(compact.pages).toBe(1);
    }
  });

  it('prints Chinese text', async () => {
    const built = await buildExport(input({ doc: chineseBrief }));
    const text = pdfText(built.bytes);
    expect(text).toContain('实时欺诈评分');
    expect(text).toContain('模型风险管理部门');
    expect(pdfInfo(built.bytes).Title).toBe('实时欺诈评分');
  });

  it('carries nothing active from hostile input', async () => {
    const built = await buildExport(input({ doc: hostileBrief }));
    const text = pdfText(built.bytes);
    expect(text).not.toMatch(/alert\("(inline|block)"\)|onerror|onclick/);
    expect(text).toContain('Raw div text');
    const raw = new TextDecoder('latin1').decode(built.bytes);
    expect(raw).not.toMatch(/\/JavaScript|\/JS\s|javascript:/i);
    expect(raw).not.toMatch(/\/URI\s*\(data:/i);
    expect(raw).toMatch(/\/URI\s*\(https:\/\/example\.com\/ok\)/);
  });

  // Counted, not timed: Chromium starts (chromium.launch calls) across two prints.
  it('keeps the browser warm: the second print skips the Chromium start', async () => {
    const fresh = createChromiumPrinter();
    const launch = playwright.launch;
    let launches = 0;
    playwright.launch = function (this: typeof playwright, ...args: Parameters<typeof launch>) {
      launches++;
      return launch.apply(this, args);
    };
    try {
      await buildExport(input({ printer: fresh }));
      expect(launches).toBe(1);
      await buildExport(input({ printer: fresh }));
      expect(launches).toBe(1);
    } finally {
      playwright.launch = launch;
      await fresh.close();
    }
  });
});

describe.skipIf(!chromium)('a closed printer', () => {
  it('starts Chromium again on the next print', async () => {
    const p = createChromiumPrinter();
    try {
      await p.print('<p>one</p>', { pageSize: 'letter', title: 'a', author: 'b' });
      await p.close();
      const again = await p.print('<p>two</p>', { pageSize: 'letter', title: 'a', author: 'b' });
      expect(pdfPageCount(again)).toBe(1);
    } finally {
      await p.close();
    }
  });
});
