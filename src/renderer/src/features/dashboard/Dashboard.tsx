// The cross-company dashboard: upcoming rounds, each company's readiness, what to do next.
import { useQuery } from '../../api/useQuery';
import { CompanyCard } from './CompanyCard';
import { NextSteps } from './NextSteps';
import { RoundTimeline } from './RoundTimeline';
import './dashboard.css';

export function Dashboard(props: {
  onOpenCompany: (slug: string) => void;
  onOpenDocument: (company: string, id: string) => void;
  onOpenRound: (company: string, round: string) => void;
}) {
  const dash = useQuery('dashboard.get', {});
  const data = dash.data;
  return (
    <div className="db-root" data-testid="dashboard">
      <div className="db-page">
        <header className="db-head">
          <h1>Dashboard</h1>
          <button type="button" className="btn btn-sm" onClick={dash.reload} disabled={dash.loading}>
            {dash.loading ? 'Refreshing…' : 'Refresh'}
          </button>
        </header>
        {dash.error && (
          <p className="db-error" role="alert">
            {dash.error.message}
          </p>
        )}
        {!data && !dash.error && <p className="db-muted">Loading…</p>}
        {data && (
          <>
            {/* Rounds and companies share the left column, next steps run down the right, so
                neither column is left mostly empty beside a long list. */}
            <div className="db-layout">
              <section className="card db-area-rounds">
                <h2>Upcoming rounds</h2>
                <RoundTimeline timeline={data.timeline} onOpenCompany={props.onOpenCompany} />
              </section>
              <section className="card db-area-next">
                <h2>What to work on next</h2>
                <NextSteps
                  suggestions={data.suggestions}
                  onOpenCompany={props.onOpenCompany}
                  onOpenDocument={props.onOpenDocument}
                  onOpenRound={props.onOpenRound}
                />
              </section>
              <section className="db-area-companies">
                <h2 className="db-section-title">Companies</h2>
                {data.companies.length === 0 ? (
                  <p className="db-empty">No company folders yet. Create one from the sidebar to start preparing.</p>
                ) : (
                  <div className="db-grid">
                    {data.companies.map((c) => (
                      <CompanyCard key={c.slug} company={c} onOpenCompany={props.onOpenCompany} onOpenDocument={props.onOpenDocument} />
                    ))}
                  </div>
                )}
              </section>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
