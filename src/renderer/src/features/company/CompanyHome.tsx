// A company folder's own tabs: Loop, Checklist, Compensation, Coverage, Sources. F1's shell mounts this
// beside its Documents tab; each tab keeps its own draft and saves through the API.
import { useCallback } from 'react';
import { useQuery } from '../../api/useQuery';
import { ChecklistView } from './checklist/ChecklistView';
import { CompWorkbench } from './comp/CompWorkbench';
import { CoverageView } from './coverage/CoverageView';
import { LoopView } from './loop/LoopView';
import { SourcesView } from './sources/SourcesView';
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
  // Keyed by slug so a tab's draft never leaks into another company.
  return (
    <div data-testid={`company-${tab}`} className="co-root">
      {tab === 'loop' && <LoopView key={slug} view={view.data} documents={docs} onOpenDocument={props.onOpenDocument} onSaved={onSaved} />}
      {tab === 'checklist' && (
        <ChecklistView key={slug} view={view.data} documents={docs} templates={tpl} onOpenDocument={props.onOpenDocument} onSaved={onSaved} />
      )}
      {tab === 'compensation' && <CompWorkbench key={slug} view={view.data} documents={docs} onOpenDocument={props.onOpenDocument} onSaved={onSaved} />}
      {tab === 'sources' && <SourcesView key={slug} view={view.data} />}
      {tab === 'coverage' && <CoverageView key={slug} view={view.data} documents={docs} onOpenDocument={props.onOpenDocument} onSaved={onSaved} />}
    </div>
  );
}
