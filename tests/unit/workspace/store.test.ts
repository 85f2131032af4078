// Round trip, layout, backups, trash and the in-memory index of the workspace store.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src/core/workspace/openWorkspace';
import type { OpenedWorkspace } from '../../../src/core/workspace/openWorkspace';
import { DossierError } from '../../../src/core/errors';
import { docInput } from './fixtures/docInput';
import { removeTempDirs, tempDir } from './fixtures/tempDir';

const open: OpenedWorkspace[] = [];
function openStore(root: string, opts: Parameters<typeof openWorkspace>[1] = {}): OpenedWorkspace {
  const store = openWorkspace(root, opts);
  open.push(store);
  return store;
}
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});
afterAll(removeTempDirs);

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return err instanceof DossierError ? err.code : `not a DossierError: ${String(err)}`;
  }
  return 'no error';
}

describe('workspace store', () => {
  it('creates the workspace layout on first open, and not again', () => {
    const root = path.join(tempDir(), 'My Dossier');
    const store = openStore(root);
    expect(store.created).toBe(true);
    expect(fs.existsSync(path.join(root, 'workspace.json'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'companies'))).toBe(true);
    expect(fs.existsSync(path.join(root, '.dossier', 'lock'))).toBe(true);
    const ws = JSON.parse(fs.readFileSync(path.join(root, 'workspace.json'), 'utf8')) as { schemaVersion: number };
    expect(ws.schemaVersion).toBe(1);
    // Pretty-printed.
    expect(fs.readFileSync(path.join(root, 'workspace.json'), 'utf8')).toContain('\n  "schemaVersion": 1');
    store.close();
    expect(fs.existsSync(path.join(root, '.dossier', 'lock'))).toBe(false);
    expect(openStore(root).created).toBe(false);
  });

  it('round-trips companies, documents and settings through a reopen', () => {
    const root = tempDir();
    const store = openStore(root);
    const acme = store.createCompany('Société Générale (NY)', null);
    expect(acme.slug).toBe('societe-generale-ny');
    const other = store.createCompany('Société Générale (NY)', 'fintech');
    expect(other.slug).toBe('societe-generale-ny-2');
    const doc = store.createDocument(docInput(acme.slug, { tags: ['execution-rigor'] }));
    expect(doc.id).toMatch(/^[a-z0-9]{16}$/);
    expect(doc.revision).toBe(0);
    expect(fs.existsSync(path.join(root, 'companies', acme.slug, 'documents', `${doc.id}.json`))).toBe(true);
    expect(fs.existsSync(path.join(root, 'companies', acme.slug, 'exports'))).toBe(true);
    const saved = store.updateDocument(acme.slug, doc.id, 0, (d) => ({ ...d, title: 'Real-time fraud scoring' }));
    expect(saved.revision).toBe(1);
    store.updateSettings({ candidateName: 'Ana Li', privateTerms: ['Project Falcon'] });
    store.close();

    const again = openStore(root);
    expect(again.listCompanies().map((c) => c.slug)).toEqual([acme.slug, other.slug]);
    expect(again.listCompanies()[0]).toMatchObject({ name: 'Société Générale (NY)', documentCount: 1, archived: false });
    expect(again.getDocument(acme.slug, doc.id)).toEqual(saved);
    expect(again.listDocuments(acme.slug)).toEqual([
      expect.objectContaining({ id: doc.id, title: 'Real-time fraud scoring', revision: 1, tags: ['execution-rigor'], lastScore: null }),
    ]);
    expect(again.workspace().settings).toMatchObject({ candidateName: 'Ana Li', privateTerms: ['Project Falcon'] });
  });

  it('hands out copies, so a caller cannot change the store by accident', () => {
    const store = openStore(tempDir());
    const c = store.createCompany('Acme', null);
    const doc = store.createDocument(docInput(c.slug));
    const got = store.getDocument(c.slug, doc.id);
    got.title = 'changed';
    expect(store.getDocument(c.slug, doc.id).title).toBe('Card-fraud scoring');
  });

  it('keeps the newest versions of a file as backups, the one just saved included', () => {
    const root = tempDir();
    let t = Date.parse('2026-11-23T10:00:00Z');
    const store = openStore(root, { now: () => new Date((t += 1000)), backupsToKeep: 3 });
    const c = store.createCompany('Acme', null);
    const doc = store.createDocument(docInput(c.slug));
    const rel = `companies/${c.slug}/documents/${doc.id}.json`;
    const file = path.join(root, rel);
    const texts: string[] = [fs.readFileSync(file, 'utf8')];
    for (let i = 1; i <= 5; i++) {
      store.updateDocument(c.slug, doc.id, null, (d) => ({ ...d, title: `v${i}` }));
      texts.push(fs.readFileSync(file, 'utf8'));
    }
    const dir = path.join(root, '.dossier', 'backups', ...rel.split('/'));
    const names = fs.readdirSync(dir).sort();
    expect(names).toHaveLength(3);
    // The three newest saved versions, byte for byte; no temp file is left in the folder.
    expect(names.map((n) => fs.readFileSync(path.join(dir, n), 'utf8'))).toEqual(texts.slice(-3));
  });

  it('moves a deleted document to the trash and brings it back', () => {
    const root = tempDir();
    const store = openStore(root);
    const c = store.createCompany('Acme', null);
    const doc = store.createDocument(docInput(c.slug));
    store.deleteDocument(c.slug, doc.id);
    expect(store.listDocuments(c.slug)).toEqual([]);
    expect(fs.existsSync(path.join(root, '.dossier', 'trash', c.slug, `${doc.id}.json`))).toBe(true);
    expect(code(() => store.getDocument(c.slug, doc.id))).toBe('not-found');
    expect(store.restoreDocument(c.slug, doc.id)).toEqual(doc);
    expect(store.listDocuments(c.slug).map((d) => d.id)).toEqual([doc.id]);
    expect(code(() => store.restoreDocument(c.slug, doc.id))).toBe('not-found');
  });

  it('refuses unknown companies and documents with not-found', () => {
    const store = openStore(tempDir());
    expect(code(() => store.getCompany('nope'))).toBe('not-found');
    expect(code(() => store.listDocuments('../etc'))).toBe('not-found');
    const c = store.createCompany('Acme', null);
    expect(code(() => store.getDocument(c.slug, 'missing'))).toBe('not-found');
    expect(code(() => store.updateDocument(c.slug, '..', null, (d) => d))).toBe('not-found');
  });

  it('refuses a document id that is not a safe file name', () => {
    const store = openStore(tempDir());
    const c = store.createCompany('Acme', null);
    expect(code(() => store.createDocument({ ...docInput(c.slug), id: '../x' }))).toBe('unsafe-path');
    expect(code(() => store.createDocument({ ...docInput(c.slug), id: 'a\u202Eb' }))).toBe('unsafe-path');
  });

  it('validates what a caller saves', () => {
    const store = openStore(tempDir());
    const c = store.createCompany('Acme', null);
    const doc = store.createDocument(docInput(c.slug));
    expect(() => store.updateDocument(c.slug, doc.id, null, (d) => ({ ...d, title: 'x'.repeat(301) }))).toThrow();
    expect(store.getDocument(c.slug, doc.id).title).toBe('Card-fraud scoring');
  });

  it('renames and archives a company without moving its folder', () => {
    const root = tempDir();
    const store = openStore(root);
    const c = store.createCompany('Acme', null);
    store.updateCompany(c.slug, (x) => ({ ...x, name: 'Acme Bank', archived: true }));
    expect(store.listCompanies()).toEqual([expect.objectContaining({ slug: 'acme', name: 'Acme Bank', archived: true })]);
    expect(fs.existsSync(path.join(root, 'companies', 'acme', 'dossier.json'))).toBe(true);
  });

  it('opens read-only without the lock and refuses to save', () => {
    const root = tempDir();
    const writer = openStore(root);
    const c = writer.createCompany('Acme', null);
    const reader = openStore(root, { readOnly: true });
    expect(reader.listCompanies().map((x) => x.slug)).toEqual([c.slug]);
    expect(code(() => reader.createCompany('Other', null))).toBe('unavailable');
    expect(code(() => openWorkspace(path.join(root, 'missing'), { readOnly: true }))).toBe('not-found');
    expect(fs.existsSync(path.join(root, 'missing'))).toBe(false);
  });

  it('refuses every call after close', () => {
    const store = openWorkspace(tempDir());
    store.close();
    expect(code(() => store.listCompanies())).toBe('unavailable');
  });
});

