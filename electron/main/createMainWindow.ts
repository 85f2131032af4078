// The one Dossier window: isolated, sandboxed, no Node in the page, navigation and pop-ups
// blocked (web links open in the system browser), permissions denied, and its size and place
// remembered. Electron is injected so tests can check every option without a display.
import type { BrowserWindow, BrowserWindowConstructorOptions, Shell } from 'electron';
import { hardenSession } from './hardenSession';
import type { HardenableSession } from './hardenSession';
import { isAppUrl, isExternalWebUrl } from './isAppUrl';
import type { AppLocation } from './isAppUrl';
import type { WindowState } from './windowState';

export interface MainWindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  shell: Pick<Shell, 'openExternal'>;
  /** Absolute path of out/preload/index.cjs. */
  preloadPath: string;
  app: AppLocation;
  state: WindowState;
  saveState: (state: WindowState) => void;
  /** process.platform; decides whether the spell checker may run (see mainWindowOptions). */
  platform: NodeJS.Platform;
}

/**
 * Spell checking only where the operating system provides it (macOS). On Windows and Linux
 * Chromium's spell checker downloads Hunspell dictionaries from the network, which an offline
 * app must not do without asking.
 */
export function spellCheckAllowed(platform: NodeJS.Platform): boolean {
  return platform === 'darwin';
}

export function mainWindowOptions(preloadPath: string, state: WindowState, platform: NodeJS.Platform): BrowserWindowConstructorOptions {
  return {
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Dossier',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      spellcheck: spellCheckAllowed(platform),
    },
  };
}

/** Applies the navigation and pop-up rules to a window's web contents. */
export function guardNavigation(
  win: Pick<BrowserWindow, 'webContents'>,
  app: AppLocation,
  shell: Pick<Shell, 'openExternal'>,
): void {
  const contents = win.webContents;
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, app)) return;
    event.preventDefault();
    // A link the candidate clicked (for example in template guidance) opens in their browser.
    if (isExternalWebUrl(event.url)) void shell.openExternal(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, app)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Quiet time after the last move or resize before the window's place is written. */
export const STATE_SAVE_DELAY_MS = 500;

export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const win = new deps.BrowserWindow(mainWindowOptions(deps.preloadPath, deps.state, deps.platform));
  hardenSession(win.webContents.session as HardenableSession, { spellCheck: spellCheckAllowed(deps.platform) });
  guardNavigation(win, deps.app, deps.shell);
  if (deps.state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  // Saved shortly after every move or resize as well as on close, so a crash or a forced quit
  // still reopens the window where the candidate left it.
  let timer: ReturnType<typeof setTimeout> | null = null;
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (win.isDestroyed()) return;
    deps.saveState({ ...win.getNormalBounds(), maximized: win.isMaximized() });
  };
  const saveSoon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, STATE_SAVE_DELAY_MS);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('maximize', saveSoon);
  win.on('unmaximize', saveSoon);
  win.on('close', save);
  return win;
}
