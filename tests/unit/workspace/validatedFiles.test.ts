// .dossier/validated.json: files whose bytes validated before are read with JSON.parse alone; a
// file changed on disk, a stale or broken cache, or a file not in Dossier's own form is validated
// in full, and a broken file is still named and never written.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentHash, openWorkspace } from '../../../src/core/workspace/openWorkspace';
import type { OpenedWorkspace } from '../../../src/core/workspace/openWorkspace';
import { parseDossierFile } from '../../../src/core/workspace/parseDossierFile';
import type * as ParseDossierFile from '../../../src/core/workspace/parseDossierFile';
import { VALIDATED_FILE, readValidatedFiles, sameJson, validatedKey, validationRules, writeValidatedFiles } from '../../../src/core/workspace/validatedFiles';
import type { DocumentFile } from '../../../src/core/workspace/schemas';
import { docInput } from './fixtures/docInput';
import { removeTempDirs, tempDir } from './fixtures/tempDir';
import { caught } from './fixtures/caught';

// Counts full validations while keeping the real parser.
vi.mock('../../../src/core/workspace/parseDossierFile', async (importOriginal) => {
  const real = await importOriginal<typeof ParseDossierFile>();
  return { ...real, parseDossierFile: vi.fn(real.parseDossierFile) };
});
const validations = vi.mocked(parseDossierFile);

afterAll(removeTempDirs);
beforeEach(() => {
  validations.mockClear();
});

/** A workspace saved by Dossier (workspace.json, one company, two documents: 4 files), opened once since, so all 4 are recorded. */
function setup() {
  const root = tempDir();
  const store = openWorkspace(root);
  const c = store.createCompany('Acme', null);
  const a = store.createDocument(docInput(c.slug, { title: 'First' }));
  const b = store.createDocument(docInput(c.slug, { title: 'Second' }));
  store.close();
  openWorkspace(root).close();
  const rel = (id: string) => `companies/${c.slug}/documents/${id}.json`;
  return { root, slug: c.slug, a: a.id, b: b.id, fileA: path.join(root, rel(a.id)), fileB: path.join(root, rel(b.id)), relA: rel(a.id) };
}

const cacheFile = (root: string) => path.join(root, VALIDATED_FILE);
const keysOnDisk = (root: string) => (JSON.parse(fs.readFileSync(cacheFile(root), 'utf8')) as { files: string[] }).files;
const keyOf = (kind: 'workspace' | 'company' | 'document', file: string) => validatedKey(kind, contentHash(fs.readFileSync(file)));

function everything(store: OpenedWorkspace) {
  return {
    workspace: store.workspace(),
    companies: store.listCompanies().map((c) => ({ company: store.getCompany(c.slug), documents: store.listDocuments(c.slug).map((d) => store.getDocument(c.slug, d.id)) })),
    problems: store.problems(),
  };
}

