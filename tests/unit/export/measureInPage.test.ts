// The one measuring function both printers run inside the page: its result is checked, and its
// serialised source (what Electron's executeJavaScript receives) measures a real page in Chromium.
import { describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { measureInPage, toMeasurement } from '../../../src/core/export/measureInPage';
import { CHROMIUM_ARGS, findChromium } from '../../../src/node/chromiumPrinter';
import { parseDocument } from '../../../src/core/export/parseDocument';
import { renderHtmlPage } from '../../../src/core/export/renderHtmlPage';
import { designFor } from '../../../src/core/export/designs';
import { impactBrief, normalBrief, overlongBrief } from './fixtures/documents';

describe('toMeasurement', () => {
  it.each([
    [{ contentHeightPx: 900, lineHeightPx: 15.5 }],
    [{ contentHeightPx: 0, lineHeightPx: 12 }],
  ])('accepts %o', (value) => {
    expect(toMeasurement(value)).toEqual(value);
  });
  it.each([[null], ['900'], [{ contentHeightPx: 'tall', lineHeightPx: 12 }], [{ contentHeightPx: 900, lineHeightPx: 0 }], [{ contentHeightPx: -1, lineHeightPx: 12 }], [{ contentHeightPx: Number.NaN, lineHeightPx: 12 }]])(
    'refuses %o',
    (value) => {
      expect(() => toMeasurement(value)).toThrow(/usable measurement/);
    },
  );
});

const executable = findChromium();
describe.skipIf(!executable)('measureInPage in Chromium', () => {
  it('measures the export page from its serialised source, longer text measuring taller', async () => {
    const browser = await chromium.launch({ executablePath: executable ?? '', args: [...CHROMIUM_ARGS] });
    try {
      const page = await browser.newPage({ viewport: { width: 672, height: 1000 } });
      await page.emulateMedia({ media: 'print' });
      const measure = async (doc: typeof normalBrief) => {
        await page.setContent(renderHtmlPage(parseDocument(doc, impactBrief), { candidateName: 'Jane Doe', companyName: 'Amex', date: '2026-11-23', pageSize: 'letter' }, designFor('classic')));
        return toMeasurement(await page.evaluate(`(${measureInPage.toString()})()`));
      };
      const normal = await measure(normalBrief);
      const long = await measure(overlongBrief);
      expect(normal.lineHeightPx).toBeGreaterThan(10);
      expect(normal.contentHeightPx).toBeGreaterThan(normal.lineHeightPx * 10);
      expect(long.contentHeightPx).toBeGreaterThan(normal.contentHeightPx * 1.5);
    } finally {
      await browser.close();
    }
  });
});
