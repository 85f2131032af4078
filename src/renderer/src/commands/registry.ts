// Every command is a plain object in one list. The keyboard handler, the Electron menu and the
// command palette all read this list, so a command has one label, one shortcut, one behaviour.
import type { MenuCommand } from '../../../shared/transport';

export interface Shortcut {
  /** KeyboardEvent.key, lower-case for letters. */
  key: string;
  /** ⌘ on macOS, Ctrl elsewhere. */
  mod: boolean;
  shift?: boolean;
}

/** What commands can do; the app shell provides it. */
export interface CommandContext {
  hasCompany: boolean;
  hasDocument: boolean;
  newDocument: () => void;
  newCompany: () => void;
  snapshot: () => void;
  exportDocument: (format: 'pdf' | 'docx' | 'md') => void;
  openPalette: () => void;
  openSettings: () => void;
  goDashboard: () => void;
  nextIssue: () => void;
}

export interface Command {
  id: string;
  label: string;
  shortcut?: Shortcut;
  /** The Electron menu item that triggers it. */
  menu?: MenuCommand;
  /** Hidden from the palette and ignored by shortcuts when false. */
  available: (ctx: CommandContext) => boolean;
  run: (ctx: CommandContext) => void;
}

const always = () => true;

export const commands: readonly Command[] = [
  {
    id: 'new-document',
    label: 'New document…',
    shortcut: { key: 'n', mod: true },
    menu: 'new-document',
    available: (c) => c.hasCompany,
    run: (c) => c.newDocument(),
  },
  {
    id: 'new-company',
    label: 'New company folder…',
    shortcut: { key: 'n', mod: true, shift: true },
    menu: 'new-company',
    available: always,
    run: (c) => c.newCompany(),
  },
  {
    id: 'snapshot',
    label: 'Save a snapshot of this document',
    shortcut: { key: 's', mod: true },
    available: (c) => c.hasDocument,
    run: (c) => c.snapshot(),
  },
  {
    id: 'export-pdf',
    label: 'Export as PDF',
    shortcut: { key: 'e', mod: true },
    menu: 'export-pdf',
    available: (c) => c.hasDocument,
    run: (c) => c.exportDocument('pdf'),
  },
  {
    id: 'export-docx',
    label: 'Export as Word (DOCX)',
    menu: 'export-docx',
    available: (c) => c.hasDocument,
    run: (c) => c.exportDocument('docx'),
  },
  {
    id: 'export-md',
    label: 'Export as Markdown',
    available: (c) => c.hasDocument,
    run: (c) => c.exportDocument('md'),
  },
  {
    id: 'next-issue',
    label: 'Go to the next issue',
    shortcut: { key: 'F8', mod: false },
    menu: 'find-next-issue',
    available: (c) => c.hasDocument,
    run: (c) => c.nextIssue(),
  },
  {
    id: 'quick-switch',
    label: 'Quick switch…',
    shortcut: { key: 'k', mod: true },
    available: always,
    run: (c) => c.openPalette(),
  },
  { id: 'dashboard', label: 'Open the dashboard', available: always, run: (c) => c.goDashboard() },
  {
    id: 'settings',
    label: 'Settings…',
    shortcut: { key: ',', mod: true },
    available: always,
    run: (c) => c.openSettings(),
  },
];

export interface KeyLike {
  key: string;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The command a key press triggers, if any. `isMac` decides whether ⌘ or Ctrl is the modifier. */
export function commandForKey(
  event: KeyLike,
  list: readonly Command[],
  isMac: boolean,
): Command | null {
  if (event.altKey) return null;
  const mod = isMac ? event.metaKey : event.ctrlKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  for (const command of list) {
    const s = command.shortcut;
    if (!s) continue;
    if (s.key === key && s.mod === mod && Boolean(s.shift) === event.shiftKey) return command;
  }
  return null;
}

export function commandForMenu(menu: MenuCommand, list: readonly Command[]): Command | null {
  return list.find((c) => c.menu === menu) ?? null;
}

/** "⌘⇧N" on macOS, "Ctrl+Shift+N" elsewhere. */
export function formatShortcut(s: Shortcut, isMac: boolean): string {
  const key = s.key.length === 1 ? s.key.toUpperCase() : s.key;
  if (isMac) return `${s.mod ? '⌘' : ''}${s.shift ? '⇧' : ''}${key}`;
  return [s.mod ? 'Ctrl' : '', s.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

export function isMacPlatform(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)
  );
}
