// A company folder's own tabs: Loop, Checklist, Compensation, Coverage, Sources. F1's shell mounts this
// beside its Documents tab; each tab keeps its own draft and saves through the API.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { ChecklistView } from './checklist/ChecklistView';
import { CompWorkbench } from './comp/CompWorkbench';
import { CoverageView } from './coverage/CoverageView';
import { LoopView } from './loop/LoopView';
import { SourcesView } from './sources/SourcesView';
import { SaveConflictContext } from './useSaver';
import './company.css';

export function CompanyHome(props: {
  slug: string;
  tab: 'loop' | 'checklist' | 'compensation' | 'coverage' | 'sources';
  onOpenDocument: (id: string) => void;
  onChanged: () => void;
}) {
  const { slug, tab, onChanged } = props;
  const view = useQuery('companies.get', { slug });
  const documents = useQuery('documents.list', { company: slug });
  const templates = useQuery('templates.list', {});
  const reloadView = view.reload;
  const reloadDocuments = documents.reload;

  const onSaved = useCallback(() => {
    reloadView();
    reloadDocuments();
    onChanged();
  }, [reloadView, reloadDocuments, onChanged]);

  // A save refused because the file changed on disk: reload, then start the tab again from the
  // version on disk (its drafts were made from the older one) and say why.
  const [generation, setGeneration] = useState(0);
  const [conflict, setConflict] = useState<string | null>(null);
  const remountOnData = useRef(false);
  const onConflict = useCallback(
    (message: string) => {
      remountOnData.current = true;
      setConflict(message);
      reloadView();
    },
    [reloadView],
  );
  useEffect(() => {
    if (!remountOnData.current || !view.data) return;
    remountOnData.current = false;
    setGeneration((g) => g + 1);
  }, [view.data]);
  useEffect(() => setConflict(null), [slug, tab]);

  if (!view.data || view.data.company.slug !== slug) {
    return (
      <div className="co-page" data-testid={`company-${tab}`}>
        {view.error ? (
          <div className="co-error" role="alert">
            <p>{view.error.message}</p>
            <button type="button" className="btn btn-sm" onClick={reloadView}>
              Try again
            </button>
          </div>
        ) : (
          <p className="muted">Loading…</p>
        )}
      </div>
    );
  }

  const docs = documents.data ?? [];
  const tpl = templates.data?.templates ?? [];
  // Keyed by slug so a tab's draft never leaks into another company, and by generation so a
  // tab restarts from the file on disk after a conflict.
  const key = `${slug}:${generation}`;
  return (
    <SaveConflictContext.Provider value={onConflict}>
      <div data-testid={`company-${tab}`} className="co-root">
        {conflict !== null && (
          <div className="co-conflict" role="status" data-testid="company-conflict">
            <p>{conflict}</p>
            <button type="button" className="btn btn-sm" onClick={() => setConflict(null)}>
              Got it
            </button>
          </div>
        )}
        {tab === 'loop' && <LoopView key={key} view={view.data} documents={docs} onOpenDocument={props.onOpenDocument} onSaved={onSaved} />}
        {tab === 'checklist' && (
          <ChecklistView key={key} view={view.data} documents={docs} templates={tpl} onOpenDocument={props.onOpenDocument} onSaved={onSaved} />
        )}
        {tab === 'compensation' && <CompWorkbench key={key} view={view.data} documents={docs} onOpenDocument={props.onOpenDocument} onSaved={onSaved} />}
        {tab === 'sources' && <SourcesView key={key} view={view.data} />}
        {tab === 'coverage' && <CoverageView key={key} view={view.data} documents={docs} onOpenDocument={props.onOpenDocument} onSaved={onSaved} />}
      </div>
    </SaveConflictContext.Provider>
  );
}
