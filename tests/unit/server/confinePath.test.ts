import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confinePath } from '../../../src/node/confinePath';
import { DossierError } from '../../../src/core/errors';

let root: string;
let outside: string;

beforeAll(() => {
  outside = mkdtempSync(join(tmpdir(), 'dossier-outside-'));
  root = mkdtempSync(join(tmpdir(), 'dossier-confine-'));
  mkdirSync(join(root, 'companies', 'acme', 'exports'), { recursive: true });
  writeFileSync(join(root, 'companies', 'acme', 'exports', 'brief.pdf'), 'x');
  writeFileSync(join(outside, 'secret.txt'), 'secret');
  symlinkSync(outside, join(root, 'companies', 'link'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('confinePath', () => {
  it('resolves workspace-relative paths inside the root', () => {
    expect(confinePath(root, 'companies/acme/exports/brief.pdf')).toBe(join(root, 'companies', 'acme', 'exports', 'brief.pdf'));
    expect(confinePath(root, 'companies\\acme')).toBe(join(root, 'companies', 'acme'));
    expect(confinePath(root, 'companies/acme/exports/not-yet.pdf')).toBe(join(root, 'companies', 'acme', 'exports', 'not-yet.pdf'));
  });

  it.each([
    '../secret.txt',
    'companies/../../secret.txt',
    '..\\secret.txt',
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    'companies/./acme',
    'companies/acme\u0000.pdf',
    'companies/\u202eacme',
    '\uff0e\uff0e/secret.txt',
    'companies\uff0facme',
    '',
    'companies/link/secret.txt',
  ])('refuses %j', (rel) => {
    expect(() => confinePath(root, rel)).toThrow(DossierError);
    try {
      confinePath(root, rel);
    } catch (err) {
      expect((err as DossierError).code).toBe('unsafe-path');
    }
  });
});
