import { describe, expect, it, vi } from 'vitest';
import { createBridge } from '../../../electron/preload/createBridge';
import type { IpcRendererLike } from '../../../electron/preload/createBridge';
import { OP_NAMES, isKnownOpName } from '../../../electron/preload/opNames';
import { api } from '../../../src/shared/api';
import { IPC_CALL, IPC_COMMAND, IPC_OPEN, IPC_REVEAL } from '../../../src/shared/transport';

const exposed: Array<[string, unknown]> = [];
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.push([key, value]) },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
}));

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc() {
  const listeners = new Map<string, Listener[]>();
  const ipc = {
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, data: 'x' })),
    on: vi.fn((channel: string, l: Listener) => listeners.set(channel, [...(listeners.get(channel) ?? []), l])),
    removeListener: vi.fn((channel: string, l: Listener) => listeners.set(channel, (listeners.get(channel) ?? []).filter((x) => x !== l))),
  };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const l of listeners.get(channel) ?? []) l({ sender: 'ipc-internals' }, ...args);
  };
  return { ipc: ipc satisfies IpcRendererLike, emit, listeners };
}

describe('preload bridge', () => {
  it('lists exactly the operations of the shared contract', () => {
    expect([...OP_NAMES].sort()).toEqual(Object.keys(api).sort());
    expect(isKnownOpName('workspace.info')).toBe(true);
    expect(isKnownOpName('constructor')).toBe(false);
    expect(isKnownOpName(1)).toBe(false);
  });

  it('forwards a known call over the one call channel', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc);
    expect(await bridge.call('documents.get', { company: 'acme', id: 'x' })).toEqual({ ok: true, data: 'x' });
    expect(ipc.invoke).toHaveBeenCalledWith(IPC_CALL, 'documents.get', { company: 'acme', id: 'x' });
    await bridge.call('workspace.info', undefined);
    expect(ipc.invoke).toHaveBeenLastCalledWith(IPC_CALL, 'workspace.info', {});
  });

  it.each([
    ['an unknown name', 'shell.exec', {}],
    ['a non-string name', 7, {}],
    ['a prototype name', '__proto__', {}],
    ['a string payload', 'workspace.info', 'x'],
    ['an array payload', 'workspace.info', []],
    ['a null payload', 'workspace.info', null],
  ])('answers %s with bad-request and sends nothing', async (_label, name, req) => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc);
    expect(await bridge.call(name as string, req)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('hands menu commands to the page without the IPC event, only known ones, until unsubscribed', () => {
    const { ipc, emit } = fakeIpc();
    const bridge = createBridge(ipc);
    const seen: unknown[][] = [];
    const off = bridge.onCommand((...args: unknown[]) => seen.push(args));
    emit(IPC_COMMAND, 'new-document');
    emit(IPC_COMMAND, 'rm -rf');
    emit(IPC_COMMAND, { command: 'export-pdf' });
    expect(seen).toEqual([['new-document']]);
    off();
    emit(IPC_COMMAND, 'export-pdf');
    expect(seen).toHaveLength(1);
    expect(ipc.removeListener).toHaveBeenCalledWith(IPC_COMMAND, expect.any(Function));
  });

  it('type-checks reveal and openPath', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc);
    await bridge.reveal('companies/acme/exports/a.pdf');
    await bridge.openPath('companies/acme/exports/a.pdf');
    expect(ipc.invoke.mock.calls).toEqual([
      [IPC_REVEAL, 'companies/acme/exports/a.pdf'],
      [IPC_OPEN, 'companies/acme/exports/a.pdf'],
    ]);
    for (const bad of [42, '', null, 'x'.repeat(1001)]) {
      expect(await bridge.reveal(bad as string)).toMatchObject({ ok: false });
      expect(await bridge.openPath(bad as string)).toMatchObject({ ok: false });
    }
    expect(ipc.invoke).toHaveBeenCalledTimes(2);
  });

  it('is a frozen object with only the four bridge functions', () => {
    const bridge = createBridge(fakeIpc().ipc);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onCommand', 'openPath', 'reveal']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('exposes window.dossier and nothing else from the preload entry', async () => {
    await import('../../../electron/preload/index');
    expect(exposed.map(([key]) => key)).toEqual(['dossier']);
    expect(Object.keys(exposed[0]?.[1] as object).sort()).toEqual(['call', 'onCommand', 'openPath', 'reveal']);
  });
});
