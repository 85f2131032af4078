// Serves a handler map (already bound to an open workspace) over HTTP on a loopback address with
// a fresh 128-bit launch token. startServer opens the workspace and calls this; tests call it
// directly with their own handlers.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DossierError } from '../core/errors';
import type { Handlers } from '../shared/api';
import { TOKEN_QUERY } from '../shared/transport';
import type { InternalErrorLogger } from '../node/dispatch';
import { createRequestHandler } from './createRequestHandler';
import type { RequestHandlerOptions } from './createRequestHandler';

export interface RunningServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The one-time launch link: origin + /?token=… */
  launchUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (err.code === 'EADDRINUSE') {
        reject(new DossierError('unavailable', `Port ${port} is already in use. Pick another with --port, or leave it out for a random free port.`));
      } else if (err.code === 'EACCES') {
        reject(new DossierError('unavailable', `Dossier is not allowed to listen on port ${port}. Pick a port above 1024 with --port.`));
      } else {
        reject(err);
      }
    };
    const onListening = () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

export async function serveHandlers(opts: {
  handlers: Handlers;
  workspaceRoot: string;
  staticDir: string;
  port?: number;
  host?: string;
  logInternal?: InternalErrorLogger;
  offload?: RequestHandlerOptions['offload'];
  onClose?: () => Promise<void> | void;
}): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) {
    throw new DossierError('bad-request', `Browser mode only listens on this computer (127.0.0.1, localhost or ::1), not on “${host}”.`);
  }
  const token = randomBytes(16).toString('hex');
  let boundPort = 0;
  const server = createServer(
    createRequestHandler({
      handlers: opts.handlers,
      workspaceRoot: opts.workspaceRoot,
      staticDir: opts.staticDir,
      token,
      port: () => boundPort,
      ...(opts.logInternal ? { logInternal: opts.logInternal } : {}),
      ...(opts.offload ? { offload: opts.offload } : {}),
    }),
  );
  boundPort = await listen(server, opts.port ?? 0, host);
  const urlHost = host === '::1' ? '[::1]' : host;
  const origin = `http://${urlHost}:${boundPort}`;
  let closing: Promise<void> | null = null;
  return {
    origin,
    launchUrl: `${origin}/?${TOKEN_QUERY}=${token}`,
    port: boundPort,
    token,
    close() {
      closing ??= (async () => {
        await new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        });
        await opts.onClose?.();
      })();
      return closing;
    },
  };
}

