// The prep checklist: seeded items from the profile plus the candidate's own, with progress.
import { useState } from 'react';
import type { ChecklistItem, CompanyView, DocumentSummary, Template } from '../../../../../shared/api';
import { call } from '../../../api/client';
import { SaveStatus } from '../SaveStatus';
import { newId } from '../newId';
import { useSaver } from '../useSaver';
import { ChecklistRow } from './ChecklistRow';
import { ProgressBar } from '../../../ui/ProgressBar';

export function ChecklistView(props: {
  view: CompanyView;
  documents: DocumentSummary[];
  templates: Template[];
  onOpenDocument: (id: string) => void;
  onSaved: () => void;
}) {
  const slug = props.view.company.slug;
  const [items, setItems] = useState<ChecklistItem[]>(props.view.company.checklist);
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [createError, setCreateError] = useState<string | null>(null);
  const { state, save } = useSaver(props.onSaved);

  const commit = (next: ChecklistItem[]) => {
    setItems(next);
    void save('companies.updateChecklist', { slug, checklist: next });
  };

  const add = () => {
    const text = draft.trim();
    if (!text) return;
    commit([...items, { id: newId('item'), text: text.slice(0, 500), done: false }]);
    setDraft('');
  };

  const createDocument = async (templateId: string) => {
    setBusy(true);
    setCreateError(null);
    const result = await call('documents.create', { company: slug, templateId });
    setBusy(false);
    if (result.ok) {
      props.onSaved();
      props.onOpenDocument(result.data.id);
    } else setCreateError(result.error.message);
  };

  const done = items.filter((i) => i.done).length;
  return (
    <div className="co-page" data-testid="checklist-view">
      <header className="co-page-head">
        <div>
          <h2>Prep checklist</h2>
          <p className="muted co-small">Tick items off as you go. Items with a template button start the right document for you.</p>
        </div>
        <SaveStatus state={state} />
      </header>
      <ProgressBar
        done={done}
        total={items.length}
        label="Checklist progress"
        caption={`${done} of ${items.length} done`}
        testId="checklist-progress"
      />
      {createError && (
        <p className="co-error" role="alert">
          {createError}
        </p>
      )}
      {items.length === 0 ? (
        <div className="co-empty">
          <p className="muted">No items yet. Add what you want to have ready before the first round.</p>
        </div>
      ) : (
        <ul className="card co-checklist">
          {items.map((item) => (
            <ChecklistRow
              key={item.id}
              item={item}
              templates={props.templates}
              documents={props.documents}
              profile={props.view.profile}
              busy={busy}
              onToggle={() => commit(items.map((i) => (i.id === item.id ? { ...i, done: !i.done } : i)))}
              onRemove={item.source ? null : () => commit(items.filter((i) => i.id !== item.id))}
              onOpenDocument={props.onOpenDocument}
              onCreateDocument={(id) => void createDocument(id)}
            />
          ))}
        </ul>
      )}
      <form
        className="co-add-row"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input
          className="input"
          aria-label="New checklist item"
          placeholder="Add your own item, e.g. “Rehearse the 2-minute comp pitch twice”"
          value={draft}
          maxLength={500}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" className="btn" disabled={draft.trim() === ''}>
          Add item
        </button>
      </form>
    </div>
  );
}
