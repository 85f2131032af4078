// Where the guides disagree about the loop (Wells Fargo: guide-A vs guide-B), both versions
// side by side with their source labels.
import type { CompanyProfile } from '../../../../../shared/api';

export function SourceVariants(props: { profile: CompanyProfile }) {
  const { profile } = props;
  const disagreements = profile.disagreements.filter((d) => d.topic === 'loop' || d.topic === 'timeline');
  if (profile.loops.length < 2 && disagreements.length === 0) return null;
  return (
    <details className="card co-variants" data-testid="loop-variants">
      <summary>
        <strong>The guides disagree about this loop</strong>
        <span className="muted"> · {profile.loops.map((l) => l.source).join(' vs ')}</span>
      </summary>
      {disagreements.map((d) => (
        <p key={d.summary} className="co-small">
          {d.summary} <span className="co-source">({d.sources.join(', ')})</span>
        </p>
      ))}
      <div className="co-variant-grid">
        {profile.loops.map((loop) => (
          <section key={loop.id} className="co-variant">
            <h4>
              {loop.label} <span className="co-source">{loop.source}</span>
              {loop.isDefault && <span className="co-tag">used for your loop</span>}
            </h4>
            <p className="co-small muted">{loop.timeline.text}</p>
            <ol className="co-variant-rounds">
              {loop.rounds.map((r) => (
                <li key={r.id}>
                  {r.name} · {r.minutes}
                  {r.minutesMax ? `–${r.minutesMax}` : ''} min <span className="muted">· {r.interviewer}</span>
                </li>
              ))}
            </ol>
            {loop.notes.map((n) => (
              <p key={n.text} className="co-small muted">
                {n.text}
              </p>
            ))}
          </section>
        ))}
      </div>
    </details>
  );
}
