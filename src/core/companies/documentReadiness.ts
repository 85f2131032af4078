// A company's documents with a score each: a rubric check of the saved text (reused while nothing
// it depends on changed), or the newest snapshot's score when the check cannot run (for example a
// template that no longer loads).
import type { CoreContext } from '../context';
import type { DocumentFile } from '../workspace/schemas';
import type { DocumentSummary } from '../workspace/store';
import { createReadinessChecker } from '../rubric/checkDocument';
import { judgeEvidence } from './competencyEvidence';
import type { Competency } from '../workspace/competency';
import type { DocumentReadiness } from './types';
import { effectiveCompetencies } from '../questions/inferCompetencies';
import { statesPayIn } from '../rubric/statesPay';
import { PAY_TEMPLATES } from './payTemplates';

export function documentText(doc: Pick<DocumentFile, 'sections'>): string {
  return Object.values(doc.sections).join('\n\n');
}

type Checker = (doc: Pick<DocumentFile, 'templateId' | 'sections' | 'silencedRules'>) => { score: number; undermined: Map<Competency, string> };

/**
 * A document's score and the competencies it counts for in coverage: those it talks about (its
 * tags, or what its text, template and written sections show) that it also demonstrates
 * (competencyEvidence.ts: no big mistake judging it, a score of 60 or more); the rest are held back
 * with a reason.
 */
function scoreDocument(check: () => Checker, summary: DocumentSummary, doc: DocumentFile | null): DocumentReadiness {
  // Tags set by the candidate override what the text and template show.
  const shown = doc ? effectiveCompetencies(doc, documentText(doc)) : { competencies: summary.tags, from: 'tags' as const };
  const base = {
    id: summary.id,
    title: summary.title,
    templateId: summary.templateId,
    tags: summary.tags,
    competencySource: shown.from,
    updatedAt: summary.updatedAt,
    // Only a pay document that states pay can carry the "pay not checked" caveat (statesPay.ts).
    ...(doc && PAY_TEMPLATES.includes(doc.templateId) ? { statesPay: statesPayIn(doc.sections) } : {}),
  };
  if (doc) {
    try {
      const { score, undermined } = check()(doc);
      const { counted, held } = judgeEvidence(shown.competencies, score, undermined);
      return { ...base, competencies: counted, heldBack: held, score, scoreFrom: 'live' };
    } catch {
      // fall back to the snapshot score below
    }
  }
  const snap = snapshotScore(summary);
  const { counted, held } = judgeEvidence(shown.competencies, snap.score, new Map());
  return { ...base, competencies: counted, heldBack: held, ...snap };
}

/** The score when the text is not (or cannot be) checked: the newest snapshot's, if any. */
export function snapshotScore(summary: Pick<DocumentSummary, 'lastScore'>): Pick<DocumentReadiness, 'score' | 'scoreFrom'> {
  return summary.lastScore === null ? { score: null, scoreFrom: 'none' } : { score: summary.lastScore, scoreFrom: 'snapshot' };
}

/** Reads every document of a company once: summaries, full files (null when unreadable) and scores. */
export function readDocuments(
  ctx: CoreContext,
  company: string,
): {
  summaries: DocumentSummary[];
  files: Map<string, DocumentFile>;
  readiness: DocumentReadiness[];
} {
  const summaries = ctx.store.listDocuments(company);
  const files = new Map<string, DocumentFile>();
  let checker: Checker | null = null;
  // Resolved on first use, so a company whose settings cannot be read still lists its documents.
  const check = (): Checker => (checker ??= createReadinessChecker(ctx, company));
  const readiness = summaries.map((summary) => {
    let doc: DocumentFile | null = null;
    try {
      // Read without a copy (structuredClone of every document was a third of a dashboard); the
      // overviews only read these.
      doc = (ctx.store.peekDocument?.(company, summary.id) as DocumentFile | undefined) ?? ctx.store.getDocument(company, summary.id);
      files.set(summary.id, doc);
    } catch {
      doc = null;
    }
    return scoreDocument(check, summary, doc);
  });
  return { summaries, files, readiness };
}
