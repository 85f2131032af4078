// The app:// scheme serves only the built renderer, with the app's CSP, and nothing else.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appFileFor, APP_INDEX_URL, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from '../../../electron/main/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../src/node/contentSecurityPolicy';

const dir = mkdtempSync(join(tmpdir(), 'dossier-app-scheme-'));
const rendererDir = join(dir, 'out', 'renderer');
mkdirSync(join(rendererDir, 'assets'), { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Dossier</title>');
writeFileSync(join(rendererDir, 'assets', 'app-1.js'), 'console.log(1)');
writeFileSync(join(dir, 'out', 'secret.txt'), 'not for the page');
writeFileSync(join(dir, 'out', 'renderer-evil.html'), 'sibling');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const handler = createAppProtocolHandler({ rendererDir });
const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('app:// scheme', () => {
  it('is registered as standard and secure so the page has a real origin', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    expect(APP_INDEX_URL).toBe('app://dossier/index.html');
  });

  it('serves the page with the app CSP, nosniff and its type', async () => {
    const res = await get(APP_INDEX_URL);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<title>Dossier</title>');
    const script = await get('app://dossier/assets/app-1.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://dossier/')).status).toBe(200);
  });

  it.each([
    'app://dossier/../secret.txt',
    'app://dossier/%2e%2e/secret.txt',
    'app://dossier/%2e%2e%2fsecret.txt',
    'app://dossier/..%5csecret.txt',
    'app://dossier/%2e%2e/renderer-evil.html',
    'app://dossier/assets/missing.js',
    'app://dossier/index.html%00.js',
    'app://other/index.html',
    'app://dossier/%E0%A4%A',
  ])('refuses %s', async (url) => {
    expect((await get(url)).status).toBe(404);
  });

  it('serves reads only', async () => {
    expect((await get(APP_INDEX_URL, 'POST')).status).toBe(405);
    const head = await get(APP_INDEX_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('maps URLs to files inside the renderer folder only', () => {
    expect(appFileFor('app://dossier/assets/app-1.js', rendererDir)).toBe(join(rendererDir, 'assets', 'app-1.js'));
    expect(appFileFor('file:///etc/passwd', rendererDir)).toBeNull();
    // The URL parser resolves dot segments first, so "/../../etc/passwd" stays inside the folder.
    expect(appFileFor('app://dossier/../../etc/passwd', rendererDir)).toBe(join(rendererDir, 'etc', 'passwd'));
  });
});
