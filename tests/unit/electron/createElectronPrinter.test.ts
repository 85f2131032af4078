import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createElectronPrinter } from '../../../electron/main/createElectronPrinter';
import { measureInPage } from '../../../src/core/export/measureInPage';
import { FakeBrowserWindow, FakeBrowserWindowCtor, FakeWebContents } from './fakes';

const dir = mkdtempSync(join(tmpdir(), 'dossier-eprint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tempDir = join(dir, '.dossier', 'tmp');

beforeEach(() => {
  FakeBrowserWindow.created = [];
});

describe('Electron PDF printer', () => {
  it('prints on a hidden sandboxed window with JavaScript off and no preload, then destroys it', async () => {
    const printer = createElectronPrinter({ BrowserWindow: FakeBrowserWindowCtor, tempDir: () => tempDir });
    const pdf = await printer.print('<html><body><h1>Brief</h1></body></html>', { pageSize: 'a4', title: 'Brief', author: 'Ana' });
    const win = FakeBrowserWindow.created[0];
    expect(win?.options.show).toBe(false);
    expect(win?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false });
    expect(win?.options.webPreferences?.preload).toBeUndefined();
    expect(win?.loadedUrls[0]).toMatch(/^data:text\/html;charset=utf-8,/);
    expect(win?.webContents.printOptions[0]).toMatchObject({ pageSize: 'A4', printBackground: true, generateTaggedPDF: true });
    expect(win?.destroyed).toBe(true);
    const text = Buffer.from(pdf).toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).toContain('/Author');
  });

  it('uses Letter for letter and denies pop-ups and navigation in the print window', async () => {
    const printer = createElectronPrinter({ BrowserWindow: FakeBrowserWindowCtor, tempDir: () => tempDir });
    await printer.print('<p>x</p>', { pageSize: 'letter', title: 't', author: 'a' });
    const win = FakeBrowserWindow.created[0];
    expect(win?.webContents.printOptions[0]).toMatchObject({ pageSize: 'Letter' });
    expect(win?.webContents.windowOpenHandler?.({ url: 'https://x' })).toEqual({ action: 'deny' });
    let prevented = false;
    win?.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });

  it('prints a very large page through a temp file inside the workspace and removes it', async () => {
    const printer = createElectronPrinter({ BrowserWindow: FakeBrowserWindowCtor, tempDir: () => tempDir });
    await printer.print(`<p>${'x'.repeat(2_000_000)}</p>`, { pageSize: 'letter', title: 't', author: 'a' });
    const url = FakeBrowserWindow.created[0]?.loadedUrls[0] ?? '';
    expect(url.startsWith('file://')).toBe(true);
    expect(url).toContain('/.dossier/tmp/print-');
    expect(existsSync(tempDir)).toBe(true);
    expect(readdirSync(tempDir)).toEqual([]);
  });

  it('reports a failed print as unavailable and still destroys the window', async () => {
    const printer = createElectronPrinter({ BrowserWindow: FakeBrowserWindowCtor, tempDir: () => tempDir });
    vi.spyOn(FakeWebContents.prototype, 'printToPDF').mockRejectedValueOnce(new Error('gpu crashed'));
    await expect(printer.print('<p>x</p>', { pageSize: 'letter', title: 't', author: 'a' })).rejects.toMatchObject({ code: 'unavailable' });
    expect(FakeBrowserWindow.created[0]?.destroyed).toBe(true);
    // The queue keeps working after a failure.
    await expect(printer.print('<p>y</p>', { pageSize: 'letter', title: 't', author: 'a' })).resolves.toBeInstanceOf(Uint8Array);
    await printer.close();
  });

  it('measures at print width with print media by running core\'s measuring function, then destroys the window', async () => {
    const printer = createElectronPrinter({ BrowserWindow: FakeBrowserWindowCtor, tempDir: () => tempDir });
    const m = await printer.measure?.('<main><section><p>x</p></section></main>', { widthPx: 671.8 });
    expect(m).toEqual({ contentHeightPx: 1200, lineHeightPx: 16 });
    const win = FakeBrowserWindow.created[0];
    expect(win?.options).toMatchObject({ show: false, width: 672 });
    expect(win?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: true });
    expect(win?.options.webPreferences?.preload).toBeUndefined();
    expect(win?.webContents.debugger.commands).toEqual([['Emulation.setEmulatedMedia', { media: 'print' }]]);
    expect(win?.webContents.debugger.attached).toBe(false);
    expect(win?.webContents.scripts).toEqual([`(${measureInPage.toString()})()`]);
    expect(win?.webContents.windowOpenHandler?.({ url: 'https://x' })).toEqual({ action: 'deny' });
    expect(win?.destroyed).toBe(true);
    // The print window itself still runs no script.
    await printer.print('<p>x</p>', { pageSize: 'letter', title: 't', author: 'a' });
    expect(FakeBrowserWindow.created[1]?.options.webPreferences?.javascript).toBe(false);
  });

  it('rejects a measurement the page could not give, so export falls back to its estimate', async () => {
    const printer = createElectronPrinter({ BrowserWindow: FakeBrowserWindowCtor, tempDir: () => tempDir });
    vi.spyOn(FakeWebContents.prototype, 'executeJavaScript').mockResolvedValueOnce({ contentHeightPx: 'tall', lineHeightPx: 0 });
    await expect(printer.measure?.('<p>x</p>', { widthPx: 600 })).rejects.toThrow(/usable measurement/);
    expect(FakeBrowserWindow.created[0]?.destroyed).toBe(true);
    await expect(printer.print('<p>y</p>', { pageSize: 'letter', title: 't', author: 'a' })).resolves.toBeInstanceOf(Uint8Array);
  });
});
