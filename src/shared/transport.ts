// How the two transports carry the API. Both are thin: they validate with parseRequest and call
// the core handler of the same name.

/** Electron: the preload exposes this object as `window.dossier` through contextBridge. */
export interface DesktopBridge {
  call(name: string, req: unknown): Promise<unknown>;
  /** Menu commands sent by the main process ("new-document", "open-workspace", ...). */
  onCommand(listener: (command: MenuCommand) => void): () => void;
  /** Electron-only actions on a workspace-relative path. */
  reveal(path: string): Promise<unknown>;
  openPath(path: string): Promise<unknown>;
}

export type MenuCommand = 'new-document' | 'new-company' | 'export-pdf' | 'export-docx' | 'find-next-issue';

/** The IPC channel every call goes through (one channel, op name inside, prefix checked). */
export const IPC_CALL = 'dossier:call';
export const IPC_REVEAL = 'dossier:reveal';
export const IPC_OPEN = 'dossier:open';
export const IPC_COMMAND = 'dossier:command';

/** Browser mode: POST {API_PREFIX}{opName} with the JSON request; the answer is a Result. */
export const API_PREFIX = '/api/';
/** State-changing calls need this header (a cross-site form cannot set it). */
export const CSRF_HEADER = 'x-dossier-request';
export const TOKEN_COOKIE = 'dossier_token';
/** The launch URL carries ?token=...; the server swaps it for the cookie and redirects to /. */
export const TOKEN_QUERY = 'token';
