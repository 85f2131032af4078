// Workspace-wide data most views need: workspace info (settings, problems, shell), templates and
// company folders. Loaded once, reloaded on demand.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { CompanySummary, Res, Template } from '../../../shared/api';
import { call } from '../api/client';

export type WorkspaceInfo = Res<'workspace.info'>;
export type TemplateProblem = Res<'templates.list'>['problems'][number];

export interface AppData {
  info: WorkspaceInfo | null;
  templates: Template[];
  /** Template files that could not be loaded (the app runs without them). */
  templateProblems: TemplateProblem[];
  companies: CompanySummary[];
  showArchived: boolean;
  loadError: string | null;
  loaded: boolean;
  setShowArchived: (show: boolean) => void;
  reloadInfo: () => Promise<void>;
  reloadCompanies: () => Promise<void>;
  reloadTemplates: () => Promise<void>;
  setInfo: (info: WorkspaceInfo) => void;
}

const Ctx = createContext<AppData | null>(null);

export function useAppData(): AppData {
  const value = useContext(Ctx);
  if (!value) throw new Error('useAppData outside AppDataProvider');
  return value;
}

export function AppDataProvider(props: { children: ReactNode }) {
  const [info, setInfo] = useState<WorkspaceInfo | null>(null);
  const [templates, setTemplates] = useState<Template[]>([]);
  const [templateProblems, setTemplateProblems] = useState<TemplateProblem[]>([]);
  const [companies, setCompanies] = useState<CompanySummary[]>([]);
  const [showArchived, setShowArchived] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);

  const reloadInfo = useCallback(async () => {
    const r = await call('workspace.info', {});
    if (r.ok) setInfo(r.data);
    else setLoadError(r.error.message);
  }, []);

  const reloadCompanies = useCallback(async () => {
    const r = await call('companies.list', { includeArchived: showArchived });
    if (r.ok) setCompanies(r.data);
    else setLoadError(r.error.message);
  }, [showArchived]);

  const reloadTemplates = useCallback(async () => {
    const t = await call('templates.list', {});
    if (t.ok) {
      setTemplates(t.data.templates);
      setTemplateProblems(t.data.problems);
    } else setLoadError(t.error.message);
  }, []);

  useEffect(() => {
    void Promise.all([reloadTemplates(), reloadInfo()]);
  }, [reloadInfo, reloadTemplates]);

  useEffect(() => {
    void reloadCompanies().then(() => setLoaded(true));
  }, [reloadCompanies]);

  const value = useMemo<AppData>(
    () => ({
      info,
      templates,
      templateProblems,
      companies,
      showArchived,
      loadError,
      loaded,
      setShowArchived,
      reloadInfo,
      reloadCompanies,
      reloadTemplates,
      setInfo,
    }),
    [
      info,
      templates,
      templateProblems,
      companies,
      showArchived,
      loadError,
      loaded,
      reloadInfo,
      reloadCompanies,
      reloadTemplates,
    ],
  );
  return <Ctx.Provider value={value}>{props.children}</Ctx.Provider>;
}
