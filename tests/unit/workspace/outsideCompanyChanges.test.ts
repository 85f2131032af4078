// A company file or workspace.json changed by another program (a sync tool on a second laptop) is
// never silently overwritten by an edit made from the older view (breaker trial F15), and the
// version that program wrote is kept as a backup once Dossier reads it (F6): restoring "the last
// good backup" after the file tears brings back that version, not an older one.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src/core/workspace/openWorkspace';
import type { OpenedWorkspace } from '../../../src/core/workspace/openWorkspace';
import { listBackups } from '../../../src/core/workspace/backups';
import { removeTempDirs, tempDir } from './fixtures/tempDir';
import { caught } from './fixtures/caught';
import { editOnDisk } from './fixtures/editOnDisk';

const open: OpenedWorkspace[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});
afterAll(removeTempDirs);

function setup() {
  const root = tempDir();
  const store = openWorkspace(root);
  open.push(store);
  const c = store.createCompany('Acme', null);
  const rel = `companies/${c.slug}/dossier.json`;
  return { root, store, slug: c.slug, rel, file: path.join(root, rel) };
}

describe('company files changed by another program', () => {
  it('refuses an edit made from the older view, keeps the outside version and loads it', () => {
    const { store, slug, file } = setup();
    editOnDisk(file, (d) => ({ ...d, name: 'Renamed on the laptop', checklist: [{ id: 'x1', text: 'Added on the laptop', done: false }] }));
    const onDisk = fs.readFileSync(file, 'utf8');
    const err = caught(() => store.updateCompany(slug, (c) => ({ ...c, checklist: [] })));
    expect(err.code).toBe('conflict');
    expect(err.message).toMatch(/changed by another program/);
    expect(fs.readFileSync(file, 'utf8')).toBe(onDisk);
    expect(store.getCompany(slug).name).toBe('Renamed on the laptop');
    // Once the page shows the new version, the next edit saves.
    expect(store.updateCompany(slug, (c) => ({ ...c, archived: true })).name).toBe('Renamed on the laptop');
  });

  it('refuses a settings change made from the older view (a private term added elsewhere stays)', () => {
    const { root, store } = setup();
    const wsFile = path.join(root, 'workspace.json');
    editOnDisk(wsFile, (d) => ({ ...d, settings: { ...(d.settings as object), privateTerms: ['Added on laptop B'] } }));
    expect(caught(() => store.updateSettings({ privateTerms: ['Acmebank'] })).code).toBe('conflict');
    expect(store.workspace().settings.privateTerms).toEqual(['Added on laptop B']);
    expect(store.updateSettings({ privateTerms: ['Added on laptop B', 'Acmebank'] }).privateTerms).toEqual(['Added on laptop B', 'Acmebank']);
  });

  it('backs up a version read from disk, so a later tear restores it', () => {
    const { root, store, slug, rel, file } = setup();
    editOnDisk(file, (d) => ({ ...d, name: 'Version B' }));
    expect(store.refresh()).toContain(rel);
    const backups = listBackups(root, rel); // newest first
    const newest = fs.readFileSync(path.join(root, '.dossier', 'backups', ...rel.split('/'), backups[0]!), 'utf8');
    expect(JSON.parse(newest).name).toBe('Version B');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 20)); // torn
    store.refresh();
    store.restoreBackup(rel);
    expect(store.getCompany(slug).name).toBe('Version B');
  });
});
