// Browser mode's one request listener. Order matters and follows DESIGN.md: the Host check comes
// before anything else; the launch token is swapped for a cookie; every API call needs that
// cookie, POST, the custom header and (when the browser sends one) our own Origin.
import { timingSafeEqual } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { API_COMPRESS_MIN_BYTES, compress, compressedFile, pickEncoding } from './compression';
import type { Encoding } from './compression';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, join } from 'node:path';
import type { Handlers, Result } from '../shared/api';
import { API_PREFIX, CSRF_HEADER, TOKEN_COOKIE, TOKEN_QUERY } from '../shared/transport';
import { dispatch } from '../node/dispatch';
import type { InternalErrorLogger } from '../node/dispatch';
import { confinePath } from '../node/confinePath';
import { SANDBOX_POLICY } from '../node/contentSecurityPolicy';
import { isAllowedHost } from './isAllowedHost';
import { securityHeaders } from './securityHeaders';
import { mimeType } from './mimeType';
import { readBody, BodyTooLargeError } from './readBody';

export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface RequestHandlerOptions {
  handlers: Handlers;
  /** The workspace root (exports are served from its companies/<slug>/exports/). */
  workspaceRoot: string;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** Hex launch token, 128 bits. */
  token: string;
  /** The port we listen on, known once listening. */
  port: () => number;
  logInternal?: InternalErrorLogger;
  maxBodyBytes?: number;
  /**
   * Runs an operation elsewhere (a worker thread, offload/workerPool.ts) and returns its result,
   * or returns null to have it run here. Heavy operations go there so they never block this loop.
   */
  offload?: (op: string, payload: unknown) => Promise<Result<unknown>> | null;
}

/** Per-port name, so two Dossier servers on one machine do not overwrite each other's cookie. */
export function cookieName(port: number): string {
  return `${TOKEN_COOKIE}_${port}`;
}

function sameToken(candidate: string | undefined, token: string): boolean {
  if (typeof candidate !== 'string') return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra });
  res.end(text);
}

function sendResult(res: ServerResponse, status: number, result: Result<unknown>, extra: Record<string, string> = {}, encoding: Encoding | null = null): void {
  const body = JSON.stringify(result);
  const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', Vary: 'Accept-Encoding', ...extra };
  if (encoding && body.length >= API_COMPRESS_MIN_BYTES) {
    const bytes = compress(body, encoding, 'fast');
    res.writeHead(status, { ...headers, 'Content-Encoding': encoding, 'Content-Length': String(bytes.length) });
    res.end(bytes);
    return;
  }
  res.writeHead(status, { ...headers, 'Content-Length': String(Buffer.byteLength(body)) });
  res.end(body);
}

/** How long an over-limit body is read (and dropped) after the answer before the connection is cut. */
export const DRAIN_TIMEOUT_MS = 15_000;

/**
 * Answers, then closes the connection only once the rest of the request body has arrived (read
 * and dropped), or after DRAIN_TIMEOUT_MS. Closing a socket with unread data makes the kernel
 * reset the connection, and a client still sending then loses the answer; so the answer is
 * written at once but ended (which closes, `Connection: close`) only after the body is drained.
 */
function answerThenClose(req: IncomingMessage, res: ServerResponse, status: number, result: Result<unknown>): void {
  const body = JSON.stringify(result);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
  });
  res.write(body);
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    clearTimeout(timer);
    res.end();
  };
  const timer = setTimeout(end, DRAIN_TIMEOUT_MS);
  timer.unref();
  if (req.readableEnded) end();
  req.once('end', end);
  req.once('close', end);
  req.once('error', end);
  req.resume();
}

function apiError(res: ServerResponse, status: number, message: string, extra: Record<string, string> = {}): void {
  const code = status === 401 || status === 503 ? 'unavailable' : 'bad-request';
  sendResult(res, status, { ok: false, error: { code, message } }, extra);
}

/** Browsers label cross-site requests; a request from another site is refused even with a cookie. */
function isCrossSite(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  return typeof site === 'string' && site !== 'same-origin' && site !== 'none';
}

