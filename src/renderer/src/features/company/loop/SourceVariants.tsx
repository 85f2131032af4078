// Where the guides disagree about the loop (Wells Fargo: the English and the Chinese guide), both
// versions side by side, each named by its guide.
import type { CompanyProfile } from '../../../../../shared/api';
import { sourceName, sourceNames } from '../../../../../shared/sourceNames';
import { SourceLabel } from '../../../ui/SourceLabel';

export function SourceVariants(props: { profile: CompanyProfile }) {
  const { profile } = props;
  const disagreements = profile.disagreements.filter(
    (d) => d.topic === 'loop' || d.topic === 'timeline' || d.topic === 'round-length',
  );
  if (profile.loops.length < 2 && disagreements.length === 0) return null;
  return (
    <details className="card co-variants" data-testid="loop-variants">
      <summary>
        <strong>{profile.loops.length > 1 ? 'The guides disagree about this loop' : 'The guide is inconsistent about this loop'}</strong>
        <span className="muted"> · {sourceNames(profile.loops.map((l) => l.source))}</span>
      </summary>
      {disagreements.map((d) => (
        <div key={d.id} className="co-small" data-testid="loop-disagreement">
          <p>{d.summary}</p>
          <ul>
            {d.readings.map((r) => (
              <li key={r.text}>
                <SourceLabel>{sourceName(r.source)}</SourceLabel> {r.text}
              </li>
            ))}
          </ul>
          <p className="muted">{d.handling}</p>
        </div>
      ))}
      {profile.loops.length > 1 && (
        <div className="co-variant-grid">
          {profile.loops.map((loop) => (
            <section key={loop.id} className="co-variant">
              <h4>
                {loop.label} <SourceLabel>{sourceName(loop.source)}</SourceLabel>
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
      )}
    </details>
  );
}
