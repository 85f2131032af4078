import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAppUrl, isExternalWebUrl } from '../../../electron/main/isAppUrl';

const rendererDir = join('/opt', 'dossier', 'out', 'renderer');
const prod = { rendererDir, devServerUrl: null };
const dev = { rendererDir, devServerUrl: 'http://localhost:5173' };
const file = (p: string) => pathToFileURL(p).href;

describe('isAppUrl', () => {
  it.each([
    [file(join(rendererDir, 'index.html')), prod, true],
    [`${file(join(rendererDir, 'index.html'))}#/companies/acme`, prod, true],
    [file(join(rendererDir, 'assets', 'index-abc.js')), prod, true],
    [file(join(rendererDir, '..', 'main', 'index.js')), prod, false],
    [file(`${rendererDir}-evil/index.html`), prod, false],
    [file(rendererDir), prod, false],
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
