// PDFs in the desktop app: Chromium's own print engine on a hidden, sandboxed window with
// JavaScript off and no preload. Same HTML and print CSS as the playwright printer elsewhere.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { PdfPrinter, PrintOptions } from '../../src/core/export/types';
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

export function createElectronPrinter(deps: ElectronPrinterDeps): PdfPrinter {
  let queue: Promise<unknown> = Promise.resolve();

  async function printOnce(html: string, opts: PrintOptions): Promise<Uint8Array> {
    const win = new deps.BrowserWindow(PRINT_WINDOW_OPTIONS);
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
      const pdf = await win.webContents.printToPDF({
        pageSize: opts.pageSize === 'a4' ? 'A4' : 'Letter',
        printBackground: true,
        generateTaggedPDF: true,
        preferCSSPageSize: true,
      });
      return setPdfInfo(new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), { title: opts.title, author: opts.author });
    } catch (err) {
      if (err instanceof DossierError) throw err;
      throw new DossierError('unavailable', 'Dossier could not print this PDF. DOCX and Markdown exports still work; please try PDF again.');
    } finally {
      if (!win.isDestroyed()) win.destroy();
      if (tempFile) rmSync(tempFile, { force: true });
    }
  }

  return {
    print(html, opts) {
      const job = queue.then(() => printOnce(html, opts));
      queue = job.catch(() => undefined);
      return job;
    },
    async close() {
      await queue;
    },
  };
}