describe('validated-files cache', () => {
  it('records every file at open, then reads them without validating, giving the same data', () => {
    const { root, fileA, fileB } = setup();
    fs.rmSync(cacheFile(root), { force: true });
    validations.mockClear();
    const first = openWorkspace(root);
    expect(validations).toHaveBeenCalledTimes(4);
    const viaSchemas = everything(first);
    first.close();
    expect(keysOnDisk(root)).toEqual(expect.arrayContaining([keyOf('document', fileA), keyOf('document', fileB)]));
    expect(keysOnDisk(root)).toHaveLength(4);

    validations.mockClear();
    const second = openWorkspace(root, { readOnly: true });
    expect(validations).not.toHaveBeenCalled();
    expect(everything(second)).toEqual(viaSchemas);
    second.close();
  });

  it('a file changed on disk is validated again, even with the same size and modification time', () => {
    const { root, slug, a, fileA } = setup();
    openWorkspace(root).close();
    const before = fs.statSync(fileA);
    const text = fs.readFileSync(fileA, 'utf8');
    const changed = text.replace('"First"', '"Fir5t"');
    expect(changed.length).toBe(text.length);
    fs.writeFileSync(fileA, changed);
    fs.utimesSync(fileA, before.atime, before.mtime);
    validations.mockClear();
    const store = openWorkspace(root);
    expect(validations).toHaveBeenCalledTimes(1);
    expect(validations.mock.calls[0]![2]).toMatch(new RegExp(`${a}\\.json$`));
    expect(store.getDocument(slug, a).title).toBe('Fir5t');
    store.close();
    // The new bytes replace the old key.
    expect(keysOnDisk(root)).toContain(keyOf('document', fileA));
    expect(keysOnDisk(root)).not.toContain(validatedKey('document', contentHash(text)));
  });

  it('a document changed into a schema-invalid one is reported by name and left byte-identical', () => {
    const { root, slug, a, fileA, relA } = setup();
    openWorkspace(root).close();
    const bad = fs.readFileSync(fileA, 'utf8').replace('"title": "First"', '"title": 5');
    fs.writeFileSync(fileA, bad);
    const store = openWorkspace(root);
    expect(store.problems().map((p) => p.file)).toEqual([relA]);
    expect(store.problems()[0]!.message).toMatch(/field “title”/);
    expect(store.listDocuments(slug).map((d) => d.id)).not.toContain(a);
    expect(caught(() => store.updateDocument(slug, a, null, (d) => ({ ...d, title: 'x' }))).code).toBe('corrupt-file');
    store.close();
    expect(fs.readFileSync(fileA, 'utf8')).toBe(bad);
    expect(keysOnDisk(root)).not.toContain(keyOf('document', fileA));
  });

  it('a cache naming broken bytes does not make them readable: the file is validated and reported by name', () => {
    const { root, slug, a, fileA, relA } = setup();
    const broken = '{\n  "schemaVersion": 1,\n  "id": "x"\n  "title": "oops"\n}\n';
    const wrongShape = JSON.stringify({ schemaVersion: 2, id: 'x' });
    for (const content of [broken, wrongShape]) {
      fs.writeFileSync(fileA, content);
      writeValidatedFiles(root, [keyOf('document', fileA)]);
      const store = openWorkspace(root);
      expect(store.problems().map((p) => p.file)).toEqual([relA]);
      expect(caught(() => store.getDocument(slug, a)).code).toBe('corrupt-file');
      store.close();
      expect(fs.readFileSync(fileA, 'utf8')).toBe(content);
    }
  });

  it.each([
    ['garbage', 'not json at all {'],
    ['empty', ''],
    ['null', 'null'],
    ['other rules', JSON.stringify({ format: 1, rules: 'an older Dossier', files: [] })],
    ['other format', JSON.stringify({ format: 99, rules: validationRules(), files: [] })],
    ['files not a list', JSON.stringify({ format: 1, rules: validationRules(), files: 'everything' })],
  ])('a %s cache file is ignored: every file is validated and the cache is rewritten', (_name, content) => {
    const { root } = setup();
    fs.writeFileSync(cacheFile(root), content);
    validations.mockClear();
    const store = openWorkspace(root);
    expect(validations).toHaveBeenCalledTimes(4);
    expect(store.problems()).toEqual([]);
    store.close();
    expect(keysOnDisk(root)).toHaveLength(4);
    expect(readValidatedFiles(root).size).toBe(4);
  });

  it('a stale key (a file deleted or changed since) is dropped at the next write', () => {
    const { root, slug, b, fileB } = setup();
    openWorkspace(root).close();
    const oldKey = keyOf('document', fileB);
    const store = openWorkspace(root);
    store.deleteDocument(slug, b);
    store.close();
    expect(fs.existsSync(fileB)).toBe(false);
    expect(keysOnDisk(root)).not.toContain(oldKey);
    // A key left by some other writer for bytes no file has is dropped too.
    writeValidatedFiles(root, [...keysOnDisk(root), validatedKey('document', contentHash('{"gone": true}'))]);
    openWorkspace(root).close();
    expect(keysOnDisk(root)).toHaveLength(3);
  });

  it('a save drops the old bytes’ key; the next open validates the saved bytes once and records them', () => {
    const { root, slug, a, fileA } = setup();
    openWorkspace(root).close();
    const store = openWorkspace(root);
    store.updateDocument(slug, a, null, (d) => ({ ...d, title: 'Edited' }));
    store.close();
    expect(keysOnDisk(root)).not.toContain(keyOf('document', fileA));
    validations.mockClear();
    openWorkspace(root).close();
    expect(validations).toHaveBeenCalledTimes(1);
    expect(keysOnDisk(root)).toContain(keyOf('document', fileA));
    validations.mockClear();
    openWorkspace(root).close();
    expect(validations).not.toHaveBeenCalled();
  });

  type Doc = Record<string, unknown>;
  const pretty = (d: Doc) => JSON.stringify(d, null, 2) + '\n';
  const oldRevision = { revision: 0, at: '2026-01-01T00:00:00.000Z', reason: 'manual', title: 'Old', sections: {} };

  it.each<[string, (d: Doc) => string, (doc: DocumentFile) => void]>([
    ['missing defaults', (d) => pretty({ ...d, tags: undefined, rehearsals: undefined }), (doc) => expect(doc.rehearsals).toEqual([])],
    ['a nested default missing', (d) => pretty({ ...d, history: [oldRevision] }), (doc) => expect(doc.history[0]).toMatchObject({ label: '', score: null })],
    ['an unknown field', (d) => pretty({ ...d, extra: 1 }), (doc) => expect(doc).not.toHaveProperty('extra')],
    ['version 0', (d) => JSON.stringify({ id: d.id, templateId: d.templateId, title: d.title, company: d.company, body: '## Problem\nx' }), (doc) => expect(doc.sections).toEqual({ problem: 'x' })],
  ])('a file validation changes (%s) is not recorded, so it is validated at every open', (_name, rewrite, check) => {
    const { root, slug, a, fileA } = setup();
    fs.writeFileSync(fileA, rewrite(JSON.parse(fs.readFileSync(fileA, 'utf8')) as Doc));
    for (let i = 0; i < 2; i++) {
      validations.mockClear();
      const store = openWorkspace(root);
      expect(validations).toHaveBeenCalledTimes(1);
      check(store.getDocument(slug, a));
      store.close();
      expect(keysOnDisk(root)).not.toContain(keyOf('document', fileA));
    }
  });

  it.each<[string, (d: Doc) => string]>([
    ['a byte-order mark', (d) => '\uFEFF' + pretty(d)],
    ['no indentation', (d) => JSON.stringify(d)],
    ['its fields in another order', (d) => pretty(Object.fromEntries(Object.entries(d).reverse()))],
  ])('a file with %s that validates unchanged is recorded and then read the same without validating', (_name, rewrite) => {
    const { root, slug, a, fileA } = setup();
    fs.writeFileSync(fileA, rewrite(JSON.parse(fs.readFileSync(fileA, 'utf8')) as Doc));
    validations.mockClear();
    const first = openWorkspace(root);
    expect(validations).toHaveBeenCalledTimes(1);
    const validated = everything(first);
    first.close();
    expect(keysOnDisk(root)).toContain(keyOf('document', fileA));
    validations.mockClear();
    const second = openWorkspace(root);
    expect(validations).not.toHaveBeenCalled();
    expect(everything(second)).toEqual(validated);
    expect(second.getDocument(slug, a).title).toBe('First');
    second.close();
  });

  it('sameJson: equal JSON values whatever the key order; any other difference counts', () => {
    const base = { a: [1, { b: 'x', c: null }], d: true };
    expect(sameJson(base, { d: true, a: [1, { c: null, b: 'x' }] })).toBe(true);
    for (const other of [
      { a: [1, { b: 'x', c: null }], d: false },
      { a: [1, { b: 'x' }], d: true },
      { a: [1, { b: 'x', c: null, e: 1 }], d: true },
      { a: [{ b: 'x', c: null }, 1], d: true },
      { a: { 0: 1, 1: { b: 'x', c: null } }, d: true },
      { a: [1, { b: 'x', c: undefined }], d: true },
      { a: [1, { b: 'x', c: 0 }], d: true },
    ]) {
      expect(sameJson(base, other)).toBe(false);
    }
  });

  it('the cache belongs to the schemas, migrations and zod version it was written under', () => {
    const rules = validationRules();
    for (const part of [/schema 1\|/, /zod \d+\.\d+\.\d+/, /schemas\.ts:\d/, /migrations\.ts:\d/, /parseDossierFile\.ts:\d/]) expect(rules).toMatch(part);
  });

  it('a read-only open uses the cache but never writes it', () => {
    const { root } = setup();
    fs.rmSync(cacheFile(root), { force: true });
    openWorkspace(root, { readOnly: true }).close();
    expect(fs.existsSync(cacheFile(root))).toBe(false);
    openWorkspace(root).close();
    const written = fs.readFileSync(cacheFile(root), 'utf8');
    validations.mockClear();
    openWorkspace(root, { readOnly: true }).close();
    expect(validations).not.toHaveBeenCalled();
    expect(fs.readFileSync(cacheFile(root), 'utf8')).toBe(written);
  });

  it('refresh validates a file changed while open and records it for the next open', () => {
    const { root, slug, a, fileA, relA } = setup();
    const store = openWorkspace(root);
    const text = fs.readFileSync(fileA, 'utf8');
    fs.writeFileSync(fileA, text.replace('"First"', '"From the laptop"'));
    validations.mockClear();
    expect(store.refresh()).toEqual([relA]);
    expect(validations).toHaveBeenCalledTimes(1);
    expect(store.getDocument(slug, a).title).toBe('From the laptop');
    expect(keysOnDisk(root)).toContain(keyOf('document', fileA));
    expect(keysOnDisk(root)).not.toContain(validatedKey('document', contentHash(text)));
    store.close();
  });
});

describe('opening without documents (the CLI’s settings-only read)', () => {
  it('reads workspace.json and the company files only, and refuses to be a writer', () => {
    const { root, slug, fileA } = setup();
    fs.rmSync(cacheFile(root), { force: true });
    fs.writeFileSync(fileA, 'not json');
    validations.mockClear();
    const store = openWorkspace(root, { readOnly: true, documents: false });
    expect(validations.mock.calls.map((c) => c[0])).toEqual(['workspace', 'company']);
    expect(store.workspace().settings.pageSize).toBe('letter');
    expect(store.listCompanies().map((c) => c.slug)).toEqual([slug]);
    expect(store.listDocuments(slug)).toEqual([]);
    expect(store.problems()).toEqual([]);
    expect(store.refresh()).toEqual([]);
    store.close();
    expect(caught(() => openWorkspace(root, { documents: false })).code).toBe('bad-request');
    // A full open still names the broken document.
    const full = openWorkspace(root, { readOnly: true });
    expect(full.problems()).toHaveLength(1);
    full.close();
  });
});
