// PdfPrinter over Chromium's print engine, driven by playwright-core, for the CLI, browser mode
// and tests. The browser is started on first use and kept warm for repeated prints.
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext } from 'playwright-core';
import { DossierError } from '../core/errors';
import type { Measurement, PdfPrinter, PrintOptions } from '../core/export/types';
import { setPdfInfo } from '../core/export/setPdfInfo';
import { CHROMIUM_MISSING } from '../core/export/pdfUnavailable';

export { CHROMIUM_MISSING };

const ARGS = [
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

  async function start(): Promise<{ browser: Browser; context: BrowserContext }> {
    const executablePath = opts.executablePath ?? findChromium(opts.env ?? process.env);
    if (!executablePath) throw new DossierError('unavailable', CHROMIUM_MISSING);
    let browser: Browser;
    try {
      browser = await chromium.launch({ executablePath, args: ARGS, headless: true });
    } catch {
      throw new DossierError('unavailable', CHROMIUM_MISSING);
    }
    // A crashed or killed browser is started afresh on the next print.
    browser.on('disconnected', () => {
      starting = null;
    });
    // No network at all: the page is self-contained and its CSP allows nothing external anyway.
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    return { browser, context };
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
      const page = await context.newPage();
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
        await page.close();
      }
    },

    async measure(html: string, o: { widthPx: number }): Promise<Measurement> {
      const { browser } = await ready();
      // Measuring needs script evaluation from outside the page (the page itself still runs none).
      const ctx = await browser.newContext({ offline: true, viewport: { width: Math.round(o.widthPx), height: 1000 } });
      try {
        await ctx.route('**/*', (route) => route.abort());
        const page = await ctx.newPage();
        await page.emulateMedia({ media: 'print' });
        await page.setContent(html, { waitUntil: 'load' });
        return await page.evaluate(() => {
          const main = document.querySelector('main');
          const p = document.querySelector('main section p') ?? document.body;
          const lh = parseFloat(getComputedStyle(p).lineHeight);
          const fs = parseFloat(getComputedStyle(p).fontSize);
          return {
            contentHeightPx: main ? main.getBoundingClientRect().height : document.body.scrollHeight,
            lineHeightPx: Number.isFinite(lh) ? lh : fs * 1.3,
          };
        });
      } finally {
        await ctx.close();
      }
    },

    async close(): Promise<void> {
      const s = starting;
      starting = null;
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
