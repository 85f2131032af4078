// electron/main/index.ts wired end to end with the electron module mocked at its boundary: a
// real temp workspace is opened (sample on first run), the window is created and loaded, IPC
// answers real core operations, and quitting releases the workspace lock.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { IPC_CALL, IPC_COMMAND } from '../../../src/shared/transport';

const repo = resolve(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'dossier-main-index-'));
const workspace = join(dir, 'ws');

type Fn = (...args: unknown[]) => unknown;

const h = vi.hoisted(() => {
  const appListeners = new Map<string, Array<(...args: unknown[]) => unknown>>();
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>();
  const windows: Array<{ options: unknown; loadedFiles: string[]; sent: unknown[][]; listeners: Map<string, Array<(...a: unknown[]) => unknown>> }> = [];
  const menus: unknown[] = [];
  const schemes: unknown[] = [];
  const protocolHandlers = new Map<string, (...args: unknown[]) => unknown>();
  return { appListeners, ipcHandlers, windows, menus, schemes, protocolHandlers, quit: { called: false } };
});

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows() {
      return h.windows;
    }
    options: unknown;
    loadedFiles: string[] = [];
    sent: unknown[][] = [];
    listeners = new Map<string, Fn[]>();
    webContents = {
      session: {
        setPermissionRequestHandler: () => undefined,
        setPermissionCheckHandler: () => undefined,
        setSpellCheckerEnabled: () => undefined,
        webRequest: { onHeadersReceived: () => undefined },
      },
      on: () => undefined,
      setWindowOpenHandler: () => undefined,
      send: (...args: unknown[]) => this.sent.push(args),
      reload: () => undefined,
    };
    constructor(options: unknown) {
      this.options = options;
      h.windows.push(this);
    }
    on(event: string, l: Fn) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), l]);
      return this;
    }
    once(event: string, l: Fn) {
      return this.on(event, l);
    }
    maximize() {}
    show() {}
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1280, height: 820 };
    }
    async loadFile(file: string) {
      this.loadedFiles.push(file);
    }
    async loadURL(url: string) {
      this.loadedFiles.push(url);
    }
  }
  const app = {
    isPackaged: false,
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getAppPath: () => repo,
    getPath: () => join(dir, 'userData'),
    getVersion: () => '0.1.0',
    on: (event: string, l: Fn) => {
      h.appListeners.set(event, [...(h.appListeners.get(event) ?? []), l]);
    },
    quit: () => {
      h.quit.called = true;
    },
    exit: vi.fn(),
  };
  return {
    app,
    BrowserWindow,
    dialog: { showMessageBox: vi.fn(async () => ({ response: 1 })), showOpenDialog: vi.fn(), showErrorBox: vi.fn() },
    ipcMain: {
      handle: (channel: string, fn: Fn) => h.ipcHandlers.set(channel, fn),
      removeHandler: (channel: string) => h.ipcHandlers.delete(channel),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => h.schemes.push(schemes),
      handle: (scheme: string, fn: Fn) => h.protocolHandlers.set(scheme, fn),
    },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => h.menus.push(m) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1440, height: 900 } }] },
    shell: { openExternal: vi.fn(), showItemInFolder: vi.fn(), openPath: vi.fn() },
  };
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('electron main entry', () => {
  it('opens the workspace, the window and the IPC channel, and releases the lock on quit', async () => {
    process.env.DOSSIER_WORKSPACE = workspace;
    // Settings files as Windows Notepad leaves them (a byte-order mark), and one that is broken.
    const userData = join(dir, 'userData');
    mkdirSync(userData, { recursive: true });
    writeFileSync(join(userData, 'window-state.json'), '\uFEFF{"width": 1111, "height": 777, "maximized": false}');
    const brokenRemembered = '{"workspace": "/home/me/pr';
    writeFileSync(join(userData, 'last-workspace.json'), brokenRemembered);
    await import('../../../electron/main/index');
    await until(() => h.windows.length > 0);

    const win = h.windows[0];
    expect(win?.options).toMatchObject({ width: 1111, height: 777 });
    // The broken file is named to the candidate, once, and left as it was.
    const electron = await import('electron');
    const warned = vi.mocked(electron.dialog.showMessageBox).mock.calls.map((c) => JSON.stringify(c.at(-1)));
    expect(warned).toHaveLength(1);
    expect(warned[0]).toContain('last-workspace.json');
    expect(warned[0]).toMatch(/is not valid JSON \(line 1, column \d+/);
    expect(win?.options).toMatchObject({ webPreferences: { sandbox: true, contextIsolation: true, preload: join(repo, 'out', 'preload', 'index.cjs') } });
    // The page comes from the app's own scheme, served only from out/renderer.
    expect(win?.loadedFiles).toEqual(['app://dossier/index.html']);
    expect(h.schemes).toEqual([[{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]]);
    expect(h.protocolHandlers.has('app')).toBe(true);
    expect(h.menus).toHaveLength(1);
    expect(existsSync(join(workspace, '.dossier', 'lock'))).toBe(true);

    const mainFrame = { url: 'app://dossier/index.html', parent: null };
    const event = { sender: { mainFrame }, senderFrame: mainFrame };
    const call = h.ipcHandlers.get(IPC_CALL);
    expect(await call?.(event, 'workspace.info', {})).toMatchObject({ ok: true, data: { shell: 'electron', root: workspace } });
    expect(await call?.(event, 'companies.list', {})).toMatchObject({ ok: true, data: [{ slug: 'wells-fargo' }] });
    const foreign = { sender: { mainFrame: { url: 'https://evil.com/', parent: null } }, senderFrame: { url: 'https://evil.com/', parent: null } };
    expect(await call?.(foreign, 'workspace.info', {})).toMatchObject({ ok: false });

    // Menu commands reach the renderer on the command channel.
    const menu = h.menus[0] as Array<{ label?: string; submenu?: Array<{ id?: string; click?: () => void }> }>;
    menu.find((m) => m.label === 'File')?.submenu?.find((i) => i.id === 'new-document')?.click?.();
    expect(win?.sent).toEqual([[IPC_COMMAND, 'new-document']]);

    for (const l of h.appListeners.get('will-quit') ?? []) l();
    await until(() => !existsSync(join(workspace, '.dossier', 'lock')));
    expect(readFileSync(join(userData, 'last-workspace.json'), 'utf8')).toBe(brokenRemembered);
    delete process.env.DOSSIER_WORKSPACE;
  });
});
