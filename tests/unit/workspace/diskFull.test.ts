// A disk that is full (ENOSPC), over quota or read-only during a save (breaker trial F7): one plain
// message, nothing half-saved; a save whose document was written but whose backup was refused
// counts as done. The disk errors are injected into fs.openSync(tmp, 'wx'), with which every durable
// write (writeFileDurableSync) creates its temp file.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { OpenedWorkspace } from '../../../src/core/workspace/openWorkspace';
import { DossierError } from '../../../src/core/errors';
import { removeTempDirs } from './fixtures/tempDir';
import { caught } from './fixtures/caught';
import { workspaceWithDocument } from './fixtures/workspaceWithDocument';

const open: OpenedWorkspace[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const s of open.splice(0)) s.close();
});
afterAll(removeTempDirs);

const setup = () => workspaceWithDocument(open);

/** Makes fs.openSync fail with `code` when it creates a (temp) file `when` accepts; reads and other files go through. */
function refuseOpens(code: string, when: (file: string) => boolean) {
  const real = fs.openSync;
  return vi.spyOn(fs, 'openSync').mockImplementation(((file: fs.PathLike, ...rest: unknown[]) => {
    if (rest[0] === 'wx' && when(String(file))) throw Object.assign(new Error(`${code}: injected, open '${String(file)}'`), { code });
    return (real as (...a: unknown[]) => number)(file, ...rest);
  }) as typeof fs.openSync);
}

const inBackups = (file: string) => file.split(path.sep).includes('backups');

describe('a full or read-only disk during a save', () => {
  it.each([
    ['ENOSPC', /^The disk holding your workspace is full; nothing was saved\./],
    ['EDQUOT', /^The disk holding your workspace is full; nothing was saved\./],
    ['EROFS', /^The disk holding your workspace is read-only; nothing was saved\./],
  ])('%s writing the document: one plain "unavailable" message, the file and the store unchanged', (code, message) => {
    const { store, slug, id, file } = setup();
    const bytes = fs.readFileSync(file, 'utf8');
    const spy = refuseOpens(code, (f) => !inBackups(f));
    const err = caught(() => store.updateDocument(slug, id, 0, (d) => ({ ...d, title: 'Full' })));
    expect(spy).toHaveBeenCalled();
    expect(err).toMatchObject({ code: 'unavailable', file: `companies/${slug}/documents/${id}.json` });
    expect(err.message).toMatch(message);
    spy.mockRestore();
    expect(fs.readFileSync(file, 'utf8')).toBe(bytes);
    expect(store.getDocument(slug, id).revision).toBe(0);
    // Once there is space again, the same save (base revision 0) goes through.
    expect(store.updateDocument(slug, id, 0, (d) => ({ ...d, title: 'Full' })).revision).toBe(1);
  });

  it('the document saved but its backup refused: the save counts, the next save is not a conflict', () => {
    const { root, store, slug, id, file } = setup();
    const spy = refuseOpens('ENOSPC', inBackups);
    const saved = store.updateDocument(slug, id, 0, (d) => ({ ...d, title: 'Saved' }));
    expect(spy).toHaveBeenCalled();
    expect(saved.revision).toBe(1);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ revision: 1, title: 'Saved' });
    expect(store.getDocument(slug, id)).toMatchObject({ revision: 1, title: 'Saved' });
    spy.mockRestore();
    const next = store.updateDocument(slug, id, 1, (d) => ({ ...d, title: 'Again' }));
    expect(next.revision).toBe(2);
    // With space again, the backups catch up: the newest holds the last save.
    const dir = path.join(root, '.dossier', 'backups', 'companies', slug, 'documents', `${id}.json`);
    const newest = fs.readdirSync(dir).sort().at(-1)!;
    expect(JSON.parse(fs.readFileSync(path.join(dir, newest), 'utf8'))).toMatchObject({ revision: 2, title: 'Again' });
  });

  it('any other error while writing is not called a full disk', () => {
    const { store, slug, id } = setup();
    refuseOpens('EIO', (f) => !inBackups(f));
    let err: unknown = null;
    try {
      store.updateDocument(slug, id, 0, (d) => ({ ...d, title: 'x' }));
    } catch (e) {
      err = e;
    }
    expect(err).not.toBeInstanceOf(DossierError);
    expect(err).toMatchObject({ code: 'EIO' });
  });
});

describe('creating a company on a full disk', () => {
  // Where creation can run out of space: the folders, the company file, the company order in workspace.json.
  const refuseMkdir = (code: string) => {
    const real = fs.mkdirSync;
    return vi.spyOn(fs, 'mkdirSync').mockImplementation(((dir: fs.PathLike, ...rest: unknown[]) => {
      if (String(dir).includes(`${path.sep}companies${path.sep}`)) throw Object.assign(new Error(`${code}: injected, mkdir '${String(dir)}'`), { code });
      return (real as (...a: unknown[]) => unknown)(dir, ...rest);
    }) as typeof fs.mkdirSync);
  };
  it.each([
    ['the company file', () => refuseOpens('ENOSPC', (f) => f.endsWith('.tmp') && f.includes(`${path.sep}companies${path.sep}full-co${path.sep}`))],
    ['workspace.json (the company order)', () => refuseOpens('ENOSPC', (f) => !inBackups(f) && path.basename(f).startsWith('.workspace.json'))],
    ['its folders', () => refuseMkdir('ENOSPC')],
  ])('no space for %s: one plain message, no half-made folder, and the retry gets the same name', (_where, inject) => {
    const { root, store } = setup();
    const companiesBefore = fs.readdirSync(path.join(root, 'companies')).sort();
    const listed = store.listCompanies().map((c) => c.slug);
    const order = store.workspace().companyOrder;
    const spy = inject();
    const err = caught(() => store.createCompany('Full Co', null));
    expect(spy).toHaveBeenCalled();
    expect(err.code).toBe('unavailable');
    expect(err.message).toMatch(/^The disk holding your workspace is full; nothing was saved\./);
    expect(fs.readdirSync(path.join(root, 'companies')).sort()).toEqual(companiesBefore);
    expect(store.listCompanies().map((c) => c.slug)).toEqual(listed);
    expect(store.workspace().companyOrder).toEqual(order);
    spy.mockRestore();
    expect(store.refresh()).toEqual([]);
    expect(store.createCompany('Full Co', null).slug).toBe('full-co');
    expect(store.listCompanies().map((c) => c.slug)).toEqual([...listed, 'full-co']);
  });
});