describe('leftover temp files', () => {
  it('are removed by the next writer and never taken for documents', () => {
    const root = tempDir();
    const s1 = openWorkspace(root);
    const c = s1.createCompany('Acme', null);
    const doc = s1.createDocument(docInput(c.slug));
    s1.close();
    const docs = path.join(root, 'companies', c.slug, 'documents');
    const leftover = path.join(docs, `.${doc.id}.json.4242.0123456789ab.tmp`);
    fs.writeFileSync(leftover, '{"half":');
    const reader = openStore(root, { readOnly: true });
    expect(reader.listDocuments(c.slug).map((d) => d.id)).toEqual([doc.id]);
    expect(fs.existsSync(leftover)).toBe(true); // read-only never deletes
    reader.close();
    const store = openStore(root);
    expect(store.problems()).toEqual([]);
    expect(fs.existsSync(leftover)).toBe(false);
    expect(fs.existsSync(path.join(docs, `${doc.id}.json`))).toBe(true);
  });
});

describe('unusable folders', () => {
  it('a workspace path that is a file gives a clear error', () => {
    const file = path.join(tempDir(), 'not-a-folder');
    fs.writeFileSync(file, 'x');
    let message = '';
    try {
      openWorkspace(file);
    } catch (err) {
      expect(err).toBeInstanceOf(DossierError);
      expect((err as DossierError).code).toBe('unavailable');
      message = (err as DossierError).message;
    }
    expect(message).toContain('cannot use the folder');
    expect(fs.readFileSync(file, 'utf8')).toBe('x');
  });
});
