import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAppUrl, isExternalWebUrl, trustedDevServerUrl } from '../../../electron/main/isAppUrl';

const rendererDir = join('/opt', 'dossier', 'out', 'renderer');
const prod = { rendererDir, devServerUrl: null };
const dev = { rendererDir, devServerUrl: 'http://localhost:5173' };
const file = (p: string) => pathToFileURL(p).href;

describe('isAppUrl', () => {
  it.each([
    ['app://dossier/index.html', prod, true],
    ['app://dossier/index.html#/companies/acme', prod, true],
    ['app://dossier/assets/index-abc.js', prod, true],
    ['app://evil/index.html', prod, false],
    ['app://dossier.evil.com/index.html', prod, false],
    // The built files on disk are not the app any more: only app:// is.
    [file(join(rendererDir, 'index.html')), prod, false],
    ['file:///etc/passwd', prod, false],
    ['file://evil.example/share/index.html', prod, false],
    ['http://localhost:5173/', prod, false],
    ['http://localhost:5173/', dev, true],
    ['http://localhost:5173/src/main.tsx', dev, true],
    ['http://localhost:5174/', dev, false],
    ['https://localhost:5173/', dev, false],
    ['http://localhost.evil.com:5173/', dev, false],
    ['https://evil.com/', dev, false],
    ['data:text/html,hi', dev, false],
    ['not a url', prod, false],
  ])('%s -> %s', (url, app, expected) => {
    expect(isAppUrl(url, app)).toBe(expected);
  });
});

describe('trustedDevServerUrl', () => {
  const devBuild = { isPackaged: false, isDevBuild: true };
  it.each([
    ['http://localhost:5173', 'http://localhost:5173/'],
    ['http://127.0.0.1:5173', 'http://127.0.0.1:5173/'],
    ['http://127.8.9.10:4000/', 'http://127.8.9.10:4000/'],
    ['http://[::1]:5173', 'http://[::1]:5173/'],
    ['https://localhost:5173', 'https://localhost:5173/'],
    ['https://evil.com', null],
    ['http://192.168.1.20:5173', null],
    ['http://10.0.0.1:5173', null],
    ['http://localhost.evil.com:5173', null],
    ['http://127.0.0.1.evil.com', null],
    ['http://user:pw@localhost:5173', null],
    ['file:///tmp/evil.html', null],
    ['javascript:alert(1)', null],
    ['not a url', null],
    ['', null],
  ])('in a development build, %j -> %j', (value, expected) => {
    expect(trustedDevServerUrl({ ...devBuild, value })).toBe(expected);
  });

  it('is ignored in a packaged app and in a production build, even on loopback', () => {
    expect(trustedDevServerUrl({ isPackaged: true, isDevBuild: true, value: 'http://localhost:5173' })).toBeNull();
    expect(trustedDevServerUrl({ isPackaged: false, isDevBuild: false, value: 'http://localhost:5173' })).toBeNull();
    expect(trustedDevServerUrl({ isPackaged: false, isDevBuild: true, value: undefined })).toBeNull();
  });
});

describe('isExternalWebUrl', () => {
  it.each([
    ['https://example.com', true],
    ['http://example.com', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['mailto:a@b.c', false],
    ['smb://host/share', false],
    ['ms-msdt:/id', false],
    ['', false],
  ])('%s -> %s', (url, expected) => {
    expect(isExternalWebUrl(url)).toBe(expected);
  });
});
