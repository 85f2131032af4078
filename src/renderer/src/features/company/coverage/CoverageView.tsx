// Coverage: are the competencies the loop tests backed by prepared documents, and does the
// candidate's material use the job description's key terms?
import type { CompanyView, DocumentSummary } from '../../../../../shared/api';
import { CompetencyTable } from './CompetencyTable';
import { EVIDENCE_MIN_SCORE } from '../../../../../shared/competencyEvidence';
import { JobDescriptionPanel } from './JobDescriptionPanel';

export function CoverageView(props: {
  view: CompanyView;
  documents: DocumentSummary[];
  onOpenDocument: (id: string) => void;
  onSaved: () => void;
}) {
  const { coverage } = props.view;
  const labelOf = (c: string): string => coverage.competencies.find((row) => row.competency === c)?.label ?? c;
  return (
    <div className="co-page" data-testid="coverage-view">
      <header className="co-page-head">
        <div>
          <h2>Coverage</h2>
          <p className="muted co-small">
            Aim for at least two prepared documents for every competency a round tests. Dossier reads each document&apos;s text and
            template to see what it shows; tags you set in the editor take precedence.
          </p>
          <p className="muted co-small" data-testid="coverage-rule">
            A document counts once it shows the competency well: it scores at least {EVIDENCE_MIN_SCORE} and has no big mistake
            (an error in Issues) about it, such as compliance brought in after launch. Drafts that are not there yet are listed
            as &ldquo;not yet&rdquo;, with what to fix.
          </p>
        </div>
      </header>
      {coverage.gaps.length > 0 ? (
        <div className="co-banner co-banner-warn" data-testid="coverage-gaps">
          <strong>
            {coverage.gaps.length} {coverage.gaps.length === 1 ? 'competency needs' : 'competencies need'} more material:
          </strong>{' '}
          {coverage.gaps.map(labelOf).join(', ')}
        </div>
      ) : (
        coverage.competencies.length > 0 && <div className="co-banner co-banner-good">Every tested competency has at least two documents.</div>
      )}
      <CompetencyTable coverage={coverage} onOpenDocument={props.onOpenDocument} />
      <JobDescriptionPanel
        slug={props.view.company.slug}
        initialText={props.view.company.jobDescription}
        onOpenDocument={props.onOpenDocument}
        onSaved={props.onSaved}
      />
    </div>
  );
}
