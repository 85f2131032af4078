import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mock } from 'vitest';
import type { IpcMain } from 'electron';
import { registerIpc } from '../../../electron/main/registerIpc';
import type { OpenWorkspace } from '../../../electron/main/registerIpc';
import { isAppUrl } from '../../../electron/main/isAppUrl';
import { IPC_CALL, IPC_OPEN, IPC_REVEAL } from '../../../src/shared/transport';
import type { Handlers } from '../../../src/shared/api';

const root = mkdtempSync(join(tmpdir(), 'dossier-ipc-'));
const rendererDir = join(root, 'app', 'out', 'renderer');
const workspace = join(root, 'ws');
mkdirSync(join(workspace, 'companies', 'acme', 'exports'), { recursive: true });
writeFileSync(join(workspace, 'companies', 'acme', 'exports', 'brief.pdf'), 'x');
writeFileSync(join(workspace, 'companies', 'acme', 'exports', 'run.sh'), 'x');
writeFileSync(join(root, 'outside.pdf'), 'x');

afterAll(() => rmSync(root, { recursive: true, force: true }));

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

function frame(url: string, parent: unknown = null) {
  return { url, parent };
}

/** An invoke event from the app's main frame (or the given frame). */
function eventFrom(url: string, opts: { subframe?: boolean; nullFrame?: boolean } = {}) {
  const main = frame(url);
  const sender = { mainFrame: main };
  if (opts.nullFrame) return { sender, senderFrame: null };
  if (opts.subframe) return { sender, senderFrame: frame(url, main) };
  return { sender, senderFrame: main };
}

const appPage = 'app://dossier/index.html';

let handlers: Map<string, Handler>;
let shell: { showItemInFolder: Mock<(path: string) => void>; openPath: Mock<(path: string) => Promise<string>> };
let info: ReturnType<typeof vi.fn>;
let open: OpenWorkspace | null;

beforeEach(() => {
  handlers = new Map();
  const ipcMain = {
    handle: (channel: string, fn: Handler) => {
      if (handlers.has(channel)) throw new Error(`twice: ${channel}`);
      handlers.set(channel, fn);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  } as unknown as Pick<IpcMain, 'handle' | 'removeHandler'>;
  shell = { showItemInFolder: vi.fn((_path: string) => undefined), openPath: vi.fn(async (_path: string) => '') };
  info = vi.fn(async () => ({ shell: 'electron' }));
  open = { root: workspace, handlers: { 'workspace.info': info, 'companies.get': vi.fn(async () => ({ slug: 'acme' })) } as unknown as Handlers };
  registerIpc({ ipcMain, shell, isAppUrl: (url) => isAppUrl(url, { rendererDir, devServerUrl: null }), workspace: () => open });
});

function invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
  const fn = handlers.get(channel);
  if (!fn) throw new Error(`no handler for ${channel}`);
  return fn(event, ...args);
}

