// One company at a glance: next round, document scores, checklist progress, coverage gaps.
import type { Dashboard } from '../../../../shared/api';
import { ProgressBar } from '../../ui/ProgressBar';

type Company = Dashboard['companies'][number];

const scoreClass = (s: number | null): string => (s === null ? 'db-score-none' : s >= 80 ? 'db-score-good' : s >= 60 ? 'db-score-mid' : 'db-score-low');

export function CompanyCard(props: {
  company: Company;
  onOpenCompany: (slug: string) => void;
  onOpenDocument: (company: string, id: string) => void;
}) {
  const c = props.company;
  const docs = [...c.documents].sort((a, b) => (a.score ?? -1) - (b.score ?? -1));
  return (
    <article className="card db-card" data-testid="dashboard-company" aria-label={c.name}>
      <header className="db-card-head">
        <button type="button" className="db-card-title" onClick={() => props.onOpenCompany(c.slug)}>
          {c.name}
        </button>
        <span className={`db-score ${scoreClass(c.averageScore)}`} title="Average document score">
          {c.averageScore === null ? '—' : Math.round(c.averageScore)}
        </span>
      </header>
      <p className="db-small">
        {c.nextRound ? (
          <>
            Next: <strong>{c.nextRound.roundName}</strong> {c.nextRound.daysUntil === 0 ? 'today' : c.nextRound.daysUntil === 1 ? 'tomorrow' : `in ${c.nextRound.daysUntil} days`}
          </>
        ) : (
          <span className="db-muted">No round scheduled</span>
        )}
        {c.unscheduledRounds > 0 && <span className="db-muted"> · {c.unscheduledRounds} without a date</span>}
      </p>
      <ProgressBar
        size="small"
        done={c.checklistProgress.done}
        total={c.checklistProgress.total}
        label={`${c.name} checklist progress`}
        caption={`Checklist ${c.checklistProgress.done}/${c.checklistProgress.total}`}
        title={`Checklist: ${c.checklistProgress.done} of ${c.checklistProgress.total}`}
      />
      {docs.length === 0 ? (
        <p className="db-small db-muted">No documents yet.</p>
      ) : (
        <ul className="db-docs">
          {docs.slice(0, 5).map((d) => (
            <li key={d.id}>
              <button type="button" className="db-link" onClick={() => props.onOpenDocument(c.slug, d.id)}>
                {d.title || 'Untitled document'}
              </button>
              {c.payCaveat && d.statesPay === true ? (
                <span className="db-unchecked" title={c.payCaveat} data-testid="pay-unchecked-tag">
                  pay not checked
                </span>
              ) : null}
              <span className={`db-score db-score-sm ${scoreClass(d.score)}`}>{d.score === null ? '—' : Math.round(d.score)}</span>
            </li>
          ))}
          {docs.length > 5 && <li className="db-muted db-small">and {docs.length - 5} more</li>}
        </ul>
      )}
      {c.payCaveat && (
        <p className="db-small db-muted" data-testid="pay-caveat">
          {c.payCaveat}
        </p>
      )}
      {c.gaps.length > 0 && (
        <p className="db-small db-gap">
          Thin coverage: {c.gaps.length} {c.gaps.length === 1 ? 'competency' : 'competencies'}
        </p>
      )}
    </article>
  );
}
