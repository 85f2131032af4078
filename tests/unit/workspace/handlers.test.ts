// The workspace.*, companies.* (list/create/rename/archive) and documents.* handlers over a real
// temp workspace, with the built-in templates of this repository.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCoreContext } from '../../../src/core/openContext';
import { workspaceHandlers } from '../../../src/core/handlers/workspaceHandlers';
import { documentHandlers, copyTitle, MAX_REVISIONS } from '../../../src/core/handlers/documentHandlers';
import { getTemplate } from '../../../src/core/templates/registry';
import { checkDocument } from '../../../src/core/rubric/checkDocument';
import type { CoreContext } from '../../../src/core/context';
import type { Handlers } from '../../../src/shared/api';
import { DossierError } from '../../../src/core/errors';
import { tooManySectionsMessage } from '../../../src/core/document/inputLimits';
import { removeTempDirs, tempDir } from './fixtures/tempDir';

const appRoot = path.resolve(import.meta.dirname, '..', '..', '..');
let ctx: CoreContext;
let h: Partial<Handlers>;

beforeEach(async () => {
  ctx = await createCoreContext({ root: tempDir(), shell: 'browser', appRoot, printer: null });
  h = { ...workspaceHandlers(ctx), ...documentHandlers(ctx) };
});
afterEach(() => ctx.store.close());
afterAll(removeTempDirs);

function handler<K extends keyof Handlers>(name: K): Handlers[K] {
  const fn = h[name];
  if (!fn) throw new Error(`no handler ${name}`);
  return fn as Handlers[K];
}

async function rejection(p: Promise<unknown>): Promise<DossierError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof DossierError) return err;
    throw err;
  }
  throw new Error('expected a DossierError');
}

describe('workspace handlers', () => {
  it('workspace.info reports root, version, settings, problems and shell', async () => {
    const info = await handler('workspace.info')({});
    expect(info).toMatchObject({ root: ctx.store.root, schemaVersion: 1, problems: [], shell: 'browser' });
    expect(info.settings.pageSize).toBe('letter');
    const settings = await handler('workspace.updateSettings')({ pageSize: 'a4', candidateName: 'Ana Li' });
    expect(settings).toMatchObject({ pageSize: 'a4', candidateName: 'Ana Li' });
  });

  it('companies.create seeds a profile company; rename keeps the slug; archive hides it from the list', async () => {
    const wf = await handler('companies.create')({ name: 'Wells Fargo', profileId: 'wells-fargo' });
    expect(wf).toMatchObject({ slug: 'wells-fargo', name: 'Wells Fargo', profileId: 'wells-fargo' });
    const custom = await handler('companies.create')({ name: 'Acme Pay', profileId: null });
    expect(custom.loop).toEqual([]);
    const renamed = await handler('companies.rename')({ slug: 'wells-fargo', name: 'Wells Fargo & Company' });
    expect(renamed).toMatchObject({ slug: 'wells-fargo', name: 'Wells Fargo & Company' });
    await handler('companies.archive')({ slug: 'acme-pay', archived: true });
    expect((await handler('companies.list')({})).map((c) => c.slug)).toEqual(['wells-fargo']);
    expect((await handler('companies.list')({ includeArchived: true })).map((c) => c.slug)).toEqual(['wells-fargo', 'acme-pay']);
  });

  it('workspace.refresh and workspace.restoreBackup', async () => {
    await handler('companies.create')({ name: 'Acme', profileId: null });
    await handler('companies.rename')({ slug: 'acme', name: 'Acme Bank' });
    const rel = 'companies/acme/dossier.json';
    fs.writeFileSync(path.join(ctx.store.root, rel), '{');
    expect(await handler('workspace.refresh')({})).toEqual({ changed: [rel] });
    const info = await handler('workspace.restoreBackup')({ file: rel });
    expect(info.problems).toEqual([]);
    // The newest good version is the one last saved (the rename), not the one before it.
    expect((await handler('companies.list')({})).map((c) => c.name)).toEqual(['Acme Bank']);
  });
});

