// A worker thread that runs the heavy operations (export, check) for the browser-mode server and
// the desktop app's main process, so one slow export never holds up their event loop. It builds the same handlers as the
// main thread over a proxy of the main thread's store (storeProxy.ts) and a proxy of its PDF
// printer, and answers one job at a time: {type:'job', id, op, payload} -> {type:'done', id, result}.
import { parentPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { CoreContext } from '../../core/context';
import type { Measurement, PdfPrinter, PrintOptions } from '../../core/export/types';
import { createHandlers } from '../../core/handlers/index';
import { dispatch } from '../dispatch';
import { DossierError } from '../../core/errors';
import { createSyncCaller } from './syncChannel';
import { createStoreProxy } from './storeProxy';
import type { FromWorker, ToWorker, WorkerInit } from './workerMessages';

const port = parentPort!;
const init = workerData as WorkerInit;
const store = createStoreProxy(createSyncCaller(init.storePort as MessagePort, new Int32Array(init.flag)));

let nextCall = 0;
const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

function printerCall(method: 'print' | 'measure', html: string, opts: unknown): Promise<unknown> {
  const id = nextCall++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    port.postMessage({ type: 'printer', id, method, html, opts } satisfies FromWorker);
  });
}

const printer: PdfPrinter | null = init.printer
  ? {
      print: (html: string, opts: PrintOptions) => printerCall('print', html, opts) as Promise<Uint8Array>,
      ...(init.printerMeasures ? { measure: (html: string, opts: { widthPx: number }) => printerCall('measure', html, opts) as Promise<Measurement> } : {}),
      close: async () => undefined, // the main thread owns the printer
    }
  : null;

const ctx: CoreContext = { store, shell: init.shell, appRoot: init.appRoot, printer, now: () => new Date() };
const handlers = createHandlers(ctx);

port.postMessage({ type: 'ready' } satisfies FromWorker);

port.on('message', (msg: ToWorker) => {
  if (msg.type === 'printed') {
    const w = waiting.get(msg.id);
    waiting.delete(msg.id);
    if (!w) return;
    if (msg.ok) w.resolve(msg.value);
    else w.reject(msg.dossier ? new DossierError(msg.dossier.code, msg.dossier.message) : new Error(msg.message));
    return;
  }
  void dispatch(handlers, msg.op, msg.payload, (op, err) => {
    port.postMessage({ type: 'internal', op, message: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies FromWorker);
  }).then((result) => port.postMessage({ type: 'done', id: msg.id, result } satisfies FromWorker));
});
