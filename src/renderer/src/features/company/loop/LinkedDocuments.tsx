// The documents a round relies on: chips that open the document, and a picker to add more.
import type { DocumentSummary } from '../../../../../shared/api';

export function LinkedDocuments(props: {
  ids: string[];
  documents: DocumentSummary[];
  onChange: (ids: string[]) => void;
  onOpenDocument: (id: string) => void;
  roundName: string;
}) {
  const byId = new Map(props.documents.map((d) => [d.id, d]));
  const available = props.documents.filter((d) => !props.ids.includes(d.id));
  return (
    <div className="co-linked">
      {props.ids.length === 0 && <span className="muted co-small">No documents linked yet.</span>}
      {props.ids.map((id) => {
        const doc = byId.get(id);
        return (
          <span className="co-chip" key={id}>
            {doc ? (
              <button type="button" className="co-chip-link" onClick={() => props.onOpenDocument(id)} title="Open this document">
                {doc.title || 'Untitled document'}
              </button>
            ) : (
              <span className="muted" title="This document was deleted or moved">Missing document</span>
            )}
            <button
              type="button"
              className="co-chip-x"
              aria-label={`Unlink ${doc?.title ?? 'document'} from ${props.roundName}`}
              onClick={() => props.onChange(props.ids.filter((x) => x !== id))}
            >
              ×
            </button>
          </span>
        );
      })}
      {available.length > 0 && (
        <select
          className="select co-link-select"
          aria-label={`Link a document to ${props.roundName}`}
          value=""
          onChange={(e) => {
            if (e.target.value) props.onChange([...props.ids, e.target.value]);
          }}
        >
          <option value="">Link a document…</option>
          {available.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title || 'Untitled document'}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