describe('document handlers', () => {
  beforeEach(async () => {
    await handler('companies.create')({ name: 'Acme', profileId: null });
  });

  it('documents.create uses the template: its version, one empty section each, its name as the title', async () => {
    const template = getTemplate(ctx, 'impact-brief');
    const doc = await handler('documents.create')({ company: 'acme', templateId: 'impact-brief' });
    expect(doc.title).toBe(template.name);
    expect(doc.templateVersion).toBe(template.version);
    expect(Object.keys(doc.sections)).toEqual(['problem', 'decisions', 'outcome', 'risk', 'ice']);
    expect(Object.values(doc.sections).every((s) => s === '')).toBe(true);
    const titled = await handler('documents.create')({ company: 'acme', templateId: 'impact-brief', title: '  Fraud scoring  ' });
    expect(titled.title).toBe('Fraud scoring');
    expect((await rejection(handler('documents.create')({ company: 'acme', templateId: 'no-such-template' }))).code).toBe('not-found');
    expect((await rejection(handler('documents.create')({ company: 'nobody', templateId: 'impact-brief' }))).code).toBe('not-found');
  });

  it('documents.update merges sections and checks the base revision', async () => {
    const doc = await handler('documents.create')({ company: 'acme', templateId: 'impact-brief' });
    const a = await handler('documents.update')({ company: 'acme', id: doc.id, baseRevision: 0, patch: { sections: { problem: 'Losses were $4.1M.' } } });
    const b = await handler('documents.update')({ company: 'acme', id: doc.id, baseRevision: a.revision, patch: { sections: { outcome: 'Cut to $2.9M.' }, tags: ['execution-rigor', 'execution-rigor'] } });
    expect(b.sections).toMatchObject({ problem: 'Losses were $4.1M.', outcome: 'Cut to $2.9M.', risk: '' });
    expect(b.tags).toEqual(['execution-rigor']);
    expect(b.revision).toBe(2);
    const stale = await rejection(handler('documents.update')({ company: 'acme', id: doc.id, baseRevision: 1, patch: { title: 'old window' } }));
    expect(stale.code).toBe('conflict');
    expect((await handler('documents.get')({ company: 'acme', id: doc.id })).title).toBe(doc.title);
  });

  it('documents.update refuses a patch that takes the merged document past 1,000 sections or 1 MB, and stores nothing', async () => {
    const doc = await handler('documents.create')({ company: 'acme', templateId: 'impact-brief' });
    const keys = (from: number) => Object.fromEntries(Array.from({ length: 450 }, (_, i) => [`extra-${from + i}`, 'x']));
    const a = await handler('documents.update')({ company: 'acme', id: doc.id, baseRevision: 0, patch: { sections: keys(0) } });
    const b = await handler('documents.update')({ company: 'acme', id: doc.id, baseRevision: a.revision, patch: { sections: keys(450) } });
    expect(Object.keys(b.sections)).toHaveLength(905);
    // Each patch is within the request limit; the third would make 1,355 sections.
    const tooMany = await rejection(handler('documents.update')({ company: 'acme', id: doc.id, baseRevision: b.revision, patch: { sections: keys(900) } }));
    expect(tooMany.code).toBe('bad-request');
    expect(tooMany.message).toBe(tooManySectionsMessage('This document'));
    const stored = await handler('documents.get')({ company: 'acme', id: doc.id });
    expect(stored.revision).toBe(b.revision);
    expect(Object.keys(stored.sections)).toHaveLength(905);
    expect(JSON.parse(fs.readFileSync(path.join(ctx.store.root, 'companies', 'acme', 'documents', `${doc.id}.json`), 'utf8')).revision).toBe(b.revision);
    // Editing an existing section (the editor sends them all) still saves.
    const edited = await handler('documents.update')({ company: 'acme', id: doc.id, baseRevision: b.revision, patch: { sections: { ...stored.sections, problem: 'Losses.' } } });
    expect(edited.sections.problem).toBe('Losses.');

    const big = 'y'.repeat(600 * 1024);
    const c = await handler('documents.update')({ company: 'acme', id: doc.id, baseRevision: edited.revision, patch: { sections: { problem: big } } });
    const tooBig = await rejection(handler('documents.update')({ company: 'acme', id: doc.id, baseRevision: c.revision, patch: { sections: { outcome: big } } }));
    expect(tooBig.code).toBe('bad-request');
    expect(tooBig.message).toMatch(/^This document is 1.2 MB; Dossier reads documents up to 1 MB/);
    expect((await handler('documents.get')({ company: 'acme', id: doc.id })).sections.outcome).toBe('');
  });

  it('documents.duplicate, delete and restore', async () => {
    const doc = await handler('documents.create')({ company: 'acme', templateId: 'impact-brief', title: 'Brief' });
    const copy = await handler('documents.duplicate')({ company: 'acme', id: doc.id });
    expect(copy.id).not.toBe(doc.id);
    expect(copy).toMatchObject({ title: 'Brief (copy)', revision: 0, history: [], sections: doc.sections });
    expect(await handler('documents.delete')({ company: 'acme', id: doc.id })).toEqual({ id: doc.id });
    expect((await handler('documents.list')({ company: 'acme' })).map((d) => d.id)).toEqual([copy.id]);
    expect((await handler('documents.restore')({ company: 'acme', id: doc.id })).title).toBe('Brief');
    expect(await handler('documents.list')({ company: 'acme' })).toHaveLength(2);
  });

  it('documents.snapshot records the score and keeps at most MAX_REVISIONS', async () => {
    const doc = await handler('documents.create')({ company: 'acme', templateId: 'impact-brief' });
    const expected = checkDocument(ctx, { company: 'acme', templateId: 'impact-brief', sections: doc.sections, silencedRules: [] }).score;
    const snap = await handler('documents.snapshot')({ company: 'acme', id: doc.id, label: 'before the recruiter call' });
    expect(snap.history).toEqual([
      expect.objectContaining({ revision: 0, reason: 'manual', label: 'before the recruiter call', score: expected, title: doc.title }),
    ]);
    expect((await handler('documents.list')({ company: 'acme' }))[0]!.lastScore).toBe(expected);
    let last = snap;
    for (let i = 0; i < MAX_REVISIONS + 3; i++) last = await handler('documents.snapshot')({ company: 'acme', id: doc.id });
    expect(last.history).toHaveLength(MAX_REVISIONS);
    expect(last.history[0]!.revision).toBe(4);
  });

  it('documents.list scores the saved text of each document, before any snapshot', async () => {
    const doc = await handler('documents.create')({ company: 'acme', templateId: 'impact-brief', title: 'Brief' });
    const weak = await handler('documents.update')({
      company: 'acme',
      id: doc.id,
      baseRevision: 0,
      patch: { sections: { outcome: 'Worked on a churn model that helped the retention team a lot.' } },
    });
    const expected = checkDocument(ctx, { company: 'acme', templateId: 'impact-brief', sections: weak.sections, silencedRules: [] }).score;
    const [row] = await handler('documents.list')({ company: 'acme', scores: true });
    expect(row).toMatchObject({ id: doc.id, score: expected, scoreFrom: 'live', lastScore: null });
    // Without asking for scores the list stays cheap: no check, only the (missing) snapshot score.
    const [plain] = await handler('documents.list')({ company: 'acme' });
    expect(plain).toMatchObject({ id: doc.id, score: null, scoreFrom: 'none' });
    // The list follows the text, not the last snapshot.
    await handler('documents.update')({
      company: 'acme',
      id: doc.id,
      baseRevision: weak.revision,
      patch: { sections: { outcome: 'Cut card-fraud losses from $4.1M to $2.9M a year (45 ms p99).' } },
    });
    const [after] = await handler('documents.list')({ company: 'acme', scores: true });
    expect(after!.score).not.toBe(expected);
    const snap = await handler('documents.snapshot')({ company: 'acme', id: doc.id });
    const [plainAfter] = await handler('documents.list')({ company: 'acme' });
    expect(plainAfter).toMatchObject({ score: snap.history.at(-1)!.score, scoreFrom: 'snapshot' });
  });

  it('copy titles count up', () => {
    expect(copyTitle('Brief')).toBe('Brief (copy)');
    expect(copyTitle('Brief (copy)')).toBe('Brief (copy 2)');
    expect(copyTitle('Brief (copy 9)')).toBe('Brief (copy 10)');
  });
});
