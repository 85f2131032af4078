// The application menu as plain data. Commands that belong to the page (new document, export…)
// are sent to the renderer as MenuCommand values; workspace actions run in the main process.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../src/shared/transport';

export interface MenuDeps {
  isMac: boolean;
  isDev: boolean;
  send: (command: MenuCommand) => void;
  openWorkspace: () => void;
  revealWorkspace: () => void;
  about: () => void;
}

export function buildMenuTemplate(deps: MenuDeps): MenuItemConstructorOptions[] {
  const send = (command: MenuCommand) => () => deps.send(command);
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { id: 'new-document', label: 'New document', accelerator: 'CmdOrCtrl+N', click: send('new-document') },
      { id: 'new-company', label: 'New company folder', accelerator: 'CmdOrCtrl+Shift+N', click: send('new-company') },
      { type: 'separator' },
      { id: 'open-workspace', label: 'Open workspace folder…', accelerator: 'CmdOrCtrl+O', click: () => deps.openWorkspace() },
      { id: 'reveal-workspace', label: 'Reveal workspace in file manager', click: () => deps.revealWorkspace() },
      { type: 'separator' },
      { id: 'export-pdf', label: 'Export PDF', accelerator: 'CmdOrCtrl+E', click: send('export-pdf') },
      { id: 'export-docx', label: 'Export DOCX', accelerator: 'CmdOrCtrl+Shift+E', click: send('export-docx') },
      { type: 'separator' },
      deps.isMac ? { role: 'close' } : { id: 'quit', role: 'quit', label: 'Quit Dossier' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      { id: 'find-next-issue', label: 'Go to next issue', accelerator: 'F8', click: send('find-next-issue') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(deps.isDev ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[]) : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ id: 'about', label: 'About Dossier', click: () => deps.about() }],
  };
  const appMenu: MenuItemConstructorOptions[] = deps.isMac
    ? [
        {
          label: 'Dossier',
          submenu: [
            { id: 'about-mac', label: 'About Dossier', click: () => deps.about() },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { id: 'quit', role: 'quit', label: 'Quit Dossier' },
          ],
        },
      ]
    : [];
  return [...appMenu, file, edit, view, help];
}
