// Competencies the rounds test against the documents tagged with them; thin ones flagged.
import type { CompanyView } from '../../../../../shared/api';

export function CompetencyTable(props: { coverage: CompanyView['coverage']; onOpenDocument: (id: string) => void }) {
  const rows = props.coverage.competencies;
  if (rows.length === 0) {
    return <p className="muted co-small">Your rounds do not name any competencies yet. Rounds from a company profile come with them.</p>;
  }
  return (
    <div className="co-table-wrap">
      <table className="co-table" data-testid="coverage-table">
        <thead>
          <tr>
            <th scope="col">Competency</th>
            <th scope="col">Rounds that test it</th>
            <th scope="col">Your documents tagged with it</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.competency} className={row.thin ? 'co-row-thin' : undefined} data-thin={row.thin}>
              <th scope="row">
                {row.label}
                {row.thin && (
                  <span className="co-tag co-tag-warn" title="Prepare at least two documents for each competency a round tests.">
                    {row.documents.length === 0 ? 'nothing prepared' : 'only 1 document'}
                  </span>
                )}
              </th>
              <td className="co-small">{row.rounds.length === 0 ? <span className="muted">—</span> : row.rounds.map((r) => r.name).join(', ')}</td>
              <td>
                {row.documents.length === 0 ? (
                  <span className="muted co-small">Tag a document with this competency in the editor.</span>
                ) : (
                  <span className="co-linked">
                    {row.documents.map((d) => (
                      <button key={d.id} type="button" className="co-chip co-chip-link" onClick={() => props.onOpenDocument(d.id)}>
                        {d.title || 'Untitled document'}
                      </button>
                    ))}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