function sendFile(req: IncomingMessage, res: ServerResponse, path: string, headers: Record<string, string>): void {
  sendFileAsync(req, res, path, headers).catch(() => res.destroy());
}

async function sendFileAsync(req: IncomingMessage, res: ServerResponse, path: string, headers: Record<string, string>): Promise<void> {
  let size: number;
  let stamp: string;
  try {
    const info = statSync(path);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
    stamp = `${info.mtimeMs}:${info.size}`;
  } catch {
    sendText(res, 404, 'Not found.');
    return;
  }
  const encoding = pickEncoding(req.headers['accept-encoding']);
  let compressed: Buffer | null = null;
  try {
    compressed = encoding ? await compressedFile(path, stamp, encoding) : null;
  } catch {
    compressed = null; // unreadable now: the plain stream below reports it
  }
  if (encoding && compressed) {
    res.writeHead(200, {
      'Content-Type': mimeType(path),
      'Content-Encoding': encoding,
      'Content-Length': String(compressed.length),
      Vary: 'Accept-Encoding',
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : compressed);
    return;
  }
  res.writeHead(200, { 'Content-Type': mimeType(path), 'Content-Length': String(size), Vary: 'Accept-Encoding', ...headers });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/** Decoded path segments; null when one is malformed or tries to climb or smuggle a separator. */
function decodeSegments(pathname: string): string[] | null {
  const out: string[] = [];
  for (const raw of pathname.split('/')) {
    if (raw.length === 0) continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || segment.includes('/') || segment.includes('\\') || segment.includes('\0')) return null;
    out.push(segment);
  }
  return out;
}

export function createRequestHandler(opts: RequestHandlerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const maxBody = opts.maxBodyBytes ?? MAX_BODY_BYTES;

  async function handleApi(req: IncomingMessage, res: ServerResponse, op: string, host: string): Promise<void> {
    const origin = req.headers.origin;
    if ((origin !== undefined && origin.toLowerCase() !== `http://${host.toLowerCase()}`) || isCrossSite(req)) {
      apiError(res, 403, 'Only the Dossier app itself may call this service.');
      return;
    }
    if (!sameToken(readCookie(req.headers.cookie, cookieName(opts.port())), opts.token)) {
      apiError(res, 401, 'This browser tab is not signed in to Dossier. Open the link printed by `npm run web` again.');
      return;
    }
    if (req.method !== 'POST') {
      apiError(res, 405, 'Dossier operations are called with POST.', { Allow: 'POST' });
      return;
    }
    if (req.headers[CSRF_HEADER] !== '1') {
      apiError(res, 403, `Dossier operations need the ${CSRF_HEADER} header.`);
      return;
    }
    let text: string;
    try {
      text = await readBody(req, maxBody);
    } catch (err) {
      if (err instanceof BodyTooLargeError) {
        const message = `That request is larger than ${Math.round(maxBody / (1024 * 1024))} MB, which Dossier does not accept.`;
        answerThenClose(req, res, 413, { ok: false, error: { code: 'bad-request', message } });
        return;
      }
      res.destroy();
      return;
    }
    let payload: unknown = {};
    if (text.trim().length > 0) {
      try {
        payload = JSON.parse(text);
      } catch {
        apiError(res, 400, 'That request was not valid JSON.');
        return;
      }
    }
    const result = (await opts.offload?.(op, payload)) ?? (await dispatch(opts.handlers, op, payload, opts.logInternal));
    sendResult(res, 200, result, {}, pickEncoding(req.headers['accept-encoding']));
  }

  function handleExport(req: IncomingMessage, res: ServerResponse, segments: string[], download: boolean): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Exports are downloaded with GET.', { Allow: 'GET, HEAD' });
      return;
    }
    if (isCrossSite(req)) {
      sendText(res, 403, 'Only the Dossier app itself may open exports.');
      return;
    }
    if (!sameToken(readCookie(req.headers.cookie, cookieName(opts.port())), opts.token)) {
      sendText(res, 401, 'This browser tab is not signed in to Dossier. Open the link printed by `npm run web` again.');
      return;
    }
    const [company, file] = segments;
    if (segments.length !== 2 || !company || !file) {
      sendText(res, 404, 'Not found.');
      return;
    }
    let path: string;
    try {
      // Both segments are already single, decoded names (decodeSegments refuses separators and "..").
      path = confinePath(opts.workspaceRoot, `companies/${company}/exports/${file}`);
    } catch {
      sendText(res, 403, 'Dossier only serves files from a company’s exports folder.');
      return;
    }
    const inline = !download && /\.(pdf|png|jpe?g|txt|md)$/i.test(file);
    const name = basename(path).replace(/["\\\r\n]/g, '_');
    const headers: Record<string, string> = {
      'Cache-Control': 'no-store',
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    };
    // Exported HTML or anything else opened in a tab must never run script in the app's origin.
    if (!/\.pdf$/i.test(file)) headers['Content-Security-Policy'] = SANDBOX_POLICY;
    if (/\.(md|txt)$/i.test(file)) headers['Content-Type'] = 'text/plain; charset=utf-8';
    sendFile(req, res, path, headers);
  }

  function handleStatic(req: IncomingMessage, res: ServerResponse, segments: string[]): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
      return;
    }
    const index = join(opts.staticDir, 'index.html');
    const last = segments[segments.length - 1] ?? '';
    // The app has no server-side routes: "/" and extension-less paths get the app itself.
    if (segments.length === 0 || !last.includes('.')) {
      try {
        statSync(index);
      } catch {
        sendText(res, 503, 'The Dossier app has not been built yet. Run `npm run build:web`, then reload.');
        return;
      }
      sendFile(req, res, index, { 'Cache-Control': 'no-cache' });
      return;
    }
    let path: string;
    try {
      path = confinePath(opts.staticDir, segments.join('/'));
    } catch {
      sendText(res, 403, 'That file is outside the Dossier app.');
      return;
    }
    sendFile(req, res, path, { 'Cache-Control': 'no-cache' });
  }

  return (req, res) => {
    const port = opts.port();
    const host = req.headers.host;
    if (!isAllowedHost(host, port) || host === undefined) {
      sendText(res, 403, 'Dossier only answers on 127.0.0.1, localhost or [::1] at its own port.');
      return;
    }
    securityHeaders(res);
    let url: URL;
    try {
      // Parsed as a path of our origin ("//evil/x" must not become another host).
      if (!req.url?.startsWith('/')) throw new Error('not a path');
      url = new URL(`http://${host}${req.url}`);
    } catch {
      sendText(res, 400, 'Bad request.');
      return;
    }
    const launchToken = url.searchParams.get(TOKEN_QUERY);
    if (launchToken !== null && !url.pathname.startsWith(API_PREFIX)) {
      if (req.method !== 'GET' || !sameToken(launchToken, opts.token)) {
        sendText(res, 403, 'This Dossier link is from an earlier launch or was mistyped. Use the link printed by `npm run web` this time.');
        return;
      }
      res.writeHead(302, {
        'Set-Cookie': `${cookieName(port)}=${opts.token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
        'Cache-Control': 'no-store',
      });
      res.end();
      return;
    }
    if (url.pathname.startsWith(API_PREFIX)) {
      const op = url.pathname.slice(API_PREFIX.length);
      handleApi(req, res, op, host).catch((err: unknown) => {
        opts.logInternal?.(op, err);
        if (!res.headersSent) apiError(res, 500, 'Something went wrong inside Dossier. Your saved work is untouched; please try again.');
        else res.destroy();
      });
      return;
    }
    const segments = decodeSegments(url.pathname);
    if (segments === null) {
      sendText(res, 400, 'Bad request.');
      return;
    }
    if (segments[0] === 'exports') {
      handleExport(req, res, segments.slice(1), url.searchParams.has('download'));
      return;
    }
    handleStatic(req, res, segments);
  };
}
