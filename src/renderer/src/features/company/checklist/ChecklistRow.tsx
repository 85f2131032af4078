// One checklist item: tick box, text, and a link to the template or framework it asks for.
import { useState } from 'react';
import type { ChecklistItem, CompanyProfile, DocumentSummary, Template } from '../../../../../shared/api';
import { sourceName } from '../../../../../shared/sourceNames';
import { SourceLabel } from '../../../ui/SourceLabel';

/** What the profile says about a framework; the lifecycle gates come from the profile's lifecycle. */
function frameworkInfo(
  profile: CompanyProfile | null,
  name: string,
): { name: string; text: string; source: string; templateId?: string | undefined } | null {
  if (!profile) return null;
  const found = profile.frameworks.find((f) => f.name.toLowerCase() === name.toLowerCase());
  if (found) return found;
  if (/lifecycle/i.test(name) && profile.lifecycle) {
    return { name, text: profile.lifecycle.stages.join(' → '), source: profile.lifecycle.source };
  }
  return null;
}

/**
 * The chip beside an item: the guide's name, and "From …" when the item comes from a guide about
 * another company (4-P, a JPMorgan Chase framework, on the Wells Fargo checklist).
 */
export function sourceChip(source: string, profile: CompanyProfile | null): string {
  const labels = source.split(',').map((s) => s.trim());
  const own = profile ? labels.every((l) => profile.sources.some((s) => s.id === l)) : true;
  return own ? sourceName(source) : `From the ${sourceName(source)}`;
}

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
  const [showFramework, setShowFramework] = useState(false);
  const framework = item.framework ? frameworkInfo(props.profile, item.framework) : null;
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
        {item.framework &&
          (framework ? (
            <button
              type="button"
              className="co-tag co-tag-button"
              aria-expanded={showFramework}
              title="What this framework asks for"
              onClick={() => setShowFramework((v) => !v)}
            >
              {item.framework}
            </button>
          ) : (
            <span className="co-tag">{item.framework}</span>
          ))}
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
        {item.source && <SourceLabel>{sourceChip(item.source, props.profile)}</SourceLabel>}
        {props.onRemove && (
          <button type="button" className="btn btn-ghost btn-sm btn-danger" aria-label={`Remove “${item.text}”`} onClick={props.onRemove}>
            Remove
          </button>
        )}
      </span>
      {showFramework && framework && (
        <p className="co-framework co-small" data-testid="framework-text">
          <strong>{framework.name}:</strong> {framework.text} <SourceLabel>{sourceName(framework.source)}</SourceLabel>
        </p>
      )}
    </li>
  );
}
