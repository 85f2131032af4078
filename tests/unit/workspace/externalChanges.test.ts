// Changes made on disk by another program (sync tool, editor) are detected, never clobbered.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src/core/workspace/openWorkspace';
import type { OpenedWorkspace } from '../../../src/core/workspace/openWorkspace';
import { docInput } from './fixtures/docInput';
import { removeTempDirs, tempDir } from './fixtures/tempDir';
import { caught } from './fixtures/caught';
import { editOnDisk } from './fixtures/editOnDisk';
import { workspaceWithDocument } from './fixtures/workspaceWithDocument';

const open: OpenedWorkspace[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});
afterAll(removeTempDirs);

const setup = () => workspaceWithDocument(open);

describe('external changes', () => {
  it('refresh reloads a file another program changed and reports it', () => {
    const { store, slug, id, rel, file } = setup();
    expect(store.refresh()).toEqual([]);
    editOnDisk(file, (d) => ({ ...d, title: 'From the laptop', revision: 1 }));
    expect(store.refresh()).toEqual([rel]);
    expect(store.getDocument(slug, id).title).toBe('From the laptop');
    expect(store.refresh()).toEqual([]);
  });

  it('a save based on an older revision than the file on disk is a conflict, and nothing is overwritten', () => {
    const { store, slug, id, file } = setup();
    editOnDisk(file, (d) => ({ ...d, title: 'From the laptop', revision: 1 }));
    const before = fs.readFileSync(file, 'utf8');
    const err = caught(() => store.updateDocument(slug, id, 0, (d) => ({ ...d, title: 'From this window' })));
    expect(err.code).toBe('conflict');
    expect(err.message).toMatch(/changed somewhere else/);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    // The change was picked up and is reported by the next refresh.
    expect(store.getDocument(slug, id).title).toBe('From the laptop');
    expect(store.refresh()).toEqual([`companies/${slug}/documents/${id}.json`]);
  });

  it('an outside edit that keeps the same revision number still makes the old base conflict', () => {
    const { store, slug, id, file } = setup();
    store.updateDocument(slug, id, 0, (d) => ({ ...d, title: 'mine' }));
    editOnDisk(file, (d) => ({ ...d, title: 'edited in a text editor' })); // revision stays 1
    expect(caught(() => store.updateDocument(slug, id, 1, (d) => ({ ...d, title: 'clobber?' }))).code).toBe('conflict');
    const current = store.getDocument(slug, id);
    expect(current.title).toBe('edited in a text editor');
    // Saving on top of what is now known works, and keeps the outside edit's other fields.
    const saved = store.updateDocument(slug, id, current.revision, (d) => ({ ...d, sections: { ...d.sections, outcome: 'x' } }));
    expect(saved.title).toBe('edited in a text editor');
  });

  it('an outside edit keeping the size and modification time (touch -r) is detected, not overwritten', () => {
    const { store, slug, id, file, rel } = setup();
    // A whole-second mtime that utimes can set back exactly; refresh() takes it in (same bytes).
    const at = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    fs.utimesSync(file, at, at);
    expect(store.refresh()).toEqual([]);
    const original = fs.readFileSync(file, 'utf8');
    // Same length, same revision, same mtime: only the bytes differ.
    const edited = original.replace('"title": "', '"title": "X').replace(/"(.)"/, '"$1"');
    const sameLength = edited.replace(/\n\s*\}\s*$/, (tail) => tail.slice(1));
    expect(Buffer.byteLength(sameLength)).toBe(Buffer.byteLength(original));
    fs.writeFileSync(file, sameLength);
    fs.utimesSync(file, at, at);
    expect(fs.statSync(file).mtimeMs).toBe(at.getTime());

    const err = caught(() => store.updateDocument(slug, id, 0, (d) => ({ ...d, title: 'From this window' })));
    expect(err.code).toBe('conflict');
    expect(fs.readFileSync(file, 'utf8')).toBe(sameLength);
    expect(store.getDocument(slug, id).title.startsWith('X')).toBe(true);
    expect(store.refresh()).toEqual([rel]);
  });

  it('a save with no base revision applies to the newest content on disk', () => {
    const { store, slug, id, file } = setup();
    editOnDisk(file, (d) => ({ ...d, title: 'outside', revision: 4 }));
    const saved = store.updateDocument(slug, id, null, (d) => ({ ...d, tags: ['execution-rigor'] }));
    expect(saved).toMatchObject({ title: 'outside', revision: 5, tags: ['execution-rigor'] });
  });

  it('a file touched without a change is not reported', () => {
    const { store, file } = setup();
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(file, later, later);
    expect(store.refresh()).toEqual([]);
  });

  it('picks up documents and companies added or removed by a sync tool', () => {
    const { root, store, slug, id, rel, file } = setup();
    const copy = path.join(root, 'companies', slug, 'documents', 'fromlaptop123456.json');
    fs.copyFileSync(file, copy);
    fs.rmSync(file);
    const other = tempDir();
    const s2 = openWorkspace(other);
    s2.createCompany('Beta Bank', null);
    s2.close();
    fs.cpSync(path.join(other, 'companies', 'beta-bank'), path.join(root, 'companies', 'beta-bank'), { recursive: true });
    const changed = store.refresh();
    expect(changed).toEqual(expect.arrayContaining([rel, `companies/${slug}/documents/fromlaptop123456.json`, 'companies/beta-bank/dossier.json']));
    // The copied file takes the id of its file name.
    expect(store.listDocuments(slug).map((d) => d.id)).toEqual(['fromlaptop123456']);
    expect(store.getDocument(slug, 'fromlaptop123456').id).toBe('fromlaptop123456');
    expect(store.listCompanies().map((c) => c.slug)).toEqual([slug, 'beta-bank']);
    expect(caught(() => store.getDocument(slug, id)).code).toBe('not-found');
  });

  it('a file broken by another program becomes a problem and is not saved over', () => {
    const { store, slug, id, rel, file } = setup();
    fs.writeFileSync(file, '{"half":');
    expect(caught(() => store.updateDocument(slug, id, null, (d) => d)).code).toBe('corrupt-file');
    expect(store.problems().map((p) => p.file)).toEqual([rel]);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"half":');
  });
});

describe('identity follows the folder', () => {
  it('a company folder renamed by hand takes the new slug, with its documents', () => {
    const root = tempDir();
    const s1 = openWorkspace(root);
    const c = s1.createCompany('Acme', null);
    const doc = s1.createDocument(docInput(c.slug));
    s1.close();
    fs.renameSync(path.join(root, 'companies', 'acme'), path.join(root, 'companies', 'acme-bank'));
    const store = openWorkspace(root);
    open.push(store);
    expect(store.getCompany('acme-bank').slug).toBe('acme-bank');
    expect(store.getDocument('acme-bank', doc.id).company).toBe('acme-bank');
    const saved = store.updateDocument('acme-bank', doc.id, 0, (d) => d);
    expect(JSON.parse(fs.readFileSync(path.join(root, 'companies', 'acme-bank', 'documents', `${doc.id}.json`), 'utf8'))).toMatchObject({
      company: 'acme-bank',
      revision: saved.revision,
    });
  });
});
