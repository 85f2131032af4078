// Every command is a plain object in one list. The keyboard handler, the Electron menu and the
// command palette all read this list, so a command has one label, one shortcut, one behaviour.
import type { MenuCommand } from '../../../shared/transport';

export interface Shortcut {
  /** KeyboardEvent.key, lower-case for letters. */
  key: string;
  /** ⌘ on macOS, Ctrl elsewhere. */
  mod: boolean;
  shift?: boolean;
  alt?: boolean;
}

/** What commands can do; the app shell provides it. */
export interface CommandContext {
  hasCompany: boolean;
  hasDocument: boolean;
  /** A company folder's page is open (its documents can be exported together). */
  hasFolder: boolean;
  newDocument: () => void;
  newCompany: () => void;
  snapshot: () => void;
  exportDocument: (format: 'pdf' | 'docx' | 'md') => void;
  /** Export every document of the open folder (the folder page's Export all). */
  exportFolder: (format: 'pdf' | 'docx' | 'md') => void;
  openPalette: () => void;
  openSettings: () => void;
  goDashboard: () => void;
  nextIssue: () => void;
}

export interface Command {
  id: string;
  label: string;
  shortcut?: Shortcut;
  /** Used instead in browser mode, where the browser keeps the desktop shortcut for itself. */
  browserShortcut?: Shortcut;
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
    browserShortcut: { key: 'n', mod: false, alt: true },
    menu: 'new-document',
    available: (c) => c.hasCompany,
    run: (c) => c.newDocument(),
  },
  {
    id: 'new-company',
    label: 'New company folder…',
    shortcut: { key: 'n', mod: true, shift: true },
    browserShortcut: { key: 'n', mod: false, alt: true, shift: true },
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
    id: 'export-all-pdf',
    label: 'Export all documents in this folder as PDF',
    available: (c) => c.hasFolder,
    run: (c) => c.exportFolder('pdf'),
  },
  {
    id: 'export-all-docx',
    label: 'Export all documents in this folder as Word (DOCX)',
    available: (c) => c.hasFolder,
    run: (c) => c.exportFolder('docx'),
  },
  {
    id: 'export-all-md',
    label: 'Export all documents in this folder as Markdown',
    available: (c) => c.hasFolder,
    run: (c) => c.exportFolder('md'),
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
  /** The physical key ("KeyN"); optional for callers that only know the typed key. */
  code?: string;
}

/** The shortcut a command answers to in this shell. */
export function shortcutOf(command: Command, inBrowser: boolean): Shortcut | undefined {
  return (inBrowser ? command.browserShortcut : undefined) ?? command.shortcut;
}

/**
 * The command a key press triggers, if any. `isMac` decides whether ⌘ or Ctrl is the modifier;
 * `inBrowser` switches to the browser-mode shortcuts. With Alt held, macOS reports a typed symbol
 * as the key, so Alt shortcuts also match on the physical key (event.code).
 */
export function commandForKey(
  event: KeyLike,
  list: readonly Command[],
  isMac: boolean,
  inBrowser = false,
): Command | null {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  const other = isMac ? event.ctrlKey : event.metaKey;
  if (other) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  for (const command of list) {
    const s = shortcutOf(command, inBrowser);
    if (!s) continue;
    if (s.mod !== mod || Boolean(s.shift) !== event.shiftKey || Boolean(s.alt) !== event.altKey) continue;
    const physical = s.alt && s.key.length === 1 && event.code === `Key${s.key.toUpperCase()}`;
    if (s.key === key || physical) return command;
  }
  return null;
}

export function commandForMenu(menu: MenuCommand, list: readonly Command[]): Command | null {
  return list.find((c) => c.menu === menu) ?? null;
}

/** "⌘⇧N" on macOS, "Ctrl+Shift+N" elsewhere. */
export function formatShortcut(s: Shortcut, isMac: boolean): string {
  const key = s.key.length === 1 ? s.key.toUpperCase() : s.key;
  if (isMac) return `${s.mod ? '⌘' : ''}${s.alt ? '⌥' : ''}${s.shift ? '⇧' : ''}${key}`;
  return [s.mod ? 'Ctrl' : '', s.alt ? 'Alt' : '', s.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

export function isMacPlatform(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)
  );
}
