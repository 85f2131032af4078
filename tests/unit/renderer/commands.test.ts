import { describe, expect, it } from 'vitest';
import {
  commandForKey,
  commandForMenu,
  commands,
  formatShortcut,
  shortcutOf,
} from '../../../src/renderer/src/commands/registry';
import type { KeyLike } from '../../../src/renderer/src/commands/registry';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  metaKey: false,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('command registry', () => {
  it('has unique ids and unique shortcuts', () => {
    const ids = commands.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const inBrowser of [false, true]) {
      const shortcuts = commands.map((c) => shortcutOf(c, inBrowser)).filter(Boolean).map((s) => JSON.stringify(s));
      expect(new Set(shortcuts).size).toBe(shortcuts.length);
    }
  });

  const table: [string, KeyLike, boolean, string | null][] = [
    ['Ctrl+N on Windows', key('n', { ctrlKey: true }), false, 'new-document'],
    ['⌘N on macOS', key('n', { metaKey: true }), true, 'new-document'],
    ['Ctrl+N on macOS is not a shortcut', key('n', { ctrlKey: true }), true, null],
    [
      'Ctrl+Shift+N (key reported upper-case)',
      key('N', { ctrlKey: true, shiftKey: true }),
      false,
      'new-company',
    ],
    ['Ctrl+S', key('s', { ctrlKey: true }), false, 'snapshot'],
    ['Ctrl+E', key('e', { ctrlKey: true }), false, 'export-pdf'],
    ['Ctrl+K', key('k', { ctrlKey: true }), false, 'quick-switch'],
    ['plain n is typing', key('n'), false, null],
    ['Alt+Ctrl+N is left alone', key('n', { ctrlKey: true, altKey: true }), false, null],
    ['F8', key('F8'), false, 'next-issue'],
  ];
  it.each(table)('%s', (_name, event, isMac, expected) => {
    expect(commandForKey(event, commands, isMac)?.id ?? null).toBe(expected);
  });

  // In a browser tab Ctrl+N opens a window before the page sees it, so those commands move to Alt.
  const browserTable: [string, KeyLike, boolean, string | null][] = [
    ['Alt+N', key('n', { altKey: true, code: 'KeyN' }), false, 'new-document'],
    ['⌥N on macOS types “˜” but is the N key', key('˜', { altKey: true, code: 'KeyN' }), true, 'new-document'],
    ['Alt+Shift+N', key('N', { altKey: true, shiftKey: true, code: 'KeyN' }), false, 'new-company'],
    ['Ctrl+N is the browser’s', key('n', { ctrlKey: true }), false, null],
    ['Ctrl+K still opens quick switch', key('k', { ctrlKey: true }), false, 'quick-switch'],
    ['Alt+Ctrl+N is left alone', key('n', { ctrlKey: true, altKey: true, code: 'KeyN' }), false, null],
  ];
  it.each(browserTable)('browser mode: %s', (_name, event, isMac, expected) => {
    expect(commandForKey(event, commands, isMac, true)?.id ?? null).toBe(expected);
  });

  it('Alt shortcuts do nothing in the desktop app, where Ctrl+N works', () => {
    expect(commandForKey(key('n', { altKey: true, code: 'KeyN' }), commands, false, false)).toBeNull();
  });

  it('maps every Electron menu command to a registry command', () => {
    for (const menu of [
      'new-document',
      'new-company',
      'export-pdf',
      'export-docx',
      'find-next-issue',
    ] as const) {
      expect(commandForMenu(menu, commands)).not.toBeNull();
    }
  });

  it('formats shortcuts per platform', () => {
    expect(formatShortcut({ key: 'n', mod: true, shift: true }, true)).toBe('⌘⇧N');
    expect(formatShortcut({ key: 'n', mod: true, shift: true }, false)).toBe('Ctrl+Shift+N');
    expect(formatShortcut({ key: 'F8', mod: false }, false)).toBe('F8');
    expect(formatShortcut({ key: 'n', mod: false, alt: true, shift: true }, false)).toBe('Alt+Shift+N');
    expect(formatShortcut({ key: 'n', mod: false, alt: true }, true)).toBe('⌥N');
  });
});

describe('export all from the quick switcher', () => {
  const ctx = (hasFolder: boolean, hasDocument = false) => {
    const calls: string[] = [];
    const c = {
      hasCompany: true,
      hasDocument,
      hasFolder,
      newDocument: () => undefined,
      newCompany: () => undefined,
      snapshot: () => undefined,
      exportDocument: (f: string) => calls.push(`doc:${f}`),
      exportFolder: (f: string) => calls.push(`folder:${f}`),
      openPalette: () => undefined,
      openSettings: () => undefined,
      goDashboard: () => undefined,
      nextIssue: () => undefined,
    };
    return { c, calls };
  };
  it('offers "Export all documents in this folder" on a folder page only, in each format', () => {
    const exportAll = commands.filter((c) => c.id.startsWith('export-all-'));
    expect(exportAll.map((c) => c.id)).toEqual(['export-all-pdf', 'export-all-docx', 'export-all-md']);
    const folder = ctx(true);
    for (const c of exportAll) {
      expect(c.label).toMatch(/^Export all documents in this folder as /);
      expect(c.available(folder.c)).toBe(true);
      expect(c.available(ctx(false, true).c)).toBe(false);
      c.run(folder.c);
    }
    expect(folder.calls).toEqual(['folder:pdf', 'folder:docx', 'folder:md']);
  });
});
