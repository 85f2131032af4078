// Broken files are reported, never overwritten, and can be replaced by their last good backup.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src/core/workspace/openWorkspace';
import type { OpenedWorkspace } from '../../../src/core/workspace/openWorkspace';
import { docInput } from './fixtures/docInput';
import { parseDossierFile } from '../../../src/core/workspace/parseDossierFile';
import { removeTempDirs, tempDir } from './fixtures/tempDir';
import { caught } from './fixtures/caught';

const open: OpenedWorkspace[] = [];
function openStore(root: string): OpenedWorkspace {
  const store = openWorkspace(root);
  open.push(store);
  return store;
}
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});
afterAll(removeTempDirs);

/** A workspace with one company and one document saved twice (so it has a backup). */
function setup() {
  const root = tempDir();
  const store = openWorkspace(root);
  const c = store.createCompany('Acme', null);
  const doc = store.createDocument(docInput(c.slug));
  store.updateDocument(c.slug, doc.id, 0, (d) => ({ ...d, title: 'Second version' }));
  store.close();
  const rel = `companies/${c.slug}/documents/${doc.id}.json`;
  return { root, slug: c.slug, id: doc.id, rel, file: path.join(root, rel) };
}

const BROKEN: Array<[string, string, RegExp]> = [
  ['broken JSON', '{\n  "schemaVersion": 1,\n  "id": "x"\n  "title": "oops"\n}\n', /not valid JSON \(line 4, column 3/],
  ['empty file', '', /not valid JSON \(the file is empty\)/],
  ['schema-invalid', JSON.stringify({ schemaVersion: 1, id: 'x', templateId: 'impact-brief', templateVersion: 1, title: 5 }), /field “title”/],
  ['newer version', JSON.stringify({ schemaVersion: 99, id: 'x' }), /newer version of Dossier \(file format 99/],
];

describe('broken files', () => {
  it.each(BROKEN)('a document with %s is reported and left byte-identical', (_name, content, message) => {
    const { root, slug, id, rel, file } = setup();
    fs.writeFileSync(file, content);
    const store = openStore(root);
    const problems = store.problems();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe(rel);
    expect(problems[0]!.message).toContain(rel);
    expect(problems[0]!.message).toMatch(message);
    expect(problems[0]!.backup).toMatch(new RegExp(`^\\.dossier/backups/${rel.replace(/\./g, '\\.')}/.+\\.json$`));
    // Listed nowhere, and every operation on it says which file is broken.
    expect(store.listDocuments(slug)).toEqual([]);
    for (const op of [
      () => store.getDocument(slug, id),
      () => store.updateDocument(slug, id, null, (d) => ({ ...d, title: 'x' })),
    ]) {
      const err = caught(op);
      expect(err.code).toBe('corrupt-file');
      expect(err.file).toBe(rel);
    }
    store.refresh();
    store.close();
    expect(fs.readFileSync(file, 'utf8')).toBe(content);
  });

  it('restores the newest good backup and moves the broken file aside', () => {
    const { root, slug, id, rel, file } = setup();
    fs.writeFileSync(file, '{ "broken": ');
    const store = openStore(root);
    const offered = store.problems()[0]!;
    // It says how old the offered version is: saved moments ago, by setup().
    expect(Date.now() - Date.parse(offered.backupSavedAt!)).toBeGreaterThanOrEqual(0);
    expect(Date.now() - Date.parse(offered.backupSavedAt!)).toBeLessThan(60_000);
    store.restoreBackup(rel);
    expect(store.problems()).toEqual([]);
    // The backup restored is the newest good version: the one last saved.
    expect(store.getDocument(slug, id).title).toBe('Second version');
    const aside = fs.readdirSync(path.dirname(file)).filter((n) => n.startsWith(`${id}.json.broken-`));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(path.dirname(file), aside[0]!), 'utf8')).toBe('{ "broken": ');
    // Saving works again.
    expect(store.updateDocument(slug, id, null, (d) => ({ ...d, title: 'fixed' })).title).toBe('fixed');
  });

  it('a torn backup is never offered: the newest backup that parses and validates is', () => {
    const { root, slug, id, rel, file } = setup();
    const dir = path.join(root, '.dossier', 'backups', ...rel.split('/'));
    const good = fs.readdirSync(dir).sort().at(-1)!;
    const goodText = fs.readFileSync(path.join(dir, good), 'utf8');
    // Newer than every good one: a truncated copy, an empty file, and a temp file of a killed backup.
    fs.writeFileSync(path.join(dir, '2099-01-01T00-00-00-000Z-000.json'), goodText.slice(0, 40));
    fs.writeFileSync(path.join(dir, '2099-01-01T00-00-00-000Z-001.json'), '');
    fs.writeFileSync(path.join(dir, `.2099-01-01T00-00-00-000Z-002.json.${process.pid}.0123456789ab.tmp`), goodText);
    fs.writeFileSync(file, goodText.slice(0, 100));
    const store = openStore(root);
    const [problem] = store.problems();
    expect(problem!.backup).toBe(`.dossier/backups/${rel}/${good}`);
    store.restoreBackup(rel);
    expect(store.getDocument(slug, id).title).toBe('Second version');
    expect(parseDossierFile('document', fs.readFileSync(file, 'utf8'), rel).ok).toBe(true);
    // The next backup written into that folder clears the killed backup's temp file.
    store.updateDocument(slug, id, null, (d) => ({ ...d, title: 'Third version' }));
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('says so when there is no good backup, and when the file is fine', () => {
    const root = tempDir();
    const s1 = openWorkspace(root);
    const c = s1.createCompany('Acme', null);
    const doc = s1.createDocument(docInput(c.slug));
    s1.close();
    const rel = `companies/${c.slug}/documents/${doc.id}.json`;
    fs.rmSync(path.join(root, '.dossier', 'backups', ...rel.split('/')), { recursive: true });
    fs.writeFileSync(path.join(root, rel), 'nope');
    const store = openStore(root);
    expect(store.problems()[0]!.backup).toBeNull();
    expect(caught(() => store.restoreBackup(rel)).code).toBe('not-found');
    expect(caught(() => store.restoreBackup('workspace.json')).code).toBe('bad-request');
    expect(caught(() => store.restoreBackup('../outside.json')).code).toBe('unsafe-path');
    expect(fs.readFileSync(path.join(root, rel), 'utf8')).toBe('nope');
  });

  it('a broken company file blocks that company but not the others', () => {
    const root = tempDir();
    const s1 = openWorkspace(root);
    const a = s1.createCompany('Acme', null);
    const b = s1.createCompany('Beta Bank', null);
    s1.close();
    const companyFile = path.join(root, 'companies', a.slug, 'dossier.json');
    fs.writeFileSync(companyFile, '[]');
    const store = openStore(root);
    expect(store.listCompanies().map((c) => c.slug)).toEqual([b.slug]);
    const err = caught(() => store.updateCompany(a.slug, (c) => c));
    expect(err.code).toBe('corrupt-file');
    expect(err.message).toContain(`companies/${a.slug}/dossier.json`);
    expect(caught(() => store.createDocument(docInput(a.slug))).code).toBe('corrupt-file');
    // A new company with the same name does not take the broken folder.
    expect(store.createCompany('Acme', null).slug).toBe('acme-2');
    expect(fs.readFileSync(companyFile, 'utf8')).toBe('[]');
  });

  it('a broken workspace.json is named, its settings are never replaced by defaults, and it is never overwritten', () => {
    const root = tempDir();
    openWorkspace(root).close();
    fs.writeFileSync(path.join(root, 'workspace.json'), '{"schemaVersion":1,"createdAt":"never"}');
    const store = openStore(root);
    const err = caught(() => store.workspace());
    expect(err.code).toBe('corrupt-file');
    expect(err.file).toBe('workspace.json');
    expect(store.problems().map((p) => p.file)).toEqual(['workspace.json']);
    expect(caught(() => store.updateSettings({ candidateName: 'x' })).code).toBe('corrupt-file');
    store.createCompany('Acme', null); // still possible; the order is simply not recorded
    expect(fs.readFileSync(path.join(root, 'workspace.json'), 'utf8')).toBe('{"schemaVersion":1,"createdAt":"never"}');
  });
});
