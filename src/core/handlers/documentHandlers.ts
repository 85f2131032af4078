// documents.*: list (with each document's score), get, create from a template, update (with the
// baseRevision check), duplicate, delete to the trash and restore, and snapshots with the rubric score.
import type { Handlers } from '../../shared/api';
import type { CoreContext } from '../context';
import type { DocumentFile, Revision } from '../workspace/schemas';
import { newDocumentFromTemplate } from '../workspace/newDocumentFromTemplate';
import { checkDocument } from '../rubric/checkDocument';
import { readDocuments, snapshotScore } from '../companies/documentReadiness';

/** Snapshots kept per document; the oldest go first. */
export const MAX_REVISIONS = 50;

export function documentHandlers(ctx: CoreContext): Partial<Handlers> {
  return {
    'documents.list': async ({ company, scores: checkEach }) => {
      if (checkEach !== true) return ctx.store.listDocuments(company).map((s) => ({ ...s, ...snapshotScore(s) }));
      // readiness is in the order of summaries, one entry each.
      const { summaries, readiness } = readDocuments(ctx, company);
      return summaries.map((s, i) => ({ ...s, score: readiness[i]?.score ?? null, scoreFrom: readiness[i]?.scoreFrom ?? 'none' }));
    },
    'documents.get': async ({ company, id }) => ctx.store.getDocument(company, id),
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
    'documents.snapshot': async ({ company, id, label }) =>
      ctx.store.updateDocument(company, id, null, (doc) => {
        const { score } = checkDocument(ctx, {
          company,
          templateId: doc.templateId,
          sections: doc.sections,
          silencedRules: doc.silencedRules,
        });
        return addRevision(doc, { reason: 'manual', label: label ?? '', score, at: ctx.now().toISOString() });
      }),
  };
}

type Patch = Partial<Pick<DocumentFile, 'title' | 'sections' | 'tags' | 'silencedRules' | 'design'>>;

/** Sections are merged (a patch may carry only the section being typed in). */
export function applyPatch(doc: DocumentFile, patch: Patch): DocumentFile {
  return {
    ...doc,
    ...(patch.title !== undefined ? { title: patch.title } : {}),
    ...(patch.sections !== undefined ? { sections: { ...doc.sections, ...patch.sections } } : {}),
    ...(patch.tags !== undefined ? { tags: [...new Set(patch.tags)] } : {}),
    ...(patch.silencedRules !== undefined ? { silencedRules: [...new Set(patch.silencedRules)] } : {}),
    ...(patch.design !== undefined ? { design: patch.design } : {}),
  };
}

/** Appends a snapshot of the current title and sections; keeps the newest MAX_REVISIONS. */
export function addRevision(
  doc: DocumentFile,
  rev: Pick<Revision, 'reason' | 'label' | 'score' | 'at'>,
): DocumentFile {
  const entry: Revision = { revision: doc.revision, title: doc.title, sections: { ...doc.sections }, ...rev };
  return { ...doc, history: [...doc.history, entry].slice(-MAX_REVISIONS) };
}

/** "Brief" -> "Brief (copy)"; "Brief (copy)" -> "Brief (copy 2)" ... */
export function copyTitle(title: string): string {
  const m = /^(.*) \(copy(?: (\d+))?\)$/.exec(title);
  if (!m) return `${title} (copy)`.slice(0, 300);
  const n = m[2] ? Number(m[2]) + 1 : 2;
  return `${m[1]} (copy ${n})`.slice(0, 300);
}
