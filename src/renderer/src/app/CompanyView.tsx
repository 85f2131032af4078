// A company folder: its documents (this module), its interview questions (questions feature) and
// the company tabs (loop, checklist, compensation, coverage) from the company feature.
import type { CompanySummary } from '../../../shared/api';
import { CompanyHome } from '../features/company/CompanyHome';
import { DocumentList } from '../features/documents/DocumentList';
import { QuestionsView } from '../features/questions/QuestionsView';
import { Tabs } from '../ui/Tabs';
import type { CompanyTab } from './route';

const tabs: { id: CompanyTab; label: string }[] = [
  { id: 'documents', label: 'Documents' },
  { id: 'questions', label: 'Questions' },
  { id: 'loop', label: 'Loop' },
  { id: 'checklist', label: 'Checklist' },
  { id: 'compensation', label: 'Compensation' },
  { id: 'coverage', label: 'Coverage' },
  { id: 'sources', label: 'Sources' },
];

export function CompanyView(props: {
  slug: string;
  company: CompanySummary | undefined;
  tab: CompanyTab;
  round?: string | undefined;
  onTab: (tab: CompanyTab) => void;
  onRound: (round: string) => void;
  onOpenDocument: (id: string) => void;
  onNewDocument: () => void;
  onChanged: () => void;
}) {
  return (
    <div className="company-view">
      <header className="page-header">
        <div>
          <h1 data-testid="company-title">{props.company?.name ?? props.slug}</h1>
          {props.company?.archived ? <span className="badge">Archived</span> : null}
        </div>
      </header>
      <Tabs label="Company" tabs={tabs} current={props.tab} onChange={props.onTab} />
      <div className="page-body">
        {props.tab === 'documents' ? (
          <DocumentList
            company={props.slug}
            onOpen={props.onOpenDocument}
            onNew={props.onNewDocument}
            onChanged={props.onChanged}
          />
        ) : props.tab === 'questions' ? (
          <QuestionsView
            key={props.slug}
            slug={props.slug}
            round={props.round}
            onRound={props.onRound}
            onOpenDocument={props.onOpenDocument}
            onChanged={props.onChanged}
          />
        ) : (
          <CompanyHome
            key={`${props.slug}-${props.tab}`}
            slug={props.slug}
            tab={props.tab}
            onOpenDocument={props.onOpenDocument}
            onChanged={props.onChanged}
          />
        )}
      </div>
    </div>
  );
}
