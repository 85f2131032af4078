// Folders of the workspace that are symbolic links (breaker F11): Dossier does not follow a link
// in place of companies/, a company folder, or its documents/ or exports/ folder, wherever it
// leads. Reading, the folder is named under problems (not silently dropped, and a link to another
// company folder no longer lists that company twice); writing, the call is refused with a message
// naming the folder, and nothing is written through the link.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src/core/workspace/openWorkspace';
import type { OpenedWorkspace } from '../../../src/core/workspace/openWorkspace';
import { removeTempDirs, tempDir } from './fixtures/tempDir';
import { docInput } from './fixtures/docInput';
import { caught } from './fixtures/caught';

const open: OpenedWorkspace[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});
afterAll(removeTempDirs);

function reopen(root: string, readOnly = false): OpenedWorkspace {
  const store = openWorkspace(root, { readOnly });
  open.push(store);
  return store;
}

/** A workspace with company "Wells Fargo" (one document) and a valid company folder outside it. */
function setup() {
  const root = tempDir();
  const store = openWorkspace(root);
  const wf = store.createCompany('Wells Fargo', null).slug;
  const doc = store.createDocument(docInput(wf));
  store.createCompany('Acme', null);
  store.close();
  const outside = tempDir('dossier-outside-');
  fs.cpSync(path.join(root, 'companies', wf), path.join(outside, 'evilco'), { recursive: true });
  return { root, wf, docId: doc.id, outside, companies: path.join(root, 'companies') };
}

/** Every file under `dir`, to show nothing was written through a link. */
const filesUnder = (dir: string) => (fs.readdirSync(dir, { recursive: true }) as string[]).sort();

const problem = (store: OpenedWorkspace, file: string) => store.problems().find((p) => p.file === file)?.message;

describe('reading: a linked folder is named under problems, not used', () => {
  it('company folders linked outside and inside the workspace', () => {
    const { root, wf, outside, companies } = setup();
    fs.symlinkSync(path.join(outside, 'evilco'), path.join(companies, 'evilco'));
    fs.symlinkSync(path.join(companies, wf), path.join(companies, 'alias'));
    for (const readOnly of [true, false]) {
      const store = reopen(root, readOnly);
      expect(store.listCompanies().map((c) => c.slug).sort()).toEqual(['acme', wf]);
      expect(problem(store, 'companies/evilco')).toBe(
        '“companies/evilco” is a link to a folder outside the workspace; Dossier does not follow links to company folders, so it is not listed. Move the folder itself into companies/ instead.',
      );
      expect(problem(store, 'companies/alias')).toBe(
        '“companies/alias” is a link to “companies/wells-fargo”; Dossier does not follow links to company folders, so it is not listed. Move the folder itself into companies/ instead.',
      );
      expect(caught(() => store.getCompany('evilco')).code).toBe('not-found');
      expect(caught(() => store.listDocuments('alias')).code).toBe('not-found');
      store.close();
      open.pop();
    }
  });

  it('a documents folder linked outside', () => {
    const { root, outside, companies } = setup();
    fs.rmSync(path.join(companies, 'acme', 'documents'), { recursive: true });
    fs.symlinkSync(path.join(outside, 'evilco', 'documents'), path.join(companies, 'acme', 'documents'));
    const store = reopen(root);
    expect(store.listDocuments('acme')).toEqual([]);
    expect(problem(store, 'companies/acme/documents')).toBe(
      '“companies/acme/documents” is a link to a folder outside the workspace; Dossier does not follow links to folders, so the documents in it are not listed. Put the folder itself there instead.',
    );
  });

  it('the problem goes once the link is replaced by a folder', () => {
    const { root, outside, companies } = setup();
    fs.symlinkSync(path.join(outside, 'evilco'), path.join(companies, 'evilco'));
    const store = reopen(root);
    expect(problem(store, 'companies/evilco')).toBeDefined();
    fs.unlinkSync(path.join(companies, 'evilco'));
    fs.cpSync(path.join(outside, 'evilco'), path.join(companies, 'evilco'), { recursive: true });
    store.refresh();
    expect(problem(store, 'companies/evilco')).toBeUndefined();
    expect(store.listCompanies().map((c) => c.slug)).toContain('evilco');
  });
});

describe('writing: refused, naming the folder, nothing written through the link', () => {
  it.each([
    ['outside', (outside: string) => path.join(outside, 'evilco', 'documents')],
    ['to another company', (_outside: string, companies: string) => path.join(companies, 'wells-fargo', 'documents')],
  ])('a documents folder linked %s: new and restored documents', (_where, target) => {
    const { root, wf, docId, outside, companies } = setup();
    const first = reopen(root);
    first.deleteDocument(wf, docId); // to the trash, to restore into acme's linked folder below
    first.close();
    open.pop();
    fs.mkdirSync(path.join(root, '.dossier', 'trash', 'acme'), { recursive: true });
    fs.renameSync(path.join(root, '.dossier', 'trash', wf, `${docId}.json`), path.join(root, '.dossier', 'trash', 'acme', `${docId}.json`));
    fs.rmSync(path.join(companies, 'acme', 'documents'), { recursive: true });
    fs.symlinkSync(target(outside, companies), path.join(companies, 'acme', 'documents'));
    const before = [filesUnder(outside), filesUnder(companies)];
    const store = reopen(root);
    const err = caught(() => store.createDocument(docInput('acme')));
    expect(err.code).toBe('unsafe-path');
    expect(err.message).toMatch(/^“companies\/acme\/documents” is a link to (a folder outside the workspace|“companies\/wells-fargo\/documents”); Dossier does not save through links to folders\. Replace the link with the folder itself, then try again\. Nothing was changed\.$/);
    expect(caught(() => store.restoreDocument('acme', docId)).message).toBe(err.message);
    expect([filesUnder(outside), filesUnder(companies)]).toEqual(before);
  });

  it('an exports folder linked outside: the message names it', () => {
    const { root, outside, companies } = setup();
    fs.rmSync(path.join(companies, 'acme', 'exports'), { recursive: true, force: true });
    fs.symlinkSync(outside, path.join(companies, 'acme', 'exports'));
    const store = reopen(root);
    const err = caught(() => store.exportsDir('acme'));
    expect(err.message).toMatch(/^“companies\/acme\/exports” is a link to a folder outside the workspace; Dossier does not save through links to folders\./);
  });

  it('a new company named like a linked folder gets its own folder', () => {
    const { root, outside, companies } = setup();
    fs.symlinkSync(path.join(outside, 'evilco'), path.join(companies, 'evilco'));
    const before = filesUnder(outside);
    const store = reopen(root);
    expect(store.createCompany('Evilco', null).slug).toBe('evilco-2');
    expect(filesUnder(outside)).toEqual(before);
  });

  it('companies/ itself linked outside: nothing listed, and creating a company is refused', () => {
    const { root, outside, companies } = setup();
    const moved = path.join(outside, 'companies');
    fs.renameSync(companies, moved);
    fs.symlinkSync(moved, companies);
    const before = filesUnder(outside);
    const store = reopen(root);
    expect(store.listCompanies()).toEqual([]);
    expect(problem(store, 'companies')).toBe(
      '“companies” is a link to a folder outside the workspace; Dossier does not follow links to folders, so no company in it is listed. Put the folder itself there instead.',
    );
    expect(caught(() => store.createCompany('New Co', null)).message).toMatch(/^“companies” is a link to a folder outside the workspace; Dossier does not save through links to folders\./);
    expect(filesUnder(outside)).toEqual(before);
  });
});
