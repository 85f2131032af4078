// Pick a template for a new document: name, what it is for, and its page/time budget.
import { useEffect, useState } from 'react';
import type { DocumentFile, Template } from '../../../../shared/api';
import { call } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { useAppData } from '../../app/AppData';
import { formatDuration } from '../../lib/countWords';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { orderTemplates, recommendedTemplateIds } from './templateOrder';

export function templateBudget(t: Template): string {
  const parts: string[] = [];
  if (t.pageBudget) parts.push(`${t.pageBudget} page${t.pageBudget === 1 ? '' : 's'}`);
  if (t.wordBudget) parts.push(`about ${t.wordBudget} words`);
  if (t.speakingSeconds) parts.push(`${formatDuration(t.speakingSeconds)} spoken`);
  return parts.join(' · ');
}

export function NewDocumentDialog(props: {
  company: string;
  onClose: () => void;
  onCreated: (doc: DocumentFile) => void;
}) {
  const { templates, reloadTemplates } = useAppData();
  // Pick up templates added (or fixed) since the app opened.
  useEffect(() => {
    void reloadTemplates();
  }, [reloadTemplates]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  // The folder's checklist decides what is recommended; until it arrives (or if it cannot be
  // read) the list waits briefly, then falls back to the impact brief first.
  const folder = useQuery('companies.get', { slug: props.company });
  const ready = folder.data !== null || folder.error !== null;
  const { recommended, others } = orderTemplates(
    templates,
    recommendedTemplateIds(folder.data?.company.checklist ?? []),
  );
  const folderName = folder.data?.company.name ?? 'this folder';

  const create = async (t: Template) => {
    setBusy(t.id);
    const r = await call('documents.create', { company: props.company, templateId: t.id });
    setBusy(null);
    if (r.ok) props.onCreated(r.data);
    else setError(r.error.message);
  };

  return (
    <Modal title="New document" onClose={props.onClose} wide testId="new-document-dialog">
      <p className="muted">
        Each template asks for what interviewers at regulated firms listen for. Pick the one you
        need next.
      </p>
      {error ? <p className="field-error">{error}</p> : null}
      {!ready ? <p className="muted">Loading templates…</p> : null}
      {ready ? (
        <TemplateGroup
          id="templates-recommended"
          title={`Recommended for ${folderName}`}
          templates={recommended}
          busy={busy !== null}
          onPick={create}
        />
      ) : null}
      {ready ? (
        <TemplateGroup
          id="templates-others"
          title={recommended.length > 0 ? 'Other templates' : 'Templates'}
          templates={others}
          busy={busy !== null}
          onPick={create}
        />
      ) : null}
      {templates.length === 0 ? (
        <p className="muted">No templates were found. Check the templates folder, then reload.</p>
      ) : null}
      <div className="modal-inline-footer">
        <Button variant="ghost" onClick={props.onClose}>
          Cancel
        </Button>
      </div>
    </Modal>
  );
}

/** One titled group of template cards; nothing when `templates` is empty. */
function TemplateGroup(props: {
  id: string;
  title: string;
  templates: Template[];
  busy: boolean;
  onPick: (t: Template) => Promise<void>;
}) {
  if (props.templates.length === 0) return null;
  return (
    <section aria-labelledby={props.id}>
      <h3 id={props.id} className="template-group">
        {props.title}
      </h3>
      <div className="template-list" data-testid={props.id}>
        {props.templates.map((t) => (
          <TemplateCard key={t.id} template={t} disabled={props.busy} onPick={props.onPick} />
        ))}
      </div>
    </section>
  );
}

function TemplateCard(props: {
  template: Template;
  disabled: boolean;
  onPick: (t: Template) => Promise<void>;
}) {
  const t = props.template;
  return (
    <button
      type="button"
      className="template-card"
      data-testid={`template-${t.id}`}
      disabled={props.disabled}
      onClick={() => void props.onPick(t)}
    >
      <span className="template-name">{t.name}</span>
      <span className="template-purpose">{t.purpose}</span>
      <span className="template-budget">{templateBudget(t)}</span>
    </button>
  );
}
