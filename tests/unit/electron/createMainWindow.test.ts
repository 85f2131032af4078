import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, mainWindowOptions, STATE_SAVE_DELAY_MS } from '../../../electron/main/createMainWindow';
import { DEFAULT_WINDOW_STATE } from '../../../electron/main/windowState';
import type { WindowState } from '../../../electron/main/windowState';
import { CONTENT_SECURITY_POLICY } from '../../../src/node/contentSecurityPolicy';
import { FakeBrowserWindow, FakeBrowserWindowCtor, navEvent } from './fakes';

const rendererDir = join('/opt', 'dossier', 'out', 'renderer');
const appUrl = 'app://dossier/index.html';
const preloadPath = join('/opt', 'dossier', 'out', 'preload', 'index.cjs');

function make(state: WindowState = DEFAULT_WINDOW_STATE, platform: NodeJS.Platform = 'linux') {
  FakeBrowserWindow.created = [];
  const shell = { openExternal: vi.fn(async () => undefined) };
  const saveState = vi.fn();
  createMainWindow({ BrowserWindow: FakeBrowserWindowCtor, shell, preloadPath, app: { rendererDir, devServerUrl: null }, state, saveState, platform });
  const win = FakeBrowserWindow.created[0];
  if (!win) throw new Error('no window');
  return { win, shell, saveState };
}

describe('main window options', () => {
  it('isolates and sandboxes the page, with no Node and the CommonJS preload', () => {
    const { win } = make();
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: preloadPath,
    });
    expect(win.options.show).toBe(false);
  });

  it('restores the remembered place and size', () => {
    expect(mainWindowOptions(preloadPath, { width: 1100, height: 700, x: 40, y: 50, maximized: false }, 'linux')).toMatchObject({
      width: 1100,
      height: 700,
      x: 40,
      y: 50,
    });
    const centred = mainWindowOptions(preloadPath, DEFAULT_WINDOW_STATE, 'linux');
    expect('x' in centred).toBe(false);
    expect(make({ ...DEFAULT_WINDOW_STATE, maximized: true }).win.maximized).toBe(true);
  });

  it('shows itself when ready and saves its bounds on close', () => {
    const { win, saveState } = make();
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
    win.emit('close');
    expect(saveState).toHaveBeenCalledWith({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
  });
});

describe('spell checker', () => {
  // On Windows and Linux Chromium downloads Hunspell dictionaries; an offline app must not.
  it.each([
    ['linux', false],
    ['win32', false],
    ['darwin', true],
  ] as const)('on %s: enabled = %s, in the page and in the session', (platform, enabled) => {
    const { win } = make(DEFAULT_WINDOW_STATE, platform);
    expect(win.options.webPreferences?.spellcheck).toBe(enabled);
    expect(win.webContents.session.spellCheckerEnabled).toBe(enabled);
  });
});

describe('remembered place', () => {
  it('saves once, shortly after a burst of moves and resizes, and not after the window is gone', () => {
    vi.useFakeTimers();
    try {
      const { win, saveState } = make();
      win.emit('move');
      win.emit('resize');
      win.emit('move');
      vi.advanceTimersByTime(STATE_SAVE_DELAY_MS - 1);
      expect(saveState).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(saveState).toHaveBeenCalledTimes(1);
      win.maximize();
      win.emit('maximize');
      vi.advanceTimersByTime(STATE_SAVE_DELAY_MS);
      expect(saveState).toHaveBeenLastCalledWith({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
      win.emit('resize');
      win.destroy();
      vi.advanceTimersByTime(STATE_SAVE_DELAY_MS);
      expect(saveState).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('navigation', () => {
  let ctx: ReturnType<typeof make>;
  beforeEach(() => {
    ctx = make();
  });

  it('allows the app itself', () => {
    const event = navEvent(`${appUrl}#/companies/acme`);
    ctx.win.webContents.emit('will-navigate', event);
    expect(event.prevented).toBe(false);
  });

  it.each([
    'https://evil.com/',
    'http://127.0.0.1:8080/',
    'file:///etc/passwd',
    `file://${join(rendererDir, 'index.html')}`,
    'app://evil/index.html',
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
  ])(
    'blocks navigation to %s',
    (url) => {
      const event = navEvent(url);
      ctx.win.webContents.emit('will-navigate', event);
      expect(event.prevented).toBe(true);
      const redirect = navEvent(url);
      ctx.win.webContents.emit('will-redirect', redirect);
      expect(redirect.prevented).toBe(true);
    },
  );

  it('sends a clicked web link to the system browser, and nothing else', () => {
    ctx.win.webContents.emit('will-navigate', navEvent('https://www.federalreserve.gov/supervisionreg/srletters/sr1107.htm'));
    ctx.win.webContents.emit('will-navigate', navEvent('file:///etc/passwd'));
    expect(ctx.shell.openExternal).toHaveBeenCalledTimes(1);
    expect(ctx.shell.openExternal).toHaveBeenCalledWith('https://www.federalreserve.gov/supervisionreg/srletters/sr1107.htm');
  });

  it('blocks webviews', () => {
    const event = navEvent('');
    ctx.win.webContents.emit('will-attach-webview', event);
    expect(event.prevented).toBe(true);
  });
});

describe('window.open', () => {
  it('denies every new window and opens only http(s) externally', () => {
    const { win, shell } = make();
    const handler = win.webContents.windowOpenHandler;
    if (!handler) throw new Error('no window open handler');
    for (const url of ['https://example.com/', 'http://example.com/', appUrl, 'file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'about:blank']) {
      expect(handler({ url })).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal.mock.calls.map((c: unknown[]) => c[0])).toEqual(['https://example.com/', 'http://example.com/']);
  });
});

describe('session', () => {
  it('denies every permission request and check', () => {
    const { win } = make();
    const session = win.webContents.session;
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn();
      session.permissionRequest?.({}, permission, cb, {});
      expect(cb).toHaveBeenCalledWith(false);
      expect(session.permissionCheck?.({}, permission, 'file://', {})).toBe(false);
    }
  });

  it('sets the app CSP on every response, replacing any other', () => {
    const { win } = make();
    const cb = vi.fn();
    win.webContents.session.headersListener?.({ responseHeaders: { 'content-security-policy': ["default-src *"], 'X-Other': ['1'] } }, cb);
    const headers = (cb.mock.calls[0]?.[0] as { responseHeaders: Record<string, string[]> }).responseHeaders;
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['X-Other']).toEqual(['1']);
  });
});