describe('IPC_CALL', () => {
  it('registers exactly the three channels', () => {
    expect([...handlers.keys()].sort()).toEqual([IPC_CALL, IPC_OPEN, IPC_REVEAL].sort());
  });

  it('dispatches a valid call from the app', async () => {
    expect(await invoke(IPC_CALL, eventFrom(appPage), 'workspace.info', {})).toEqual({ ok: true, data: { shell: 'electron' } });
    expect(info).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['an unknown operation', 'workspace.drop', {}],
    ['a non-string name', 42, {}],
    ['an invalid payload', 'companies.get', { slug: 3 }],
    ['an extra field', 'workspace.info', { admin: true }],
    ['an array payload', 'companies.get', ['acme']],
  ])('refuses %s with bad-request', async (_label, name, payload) => {
    expect(await invoke(IPC_CALL, eventFrom(appPage), name, payload)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it.each([
    ['a web page', eventFrom('https://evil.com/')],
    ['another local file', eventFrom('file:///tmp/evil.html')],
    ['the built page opened as a file', eventFrom(pathToFileURL(join(rendererDir, 'index.html')).href)],
    ['another host on the app scheme', eventFrom('app://evil/index.html')],
    ['a sub-frame of the app', eventFrom(appPage, { subframe: true })],
    ['a destroyed frame', eventFrom(appPage, { nullFrame: true })],
    ['a data URL', eventFrom('data:text/html,hi')],
  ])('refuses calls from %s without running anything', async (_label, event) => {
    expect(await invoke(IPC_CALL, event, 'workspace.info', {})).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(info).not.toHaveBeenCalled();
  });

  it('runs heavy operations off the main thread through the workspace’s offload, the rest here', async () => {
    const offloaded: Array<[string, unknown]> = [];
    const offload = vi.fn((op: string, payload: unknown) => {
      if (op !== 'export.document') return null;
      offloaded.push([op, payload]);
      return Promise.resolve({ ok: true as const, data: { path: 'companies/acme/exports/brief.docx' } });
    });
    open = { ...open!, offload };
    const payload = { company: 'acme', id: 'd1', format: 'docx' };
    expect(await invoke(IPC_CALL, eventFrom(appPage), 'export.document', payload)).toEqual({ ok: true, data: { path: 'companies/acme/exports/brief.docx' } });
    expect(offloaded).toEqual([['export.document', payload]]);
    // A light operation, or one the offload declines, runs on the main thread as before.
    expect(await invoke(IPC_CALL, eventFrom(appPage), 'workspace.info', {})).toEqual({ ok: true, data: { shell: 'electron' } });
    expect(info).toHaveBeenCalledTimes(1);
    // A foreign sender or a non-string name never reaches a worker.
    expect(await invoke(IPC_CALL, eventFrom('https://evil.com/'), 'export.document', payload)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await invoke(IPC_CALL, eventFrom(appPage), 42, payload)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(offload).toHaveBeenCalledTimes(2);
  });

  it('says so when no workspace is open', async () => {
    open = null;
    expect(await invoke(IPC_CALL, eventFrom(appPage), 'workspace.info', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('accepts the dev server origin only in development', async () => {
    const devHandlers = new Map<string, Handler>();
    registerIpc({
      ipcMain: { handle: (c: string, fn: Handler) => devHandlers.set(c, fn), removeHandler: () => undefined } as unknown as Pick<IpcMain, 'handle' | 'removeHandler'>,
      shell,
      isAppUrl: (url) => isAppUrl(url, { rendererDir, devServerUrl: 'http://localhost:5173/' }),
      workspace: () => open,
    });
    const call = devHandlers.get(IPC_CALL);
    expect(await call?.(eventFrom('http://localhost:5173/#/x'), 'workspace.info', {})).toMatchObject({ ok: true });
    expect(await call?.(eventFrom('http://localhost:5174/'), 'workspace.info', {})).toMatchObject({ ok: false });
  });
});

describe('IPC_REVEAL and IPC_OPEN', () => {
  it('reveals and opens an export inside the workspace', async () => {
    expect(await invoke(IPC_REVEAL, eventFrom(appPage), 'companies/acme/exports/brief.pdf')).toEqual({ ok: true, data: null });
    expect(shell.showItemInFolder).toHaveBeenCalledWith(join(workspace, 'companies', 'acme', 'exports', 'brief.pdf'));
    expect(await invoke(IPC_OPEN, eventFrom(appPage), 'companies/acme/exports/brief.pdf')).toEqual({ ok: true, data: null });
    expect(shell.openPath).toHaveBeenCalledWith(join(workspace, 'companies', 'acme', 'exports', 'brief.pdf'));
  });

  it.each(['../outside.pdf', '/etc/passwd', 'companies/../../outside.pdf', '..\\outside.pdf'])('refuses %s', async (path) => {
    for (const channel of [IPC_REVEAL, IPC_OPEN]) {
      expect(await invoke(channel, eventFrom(appPage), path)).toMatchObject({ ok: false, error: { code: 'unsafe-path' } });
    }
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
    expect(shell.openPath).not.toHaveBeenCalled();
  });

  it('refuses non-strings, missing files, programs and foreign senders', async () => {
    expect(await invoke(IPC_OPEN, eventFrom(appPage), { path: 'x' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await invoke(IPC_OPEN, eventFrom(appPage), 'companies/acme/exports/gone.pdf')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await invoke(IPC_OPEN, eventFrom(appPage), 'companies/acme/exports/run.sh')).toMatchObject({ ok: false, error: { code: 'unsafe-path' } });
    expect(await invoke(IPC_REVEAL, eventFrom('https://evil.com/'), 'companies/acme/exports/brief.pdf')).toMatchObject({ ok: false });
    expect(shell.openPath).not.toHaveBeenCalled();
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
  });

  it('passes on the system’s reason when a file cannot be opened', async () => {
    shell.openPath.mockResolvedValueOnce('No application knows how to open this file.');
    expect(await invoke(IPC_OPEN, eventFrom(appPage), 'companies/acme/exports/brief.pdf')).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: expect.stringContaining('No application') },
    });
  });
});
