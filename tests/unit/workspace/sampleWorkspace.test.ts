// First run: ensureWorkspace creates the workspace with the Wells Fargo sample impact brief.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createCoreContext, defaultWorkspaceDir, ensureWorkspace } from '../../../src/core/openContext';
import { checkDocument } from '../../../src/core/rubric/checkDocument';
import { getTemplate } from '../../../src/core/templates/registry';
import { removeTempDirs, tempDir } from './fixtures/tempDir';

const appRoot = path.resolve(import.meta.dirname, '..', '..', '..');
afterAll(removeTempDirs);

describe('ensureWorkspace and the sample', () => {
  it('creates the sample company once, with fresh timestamps, and leaves an existing workspace alone', async () => {
    const root = path.join(tempDir(), 'Dossier');
    const before = Date.now();
    const first = await ensureWorkspace(root, { sample: true, appRoot });
    expect(first).toMatchObject({ created: true, companies: ['wells-fargo'] });
    const second = await ensureWorkspace(root, { sample: true, appRoot });
    expect(second).toMatchObject({ created: false, companies: [] });

    const ctx = await createCoreContext({ root, shell: 'cli', appRoot, printer: null });
    try {
      expect(ctx.store.listCompanies()).toEqual([expect.objectContaining({ slug: 'wells-fargo', profileId: 'wells-fargo', documentCount: 1 })]);
      const [summary] = ctx.store.listDocuments('wells-fargo');
      const doc = ctx.store.getDocument('wells-fargo', summary!.id);
      expect(Date.parse(doc.createdAt)).toBeGreaterThanOrEqual(before - 1000);
      const template = getTemplate(ctx, 'impact-brief');
      expect(doc.templateId).toBe('impact-brief');
      expect(Object.keys(doc.sections)).toEqual(template.sections.map((s) => s.id));
      for (const id of ['problem', 'decisions', 'outcome', 'risk', 'ice']) expect(doc.sections[id]!.length).toBeGreaterThan(100);
      // A strong example: no error-level findings from the rubric.
      const result = checkDocument(ctx, { company: 'wells-fargo', templateId: doc.templateId, sections: doc.sections, silencedRules: [] });
      expect(result.findings.filter((f) => f.severity === 'error' && !f.silenced)).toEqual([]);
    } finally {
      ctx.store.close();
    }
  });

  it('all or nothing: a disk that fills while the sample is written leaves no workspace, and the next run makes a whole one (breaker F15)', async () => {
    const parent = tempDir();
    const root = path.join(parent, 'prep', 'Dossier');
    const realOpen = fs.openSync;
    // The sample document is the last file written: the disk is full by then.
    const spy = vi.spyOn(fs, 'openSync').mockImplementation((file, ...rest) => {
      if (/[\\/]documents[\\/].*\.tmp$/.test(String(file))) throw Object.assign(new Error('ENOSPC: no space left on device, open'), { code: 'ENOSPC' });
      return realOpen(file, ...rest);
    });
    try {
      await expect(ensureWorkspace(root, { sample: true, appRoot })).rejects.toThrow(
        `The disk holding ${root} is full, so the workspace was not created; nothing was left behind. Free some space on it, then try again.`,
      );
    } finally {
      spy.mockRestore();
    }
    expect(fs.readdirSync(parent)).toEqual([]); // not even the parent folder it made
    expect(await ensureWorkspace(root, { sample: true, appRoot })).toMatchObject({ created: true, companies: ['wells-fargo'] });
    const ctx = await createCoreContext({ root, shell: 'cli', appRoot, printer: null });
    try {
      expect(ctx.store.listCompanies()).toEqual([expect.objectContaining({ slug: 'wells-fargo', documentCount: 1 })]);
    } finally {
      ctx.store.close();
    }
    expect(fs.readdirSync(parent)).toEqual(['prep']);
    expect(fs.readdirSync(path.join(parent, 'prep'))).toEqual(['Dossier']);
  });

  it('a workspace path that is a link to an empty folder fills the folder and keeps the link', async () => {
    const parent = tempDir();
    fs.mkdirSync(path.join(parent, 'real'));
    fs.symlinkSync(path.join(parent, 'real'), path.join(parent, 'link'));
    expect(await ensureWorkspace(path.join(parent, 'link'), { sample: false, appRoot })).toMatchObject({ created: true, root: path.join(parent, 'link') });
    expect(fs.lstatSync(path.join(parent, 'link')).isSymbolicLink()).toBe(true);
    expect(fs.existsSync(path.join(parent, 'real', 'workspace.json'))).toBe(true);
    expect(fs.readdirSync(parent).sort()).toEqual(['link', 'real']);
  });

  it('without sample, creates an empty workspace', async () => {
    const root = tempDir();
    expect(await ensureWorkspace(root, { sample: false, appRoot })).toMatchObject({ created: true, companies: [] });
    expect(fs.readdirSync(path.join(root, 'companies'))).toEqual([]);
  });

  it('defaultWorkspaceDir: DOSSIER_WORKSPACE, else Documents/Dossier in the home folder', () => {
    expect(defaultWorkspaceDir({ DOSSIER_WORKSPACE: '/data/prep' }, '/home/ana')).toBe(path.resolve('/data/prep'));
    expect(defaultWorkspaceDir({ DOSSIER_WORKSPACE: '  ' }, '/home/ana')).toBe(path.join('/home/ana', 'Documents', 'Dossier'));
    expect(defaultWorkspaceDir({}, '/home/ana')).toBe(path.join('/home/ana', 'Documents', 'Dossier'));
  });
});
