import { describe, expect, it } from 'vitest';
import {
  commandForKey,
  commandForMenu,
  commands,
  formatShortcut,
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
    const shortcuts = commands.filter((c) => c.shortcut).map((c) => JSON.stringify(c.shortcut));
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
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
  });
});
