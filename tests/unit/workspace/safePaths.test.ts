// Table tests for resolveInside (nothing escapes the workspace) and company slugs.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveInside, resolveRelative } from '../../../src/core/workspace/resolveInside';
import { toSlug, uniqueSlug } from '../../../src/core/workspace/slugify';
import { newDocumentId } from '../../../src/core/workspace/newDocumentId';
import { DossierError } from '../../../src/core/errors';
import { removeTempDirs, tempDir } from './fixtures/tempDir';

afterAll(removeTempDirs);

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return err instanceof DossierError ? err.code : 'other';
  }
  return 'ok';
}

const REJECTED: Array<[string, string[]]> = [
  ['parent folder', ['..']],
  ['parent then file', ['..', 'etc', 'passwd']],
  ['dot', ['.']],
  ['three dots', ['...']],
  ['absolute path', ['/etc/passwd']],
  ['nested separator', ['a/b']],
  ['backslash', ['a\\b']],
  ['parent inside a segment', ['../x']],
  ['url-encoded dots', ['%2e%2e']],
  ['url-encoded slash', ['a%2fb']],
  ['NUL', ['a\0b']],
  ['fullwidth full stops', ['．．']],
  ['fullwidth solidus', ['a／b']],
  ['division slash', ['a∕b']],
  ['RTL override', ['report\u202Efdp.json']],
  ['zero-width joiner', ['a\u200Db']],
  ['empty', ['']],
  ['Windows device name', ['con']],
  ['Windows device with extension', ['NUL.json']],
  ['trailing dot', ['name.']],
  ['drive letter', ['C:']],
  ['space', ['my file']],
];

describe('resolveInside', () => {
  const root = tempDir();
  it.each(REJECTED)('rejects %s', (_name, segments) => {
    expect(code(() => resolveInside(root, 'companies', ...segments))).toBe('unsafe-path');
  });

  it.each([
    [['workspace.json']],
    [['companies', 'acme-bank', 'documents', 'abc123.json']],
    [['.dossier', 'backups', 'companies', 'x', 'dossier.json', '2026-11-23T09-26-43-123Z-000.json']],
  ])('accepts %j', (segments) => {
    expect(resolveInside(root, ...segments)).toBe(path.join(root, ...segments));
  });

  it('rejects a link that leads outside the workspace', () => {
    const outside = tempDir();
    fs.mkdirSync(path.join(root, 'companies'), { recursive: true });
    fs.symlinkSync(outside, path.join(root, 'companies', 'evil'));
    expect(code(() => resolveInside(root, 'companies', 'evil', 'dossier.json'))).toBe('unsafe-path');
    fs.mkdirSync(path.join(root, 'companies', 'inside'), { recursive: true });
    fs.symlinkSync(path.join(root, 'companies', 'inside'), path.join(root, 'companies', 'alias'));
    expect(code(() => resolveInside(root, 'companies', 'alias', 'dossier.json'))).toBe('ok');
  });

  it.each([['../x.json'], ['/etc/passwd'], ['companies\\a'], ['C:/x'], ['companies//x'], ['companies/%2e%2e/x']])(
    'resolveRelative rejects %s',
    (rel) => {
      expect(code(() => resolveRelative(root, rel))).toBe('unsafe-path');
    },
  );
});

describe('company slugs', () => {
  it.each([
    ['Wells Fargo', 'wells-fargo'],
    ['JPMorgan Chase & Co.', 'jpmorgan-chase-and-co'],
    ['Société Générale', 'societe-generale'],
    ['  --Ünïcödé--  ', 'unicode'],
    ['招商银行', 'company'],
    ['!!!', 'company'],
    ['..', 'company'],
    ['CON', 'con-company'],
    ['com1', 'com1-company'],
    ['ＦＵＬＬ　ＷＩＤＴＨ', 'full-width'],
    ['a'.repeat(80), 'a'.repeat(60)],
    ['Name\u202Egnp.exe', 'name-gnp-exe'],
  ])('%j -> %j', (name, slug) => {
    expect(toSlug(name)).toBe(slug);
  });

  it('is unique with -2, -3 and stays within 60 characters', () => {
    const taken = new Set(['acme', 'acme-2']);
    expect(uniqueSlug('Acme', (s) => taken.has(s))).toBe('acme-3');
    const long = 'b'.repeat(70);
    const slug = uniqueSlug(long, (s) => s === 'b'.repeat(60));
    expect(slug).toBe(`${'b'.repeat(58)}-2`);
  });

  it('every slug is a safe path segment (property)', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (name) => {
        const slug = toSlug(name);
        return /^[a-z0-9-]{1,60}$/.test(slug) && code(() => resolveInside('/tmp/ws', 'companies', slug)) === 'ok';
      }),
    );
  });
});

describe('document ids', () => {
  it('are random and url-safe', () => {
    const ids = new Set(Array.from({ length: 500 }, () => newDocumentId()));
    expect(ids.size).toBe(500);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]{16}$/);
  });
});
