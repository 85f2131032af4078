import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../electron/main/buildMenuTemplate';
import type { MenuDeps } from '../../../electron/main/buildMenuTemplate';

function deps(over: Partial<MenuDeps> = {}): MenuDeps {
  return { isMac: false, isDev: false, send: vi.fn(), openWorkspace: vi.fn(), revealWorkspace: vi.fn(), about: vi.fn(), ...over };
}

function items(menu: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const top = menu.find((m) => m.label === label || (label === 'Help' && m.role === 'help'));
  if (!top || !Array.isArray(top.submenu)) throw new Error(`no ${label} menu`);
  return top.submenu;
}

function click(item: MenuItemConstructorOptions | undefined): void {
  const fn = item?.click as unknown as (() => void) | undefined;
  if (!fn) throw new Error('no click');
  fn();
}

const byId = (list: MenuItemConstructorOptions[], id: string) => list.find((i) => i.id === id);

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help in that order (no app menu off macOS)', () => {
    const menu = buildMenuTemplate(deps());
    expect(menu.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'help']);
  });

  it('has every File entry, with shortcuts, sending page commands to the renderer', () => {
    const d = deps();
    const file = items(buildMenuTemplate(d), 'File');
    const labels = file.filter((i) => i.label).map((i) => i.label);
    expect(labels).toEqual([
      'New document',
      'New company folder',
      'Open workspace folder…',
      'Reveal workspace in file manager',
      'Export PDF',
      'Export DOCX',
      'Quit Dossier',
    ]);
    expect(byId(file, 'new-document')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byId(file, 'quit')?.role).toBe('quit');
    click(byId(file, 'new-document'));
    click(byId(file, 'new-company'));
    click(byId(file, 'export-pdf'));
    click(byId(file, 'export-docx'));
    expect((d.send as ReturnType<typeof vi.fn>).mock.calls.map((c) => c[0])).toEqual(['new-document', 'new-company', 'export-pdf', 'export-docx']);
    click(byId(file, 'open-workspace'));
    click(byId(file, 'reveal-workspace'));
    expect(d.openWorkspace).toHaveBeenCalledTimes(1);
    expect(d.revealWorkspace).toHaveBeenCalledTimes(1);
  });

  it('uses the standard Edit roles', () => {
    const roles = items(buildMenuTemplate(deps()), 'Edit').map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers reload and dev tools only in development', () => {
    const prod = items(buildMenuTemplate(deps()), 'View').map((i) => i.role);
    expect(prod).toContain('togglefullscreen');
    expect(prod).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']));
    expect(prod).not.toContain('reload');
    expect(prod).not.toContain('toggleDevTools');
    const dev = items(buildMenuTemplate(deps({ isDev: true })), 'View').map((i) => i.role);
    expect(dev).toContain('reload');
  });

  it('has About Dossier under Help', () => {
    const d = deps();
    const help = items(buildMenuTemplate(d), 'Help');
    expect(help.map((i) => i.label)).toEqual(['About Dossier']);
    click(help[0]);
    expect(d.about).toHaveBeenCalled();
  });

  it('puts Quit in the app menu on macOS', () => {
    const menu = buildMenuTemplate(deps({ isMac: true }));
    expect(menu[0]?.label).toBe('Dossier');
    expect(byId(items(menu, 'Dossier'), 'quit')?.role).toBe('quit');
    expect(byId(items(menu, 'File'), 'quit')).toBeUndefined();
  });
});
