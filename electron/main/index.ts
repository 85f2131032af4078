// Electron entry: wires the injected, tested pieces together. One instance per machine (a second
// launch focuses the first), one workspace open at a time, and this process is its only writer.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, shell } from 'electron';
import type { WebContents } from 'electron';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createCoreContext, defaultWorkspaceDir, ensureWorkspace } from '../../src/core/openContext';
import { createHandlers } from '../../src/core/handlers/index';
import type { CoreContext } from '../../src/core/context';
import { DossierError } from '../../src/core/errors';
import { IPC_COMMAND } from '../../src/shared/transport';
import type { MenuCommand } from '../../src/shared/transport';
import { createMainWindow } from './createMainWindow';
import { registerIpc } from './registerIpc';
import type { OpenWorkspace } from './registerIpc';
import { buildMenuTemplate } from './buildMenuTemplate';
import { createElectronPrinter } from './createElectronPrinter';
import { isAppUrl, trustedDevServerUrl } from './isAppUrl';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol';
import { isDevelopmentBuild } from './buildMode';
import type { AppLocation } from './isAppUrl';
import { loadWindowState, saveWindowState } from './windowState';
import { readRememberedWorkspace, rememberWorkspace, resolveWorkspaceDir } from './resolveWorkspaceDir';
import { createWorkerPool, offloadHeavy } from '../../src/node/offload/workerPool';
import type { WorkerPool } from '../../src/node/offload/workerPool';
import { heavyWorkerEntry } from './heavyWorkerEntry';

interface Session extends OpenWorkspace {
  ctx: CoreContext;
  /** Worker threads for exports and checks, so the window never waits on them. */
  pool: WorkerPool;
}

// The dev server is used only by an unpackaged development build, and only on loopback.
const devServerUrl = trustedDevServerUrl({
  isPackaged: app.isPackaged,
  isDevBuild: isDevelopmentBuild(),
  value: process.env.ELECTRON_RENDERER_URL,
});
// The built page is served from app://dossier/ (a real origin), never from file://.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
const appRoot = app.getAppPath();
const location: AppLocation = { rendererDir: join(appRoot, 'out', 'renderer'), devServerUrl };
const userData = () => app.getPath('userData');
const rememberedFile = () => join(userData(), 'last-workspace.json');

let current: Session | null = null;
let mainWindow: BrowserWindow | null = null;
/** Broken settings files found at start (each message names its file), told once the window shows. */
const settingsProblems: string[] = [];

function errorText(err: unknown): string {
  if (err instanceof DossierError) return err.message;
  return err instanceof Error ? err.message : String(err);
}

async function openSession(root: string, sample: boolean): Promise<Session> {
  await ensureWorkspace(root, { sample, appRoot });
  const printer = createElectronPrinter({ BrowserWindow, tempDir: () => join(root, '.dossier', 'tmp') });
  const ctx = await createCoreContext({ root, shell: 'electron', appRoot, printer });
  const entry = heavyWorkerEntry(import.meta.url);
  const pool = createWorkerPool({
    store: ctx.store,
    printer,
    appRoot,
    shell: 'electron',
    logInternal: (op, err) => console.error(`Dossier: ${op} failed unexpectedly:`, err),
    ...(entry ? { entry } : {}),
  });
  return { ctx, pool, root: ctx.store.root, handlers: createHandlers(ctx), offload: offloadHeavy(pool) };
}

async function closeSession(): Promise<void> {
  const session = current;
  current = null;
  if (!session) return;
  try {
    await session.pool.close();
    session.ctx.store.close();
    await session.ctx.printer?.close();
  } catch (err) {
    console.error('Dossier: closing the workspace failed:', err);
  }
}

