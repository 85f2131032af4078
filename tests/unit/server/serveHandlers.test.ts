// Browser-mode security over a real server on 127.0.0.1 (random port) with a temp workspace and
// a temp static folder. Handlers are stand-ins: the transport is what is under test here.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../src/shared/api';
import { DossierError } from '../../../src/core/errors';
import { serveHandlers } from '../../../src/server/serveHandlers';
import type { RunningServer } from '../../../src/server/serveHandlers';
import { cookieName } from '../../../src/server/createRequestHandler';
import { CONTENT_SECURITY_POLICY } from '../../../src/node/contentSecurityPolicy';
import { send } from './httpClient';
import type { RawResponse } from './httpClient';

const SECRET = 'TOP-SECRET-CONTENT';

let root: string;
let workspace: string;
let staticDir: string;
let server: RunningServer;
let port: number;
let cookie: string;
const calls: string[] = [];

const handlers = {
  'workspace.info': async () => {
    calls.push('workspace.info');
    return { root: workspace, schemaVersion: 1, settings: {}, problems: [], shell: 'browser' };
  },
  'companies.get': async ({ slug }: { slug: string }) => {
    throw new DossierError('not-found', `There is no company folder called ${slug}.`);
  },
  'companies.list': async () => {
    throw new Error('disk on fire');
  },
} as unknown as Handlers;

function api(op: string, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  return send(port, {
    method: 'POST',
    path: `/api/${op}`,
    headers: { 'content-type': 'application/json', 'x-dossier-request': '1', cookie, ...headers },
    body: JSON.stringify(body),
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'dossier-server-'));
  workspace = join(root, 'workspace');
  staticDir = join(root, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Dossier</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(staticDir, 'assets', 'style.css'), 'body{}');
  writeFileSync(join(root, 'secret.txt'), SECRET);
  mkdirSync(join(workspace, 'companies', 'acme', 'exports'), { recursive: true });
  writeFileSync(join(workspace, 'companies', 'acme', 'exports', 'brief.pdf'), '%PDF-1.7 fake');
  writeFileSync(join(workspace, 'companies', 'acme', 'exports', 'brief.html'), '<script>alert(1)</script>');
  writeFileSync(join(workspace, 'workspace.json'), SECRET);
  server = await serveHandlers({ handlers, workspaceRoot: workspace, staticDir });
  port = server.port;
  cookie = `${cookieName(port)}=${server.token}`;
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('launch URL and token', () => {
  it('listens on 127.0.0.1 with a 128-bit hex token in the launch URL', () => {
    expect(server.origin).toBe(`http://127.0.0.1:${port}`);
    expect(server.token).toMatch(/^[0-9a-f]{32}$/);
    expect(server.launchUrl).toBe(`http://127.0.0.1:${port}/?token=${server.token}`);
  });

  it('swaps a valid token for an HttpOnly SameSite=Strict cookie and redirects to / without it', async () => {
    const res = await send(port, { path: `/?token=${server.token}` });
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/');
    const setCookie = (res.headers['set-cookie'] ?? []).join('\n');
    expect(setCookie).toContain(`${cookieName(port)}=${server.token}`);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
  });

  it('refuses a wrong token and sets no cookie', async () => {
    const res = await send(port, { path: `/?token=${'0'.repeat(32)}` });
    expect(res.status).toBe(403);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('gives a new token to each launch', async () => {
    const other = await serveHandlers({ handlers, workspaceRoot: workspace, staticDir });
    try {
      expect(other.token).not.toBe(server.token);
      expect(other.port).not.toBe(port);
    } finally {
      await other.close();
    }
  });
});

describe('Host header (DNS rebinding)', () => {
  const foreign = (p: number) => [`evil.com:${p}`, `127.0.0.1.evil.com:${p}`, `localhost.evil.com:${p}`, `127.0.0.1:${p + 1}`, '127.0.0.1', 'localhost', `0.0.0.0:${p}`];

  it('answers 403 to every foreign Host, before anything else (even with a valid token)', async () => {
    for (const host of foreign(port)) {
      const page = await send(port, { path: `/?token=${server.token}`, headers: { host } });
      expect(page.status, host).toBe(403);
      expect(page.headers['set-cookie'], host).toBeUndefined();
      const call = await api('workspace.info', {}, { host });
      expect(call.status, host).toBe(403);
    }
    expect(calls).toHaveLength(0);
  });

  it('accepts 127.0.0.1, localhost and [::1] at our port', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `LOCALHOST:${port}`]) {
      const res = await send(port, { path: '/', headers: { host } });
      expect(res.status, host).toBe(200);
    }
  });
});

