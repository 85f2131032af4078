// The left sidebar: dashboard, company folders (rename inline, archive, show archived), settings.
import { useState } from 'react';
import type { CompanySummary } from '../../../../shared/api';
import { call } from '../../api/client';
import { useAppData } from '../../app/AppData';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toast';

function CompanyItem(props: {
  company: CompanySummary;
  active: boolean;
  onOpen: () => void;
  onChanged: () => void;
}) {
  const { company } = props;
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(company.name);

  const commit = async () => {
    setEditing(false);
    const name = draft.trim();
    if (name.length === 0 || name === company.name) return setDraft(company.name);
    const r = await call('companies.rename', { slug: company.slug, name });
    if (r.ok) props.onChanged();
    else {
      setDraft(company.name);
      toast.show({ message: r.error.message, tone: 'error' });
    }
  };

  const archive = async (archived: boolean) => {
    const r = await call('companies.archive', { slug: company.slug, archived });
    if (!r.ok) return toast.show({ message: r.error.message, tone: 'error' });
    props.onChanged();
    toast.show({
      message: archived
        ? `Archived “${company.name}”.`
        : `“${company.name}” is back in your folders.`,
      actions: archived ? [{ label: 'Undo', run: () => void archive(false) }] : [],
    });
  };

  if (editing) {
    return (
      <li className="nav-item editing">
        <Icon name="folder" />
        <input
          className="nav-rename"
          aria-label="Folder name"
          autoFocus
          value={draft}
          data-testid="rename-input"
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => void commit()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void commit();
            if (e.key === 'Escape') {
              e.stopPropagation();
              setDraft(company.name);
              setEditing(false);
            }
          }}
        />
      </li>
    );
  }

  return (
    <li
      className={`nav-item${props.active ? ' active' : ''}${company.archived ? ' archived' : ''}`}
    >
      <button
        type="button"
        className="nav-link"
        onClick={props.onOpen}
        onDoubleClick={() => setEditing(true)}
        data-testid="company-link"
        aria-current={props.active ? 'page' : undefined}
      >
        <Icon name={company.archived ? 'archive' : 'folder'} />
        <span className="nav-label">{company.name}</span>
        <span className="nav-count">{company.documentCount}</span>
      </button>
      <span className="nav-actions">
        <button
          type="button"
          className="btn btn-ghost btn-icon"
          aria-label={`Rename ${company.name}`}
          title="Rename"
          onClick={() => setEditing(true)}
        >
          <Icon name="edit" size={14} />
        </button>
        <button
          type="button"
          className="btn btn-ghost btn-icon"
          aria-label={company.archived ? `Unarchive ${company.name}` : `Archive ${company.name}`}
          title={company.archived ? 'Unarchive' : 'Archive'}
          onClick={() => void archive(!company.archived)}
        >
          <Icon name={company.archived ? 'restore' : 'archive'} size={14} />
        </button>
      </span>
    </li>
  );
}

export function Sidebar(props: {
  currentCompany: string | null;
  dashboardActive: boolean;
  onOpenCompany: (slug: string) => void;
  onOpenDashboard: () => void;
  onNewCompany: () => void;
  onOpenSettings: () => void;
  onOpenPalette: () => void;
  paletteHint: string;
}) {
  const data = useAppData();
  const companies = data.companies;
  return (
    <nav className="sidebar" aria-label="Workspace">
      <div className="sidebar-brand">
        <span className="brand-mark" aria-hidden>
          D
        </span>
        <span>Dossier</span>
      </div>
      <button type="button" className="sidebar-search" onClick={props.onOpenPalette}>
        <Icon name="search" size={14} />
        <span>Quick switch</span>
        <kbd>{props.paletteHint}</kbd>
      </button>
      <ul className="nav-list">
        <li className={`nav-item${props.dashboardActive ? ' active' : ''}`}>
          <button
            type="button"
            className="nav-link"
            onClick={props.onOpenDashboard}
            data-testid="nav-dashboard"
          >
            <Icon name="dashboard" />
            <span className="nav-label">Dashboard</span>
          </button>
        </li>
      </ul>
      <div className="sidebar-heading">
        <span>Company folders</span>
        <button
          type="button"
          className="btn btn-ghost btn-icon"
          aria-label="New company folder"
          title="New company folder"
          onClick={props.onNewCompany}
          data-testid="new-company"
        >
          <Icon name="plus" size={14} />
        </button>
      </div>
      <ul className="nav-list nav-companies">
        {companies.map((c) => (
          <CompanyItem
            key={c.slug}
            company={c}
            active={props.currentCompany === c.slug}
            onOpen={() => props.onOpenCompany(c.slug)}
            onChanged={() => void data.reloadCompanies()}
          />
        ))}
        {companies.length === 0 && data.loaded ? (
          <li className="nav-empty">
            No folders yet. Create one for each company you are interviewing with.
          </li>
        ) : null}
      </ul>
      <div className="sidebar-footer">
        <label className="toggle">
          <input
            type="checkbox"
            checked={data.showArchived}
            onChange={(e) => data.setShowArchived(e.target.checked)}
            data-testid="show-archived"
          />
          Show archived
        </label>
        <button
          type="button"
          className="nav-link"
          onClick={props.onOpenSettings}
          data-testid="open-settings"
        >
          <Icon name="settings" />
          <span className="nav-label">Settings</span>
        </button>
      </div>
    </nav>
  );
}
