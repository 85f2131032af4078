// One checklist item: tick box, text, and a link to the template or framework it asks for.
import type { ChecklistItem, CompanyProfile, DocumentSummary, Template } from '../../../../../shared/api';

export function ChecklistRow(props: {
  item: ChecklistItem;
  templates: Template[];
  documents: DocumentSummary[];
  profile: CompanyProfile | null;
  busy: boolean;
  onToggle: () => void;
  onRemove: (() => void) | null;
  onOpenDocument: (id: string) => void;
  onCreateDocument: (templateId: string) => void;
}) {
  const { item } = props;
  const framework = item.framework ? props.profile?.frameworks.find((f) => f.name === item.framework) ?? null : null;
  const templateId = item.templateId ?? framework?.templateId ?? null;
  const template = templateId ? props.templates.find((t) => t.id === templateId) ?? null : null;
  const existing = templateId ? props.documents.find((d) => d.templateId === templateId) ?? null : null;
  return (
    <li className={`co-check ${item.done ? 'co-check-done' : ''}`} data-testid="checklist-item">
      <label className="co-check-main">
        <input type="checkbox" checked={item.done} onChange={props.onToggle} />
        <span className="co-check-text">{item.text}</span>
      </label>
      <span className="co-check-links">
        {item.framework && (
          <span className="co-tag" title={framework?.text ?? undefined}>
            {item.framework}
          </span>
        )}
        {templateId &&
          (existing ? (
            <button type="button" className="btn btn-sm" onClick={() => props.onOpenDocument(existing.id)}>
              Open {existing.title || template?.name || 'document'}
            </button>
          ) : (
            <button
              type="button"
              className="btn btn-sm"
              disabled={props.busy || !template}
              title={template ? template.purpose : `The template “${templateId}” is not installed.`}
              onClick={() => props.onCreateDocument(templateId)}
            >
              Start {template?.name ?? templateId}
            </button>
          ))}
        {item.source && <span className="co-source">{item.source}</span>}
        {props.onRemove && (
          <button type="button" className="btn btn-ghost btn-sm btn-danger" aria-label={`Remove “${item.text}”`} onClick={props.onRemove}>
            Remove
          </button>
        )}
      </span>
    </li>
  );
}
