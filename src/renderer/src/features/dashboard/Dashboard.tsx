// The cross-company dashboard: upcoming rounds, each company's readiness, what to do next.
import { useQuery } from '../../api/useQuery';
import { CompanyCard } from './CompanyCard';
import { NextSteps } from './NextSteps';
import { RoundTimeline } from './RoundTimeline';
import './dashboard.css';

export function Dashboard(props: { onOpenCompany: (slug: string) => void; onOpenDocument: (company: string, id: string) => void }) {
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
            <div className="db-top">
              <section className="card">
                <h2>Upcoming rounds</h2>
                <RoundTimeline timeline={data.timeline} onOpenCompany={props.onOpenCompany} />
              </section>
              <section className="card">
                <h2>What to work on next</h2>
                <NextSteps suggestions={data.suggestions} onOpenCompany={props.onOpenCompany} onOpenDocument={props.onOpenDocument} />
              </section>
            </div>
            <section>
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
          </>
        )}
      </div>
    </div>
  );
}
