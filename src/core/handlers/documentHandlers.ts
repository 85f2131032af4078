// documents.*: list (with each document's score), get, create from a template, update (with the
// baseRevision check), duplicate, delete to the trash and restore, snapshots with the rubric score,
// and the snapshots' scores under today's rules (historyScores).
import type { Handlers } from '../../shared/api';
import type { CoreContext } from '../context';
import type { DocumentFile, Revision } from '../workspace/schemas';
import { addRevisionWithinBudget } from '../workspace/snapshotBudget';
import type { RevisionAdded } from '../workspace/snapshotBudget';
import { newDocumentFromTemplate } from '../workspace/newDocumentFromTemplate';
import { checkDocument, createScoreChecker } from '../rubric/checkDocument';
import { readDocuments, snapshotScore } from '../companies/documentReadiness';
import { DossierError } from '../errors';
import { MAX_DOCUMENT_BYTES, MAX_SECTIONS, documentTooLargeMessage, overLimitNote, sectionsSize, tooManySectionsMessage } from '../document/inputLimits';

export { MAX_REVISIONS } from '../workspace/snapshotBudget';

export function documentHandlers(ctx: CoreContext): Partial<Handlers> {
  return {
    'documents.list': async ({ company, scores: checkEach }) => {
      if (checkEach !== true) return ctx.store.listDocuments(company).map((s) => ({ ...s, ...snapshotScore(s) }));
      // readiness is in the order of summaries, one entry each.
      const { summaries, readiness } = readDocuments(ctx, company);
      return summaries.map((s, i) => ({ ...s, score: readiness[i]?.score ?? null, scoreFrom: readiness[i]?.scoreFrom ?? 'none' }));
    },
    'documents.get': async ({ company, id }) => {
      const doc = ctx.store.getDocument(company, id);
      const limitNote = overLimitNote(doc.sections);
      return limitNote === null ? doc : { ...doc, limitNote };
    },
    'documents.create': async ({ company, templateId, title }) => newDocumentFromTemplate(ctx, company, templateId, { title }),
    'documents.update': async ({ company, id, baseRevision, patch }) =>
      ctx.store.updateDocument(company, id, baseRevision, (doc) => applyPatch(doc, patch)),
    'documents.duplicate': async ({ company, id }) => {
      const source = ctx.store.getDocument(company, id);
      const at = ctx.now().toISOString();
      return ctx.store.createDocument({
        schemaVersion: source.schemaVersion,
        templateId: source.templateId,
        templateVersion: source.templateVersion,
        title: copyTitle(source.title),
        company,
        sections: { ...source.sections },
        tags: [...source.tags],
        silencedRules: [...source.silencedRules],
        design: source.design,
        createdAt: at,
        updatedAt: at,
        history: [],
        rehearsals: [],
      });
    },
    'documents.delete': async ({ company, id }) => {
      ctx.store.deleteDocument(company, id);
      return { id };
    },
    'documents.restore': async ({ company, id }) => ctx.store.restoreDocument(company, id),
    'documents.historyScores': async ({ company, id }) => {
      const doc = ctx.store.getDocument(company, id);
      // The score cache (scoreCache.ts) keeps this to one check per distinct snapshot text and rules.
      const score = createScoreChecker(ctx, company);
      const scores = doc.history.map((h) => score({ templateId: doc.templateId, title: h.title, sections: h.sections, silencedRules: doc.silencedRules }));
      return { scores };
    },
    'documents.snapshot': async ({ company, id, label }) => {
      let note: string | null = null;
      const saved = ctx.store.updateDocument(company, id, null, (doc) => {
        const { score } = checkDocument(ctx, {
          company,
          templateId: doc.templateId,
          // As the editor and export check it: the title is read to choose the findings' language.
          title: doc.title,
          sections: doc.sections,
          silencedRules: doc.silencedRules,
        });
        const added = addRevision(doc, { reason: 'manual', label: label ?? '', score, at: ctx.now().toISOString() });
        if (added.refused) throw new DossierError('bad-request', added.note ?? 'No snapshot was kept.');
        note = added.note;
        return added.doc;
      });
      return note === null ? saved : { ...saved, snapshotNote: note };
    },
  };
}

type Patch = Partial<Pick<DocumentFile, 'title' | 'sections' | 'tags' | 'silencedRules' | 'design'>>;

/**
 * Sections are merged (a patch may carry only the section being typed in). The merged sections
 * must stay within MAX_SECTIONS and MAX_DOCUMENT_BYTES (headings and texts, UTF-8), as the request
 * schema holds each patch to: otherwise repeated patches of new headings grow a stored document
 * past what the editor can ever save again. A patch that would cross a limit (or grow a document
 * already past it, e.g. one edited on disk) throws DossierError 'bad-request' and nothing is
 * stored; a patch that keeps or shrinks an over-limit document is accepted, so it can be repaired.
 */
export function applyPatch(doc: DocumentFile, patch: Patch): DocumentFile {
  const sections = patch.sections !== undefined ? { ...doc.sections, ...patch.sections } : undefined;
  if (sections !== undefined) checkMergedSections(doc.sections, sections);
  return {
    ...doc,
    ...(patch.title !== undefined ? { title: patch.title } : {}),
    ...(sections !== undefined ? { sections } : {}),
    ...(patch.tags !== undefined ? { tags: [...new Set(patch.tags)] } : {}),
    ...(patch.silencedRules !== undefined ? { silencedRules: [...new Set(patch.silencedRules)] } : {}),
    ...(patch.design !== undefined ? { design: patch.design } : {}),
  };
}

function checkMergedSections(before: Record<string, string>, after: Record<string, string>): void {
  const was = sectionsSize(before);
  const now = sectionsSize(after);
  if (now.count > MAX_SECTIONS && now.count > was.count) {
    throw new DossierError('bad-request', tooManySectionsMessage('This document'));
  }
  if (now.bytes > MAX_DOCUMENT_BYTES && now.bytes > was.bytes) {
    throw new DossierError('bad-request', documentTooLargeMessage('This document', now.bytes));
  }
}

/**
 * Appends a snapshot of the current title and sections, keeping the newest MAX_REVISIONS within
 * MAX_HISTORY_BYTES (snapshotBudget.ts); `note` tells the candidate which snapshots went, or why
 * none was kept (`refused`).
 */
export function addRevision(doc: DocumentFile, rev: Pick<Revision, 'reason' | 'label' | 'score' | 'at'>): RevisionAdded {
  return addRevisionWithinBudget(doc, rev);
}

/** "Brief" -> "Brief (copy)"; "Brief (copy)" -> "Brief (copy 2)" ... */
export function copyTitle(title: string): string {
  const m = /^(.*) \(copy(?: (\d+))?\)$/.exec(title);
  if (!m) return `${title} (copy)`.slice(0, 300);
  const n = m[2] ? Number(m[2]) + 1 : 2;
  return `${m[1]} (copy ${n})`.slice(0, 300);
}
