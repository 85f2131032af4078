// A company's documents: create from a template, open, duplicate, delete (with undo), export all.
import { useState } from 'react';
import type { DocumentListItem, DocumentSummary } from '../../../../shared/api';
import { call } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { useAppData } from '../../app/AppData';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toast';
import { ImportButton } from './ImportButton';
import { ExportAllButton } from '../export/ExportAllButton';
import { ScoreBadge } from '../editor/ScoreBadge';

const scoreTitle: Record<DocumentListItem['scoreFrom'], string> = {
  live: 'Rubric score of the saved text',
  snapshot: 'Score at the last snapshot (the text could not be checked now)',
  none: 'No score yet',
};

function when(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return d.toLocaleDateString(undefined, { month: 'short', day: 'numeric', year: 'numeric' });
}

export function DocumentList(props: {
  company: string;
  onOpen: (id: string) => void;
  onNew: () => void;
  onChanged: () => void;
}) {
  const docs = useQuery('documents.list', { company: props.company, scores: true });
  const { templates } = useAppData();
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  const templateName = (id: string) => templates.find((t) => t.id === id)?.name ?? id;

  const duplicate = async (d: DocumentSummary) => {
    setBusy(d.id);
    const r = await call('documents.duplicate', { company: props.company, id: d.id });
    setBusy(null);
    if (!r.ok) return toast.show({ message: r.error.message, tone: 'error' });
    docs.reload();
    props.onChanged();
    toast.show({ message: `Made a copy: “${r.data.title}”.` });
  };

  const remove = async (d: DocumentSummary) => {
    const r = await call('documents.delete', { company: props.company, id: d.id });
    if (!r.ok) return toast.show({ message: r.error.message, tone: 'error' });
    docs.reload();
    props.onChanged();
    toast.show({
      message: `Deleted “${d.title || 'Untitled'}”.`,
      testId: 'delete-toast',
      actions: [
        {
          label: 'Undo',
          run: () =>
            void call('documents.restore', { company: props.company, id: d.id }).then((res) => {
              if (!res.ok) toast.show({ message: res.error.message, tone: 'error' });
              docs.reload();
              props.onChanged();
            }),
        },
      ],
    });
  };

  const list = docs.data ?? [];
  return (
    <div className="doc-list-wrap">
      <div className="toolbar">
        <Button
          variant="primary"
          icon={<Icon name="plus" />}
          onClick={props.onNew}
          data-testid="new-document"
        >
          New document
        </Button>
        <ImportButton
          company={props.company}
          onImported={(doc) => {
            props.onChanged();
            props.onOpen(doc.id);
          }}
        />
        <span className="toolbar-spacer" />
        {list.length > 0 ? <ExportAllButton company={props.company} /> : null}
      </div>
      {docs.error ? <p className="field-error">{docs.error.message}</p> : null}
      {docs.data && list.length === 0 ? (
        <EmptyState
          icon="document"
          title="No documents in this folder yet"
          testId="documents-empty"
          action={
            <Button variant="primary" icon={<Icon name="plus" />} onClick={props.onNew}>
              Start a one-page impact brief
            </Button>
          }
        >
          Start with a one-page impact brief about your strongest AI/ML project: the problem, the
          decisions you owned, the outcome in numbers and how risk was handled. Dossier checks it as
          you type.
        </EmptyState>
      ) : null}
      {list.length > 0 ? (
        <ul className="doc-list" aria-label="Documents">
          {list.map((d) => (
            <li key={d.id} className="doc-row" data-testid="document-row">
              <button
                type="button"
                className="doc-row-main"
                onClick={() => props.onOpen(d.id)}
              >
                <Icon name="document" size={18} />
                <span className="doc-row-text">
                  <span className="doc-row-title">{d.title || 'Untitled'}</span>
                  <span className="doc-row-meta">
                    {templateName(d.templateId)} · edited {when(d.updatedAt)}
                    {d.tags.length > 0
                      ? ` · ${d.tags.length} competenc${d.tags.length === 1 ? 'y' : 'ies'}`
                      : ''}
                  </span>
                </span>
              </button>
              <ScoreBadge score={d.score} title={scoreTitle[d.scoreFrom]} testId="document-score" />
              <span className="doc-row-actions">
                <Button
                  variant="ghost"
                  iconOnly
                  aria-label={`Duplicate ${d.title}`}
                  title="Duplicate"
                  disabled={busy === d.id}
                  onClick={() => void duplicate(d)}
                  icon={<Icon name="copy" />}
                />
                <Button
                  variant="ghost"
                  iconOnly
                  aria-label={`Delete ${d.title}`}
                  title="Delete"
                  onClick={() => void remove(d)}
                  icon={<Icon name="trash" />}
                  data-testid="delete-document"
                />
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
