// Sources: for each guide about this company, what Dossier took from it; facts offered from other
// companies' guides; and where the guides disagree, every reading with its guide's name.
import type { CompanyView } from '../../../../../shared/api';
import { summariseSources } from '../../../../../shared/sourceNames';
import type { GuideSummary } from '../../../../../shared/sourceNames';
import { SourceLabel } from '../../../ui/SourceLabel';

function GuideCard(props: { guide: GuideSummary; testId: string; index: number }) {
  const { guide } = props;
  const headingId = `${props.testId}-${props.index}`;
  return (
    <section className="card co-source-card" data-testid={props.testId} aria-labelledby={headingId}>
      <h3 id={headingId}>{guide.name}</h3>
      <p className="co-small muted">{guide.description}</p>
      <p className="co-small">
        Dossier took {guide.factCount} {guide.factCount === 1 ? 'fact' : 'facts'} from it:
      </p>
      {guide.groups.map((g) => (
        <details key={g.title} className="co-source-group">
          <summary>
            {g.title} <span className="muted">({g.lines.length})</span>
          </summary>
          <ul className="co-small">
            {g.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}

export function SourcesView(props: { view: CompanyView }) {
  const { profile } = props.view;
  if (!profile) {
    return (
      <div className="co-page" data-testid="sources-view">
        <header className="co-page-head">
          <h2>Sources</h2>
        </header>
        <p className="muted">
          This folder is not based on a company profile, so no guide facts are in it: the loop, checklist and bands are
          your own.
        </p>
      </div>
    );
  }
  const summary = summariseSources(profile);
  return (
    <div className="co-page" data-testid="sources-view">
      <header className="co-page-head">
        <div>
          <h2>Sources</h2>
          <p className="muted co-small">
            Every fact in this folder’s profile comes from a public interview guide. The guides are secondary sources: where
            they disagree, both readings are kept.
          </p>
        </div>
      </header>
      {summary.disagreements.length > 0 && (
        <section className="card co-disagreements" data-testid="sources-disagreements" aria-labelledby="sources-disagree-h">
          <h3 id="sources-disagree-h">Where the guides disagree</h3>
          {summary.disagreements.map((d) => (
            <div key={d.id} className="co-disagreement" data-testid={`disagreement-${d.id}`}>
              <p>
                <strong>{d.summary}</strong>
              </p>
              <ul className="co-small">
                {d.readings.map((r) => (
                  <li key={`${r.name}-${r.text}`}>
                    <SourceLabel>{r.name}</SourceLabel> {r.text}
                  </li>
                ))}
              </ul>
              <p className="co-small muted">{d.handling}</p>
            </div>
          ))}
        </section>
      )}
      <div className="co-source-grid">
        {summary.guides.map((g, i) => (
          <GuideCard key={g.label} guide={g} testId="source-guide" index={i} />
        ))}
        {summary.borrowed.map((g, i) => (
          <GuideCard key={g.label} guide={g} testId="source-borrowed" index={i} />
        ))}
      </div>
    </div>
  );
}
