// Snapshots are held to a byte budget as well as a count (breaker F17: 50 snapshots of a 900 KB
// draft made a 44 MB document file, rewritten on every autosave). The oldest go first and the
// candidate is told which went; a snapshot that alone is over the budget is refused, nothing changed.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentHandlers } from '../../../src/core/handlers/documentHandlers';
import { exportHandlers } from '../../../src/core/handlers/exportHandlers';
import type { Handlers } from '../../../src/shared/api';
import { MAX_HISTORY_BYTES, MAX_REVISIONS, addRevisionWithinBudget, jsonStringBytes, prunedNote, revisionBytes } from '../../../src/core/workspace/snapshotBudget';
import type { DocumentFile, Revision } from '../../../src/core/workspace/schemas';
import { docInput } from './fixtures/docInput';
import { useHandlerContext } from './fixtures/handlerContext';

const { ctx: context, handler } = useHandlerContext((c) => ({ ...documentHandlers(c), ...exportHandlers(c) }));

/** About `kb` KB of plain sentences. */
const text = (kb: number) => 'Card fraud losses fell 20% from a 12 bps baseline. '.repeat(Math.ceil((kb * 1024) / 51)).slice(0, kb * 1024);

function bigDocument(kb: number): { slug: string; id: string; file: string } {
  const slug = context().store.createCompany('Acme', null).slug;
  const doc = context().store.createDocument(docInput(slug, { sections: { problem: text(kb), outcome: 'Losses fell 20%.' } }));
  return { slug, id: doc.id, file: path.join(context().store.root, 'companies', slug, 'documents', `${doc.id}.json`) };
}

const snap = (at: string, label = ''): Pick<Revision, 'reason' | 'label' | 'score' | 'at'> => ({ reason: 'manual', label, score: null, at });

describe('addRevisionWithinBudget', () => {
  const doc = (kb: number, history: Revision[] = []): DocumentFile => ({
    ...docInput('acme', { sections: { problem: text(kb) }, history }),
    id: 'd',
    revision: 7,
  });

  it('a small draft keeps MAX_REVISIONS snapshots, the oldest going first, and says so', () => {
    let last = addRevisionWithinBudget(doc(2), snap('2026-03-01T10:00:00.000Z', 'first'));
    let d = last.doc;
    for (let i = 0; i < MAX_REVISIONS; i++) {
      last = addRevisionWithinBudget(d, snap(`2026-03-${String(2 + (i % 20)).padStart(2, '0')}T10:00:00.000Z`, `n${i}`));
      d = last.doc;
    }
    expect(d.history).toHaveLength(MAX_REVISIONS);
    expect(last.pruned).toHaveLength(1);
    expect(last.note).toBe(`To keep this document's history within 50 snapshots and 2 MB, the oldest snapshot (2026-03-01, “first”) was removed.`);
  });

  it('a 900 KB draft keeps two snapshots: the history stays within the byte budget', () => {
    let d = doc(900);
    const notes: (string | null)[] = [];
    for (let i = 0; i < 5; i++) {
      const r = addRevisionWithinBudget(d, snap(`2026-03-0${i + 1}T10:00:00.000Z`));
      d = r.doc;
      notes.push(r.note);
    }
    expect(d.history).toHaveLength(2);
    expect(d.history.reduce((n, r) => n + revisionBytes(r), 0)).toBeLessThanOrEqual(MAX_HISTORY_BYTES);
    expect(d.history.map((r) => r.at.slice(0, 10))).toEqual(['2026-03-04', '2026-03-05']);
    expect(notes).toEqual([null, null, ...['2026-03-01', '2026-03-02', '2026-03-03'].map((day) => `To keep this document's history within 50 snapshots and 2 MB, the oldest snapshot (${day}) was removed.`)]);
  });

  it('one large snapshot can push out several small ones, named together', () => {
    const small = addRevisionWithinBudget(doc(1), snap('2026-03-01T10:00:00.000Z')).doc.history[0]!;
    const history = [small, { ...small, at: '2026-03-02T10:00:00.000Z' }, ...[3, 4].map((day) => ({ ...addRevisionWithinBudget(doc(990), snap(`2026-03-0${day}T10:00:00.000Z`)).doc.history[0]! }))];
    const r = addRevisionWithinBudget(doc(990, history), snap('2026-03-05T10:00:00.000Z'));
    expect(r.pruned.map((p) => p.at.slice(0, 10))).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
    expect(r.note).toBe(`To keep this document's history within 50 snapshots and 2 MB, the 3 oldest snapshots (2026-03-01 to 2026-03-03) were removed.`);
  });

  it('a document past its limit (edited outside Dossier) is refused a snapshot, unchanged', () => {
    const d = doc(2100);
    const r = addRevisionWithinBudget(d, snap('2026-03-01T10:00:00.000Z'));
    expect(r).toMatchObject({ doc: d, refused: true, pruned: [] });
    expect(r.note).toBe("No snapshot was kept: this document takes 2.1 MB in its file, and a document's snapshots hold up to 2 MB together. Shorten it to keep snapshots again.");
  });

  it('counts each string as the JSON file holds it (breaker F13: control characters are 6 bytes there)', () => {
    for (const s of ['', 'plain', '\u0001'.repeat(10), 'tab\tnew\nline\r\b\f', 'say "hi" \\ now', '招商银行 €', '😀 pair', 'lone \ud800 and \udc00', '\u2028\u2029', '\u007f\u0080']) {
      expect([s, jsonStringBytes(s)]).toEqual([s, Buffer.byteLength(JSON.stringify(s), 'utf8')]);
    }
    const r = { title: 't\u0001', label: '"x"', sections: { problem: '\u0001'.repeat(1000) } };
    expect(revisionBytes(r)).toBe(Buffer.byteLength(JSON.stringify(r.title) + JSON.stringify(r.label) + JSON.stringify('problem') + JSON.stringify(r.sections.problem)));
  });

  it('prunedNote: none is null', () => expect(prunedNote([])).toBeNull());
});