async function chooseFolder(): Promise<string | null> {
  const options = {
    title: 'Open workspace folder',
    buttonLabel: 'Open workspace',
    properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>,
  };
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Opens the first workspace; on failure explains why and lets the candidate pick another folder. */
async function openInitialSession(root: string): Promise<Session | null> {
  let target = root;
  for (;;) {
    try {
      const session = await openSession(target, true);
      if (target !== root) rememberWorkspace(rememberedFile(), session.root);
      return session;
    } catch (err) {
      const { response } = await dialog.showMessageBox({
        type: 'error',
        title: 'Dossier could not open your workspace',
        message: `Dossier could not open the workspace at ${target}.`,
        detail: errorText(err),
        buttons: ['Choose another folder…', 'Quit'],
        defaultId: 0,
        cancelId: 1,
      });
      if (response !== 0) return null;
      const chosen = await chooseFolder();
      if (!chosen) return null;
      target = chosen;
    }
  }
}

async function switchWorkspace(): Promise<void> {
  const chosen = await chooseFolder();
  if (!chosen || (current && chosen === current.root)) return;
  const previous = current?.root ?? null;
  await closeSession();
  try {
    current = await openSession(chosen, false);
    rememberWorkspace(rememberedFile(), current.root);
  } catch (err) {
    await dialog.showMessageBox({
      type: 'error',
      title: 'Dossier could not open that folder',
      message: `Dossier could not open the workspace at ${chosen}.`,
      detail: `${errorText(err)}\n\nYour previous workspace stays open.`,
    });
    if (previous) current = await openSession(previous, false).catch(() => null);
  }
  mainWindow?.webContents.reload();
}

function safeDocumentsDir(): string {
  try {
    return join(app.getPath('documents'), 'Dossier');
  } catch {
    return defaultWorkspaceDir({}, homedir());
  }
}

function sendCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(IPC_COMMAND, command);
}

function lockDownAllContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Tells the candidate, once, which of Dossier's own settings files could not be read. */
function reportSettingsProblems(): void {
  const problems = settingsProblems.splice(0);
  if (problems.length === 0) return;
  for (const problem of problems) console.warn(`Dossier: ${problem}`);
  const options = {
    type: 'warning' as const,
    title: 'Dossier could not read a settings file',
    message: problems.length === 1 ? 'One of Dossier’s settings files is broken.' : 'Some of Dossier’s settings files are broken.',
    detail: `${problems.join('\n\n')}\n\nDossier used its defaults for now and will not change the file. Fix it, or delete it to let Dossier write a new one.`,
  };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

function showWindow(): void {
  const { state, problem } = loadWindowState(
    join(userData(), 'window-state.json'),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  if (problem) settingsProblems.push(problem);
  mainWindow = createMainWindow({
    BrowserWindow,
    shell,
    preloadPath: join(appRoot, 'out', 'preload', 'index.cjs'),
    app: location,
    state,
    saveState: (s) => saveWindowState(join(userData(), 'window-state.json'), s),
    platform: process.platform,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  if (devServerUrl) void mainWindow.loadURL(devServerUrl);
  else void mainWindow.loadURL(APP_INDEX_URL);
}

async function start(): Promise<void> {
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDownAllContents(contents));
  await app.whenReady();
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rendererDir: location.rendererDir }));

  const remembered = readRememberedWorkspace(rememberedFile());
  if (remembered.problem) settingsProblems.push(remembered.problem);
  const root = resolveWorkspaceDir({
    argv: process.argv,
    env: process.env,
    remembered: remembered.workspace,
    // The OS documents folder as Electron knows it (localized, redirected folders included).
    fallback: safeDocumentsDir(),
  });
  current = await openInitialSession(root);
  if (!current) {
    app.quit();
    return;
  }

  registerIpc({
    ipcMain,
    shell,
    isAppUrl: (url) => isAppUrl(url, location),
    workspace: () => current,
    logInternal: (op, err) => console.error(`Dossier: ${op} failed unexpectedly:`, err),
  });

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        isMac: process.platform === 'darwin',
        isDev: devServerUrl !== null,
        send: sendCommand,
        openWorkspace: () => void switchWorkspace(),
        revealWorkspace: () => {
          if (current) shell.showItemInFolder(join(current.root, 'workspace.json'));
        },
        about: () =>
          void dialog.showMessageBox({
            type: 'info',
            title: 'About Dossier',
            message: `Dossier ${app.getVersion()}`,
            detail: `A local-first workspace for AI/ML PM interview prep at regulated financial firms.\n\nYour workspace: ${current?.root ?? 'none open'}\nEverything stays on this computer.`,
          }),
      }),
    ),
  );

  showWindow();
  reportSettingsProblems();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) showWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    void closeSession();
  });
}

start().catch((err: unknown) => {
  dialog.showErrorBox('Dossier could not start', errorText(err));
  app.exit(1);
});
