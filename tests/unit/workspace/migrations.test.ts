// Version-0 files are lifted to version 1 in memory; newer files are refused and left alone.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS, splitBody } from '../../../src/core/workspace/migrations';
import { openWorkspace } from '../../../src/core/workspace/openWorkspace';
import { CURRENT_SCHEMA_VERSION, DocumentFile } from '../../../src/core/workspace/schemas';
import { removeTempDirs, tempDir } from './fixtures/tempDir';

afterAll(removeTempDirs);

/** The pre-release format: no schemaVersion, one Markdown body, no revision/tags/history. */
const V0_DOCUMENT = {
  id: 'legacy0001',
  templateId: 'impact-brief',
  title: 'Fraud scoring',
  company: 'acme',
  body: 'Intro line.\n\n## Problem\nLosses were $4.1M.\n\n## Outcome\nCut to $2.9M a year.\n',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-02-01T00:00:00.000Z',
};

describe('migrations', () => {
  it('has one step per version up to the current one', () => {
    expect(MIGRATIONS.map((s) => [s.from, s.to])).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => [i, i + 1]),
    );
  });

  it('migrates a version-0 document to a valid version-1 document', () => {
    const result = migrate('document', V0_DOCUMENT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.from).toBe(0);
    const doc = DocumentFile.parse(result.data);
    expect(doc).toMatchObject({
      schemaVersion: 1,
      templateVersion: 1,
      revision: 0,
      tags: [],
      history: [],
      sections: { body: 'Intro line.', problem: 'Losses were $4.1M.', outcome: 'Cut to $2.9M a year.' },
    });
    expect(doc).not.toHaveProperty('body');
  });

  it('splits a body by "##" headings', () => {
    expect(splitBody('## Risk & Compliance\nSR 11-7\n## ICE ##\n- Impact')).toEqual({ 'risk-and-compliance': 'SR 11-7', ice: '- Impact' });
  });

  it('refuses files newer than this version, and odd versions', () => {
    expect(migrate('document', { schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toMatchObject({ ok: false, reason: 'newer' });
    expect(migrate('company', { schemaVersion: '1' })).toMatchObject({ ok: false, reason: 'bad-version' });
    expect(migrate('company', { schemaVersion: -1 })).toMatchObject({ ok: false, reason: 'bad-version' });
  });

  it('the store reads a version-0 workspace without writing, and saves it as version 1 with the old bytes backed up', () => {
    const root = tempDir();
    const v0Workspace = JSON.stringify({ createdAt: '2025-01-01T00:00:00.000Z', companyOrder: ['acme'] });
    const v0Company = JSON.stringify({ slug: 'acme', name: 'Acme', createdAt: '2025-01-01T00:00:00.000Z' });
    const docFile = path.join(root, 'companies', 'acme', 'documents', 'legacy0001.json');
    fs.mkdirSync(path.dirname(docFile), { recursive: true });
    fs.writeFileSync(path.join(root, 'workspace.json'), v0Workspace);
    fs.writeFileSync(path.join(root, 'companies', 'acme', 'dossier.json'), v0Company);
    const v0Text = JSON.stringify(V0_DOCUMENT);
    fs.writeFileSync(docFile, v0Text);

    const store = openWorkspace(root);
    expect(store.created).toBe(false);
    expect(store.problems()).toEqual([]);
    expect(store.listCompanies()).toEqual([expect.objectContaining({ slug: 'acme', name: 'Acme', documentCount: 1 })]);
    expect(store.getDocument('acme', 'legacy0001').sections.problem).toBe('Losses were $4.1M.');
    // Reading never writes.
    expect(fs.readFileSync(docFile, 'utf8')).toBe(v0Text);
    expect(fs.readFileSync(path.join(root, 'workspace.json'), 'utf8')).toBe(v0Workspace);

    store.updateDocument('acme', 'legacy0001', 0, (d) => ({ ...d, title: 'Fraud scoring, v1' }));
    const saved = JSON.parse(fs.readFileSync(docFile, 'utf8')) as { schemaVersion: number; body?: string };
    expect(saved.schemaVersion).toBe(1);
    expect(saved.body).toBeUndefined();
    const backups = path.join(root, '.dossier', 'backups', 'companies', 'acme', 'documents', 'legacy0001.json');
    const [first] = fs.readdirSync(backups);
    expect(fs.readFileSync(path.join(backups, first!), 'utf8')).toBe(v0Text);
    store.close();
  });
});
