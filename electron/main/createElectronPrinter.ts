// PDFs in the desktop app: Chromium's own print engine on a hidden, sandboxed window with
// JavaScript off and no preload. Same HTML and print CSS as the playwright printer elsewhere.
// Measuring (for the one-page overrun) uses a twin window that lets main run core's one
// measuring function in the page, with print media emulated.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { Measurement, PdfPrinter, PrintOptions } from '../../src/core/export/types';
import { measureInPage, toMeasurement } from '../../src/core/export/measureInPage';
import { DossierError } from '../../src/core/errors';
import { setPdfInfo } from '../../src/core/export/setPdfInfo';

export interface ElectronPrinterDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** A folder inside the workspace for large print jobs (e.g. <workspace>/.dossier/tmp). */
  tempDir: () => string;
}

/** Data URLs above this size are slow or refused by Chromium; larger pages go through a temp file. */
const DATA_URL_LIMIT = 1_500_000;

export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  width: 816,
  height: 1056,
  webPreferences: {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    javascript: false,
    webSecurity: true,
    images: true,
    spellcheck: false,
  },
};

/** The measuring window: like the print window, but page script evaluation from main is needed. */
export const MEASURE_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  ...PRINT_WINDOW_OPTIONS,
  // The page's own CSP (default-src 'none') still stops any script in it; only main's one
  // measuring function runs, through executeJavaScript.
  webPreferences: { ...PRINT_WINDOW_OPTIONS.webPreferences, javascript: true },
};

export function createElectronPrinter(deps: ElectronPrinterDeps): PdfPrinter {
  let queue: Promise<unknown> = Promise.resolve();

  /** Opens a hidden window on the page, runs `use`, and always destroys the window. */
  async function withPage<T>(html: string, options: BrowserWindowConstructorOptions, use: (win: BrowserWindow) => Promise<T>): Promise<T> {
    const win = new deps.BrowserWindow(options);
    let tempFile: string | null = null;
    try {
      win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      win.webContents.on('will-navigate', (event) => event.preventDefault());
      if (html.length <= DATA_URL_LIMIT) {
        await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
      } else {
        const dir = deps.tempDir();
        mkdirSync(dir, { recursive: true });
        tempFile = join(dir, `print-${randomBytes(8).toString('hex')}.html`);
        writeFileSync(tempFile, html);
        await win.loadURL(pathToFileURL(tempFile).href);
      }
      return await use(win);
    } finally {
      if (!win.isDestroyed()) win.destroy();
      if (tempFile) rmSync(tempFile, { force: true });
    }
  }

  async function printOnce(html: string, opts: PrintOptions): Promise<Uint8Array> {
    try {
      return await withPage(html, PRINT_WINDOW_OPTIONS, async (win) => {
        const pdf = await win.webContents.printToPDF({
          pageSize: opts.pageSize === 'a4' ? 'A4' : 'Letter',
          printBackground: true,
          generateTaggedPDF: true,
          preferCSSPageSize: true,
        });
        return setPdfInfo(new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), { title: opts.title, author: opts.author });
      });
    } catch (err) {
      if (err instanceof DossierError) throw err;
      throw new DossierError('unavailable', 'Dossier could not print this PDF. DOCX and Markdown exports still work; please try PDF again.');
    }
  }

  /** Lays the page out at print width with print media, then runs core's measuring function in it. */
  async function measureOnce(html: string, widthPx: number): Promise<Measurement> {
    const options = { ...MEASURE_WINDOW_OPTIONS, width: Math.max(1, Math.round(widthPx)), height: 1000 };
    return withPage(html, options, async (win) => {
      const dbg = win.webContents.debugger;
      dbg.attach('1.3');
      try {
        await dbg.sendCommand('Emulation.setEmulatedMedia', { media: 'print' });
        return toMeasurement(await win.webContents.executeJavaScript(`(${measureInPage.toString()})()`));
      } finally {
        if (dbg.isAttached()) dbg.detach();
      }
    });
  }

  function enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = queue.then(job);
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    print: (html, opts) => enqueue(() => printOnce(html, opts)),
    // A failed measurement is not an error for the candidate: export then estimates the overrun.
    measure: (html, opts) => enqueue(() => measureOnce(html, opts.widthPx)),
    async close() {
      await queue;
    },
  };
}