describe('through the app', () => {
  it('documents.snapshot of a 900 KB draft: the file stays near 3 MB and the answer carries the note', async () => {
    const { slug, id, file } = bigDocument(900);
    let last: Awaited<ReturnType<Handlers['documents.snapshot']>> | null = null;
    for (let i = 0; i < 4; i++) last = await handler('documents.snapshot')({ company: slug, id });
    expect(last!.history).toHaveLength(2);
    expect(last!.snapshotNote).toMatch(/^To keep this document's history within 50 snapshots and 2 MB, the oldest snapshot \(\d{4}-\d\d-\d\d\) was removed\.$/);
    expect(fs.statSync(file).size).toBeLessThan(3 * 1024 * 1024);
    // What is stored is the document itself, without the note.
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).not.toHaveProperty('snapshotNote');
    expect(context().store.getDocument(slug, id)).not.toHaveProperty('snapshotNote');
  }, 60_000);

  it('a draft of control characters within the 1 MB text limit: its snapshots count as the file holds them (breaker F13)', async () => {
    const { slug, id, file } = bigDocument(1);
    const base = context().store.getDocument(slug, id).revision;
    // 950,000 U+0001: 0.95 MB of text, 5.7 MB of JSON. Before: three snapshots made a 17 MB file.
    await handler('documents.update')({ company: slug, id, baseRevision: base, patch: { sections: { problem: '\u0001'.repeat(950_000) } } });
    const plain = fs.statSync(file).size;
    const err = await handler('documents.snapshot')({ company: slug, id }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'bad-request', message: expect.stringMatching(/^No snapshot was kept: this document takes 5\.4 MB in its file/) });
    expect(fs.statSync(file).size).toBe(plain);
    // 300,000 of them (1.8 MB of JSON): one snapshot fits, the next replaces it.
    const now = context().store.getDocument(slug, id).revision;
    await handler('documents.update')({ company: slug, id, baseRevision: now, patch: { sections: { problem: '\u0001'.repeat(300_000) } } });
    let last: Awaited<ReturnType<Handlers['documents.snapshot']>> | null = null;
    for (let i = 0; i < 3; i++) last = await handler('documents.snapshot')({ company: slug, id });
    expect(last!.history).toHaveLength(1);
    expect(fs.statSync(file).size).toBeLessThan(2 * 1.9 * 1024 * 1024);
  }, 60_000);

  it('documents.snapshot with room to spare has no note', async () => {
    const { slug, id } = bigDocument(4);
    const r = await handler('documents.snapshot')({ company: slug, id });
    expect(r.history).toHaveLength(1);
    expect(r.snapshotNote).toBeUndefined();
  });

  it('an export that pushes out a snapshot says so in its result', async () => {
    const { slug, id, file } = bigDocument(900);
    for (let i = 0; i < 2; i++) await handler('documents.snapshot')({ company: slug, id });
    const r = await handler('export.document')({ company: slug, id, format: 'md' });
    expect(r.snapshotNote).toMatch(/^To keep this document's history within 50 snapshots and 2 MB, the oldest snapshot/);
    expect(context().store.getDocument(slug, id).history.map((x) => x.reason)).toEqual(['manual', 'export']);
    expect(fs.statSync(file).size).toBeLessThan(3 * 1024 * 1024);
  }, 60_000);

  it('a document past its limit: documents.snapshot is refused with the note, nothing saved; its export is written without one', async () => {
    const { slug, id, file } = bigDocument(2100);
    const bytes = fs.readFileSync(file, 'utf8');
    const err = await handler('documents.snapshot')({ company: slug, id }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'bad-request', message: expect.stringMatching(/^No snapshot was kept: this document takes 2\.1 MB in its file/) });
    expect(fs.readFileSync(file, 'utf8')).toBe(bytes);
    const r = await handler('export.document')({ company: slug, id, format: 'md' });
    expect(r.snapshotNote).toMatch(/^No snapshot was kept: this document takes 2\.1 MB in its file/);
    expect(fs.existsSync(path.join(context().store.root, r.path))).toBe(true);
    expect(context().store.getDocument(slug, id).history).toEqual([]);
  }, 60_000);
});
