// Runs heavy operations (export, check) in worker threads, off the thread that answers requests
// (the browser-mode server's request loop, the desktop app's main process, whose event loop also
// drives its window): a slow export never delays another request or freezes the window, a job that runs past the time limit is
// stopped (its worker terminated and replaced), and an input that crashes a worker (a stack or
// heap overflow) fails that one request with a clear message instead of taking the server down.
// Workers reach the workspace through the main thread's store (storeProxy.ts), which stays the
// one writer.
import { MessageChannel, Worker } from 'node:worker_threads';
import type { Result } from '../../shared/api';
import type { WorkspaceStore } from '../../core/workspace/store';
import type { PdfPrinter, PrintOptions } from '../../core/export/types';
import { DossierError } from '../../core/errors';
import type { InternalErrorLogger } from '../dispatch';
import { serveSyncCalls } from './syncChannel';
import { handleStoreCall } from './storeProxy';
import type { FromWorker, ToWorker, WorkerInit } from './workerMessages';

/** Operations that run in a worker: everything that parses, checks or renders documents. */
export function isHeavyOperation(op: string, payload: unknown): boolean {
  if (op === 'documents.list') return typeof payload === 'object' && payload !== null && (payload as { scores?: unknown }).scores === true;
  return HEAVY.has(op);
}
const HEAVY = new Set(['export.preview', 'export.document', 'export.company', 'rubric.check', 'documents.import', 'dashboard.get']);

/** A job running longer than this is stopped (its worker is terminated). */
export const JOB_TIME_LIMIT_MS = 60_000;
/**
 * Workers in a row that die before they are ready, after which the pool stops starting new ones
 * (a missing or broken worker script would otherwise be restarted in a busy loop); heavy
 * operations then run on the calling thread, as before the pool existed.
 */
export const MAX_START_FAILURES = 3;
/** Heap limit of one worker: an input that needs more fails alone. */
export const WORKER_HEAP_MB = 1024;

export interface WorkerPoolOptions {
  store: WorkspaceStore;
  /** The shell the handlers report (workspace.info): 'browser' (default) or 'electron'. */
  shell?: 'browser' | 'electron';
  printer: PdfPrinter | null;
  appRoot: string;
  /** Workers running at once (default 2: one long export leaves one free). */
  size?: number;
  timeLimitMs?: number;
  logInternal?: InternalErrorLogger;
  /** The worker script (tests give a stand-in); default heavyWorker.mjs. */
  entry?: URL;
}

/**
 * The transports' offload hook (createRequestHandler's `offload`, registerIpc's `offload`): a heavy
 * operation goes to the pool once a worker has loaded core; anything else, or any operation before
 * then, gives null and runs on the calling thread as before.
 */
export function offloadHeavy(pool: Pick<WorkerPool, 'ready' | 'run'>): (op: string, payload: unknown) => Promise<Result<unknown>> | null {
  return (op, payload) => (isHeavyOperation(op, payload) && pool.ready() ? pool.run(op, payload) : null);
}

export interface WorkerPool {
  run(op: string, payload: unknown): Promise<Result<unknown>>;
  /** True once a worker has loaded core and can take jobs (workers start with the pool). */
  ready(): boolean;
  /** Resolves when the first worker is ready. */
  whenReady(): Promise<void>;
  close(): Promise<void>;
}

interface Job {
  op: string;
  payload: unknown;
  resolve: (r: Result<unknown>) => void;
}

interface Slot {
  worker: Worker;
  /** Set when the worker has loaded core and said so. */
  ready: boolean;
  job: { id: number; job: Job; timer: NodeJS.Timeout } | null;
}

const ENTRY = new URL('./heavyWorker.mjs', import.meta.url);

function failure(code: 'unavailable' | 'internal', message: string): Result<unknown> {
  return { ok: false, error: { code, message } };
}

