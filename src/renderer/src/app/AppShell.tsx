// The app frame: sidebar, the current view, dialogs, and the one place where shortcuts, Electron
// menu commands and the palette run commands from the registry.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { call, desktopBridge } from '../api/client';
import {
  commandForKey,
  commandForMenu,
  commands,
  formatShortcut,
  isMacPlatform,
} from '../commands/registry';
import type { CommandContext } from '../commands/registry';
import { Dashboard } from '../features/dashboard/Dashboard';
import type { EditorActions } from '../features/editor/DocumentEditor';
import { NewDocumentDialog } from '../features/documents/NewDocumentDialog';
import { SettingsDialog } from '../features/settings/SettingsDialog';
import { NewCompanyDialog } from '../features/sidebar/NewCompanyDialog';
import { Sidebar } from '../features/sidebar/Sidebar';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { Icon } from '../ui/Icon';
import { useToast } from '../ui/Toast';
import { useExportAll } from '../features/export/ExportAllButton';
import { useAppData } from './AppData';
import { CommandPalette } from './CommandPalette';
import { CompanyView } from './CompanyView';
import { ProblemsBanner } from './ProblemsBanner';
import { TemplateProblemsBanner } from './TemplateProblemsBanner';
import { createHashStore } from './hashStore';
import { formatRoute, homeRedirect, parseRoute, routeCompany } from './route';
import type { Route } from './route';

// The editor (CodeMirror and its language grammars, the check worker) loads when a document first
// opens, so the first screen paints without it.
const DocumentEditor = lazy(async () => ({ default: (await import('../features/editor/DocumentEditor')).DocumentEditor }));

type Dialog =
  | { kind: 'none' }
  | { kind: 'new-company' }
  | { kind: 'new-document'; company: string }
  | { kind: 'settings' }
  | { kind: 'palette' };

const hashStore = createHashStore(window);

