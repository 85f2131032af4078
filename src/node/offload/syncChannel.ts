// A synchronous call from a worker thread to the main thread: the worker posts a request on a
// MessagePort and sleeps on a shared flag (Atomics.wait) until the main thread has answered on
// the same port, then takes the answer with receiveMessageOnPort. This lets worker code use the
// main thread's WorkspaceStore, whose methods are synchronous, unchanged (storeProxy.ts).
import { receiveMessageOnPort } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { DossierError } from '../../core/errors';
import type { ErrorCode } from '../../core/errors';

export interface SyncRequest {
  method: string;
  args: unknown[];
}

/** What crosses back: a value, a DossierError's fields, or the message of another error. */
export type SyncReply =
  | { ok: true; value: unknown }
  | { ok: false; dossier: { code: ErrorCode; message: string; file?: string; details?: unknown } }
  | { ok: false; internal: string };

/** Worker side: `call` blocks until the main thread answers, then returns or rethrows. */
export function createSyncCaller(port: MessagePort, flag: Int32Array): (method: string, args: unknown[]) => unknown {
  return (method, args) => {
    Atomics.store(flag, 0, 0);
    port.postMessage({ method, args } satisfies SyncRequest);
    // The main thread answers within one store operation (milliseconds); the cap only stops a
    // dead main thread from freezing the worker forever.
    if (Atomics.wait(flag, 0, 0, 120_000) === 'timed-out') throw new Error(`The workspace did not answer ${method} in time.`);
    const got = receiveMessageOnPort(port);
    if (!got) throw new Error(`The workspace answered ${method} without a reply.`);
    const reply = got.message as SyncReply;
    if (reply.ok) return reply.value;
    if ('dossier' in reply) {
      const opts: { file?: string; details?: unknown } = {};
      if (reply.dossier.file !== undefined) opts.file = reply.dossier.file;
      if (reply.dossier.details !== undefined) opts.details = reply.dossier.details;
      throw new DossierError(reply.dossier.code, reply.dossier.message, opts);
    }
    throw new Error(reply.internal);
  };
}

/** Main side: answers every request on `port` with `handle`, then wakes the worker. */
export function serveSyncCalls(port: MessagePort, flag: Int32Array, handle: (req: SyncRequest) => unknown): void {
  port.on('message', (req: SyncRequest) => {
    let reply: SyncReply;
    try {
      reply = { ok: true, value: handle(req) };
    } catch (err) {
      if (err instanceof DossierError) {
        const dossier: { code: ErrorCode; message: string; file?: string; details?: unknown } = { code: err.code, message: err.message };
        if (err.file !== undefined) dossier.file = err.file;
        if (err.details !== undefined) dossier.details = err.details;
        reply = { ok: false, dossier };
      } else {
        reply = { ok: false, internal: err instanceof Error ? err.message : String(err) };
      }
    }
    port.postMessage(reply);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
}
