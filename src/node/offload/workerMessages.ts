// Messages between the server's main thread and a heavy-operations worker (workerPool.ts,
// heavyWorker.ts). Everything here crosses by structured clone.
import type { Result } from '../../shared/api';
import type { ErrorCode } from '../../core/errors';

export interface WorkerInit {
  appRoot: string;
  shell: 'browser' | 'electron';
  /** The worker's end of the synchronous store channel (transferred). */
  storePort: unknown;
  /** SharedArrayBuffer of one Int32 the worker sleeps on while the main thread answers. */
  flag: SharedArrayBuffer;
  /** Whether the main thread has a PDF printer, and whether it can measure. */
  printer: boolean;
  printerMeasures: boolean;
}

export type ToWorker =
  | { type: 'job'; id: number; op: string; payload: unknown }
  | { type: 'printed'; id: number; ok: true; value: unknown }
  | { type: 'printed'; id: number; ok: false; message: string; dossier?: { code: ErrorCode; message: string } };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'done'; id: number; result: Result<unknown> }
  | { type: 'printer'; id: number; method: 'print' | 'measure'; html: string; opts: unknown }
  | { type: 'internal'; op: string; message: string };
