// "What to work on next": the core's suggestions, each a link to where the work happens.
import type { Dashboard } from '../../../../shared/api';

const KIND_LABEL: Record<Dashboard['suggestions'][number]['kind'], string> = {
  'round-readiness': 'Prepare',
  'low-score': 'Improve',
  'coverage-gap': 'Cover',
  'unscheduled-round': 'Schedule',
  checklist: 'Checklist',
};

export function NextSteps(props: {
  suggestions: Dashboard['suggestions'];
  onOpenCompany: (slug: string) => void;
  onOpenDocument: (company: string, id: string) => void;
  onOpenRound: (company: string, round: string) => void;
}) {
  if (props.suggestions.length === 0) {
    return <p className="db-empty">Nothing pressing. Rehearse your spoken pieces once more.</p>;
  }
  return (
    <ol className="db-next" data-testid="next-steps">
      {props.suggestions.slice(0, 8).map((s, i) => (
        <li key={`${s.kind}-${s.company}-${i}`}>
          <span className={`db-kind db-kind-${s.kind}`}>{KIND_LABEL[s.kind]}</span>
          <button
            type="button"
            className="db-next-link"
            onClick={() =>
              s.documentId
                ? props.onOpenDocument(s.company, s.documentId)
                : s.kind === 'round-readiness' && s.roundId
                  ? props.onOpenRound(s.company, s.roundId)
                  : props.onOpenCompany(s.company)
            }
          >
            {s.text}
          </button>
          <span className="db-muted db-small">{s.companyName}</span>
        </li>
      ))}
    </ol>
  );
}
