// window.dossier: the only thing the page gets from the preload. Four functions, every argument
// type-checked here and again (with the full schema) in the main process; the IPC event object
// and ipcRenderer itself never reach the page.
import { IPC_CALL, IPC_COMMAND, IPC_OPEN, IPC_REVEAL } from '../../src/shared/transport';
import type { DesktopBridge, MenuCommand } from '../../src/shared/transport';
import { isKnownOpName } from './opNames';

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

const MENU_COMMANDS: ReadonlySet<string> = new Set<MenuCommand>(['new-document', 'new-company', 'export-pdf', 'export-docx', 'find-next-issue']);

function badRequest(message: string) {
  return Promise.resolve({ ok: false, error: { code: 'bad-request', message } });
}

function isPlainPayload(req: unknown): boolean {
  return req === undefined || (typeof req === 'object' && req !== null && !Array.isArray(req));
}

function isPath(path: unknown): path is string {
  return typeof path === 'string' && path.length > 0 && path.length <= 1000;
}

export function createBridge(ipc: IpcRendererLike) {
  const bridge = {
    call(name: string, req: unknown): Promise<unknown> {
      if (!isKnownOpName(name)) return badRequest('Dossier does not know that operation.');
      if (!isPlainPayload(req)) return badRequest(`That request to ${name} was not valid.`);
      return ipc.invoke(IPC_CALL, name, req ?? {});
    },
    onCommand(listener: (command: MenuCommand) => void): () => void {
      if (typeof listener !== 'function') return () => undefined;
      const wrapped = (_event: unknown, command: unknown) => {
        if (typeof command === 'string' && MENU_COMMANDS.has(command)) listener(command as MenuCommand);
      };
      ipc.on(IPC_COMMAND, wrapped);
      return () => {
        ipc.removeListener(IPC_COMMAND, wrapped);
      };
    },
    reveal(path: string): Promise<unknown> {
      if (!isPath(path)) return badRequest('Dossier needs a file path inside the workspace.');
      return ipc.invoke(IPC_REVEAL, path);
    },
    openPath(path: string): Promise<unknown> {
      if (!isPath(path)) return badRequest('Dossier needs a file path inside the workspace.');
      return ipc.invoke(IPC_OPEN, path);
    },
  } satisfies DesktopBridge;
  return Object.freeze(bridge);
}