describe('API calls', () => {
  it('works with the cookie, POST and the custom header', async () => {
    const res = await api('workspace.info', {});
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, data: { shell: 'browser' } });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-type']).toMatch(/application\/json/);
  });

  it('accepts our own Origin', async () => {
    const res = await api('workspace.info', {}, { origin: `http://127.0.0.1:${port}` });
    expect(res.status).toBe(200);
  });

  it('answers 401 without the cookie or with a wrong one', async () => {
    for (const c of ['', `${cookieName(port)}=${'f'.repeat(32)}`, `dossier_token=${server.token}`, `${cookieName(port + 1)}=${server.token}`]) {
      const res = await api('workspace.info', {}, { cookie: c });
      expect(res.status, c).toBe(401);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false });
    }
  });

  it('refuses a foreign Origin with 403, even with the cookie', async () => {
    for (const origin of ['https://evil.com', `http://localhost:${port + 1}`, 'null', `https://127.0.0.1:${port}`]) {
      const res = await api('workspace.info', {}, { origin });
      expect(res.status, origin).toBe(403);
    }
  });

  it('refuses cross-site fetch metadata with 403', async () => {
    const res = await api('workspace.info', {}, { 'sec-fetch-site': 'cross-site' });
    expect(res.status).toBe(403);
  });

  it('refuses a call without the custom header with 403', async () => {
    const res = await send(port, {
      method: 'POST',
      path: '/api/workspace.info',
      headers: { 'content-type': 'application/json', cookie },
      body: '{}',
    });
    expect(res.status).toBe(403);
    const wrong = await api('workspace.info', {}, { 'x-dossier-request': '0' });
    expect(wrong.status).toBe(403);
  });

  it('only takes POST', async () => {
    const res = await send(port, { path: '/api/workspace.info', headers: { cookie, 'x-dossier-request': '1' } });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
  });

  it('answers an unknown operation and an invalid request with bad-request', async () => {
    const unknown = JSON.parse((await api('workspace.format', {})).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const invalid = JSON.parse((await api('companies.get', { slug: 42 })).body);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(invalid.error.message).toContain('slug');
  });

  it('passes DossierError codes through and hides unexpected errors', async () => {
    const missing = JSON.parse((await api('companies.get', { slug: 'nope' })).body);
    expect(missing).toEqual({ ok: false, error: { code: 'not-found', message: 'There is no company folder called nope.' } });
    const internal = JSON.parse((await api('companies.list', {})).body);
    expect(internal.error.code).toBe('internal');
    expect(internal.error.message).not.toContain('disk on fire');
  });

  it('answers 400 to a body that is not JSON', async () => {
    const res = await send(port, {
      method: 'POST',
      path: '/api/workspace.info',
      headers: { 'content-type': 'application/json', 'x-dossier-request': '1', cookie },
      body: '{not json',
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('answers 413 to a body over 10 MB', async () => {
    const res = await api('documents.import', { company: 'acme', markdown: 'x'.repeat(10 * 1024 * 1024 + 10) });
    expect(res.status).toBe(413);
  });
});

describe('headers', () => {
  it('sends nosniff, the app CSP, no-referrer and DENY framing on pages and API answers', async () => {
    for (const res of [await send(port, { path: '/' }), await api('workspace.info', {}), await send(port, { path: '/api/x' })]) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['permissions-policy']).toContain('camera=()');
    }
  });

  it('never sends Access-Control-* headers, not even to a preflight', async () => {
    const responses = [
      await send(port, { method: 'OPTIONS', path: '/api/workspace.info', headers: { origin: 'https://evil.com', 'access-control-request-method': 'POST' } }),
      await api('workspace.info', {}, { origin: 'https://evil.com' }),
      await api('workspace.info', {}),
      await send(port, { path: '/' }),
    ];
    for (const res of responses) {
      expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('uses the same CSP as src/renderer/index.html', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../../src/renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('static files', () => {
  it('serves index.html for / and app routes, and assets with their types', async () => {
    const index = await send(port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.body).toContain('<title>Dossier</title>');
    expect((await send(port, { path: '/companies/acme' })).body).toContain('<title>Dossier</title>');
    const js = await send(port, { path: '/assets/app.js' });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const css = await send(port, { path: '/assets/style.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await send(port, { path: '/assets/missing.js' })).status).toBe(404);
  });

  it('refuses path traversal in every spelling', async () => {
    const attempts = [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/%2e%2e%5c%2e%2e%5csecret.txt',
      '/%00/secret.txt',
      '/%2fetc%2fpasswd',
      '/assets/%ef%bc%8e%ef%bc%8e/secret.txt',
      '//etc/passwd',
    ];
    for (const path of attempts) {
      const res = await send(port, { path });
      expect(res.body, path).not.toContain(SECRET);
      expect(res.body, path).not.toContain('root:');
      // The URL parser may normalise "%2e%2e" away, leaving the app itself: harmless.
      if (res.status === 200) expect(res.body, path).toContain('<title>Dossier</title>');
      else expect([400, 403, 404], path).toContain(res.status);
    }
  });

  it('only serves GET and HEAD', async () => {
    expect((await send(port, { method: 'POST', path: '/' })).status).toBe(405);
    const head = await send(port, { method: 'HEAD', path: '/' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});

describe('exports', () => {
  it('needs the cookie', async () => {
    expect((await send(port, { path: '/exports/acme/brief.pdf' })).status).toBe(401);
  });

  it('serves a company export inline (PDF) or as a download', async () => {
    const pdf = await send(port, { path: '/exports/acme/brief.pdf', headers: { cookie } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^inline; filename="brief.pdf"/);
    const download = await send(port, { path: '/exports/acme/brief.pdf?download=1', headers: { cookie } });
    expect(download.headers['content-disposition']).toMatch(/^attachment/);
  });

  it('never lets an exported HTML file run script in the app origin', async () => {
    const html = await send(port, { path: '/exports/acme/brief.html', headers: { cookie } });
    expect(html.headers['content-disposition']).toMatch(/^attachment/);
    expect(html.headers['content-security-policy']).toMatch(/^sandbox/);
  });

  it('refuses anything outside an exports folder', async () => {
    for (const path of ['/exports/acme/..%2f..%2fworkspace.json', '/exports/..%2f..%2fworkspace.json/x', '/exports/%2e%2e/%2e%2e', '/exports/acme/%2e%2e', '/exports/acme', '/exports/acme/x/y']) {
      const res = await send(port, { path, headers: { cookie } });
      expect(res.body, path).not.toContain(SECRET);
      // The URL parser may normalise "%2e%2e" away, leaving the app itself: harmless.
      if (res.status === 200) expect(res.body, path).toContain('<title>Dossier</title>');
      else expect([400, 403, 404], path).toContain(res.status);
    }
  });
});