export function createWorkerPool(opts: WorkerPoolOptions): WorkerPool {
  const size = Math.max(1, opts.size ?? 2);
  const limit = opts.timeLimitMs ?? JOB_TIME_LIMIT_MS;
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let closed = false;
  let startFailures = 0;
  let markReady: () => void = () => undefined;
  const firstReady = new Promise<void>((resolve) => (markReady = resolve));

  function spawn(): Slot {
    const { port1, port2 } = new MessageChannel();
    const flag = new SharedArrayBuffer(4);
    serveSyncCalls(port1, new Int32Array(flag), (req) => handleStoreCall(opts.store, req.method, req.args));
    port1.unref();
    const init: WorkerInit = {
      appRoot: opts.appRoot,
      shell: opts.shell ?? 'browser',
      storePort: port2,
      flag,
      printer: opts.printer !== null,
      printerMeasures: typeof opts.printer?.measure === 'function',
    };
    const worker = new Worker(opts.entry ?? ENTRY, { workerData: init, transferList: [port2], resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    const slot: Slot = { worker, ready: false, job: null };
    worker.on('message', (msg: FromWorker) => {
      if (msg.type === 'ready') {
        slot.ready = true;
        markReady();
        pump();
      } else if (msg.type === 'done') {
        if (slot.job?.id !== msg.id) return;
        finish(slot, msg.result);
      } else if (msg.type === 'printer') {
        void print(worker, msg);
      } else {
        opts.logInternal?.(msg.op, new Error(msg.message));
      }
    });
    worker.on('error', (err) => {
      opts.logInternal?.(slot.job?.job.op ?? 'worker', err);
      retire(slot, failure('internal', 'Dossier could not finish this: the document may be too large or too deeply nested to process. Your saved work is untouched.'));
    });
    worker.on('exit', () => retire(slot, failure('internal', 'Dossier could not finish this; your saved work is untouched. Please try again.')));
    worker.unref();
    slots.push(slot);
    return slot;
  }

  async function print(worker: Worker, msg: Extract<FromWorker, { type: 'printer' }>): Promise<void> {
    let reply: ToWorker;
    try {
      const printer = opts.printer;
      if (!printer) throw new DossierError('unavailable', 'PDF export is not available here.');
      const value =
        msg.method === 'print' ? await printer.print(msg.html, msg.opts as PrintOptions) : await printer.measure!(msg.html, msg.opts as { widthPx: number });
      reply = { type: 'printed', id: msg.id, ok: true, value };
    } catch (err) {
      reply = {
        type: 'printed',
        id: msg.id,
        ok: false,
        message: err instanceof Error ? err.message : String(err),
        ...(err instanceof DossierError ? { dossier: { code: err.code, message: err.message } } : {}),
      };
    }
    worker.postMessage(reply);
  }

  /** Ends the slot's job with `result` and hands the worker the next one. */
  function finish(slot: Slot, result: Result<unknown>): void {
    const running = slot.job;
    if (!running) return;
    clearTimeout(running.timer);
    slot.job = null;
    running.job.resolve(result);
    pump();
  }

  /** Removes a dead or stopped worker; its job (if any) ends with `result`. */
  function retire(slot: Slot, result: Result<unknown>): void {
    const i = slots.indexOf(slot);
    if (i === -1) return;
    slots.splice(i, 1);
    const running = slot.job;
    slot.job = null;
    if (running) {
      clearTimeout(running.timer);
      running.job.resolve(result);
    }
    void slot.worker.terminate();
    startFailures = slot.ready ? 0 : startFailures + 1;
    if (!closed && startFailures < MAX_START_FAILURES) spawn(); // keep the pool warm
    else if (!closed && startFailures === MAX_START_FAILURES) {
      opts.logInternal?.('worker', new Error(`worker threads could not start ${MAX_START_FAILURES} times in a row; heavy operations run on this thread`));
    }
    if (slots.length === 0) for (const job of queue.splice(0)) job.resolve(failure('unavailable', 'Dossier could not start a worker for this. Please try again.'));
    pump();
  }

  function pump(): void {
    while (!closed && queue.length > 0) {
      const slot = slots.find((s) => s.ready && s.job === null);
      if (!slot) return;
      const job = queue.shift()!;
      const id = nextId++;
      const timer = setTimeout(() => {
        const seconds = Math.max(1, Math.round(limit / 1000));
        retire(slot, failure('unavailable', `This took longer than ${seconds} seconds, so Dossier stopped it. The document may be too large or too deeply nested; your saved work is untouched.`));
      }, limit);
      slot.job = { id, job, timer };
      slot.worker.ref();
      slot.worker.postMessage({ type: 'job', id, op: job.op, payload: job.payload } satisfies ToWorker);
    }
    for (const s of slots) if (s.job === null) s.worker.unref();
  }

  // Workers load core when the pool starts, so the first heavy request does not wait for it.
  for (let i = 0; i < size; i++) spawn();

  return {
    ready: () => slots.some((s) => s.ready),
    whenReady: () => firstReady,
    run(op, payload) {
      if (closed) return Promise.resolve(failure('unavailable', 'Dossier is shutting down.'));
      if (slots.length === 0) return Promise.resolve(failure('unavailable', 'Dossier could not start a worker for this. Please try again.'));
      return new Promise((resolve) => {
        queue.push({ op, payload, resolve });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.resolve(failure('unavailable', 'Dossier is shutting down.'));
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}
