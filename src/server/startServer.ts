// Browser mode: opens the workspace (this process becomes its one writer), then serves the built
// renderer and the API on a loopback address with a fresh per-launch token.
import { createCoreContext, ensureWorkspace } from '../core/openContext';
import { createHandlers } from '../core/handlers/index';
import type { PdfPrinter } from '../core/export/types';
import { createLazyPrinter } from '../node/createLazyPrinter';
import type { InternalErrorLogger } from '../node/dispatch';
import { serveHandlers } from './serveHandlers';
import { createWorkerPool, offloadHeavy } from '../node/offload/workerPool';
import type { RunningServer } from './serveHandlers';

export type { RunningServer };

export interface ServerOptions {
  /** Workspace folder (created on first run). */
  workspace: string;
  /** 0 or absent: a random free port. */
  port?: number;
  /** Loopback only: 127.0.0.1 (default), localhost or ::1. */
  host?: string;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** Folder holding templates/ and resources/. */
  appRoot: string;
  /** PDF printer; default: Chromium through playwright-core, loaded on first PDF. null: none. */
  printer?: PdfPrinter | null;
  /** Create the sample company when the workspace is new. */
  sample?: boolean;
  logInternal?: InternalErrorLogger;
  /** Heavy operations (export, check) run in this many worker threads; 0 runs them on the request loop. */
  workers?: number;
  /** Wait until a worker is ready before answering (tests); otherwise heavy operations run here until then. */
  waitForWorkers?: boolean;
}

/** The default printer: src/node/chromiumPrinter.ts, imported only when the first PDF is made. */
export function defaultPrinter(): PdfPrinter {
  return createLazyPrinter(async () => {
    const mod = await import('../node/chromiumPrinter');
    return mod.createChromiumPrinter();
  });
}

/** Opens the workspace and serves it. The caller prints `launchUrl` and calls close() on exit. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  await ensureWorkspace(opts.workspace, { sample: opts.sample ?? false, appRoot: opts.appRoot });
  const printer = opts.printer === undefined ? defaultPrinter() : opts.printer;
  const ctx = await createCoreContext({ root: opts.workspace, shell: 'browser', appRoot: opts.appRoot, printer });
  const workers = opts.workers ?? 2;
  const pool =
    workers > 0
      ? createWorkerPool({ store: ctx.store, printer, appRoot: opts.appRoot, size: workers, ...(opts.logInternal ? { logInternal: opts.logInternal } : {}) })
      : null;
  if (pool && opts.waitForWorkers) await pool.whenReady();
  const closeContext = async () => {
    await pool?.close();
    ctx.store.close();
    await printer?.close();
  };
  try {
    return await serveHandlers({
      handlers: createHandlers(ctx),
      workspaceRoot: ctx.store.root,
      staticDir: opts.staticDir,
      ...(opts.port !== undefined ? { port: opts.port } : {}),
      ...(opts.host !== undefined ? { host: opts.host } : {}),
      ...(opts.logInternal ? { logInternal: opts.logInternal } : {}),
      // Until a worker has loaded core (a second or two after start), heavy operations run here.
      ...(pool ? { offload: offloadHeavy(pool) } : {}),
      onClose: closeContext,
    });
  } catch (err) {
    await closeContext();
    throw err;
  }
}
