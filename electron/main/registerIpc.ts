// The main process's whole IPC surface: one channel for every API call, plus reveal/open for a
// workspace file. Each message is accepted only from the app's own main frame, and every
// payload is validated (dispatch() checks the operation name and its schema).
import { existsSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { IpcMain, IpcMainInvokeEvent, Shell } from 'electron';
import type { Handlers, Result } from '../../src/shared/api';
import { IPC_CALL, IPC_OPEN, IPC_REVEAL } from '../../src/shared/transport';
import { dispatch } from '../../src/node/dispatch';
import type { InternalErrorLogger } from '../../src/node/dispatch';
import { confinePath } from '../../src/node/confinePath';
import { toErrorPayload } from '../../src/core/errors';

/** The open workspace, or null while none is open (e.g. switching folders). */
export interface OpenWorkspace {
  root: string;
  handlers: Handlers;
  /**
   * Runs an operation off the main thread (a worker, src/node/offload) and returns its result, or
   * null to run it here. The main process's event loop also drives the window, so a long export
   * run here would freeze it.
   */
  offload?: (op: string, payload: unknown) => Promise<Result<unknown>> | null;
}

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  shell: Pick<Shell, 'showItemInFolder' | 'openPath'>;
  isAppUrl: (url: string) => boolean;
  workspace: () => OpenWorkspace | null;
  logInternal?: InternalErrorLogger;
}

/** Files the system may open for the candidate: documents they exported, never programs. */
const OPENABLE = new Set(['.pdf', '.docx', '.md', '.html', '.txt', '.ics']);

const refused: Result<never> = {
  ok: false,
  error: { code: 'bad-request', message: 'Dossier only answers requests from its own window.' },
};

const closed: Result<never> = {
  ok: false,
  error: { code: 'unavailable', message: 'No workspace is open right now. Choose one with File › Open workspace folder…' },
};

/** True when the message comes from the app's own top-level page (not an iframe, not a stray page). */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>, isAppUrl: (url: string) => boolean): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null) return false;
  if (event.sender && frame !== event.sender.mainFrame) return false;
  return isAppUrl(frame.url);
}

export function registerIpc(deps: IpcDeps): () => void {
  deps.ipcMain.handle(IPC_CALL, async (event, name: unknown, payload: unknown) => {
    if (!isTrustedSender(event, deps.isAppUrl)) return refused;
    const ws = deps.workspace();
    if (!ws) return closed;
    // Only a known operation name goes to a worker (the worker validates its payload like dispatch).
    const elsewhere = typeof name === 'string' && ws.offload ? ws.offload(name, payload) : null;
    return (await elsewhere) ?? dispatch(ws.handlers, name, payload, deps.logInternal);
  });

  const withFile = (action: (abs: string) => Promise<Result<null>>) => async (event: IpcMainInvokeEvent, path: unknown) => {
    if (!isTrustedSender(event, deps.isAppUrl)) return refused;
    const ws = deps.workspace();
    if (!ws) return closed;
    if (typeof path !== 'string') {
      return { ok: false, error: { code: 'bad-request', message: 'Dossier needs a file path inside the workspace.' } };
    }
    try {
      const abs = confinePath(ws.root, path);
      if (!existsSync(abs)) {
        return { ok: false, error: { code: 'not-found', message: `“${path}” is no longer in your workspace.` } };
      }
      return await action(abs);
    } catch (err) {
      return { ok: false, error: toErrorPayload(err) };
    }
  };

  deps.ipcMain.handle(
    IPC_REVEAL,
    withFile(async (abs) => {
      deps.shell.showItemInFolder(abs);
      return { ok: true, data: null };
    }),
  );

  deps.ipcMain.handle(
    IPC_OPEN,
    withFile(async (abs) => {
      if (!statSync(abs).isDirectory() && !OPENABLE.has(extname(abs).toLowerCase())) {
        return { ok: false, error: { code: 'unsafe-path', message: 'Dossier opens only exported documents (PDF, DOCX, Markdown, HTML).' } };
      }
      const problem = await deps.shell.openPath(abs);
      if (problem) return { ok: false, error: { code: 'unavailable', message: `Your computer could not open that file: ${problem}` } };
      return { ok: true, data: null };
    }),
  );

  return () => {
    deps.ipcMain.removeHandler(IPC_CALL);
    deps.ipcMain.removeHandler(IPC_REVEAL);
    deps.ipcMain.removeHandler(IPC_OPEN);
  };
}
