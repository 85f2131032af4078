// Which competencies the loop tests, and which documents prepare each one. A competency a round
// tests with fewer than two documents showing it is a gap. A document shows the competencies it
// is tagged with, or, without tags, those inferred from its text and template (`competencies`).
import type { Competency, LoopRound } from '../workspace/schemas';
import type { Coverage } from './types';
import { competencyLabels } from './competencyLabels';

export const MIN_DOCUMENTS_PER_COMPETENCY = 2;

export function coverage(
  rounds: Pick<LoopRound, 'id' | 'name' | 'competencies' | 'status'>[],
  documents: {
    id: string;
    title: string;
    tags: Competency[];
    competencies?: Competency[];
    heldBack?: { competency: Competency; reason: string }[];
  }[],
): Coverage {
  const order = Object.keys(competencyLabels) as Competency[];
  const competencies = order
    .map((competency) => {
      const tested = rounds.filter(
        (r) => r.status !== 'declined' && r.competencies.includes(competency),
      );
      const docs = documents.filter((d) => (d.competencies ?? d.tags).includes(competency));
      return {
        competency,
        label: competencyLabels[competency],
        rounds: tested.map((r) => ({ id: r.id, name: r.name })),
        documents: docs.map((d) => ({ id: d.id, title: d.title, from: d.competencies && d.tags.length === 0 ? ('inferred' as const) : ('tags' as const) })),
        heldBack: documents.flatMap((d) =>
          (d.heldBack ?? []).filter((h) => h.competency === competency).map((h) => ({ id: d.id, title: d.title, reason: h.reason })),
        ),
        thin: tested.length > 0 && docs.length < MIN_DOCUMENTS_PER_COMPETENCY,
      };
    })
    .filter((c) => c.rounds.length > 0 || c.documents.length > 0 || c.heldBack.length > 0);
  return { competencies, gaps: competencies.filter((c) => c.thin).map((c) => c.competency) };
}
