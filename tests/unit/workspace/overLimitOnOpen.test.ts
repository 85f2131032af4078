// A stored document past the 1 MB / 1,000-section limits (changed outside Dossier) opens with one
// plain note saying which changes cannot be saved (documents.get's limitNote, shown by the editor
// when it opens the document), instead of a surprise at the next save. Within the limits: no note.
import { describe, expect, it } from 'vitest';
import { documentHandlers } from '../../../src/core/handlers/documentHandlers';
import { overLimitNote } from '../../../src/core/document/inputLimits';
import { docInput } from './fixtures/docInput';
import { useHandlerContext } from './fixtures/handlerContext';

const { ctx, handler } = useHandlerContext((c) => documentHandlers(c));

const KB = 1024;
const manySections = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`extra:s${i}`, 'x']));

describe('overLimitNote', () => {
  it.each([
    ['a small draft', { problem: 'Losses fell 20%.' }, null],
    ['exactly 1 MB', { p: 'a'.repeat(1024 * KB - 1) }, null],
    ['1,000 sections', manySections(1000), null],
    [
      '1.2 MB',
      { problem: 'a'.repeat(1229 * KB) },
      'This document is 1.2 MB, over the 1 MB Dossier keeps (it was probably changed outside Dossier). You can read it and shorten it; changes that make it longer cannot be saved until it is within that limit.',
    ],
    [
      '1,001 sections',
      manySections(1001),
      'This document has 1,001 sections, over the 1,000 sections Dossier keeps (it was probably changed outside Dossier). You can read it and remove sections; changes that add sections cannot be saved until it is within that limit.',
    ],
    [
      'both',
      { ...manySections(1199), big: 'a'.repeat(1536 * KB) },
      'This document is 1.5 MB and has 1,200 sections, over the 1 MB and 1,000 sections Dossier keeps (it was probably changed outside Dossier). You can read it and shorten it; changes that make it longer or add sections cannot be saved until it is within both limits.',
    ],
  ])('%s', (_name, sections, note) => {
    expect(overLimitNote(sections)).toBe(note);
  });
});

describe('documents.get', () => {
  it('an over-limit document opens with the note; a change that shortens it is saved, one that grows it is refused', async () => {
    const slug = ctx().store.createCompany('Acme', null).slug;
    const doc = ctx().store.createDocument(docInput(slug, { sections: { problem: 'a'.repeat(1229 * KB), outcome: 'Done.' } }));
    const opened = await handler('documents.get')({ company: slug, id: doc.id });
    expect(opened.limitNote).toMatch(/^This document is 1\.2 MB, over the 1 MB Dossier keeps/);
    expect(opened.sections.problem).toHaveLength(1229 * KB);
    const grow = await handler('documents.update')({ company: slug, id: doc.id, baseRevision: 0, patch: { sections: { outcome: 'Done, and more.' } } }).catch((e: unknown) => e);
    expect(grow).toMatchObject({ code: 'bad-request' });
    const shrunk = await handler('documents.update')({ company: slug, id: doc.id, baseRevision: 0, patch: { sections: { problem: 'Short now.' } } });
    expect(shrunk.revision).toBe(1);
    expect((await handler('documents.get')({ company: slug, id: doc.id })).limitNote).toBeUndefined();
    // The note is not stored.
    expect(ctx().store.getDocument(slug, doc.id)).not.toHaveProperty('limitNote');
  });

  it('a document within the limits has no note', async () => {
    const slug = ctx().store.createCompany('Acme', null).slug;
    const doc = ctx().store.createDocument(docInput(slug));
    expect(await handler('documents.get')({ company: slug, id: doc.id })).not.toHaveProperty('limitNote');
  });
});
