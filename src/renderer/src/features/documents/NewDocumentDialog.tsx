// Pick a template for a new document: name, what it is for, and its page/time budget.
import { useEffect, useState } from 'react';
import type { DocumentFile, Template } from '../../../../shared/api';
import { call } from '../../api/client';
import { useAppData } from '../../app/AppData';
import { formatDuration } from '../../lib/countWords';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';

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
      <div className="template-list">
        {templates.map((t) => (
          <button
            key={t.id}
            type="button"
            className="template-card"
            data-testid={`template-${t.id}`}
            disabled={busy !== null}
            onClick={() => void create(t)}
          >
            <span className="template-name">{t.name}</span>
            <span className="template-purpose">{t.purpose}</span>
            <span className="template-budget">{templateBudget(t)}</span>
          </button>
        ))}
        {templates.length === 0 ? (
          <p className="muted">No templates were found. Check the templates folder, then reload.</p>
        ) : null}
      </div>
      <div className="modal-inline-footer">
        <Button variant="ghost" onClick={props.onClose}>
          Cancel
        </Button>
      </div>
    </Modal>
  );
}