export function AppShell() {
  const data = useAppData();
  const toast = useToast();
  const hash = useSyncExternalStore(hashStore.subscribe, hashStore.getSnapshot);
  const route = useMemo(() => parseRoute(hash), [hash]);
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const editorActions = useRef<EditorActions | null>(null);
  // The folder page's Export all, for the quick switcher (a ref: ctx must not change per render).
  const exportAllHook = useExportAll();
  const exportAll = useRef(exportAllHook.run);
  exportAll.current = exportAllHook.run;
  const mac = isMacPlatform();
  // Browser mode: Ctrl+N and Ctrl+Shift+N belong to the browser, so those commands use Alt instead.
  const inBrowser = desktopBridge() === null;

  const navigate = useCallback((next: Route, replace = false) => hashStore.go(formatRoute(next), replace), []);

  // Home: open the first active company folder, so the first screen is useful.
  const firstCompany = data.companies.find((c) => !c.archived);
  useEffect(() => {
    if (route.kind !== 'home') return;
    const next = homeRedirect(window.location.hash, firstCompany?.slug);
    // Otherwise the address already moved on; its hashchange brings React there.
    if (next) navigate(next, true);
  }, [route.kind, firstCompany, navigate]);

  const currentCompany = routeCompany(route);
  const company = data.companies.find((c) => c.slug === currentCompany);
  // A folder made elsewhere (the CLI, another window) and opened by its address: fetch the
  // folder list once for that slug so the header and sidebar show it by name.
  const askedForSlug = useRef<string | null>(null);
  const { loaded, reloadCompanies, reloadInfo } = data;
  useEffect(() => {
    if (!loaded || currentCompany === null || company !== undefined) return;
    if (askedForSlug.current === currentCompany) return;
    askedForSlug.current = currentCompany;
    void reloadCompanies();
  }, [loaded, currentCompany, company, reloadCompanies]);

  const ctx = useMemo<CommandContext>(
    () => ({
      hasCompany: currentCompany !== null || firstCompany !== undefined,
      hasDocument: route.kind === 'document',
      hasFolder: route.kind === 'company',
      newDocument: () => {
        // Outside a folder (dashboard), new documents go to the first active folder.
        const target = currentCompany ?? firstCompany?.slug;
        if (target) setDialog({ kind: 'new-document', company: target });
      },
      newCompany: () => setDialog({ kind: 'new-company' }),
      snapshot: () => editorActions.current?.snapshot(),
      exportDocument: (format) => editorActions.current?.exportDocument(format),
      exportFolder: (format) => {
        if (currentCompany) void exportAll.current(currentCompany, format);
      },
      openPalette: () =>
        setDialog((d) => (d.kind === 'palette' ? { kind: 'none' } : { kind: 'palette' })),
      openSettings: () => setDialog({ kind: 'settings' }),
      goDashboard: () => navigate({ kind: 'dashboard' }),
      nextIssue: () => editorActions.current?.nextIssue(),
    }),
    [currentCompany, firstCompany, route.kind, navigate],
  );

  // Keyboard shortcuts (capture phase, so they work inside the editors too).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = commandForKey(e, commands, mac, inBrowser);
      if (!command) return;
      e.preventDefault();
      if (dialog.kind !== 'none' && command.id !== 'quick-switch') return;
      if (command.available(ctx)) command.run(ctx);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [ctx, dialog.kind, mac, inBrowser]);

  // Electron menu commands go through the same registry.
  useEffect(() => {
    const bridge = desktopBridge();
    if (!bridge) return;
    return bridge.onCommand((menu) => {
      const command = commandForMenu(menu, commands);
      if (command && command.available(ctx)) command.run(ctx);
    });
  }, [ctx]);

  const closeDialog = useCallback(() => setDialog({ kind: 'none' }), []);
  const refresh = useCallback(() => void data.reloadCompanies(), [data]);
  // Bumped when files changed under the views (backup restored, edits by another program):
  // the current view remounts and reloads.
  const [epoch, setEpoch] = useState(0);
  const onDocumentRoute = route.kind === 'document';
  useEffect(() => {
    const onFocus = () => {
      void call('workspace.refresh', {}).then((r) => {
        if (!r.ok || r.data.changed.length === 0) return;
        void reloadCompanies();
        void reloadInfo();
        // An open document finds out through its next save (conflict banner), not by reloading under the cursor.
        if (!onDocumentRoute) setEpoch((n) => n + 1);
      });
    };
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [reloadCompanies, reloadInfo, onDocumentRoute]);
  const openDocument = useCallback(
    (slug: string, id: string) => navigate({ kind: 'document', company: slug, id }),
    [navigate],
  );

  let main;
  if (route.kind === 'dashboard') {
    main = (
      <div className="page">
        <Dashboard
          onOpenCompany={(slug) => navigate({ kind: 'company', slug, tab: 'documents' })}
          onOpenDocument={openDocument}
          onOpenRound={(slug, round) => navigate({ kind: 'company', slug, tab: 'questions', round })}
        />
      </div>
    );
  } else if (route.kind === 'company') {
    main = (
      <div className="page">
        <CompanyView
          slug={route.slug}
          company={company}
          tab={route.tab}
          round={route.round}
          onTab={(tab) => navigate({ kind: 'company', slug: route.slug, tab }, true)}
          onRound={(round) => navigate({ kind: 'company', slug: route.slug, tab: 'questions', round }, true)}
          onOpenDocument={(id) => openDocument(route.slug, id)}
          onNewDocument={() => setDialog({ kind: 'new-document', company: route.slug })}
          onChanged={refresh}
        />
      </div>
    );
  } else if (route.kind === 'document') {
    main = (
      <Suspense fallback={<div className="page" aria-busy="true" />}>
        <DocumentEditor
          key={`${route.company}/${route.id}`}
          company={route.company}
          id={route.id}
          companyName={company?.name ?? route.company}
          onBack={() => navigate({ kind: 'company', slug: route.company, tab: 'documents' })}
          actionsRef={editorActions}
          onChanged={refresh}
        />
      </Suspense>
    );
  } else {
    main = data.loaded ? (
      <div className="page">
        <EmptyState
          icon="folder"
          title="Welcome to Dossier"
          testId="welcome"
          action={
            <Button
              variant="primary"
              icon={<Icon name="plus" />}
              onClick={() => setDialog({ kind: 'new-company' })}
            >
              Create a company folder
            </Button>
          }
        >
          Keep one folder per company you are interviewing with. Start from Wells Fargo, JPMorgan
          Chase, American Express or a fintech profile to get its interview loop, pay bands and the
          checks its interviewers care about.
        </EmptyState>
      </div>
    ) : (
      <p className="muted loading">Opening your workspace…</p>
    );
  }

  const palette = commands.find((c) => c.id === 'quick-switch')?.shortcut;

  return (
    <div className="shell">
      <Sidebar
        currentCompany={currentCompany}
        dashboardActive={route.kind === 'dashboard'}
        onOpenCompany={(slug) => navigate({ kind: 'company', slug, tab: 'documents' })}
        onOpenDashboard={() => navigate({ kind: 'dashboard' })}
        onNewCompany={() => setDialog({ kind: 'new-company' })}
        onOpenSettings={() => setDialog({ kind: 'settings' })}
        onOpenPalette={() => setDialog({ kind: 'palette' })}
        paletteHint={palette ? formatShortcut(palette, mac) : ''}
      />
      <main className="main" id="main">
        {data.loadError ? (
          <div className="banner banner-error" role="alert">
            {data.loadError}
          </div>
        ) : null}
        <ProblemsBanner
          onRestored={() => {
            refresh();
            setEpoch((n) => n + 1);
          }}
        />
        <TemplateProblemsBanner />
        <div className="main-view" key={epoch}>
          {main}
        </div>
      </main>
      {dialog.kind === 'new-company' ? (
        <NewCompanyDialog
          onClose={closeDialog}
          onCreated={(c) => {
            closeDialog();
            void data.reloadCompanies();
            navigate({ kind: 'company', slug: c.slug, tab: 'documents' });
            toast.show({ message: `Created the folder “${c.name}”.` });
          }}
        />
      ) : null}
      {dialog.kind === 'new-document' ? (
        <NewDocumentDialog
          company={dialog.company}
          onClose={closeDialog}
          onCreated={(doc) => {
            closeDialog();
            refresh();
            openDocument(doc.company, doc.id);
          }}
        />
      ) : null}
      {dialog.kind === 'settings' ? <SettingsDialog onClose={closeDialog} /> : null}
      {dialog.kind === 'palette' ? (
        <CommandPalette
          ctx={ctx}
          onClose={closeDialog}
          onOpenDocument={openDocument}
          onOpenCompany={(slug) => navigate({ kind: 'company', slug, tab: 'documents' })}
        />
      ) : null}
    </div>
  );
}
