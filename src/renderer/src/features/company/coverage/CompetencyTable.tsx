// Competencies the rounds test against the documents that show them (tagged, or found in the
// text and template when untagged); thin ones flagged.
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
            <th scope="col">Your documents that show it</th>
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
                  row.heldBack.length === 0 ? (
                    <span className="muted co-small">No document shows it yet. Answer a question for this round, or tag a document in the editor.</span>
                  ) : null
                ) : (
                  <span className="co-linked">
                    {row.documents.map((d) => (
                      <button
                        key={d.id}
                        type="button"
                        className="co-chip co-chip-link"
                        onClick={() => props.onOpenDocument(d.id)}
                        title={d.from === 'inferred' ? 'Counted from what the text says; tag the document in the editor to decide yourself.' : 'Counted from your tags.'}
                      >
                        {d.title || 'Untitled document'}
                        {d.from === 'inferred' && <span className="co-inferred"> · found in the text</span>}
                      </button>
                    ))}
                  </span>
                )}
                {row.heldBack.length > 0 && (
                  <ul className="co-held" data-testid="coverage-held">
                    {row.heldBack.map((d) => (
                      <li key={d.id}>
                        <button type="button" className="co-chip co-chip-link co-chip-held" onClick={() => props.onOpenDocument(d.id)}>
                          {d.title || 'Untitled document'}
                        </button>{' '}
                        <span className="co-small muted">not yet: {d.reason}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
