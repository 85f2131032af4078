// A request body over the limit gets 413 every time, and only then is the connection closed: the
// server reads (and drops) the rest of the body first, so closing never resets the connection
// before the client has the answer. The client here is a raw socket that writes the whole 20 MB
// body as fast as it can while reading, as browsers and fetch do.
import net from 'node:net';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../src/shared/api';
import { serveHandlers } from '../../../src/server/serveHandlers';
import type { RunningServer } from '../../../src/server/serveHandlers';
import { cookieName } from '../../../src/server/createRequestHandler';

let root: string;
let server: RunningServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'dossier-413-'));
  mkdirSync(join(root, 'renderer'));
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>Dossier</title>');
  const handlers = { 'documents.import': async () => ({}) } as unknown as Handlers;
  server = await serveHandlers({ handlers, workspaceRoot: root, staticDir: join(root, 'renderer') });
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

interface Outcome {
  /** The status line, or the socket error that came instead. */
  status: string;
  /** True when the server ended the connection after answering. */
  closedAfterAnswer: boolean;
}

/** POSTs `size` bytes with a Content-Length (chunked: false) or as chunks (true), writing without waiting. */
function postHuge(size: number, chunked: boolean): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = net.connect(server.port, '127.0.0.1');
    let answer = '';
    let settled = false;
    const done = (o: Outcome) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(o);
    };
    socket.on('data', (c: Buffer) => (answer += c.toString('latin1')));
    socket.on('end', () => done({ status: answer.split('\r\n')[0] ?? '', closedAfterAnswer: answer.length > 0 }));
    socket.on('error', (err) => done({ status: answer.split('\r\n')[0] || `error ${(err as NodeJS.ErrnoException).code ?? err.message}`, closedAfterAnswer: false }));
    socket.on('connect', () => {
      const head = [
        'POST /api/documents.import HTTP/1.1',
        `Host: 127.0.0.1:${server.port}`,
        `Cookie: ${cookieName(server.port)}=${server.token}`,
        'X-Dossier-Request: 1',
        'Content-Type: application/json',
        chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${size}`,
        '',
        '',
      ].join('\r\n');
      socket.write(head);
      const piece = Buffer.alloc(256 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < size && !socket.destroyed) {
          const n = Math.min(piece.length, size - sent);
          sent += n;
          const data = chunked ? Buffer.concat([Buffer.from(`${n.toString(16)}\r\n`), piece.subarray(0, n), Buffer.from('\r\n')]) : piece.subarray(0, n);
          if (!socket.write(data)) {
            socket.once('drain', pump);
            return;
          }
        }
        if (chunked && !socket.destroyed) socket.write('0\r\n\r\n');
      };
      pump();
    });
  });
}

describe('oversized request bodies', () => {
  it('20 MB with Content-Length: 413 every time, then the connection closes', async () => {
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 8; i++) outcomes.push(await postHuge(20 * 1024 * 1024, false));
    expect(outcomes.map((o) => o.status)).toEqual(Array(8).fill('HTTP/1.1 413 Payload Too Large'));
    expect(outcomes.every((o) => o.closedAfterAnswer)).toBe(true);
  }, 60_000);

  it('20 MB sent in chunks without a length: 413 as well', async () => {
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 3; i++) outcomes.push(await postHuge(20 * 1024 * 1024, true));
    expect(outcomes.map((o) => o.status)).toEqual(Array(3).fill('HTTP/1.1 413 Payload Too Large'));
  }, 60_000);
});
