// Browser mode compresses what it sends: app assets (brotli or gzip, by Accept-Encoding) and large
// API answers; small answers, images and clients that accept nothing go as they are.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type * as zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../src/shared/api';
import { serveHandlers } from '../../../src/server/serveHandlers';
import type { RunningServer } from '../../../src/server/serveHandlers';
import { cookieName } from '../../../src/server/createRequestHandler';
import { API_COMPRESS_MIN_BYTES, pickEncoding } from '../../../src/server/compression';

// Brotli compressions can be held open by the test (\`hold\`), to show other requests are answered
// while one runs: deterministic, whatever the machine's load.
const gate = vi.hoisted(() => {
  const state: { held: boolean; started: Array<() => void>; waiting: Array<() => void> } = { held: false, started: [], waiting: [] };
  return {
    state,
    /** Resolves when the next held compression has started. */
    nextStart: () => new Promise<void>((r) => state.started.push(r)),
    release: () => {
      state.held = false;
      for (const go of state.waiting.splice(0)) go();
    },
  };
});
vi.mock('node:zlib', async (importOriginal) => {
  const real = await importOriginal<typeof zlib>();
  const brotliCompress = (buf: Buffer, opts: object, cb: (err: Error | null, out: Buffer) => void) => {
    const run = () => real.brotliCompress(buf, opts, cb);
    if (!gate.state.held) return run();
    for (const r of gate.state.started.splice(0)) r();
    gate.state.waiting.push(run);
  };
  return { ...real, default: { ...real, brotliCompress }, brotliCompress };
});

const BIG_JS = `export const words = ${JSON.stringify(Array.from({ length: 4000 }, (_, i) => `word${i % 50}`))};\n`;
let root: string;
let server: RunningServer;
let cookie: string;
let big = false;

const handlers = {
  'workspace.info': async () => ({ root: 'x', schemaVersion: 1, settings: {}, problems: [], shell: 'browser', filler: big ? 'y'.repeat(API_COMPRESS_MIN_BYTES * 2) : '' }),
} as unknown as Handlers;

function get(path: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers: { host: `127.0.0.1:${server.port}`, cookie, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'dossier-compress-'));
  const staticDir = join(root, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Dossier</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), BIG_JS);
  writeFileSync(join(staticDir, 'assets', 'logo.png'), Buffer.alloc(2048, 7));
  // A bundle the size of the check worker's (about 4 MB, the English model), hard to compress.
  let seed = 7;
  const noise = Array.from({ length: 4_000_000 }, () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return String.fromCharCode(33 + (seed % 90));
  }).join('');
  writeFileSync(join(staticDir, 'assets', 'worker.js'), `export const blob = ${JSON.stringify(noise)};\n`);
  server = await serveHandlers({ handlers, workspaceRoot: join(root, 'ws'), staticDir });
  cookie = `${cookieName(server.port)}=${server.token}`;
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('pickEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['deflate', null],
    ['', null],
    [undefined, null],
  ])('%j -> %j', (header, expected) => {
    expect(pickEncoding(header)).toBe(expected);
  });
});

describe('compressed responses', () => {
  it('sends app scripts brotli- or gzip-compressed, byte for byte the file, and plain when not accepted', async () => {
    const br = await get('/assets/app.js', { 'accept-encoding': 'gzip, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(BIG_JS.length / 5);
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(BIG_JS);

    const gz = await get('/assets/app.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString('utf8')).toBe(BIG_JS);

    const plain = await get('/assets/app.js', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(BIG_JS);

    const png = await get('/assets/logo.png', { 'accept-encoding': 'br' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.body.length).toBe(2048);
  });

  it('compresses a large asset off the request loop: a request sent while it runs is answered first', async () => {
    const order: string[] = [];
    gate.state.held = true;
    const started = gate.nextStart();
    const large = get('/assets/worker.js', { 'accept-encoding': 'br' }).then((r) => {
      order.push('large');
      return r;
    });
    await started; // the large asset is being compressed (and held there)
    const smallRes = await get('/assets/logo.png', {});
    order.push('small');
    gate.release();
    const bigRes = await large;
    expect(smallRes.status).toBe(200);
    expect(bigRes.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(bigRes.body).length).toBeGreaterThan(4_000_000);
    expect(order).toEqual(['small', 'large']);
  });

  it('compresses large API answers only', async () => {
    const headers = { 'content-type': 'application/json', 'x-dossier-request': '1', 'accept-encoding': 'br' };
    big = false;
    const small = await get('/api/workspace.info', headers, 'POST', '{}');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8'))).toMatchObject({ ok: true });
    big = true;
    const large = await get('/api/workspace.info', headers, 'POST', '{}');
    expect(large.headers['content-encoding']).toBe('br');
    const data = JSON.parse(brotliDecompressSync(large.body).toString('utf8')) as { ok: boolean; data: { filler: string } };
    expect(data.ok).toBe(true);
    expect(data.data.filler).toHaveLength(API_COMPRESS_MIN_BYTES * 2);
  });
});
