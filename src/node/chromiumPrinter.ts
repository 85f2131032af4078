// PdfPrinter over Chromium's print engine, driven by playwright-core, for the CLI, browser mode
// and tests. The browser is started on first use and kept warm for repeated prints.
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DossierError } from '../core/errors';
import type { Measurement, PdfPrinter, PrintOptions } from '../core/export/types';
import { measureInPage, toMeasurement } from '../core/export/measureInPage';
import { setPdfInfo } from '../core/export/setPdfInfo';
import { CHROMIUM_MISSING } from '../core/export/pdfUnavailable';

export { CHROMIUM_MISSING };

/** How Dossier launches Chromium everywhere (printer, end-to-end tests, benchmarks). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROMIUM_PATH, then /usr/bin/chromium, then chromium / chromium-browser / google-chrome on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return isExecutable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  const dirs = (env.PATH ?? '').split(path.delimiter).filter((d) => d !== '');
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

export interface ChromiumPrinterOptions {
  executablePath?: string;
  env?: NodeJS.ProcessEnv;
}

export function createChromiumPrinter(opts: ChromiumPrinterOptions = {}): PdfPrinter {
  let starting: Promise<{ browser: Browser; context: BrowserContext }> | null = null;
  // One warm page per purpose: opening a page costs more than printing a one-pager. A call that
  // finds the warm page taken (concurrent exports) opens its own and closes it afterwards.
  let idlePrintPage: Page | null = null;
  let idleMeasurePage: Page | null = null;

  async function start(): Promise<{ browser: Browser; context: BrowserContext }> {
    const executablePath = opts.executablePath ?? findChromium(opts.env ?? process.env);
    if (!executablePath) throw new DossierError('unavailable', CHROMIUM_MISSING);
    let browser: Browser;
    try {
      browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], headless: true });
    } catch {
      throw new DossierError('unavailable', CHROMIUM_MISSING);
    }
    // A crashed or killed browser is started afresh on the next print.
    browser.on('disconnected', () => {
      starting = null;
      idlePrintPage = null;
      idleMeasurePage = null;
    });
    // No network at all: the page is self-contained and its CSP allows nothing external anyway.
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    return { browser, context };
  }

  function takeIdle(kind: 'print' | 'measure'): Page | null {
    const page = kind === 'print' ? idlePrintPage : idleMeasurePage;
    if (kind === 'print') idlePrintPage = null;
    else idleMeasurePage = null;
    return page && !page.isClosed() ? page : null;
  }

  async function release(kind: 'print' | 'measure', page: Page): Promise<void> {
    const slotFree = kind === 'print' ? idlePrintPage === null : idleMeasurePage === null;
    if (slotFree && !page.isClosed()) {
      if (kind === 'print') idlePrintPage = page;
      else idleMeasurePage = page;
      return;
    }
    // The measure page owns its context; closing the context closes the page.
    if (kind === 'measure') await page.context().close().catch(() => undefined);
    else await page.close().catch(() => undefined);
  }

  function ready(): Promise<{ browser: Browser; context: BrowserContext }> {
    if (!starting) {
      starting = start();
      starting.catch(() => {
        starting = null;
      });
    }
    return starting;
  }

  return {
    async print(html: string, o: PrintOptions): Promise<Uint8Array> {
      const { context } = await ready();
      const page = takeIdle('print') ?? (await context.newPage());
      try {
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({
          format: o.pageSize === 'a4' ? 'A4' : 'Letter',
          printBackground: true,
          preferCSSPageSize: true,
          tagged: true,
          outline: true,
        });
        return setPdfInfo(new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), { title: o.title, author: o.author });
      } finally {
        await release('print', page);
      }
    },

    async measure(html: string, o: { widthPx: number }): Promise<Measurement> {
      const { browser } = await ready();
      // Measuring needs script evaluation from outside the page (the page itself still runs none).
      let page = takeIdle('measure');
      if (!page) {
        const ctx = await browser.newContext({ offline: true, viewport: { width: Math.round(o.widthPx), height: 1000 } });
        await ctx.route('**/*', (route) => route.abort());
        page = await ctx.newPage();
        await page.emulateMedia({ media: 'print' });
      } else {
        await page.setViewportSize({ width: Math.round(o.widthPx), height: 1000 });
      }
      try {
        await page.setContent(html, { waitUntil: 'load' });
        return toMeasurement(await page.evaluate(measureInPage));
      } finally {
        await release('measure', page);
      }
    },

    async close(): Promise<void> {
      const s = starting;
      starting = null;
      idlePrintPage = null;
      idleMeasurePage = null;
      if (!s) return;
      try {
        const { browser } = await s;
        await browser.close();
      } catch {
        // never started: nothing to close
      }
    },
  };
}
