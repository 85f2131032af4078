// The desktop app's own settings files (window place, last workspace) are read by core's one JSON
// reader, like every workspace file: a UTF-8 byte-order mark (Windows Notepad, PowerShell 5) and
// CRLF read normally; an empty, truncated or wrong-shaped file is named to the candidate, its
// value is not used, and a later save leaves its bytes exactly as they were.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWindowState, saveWindowState } from '../../../electron/main/windowState';
import { readRememberedWorkspace, rememberWorkspace } from '../../../electron/main/resolveWorkspaceDir';
import { readJsonFile } from '../../../src/core/workspace/readJsonFile';

const dir = mkdtempSync(join(tmpdir(), 'dossier-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const screens = [{ x: 0, y: 0, width: 1920, height: 1080 }];

interface SettingsKind {
  name: string;
  good: string;
  wrongShape: string;
  /** The value read from the file, and the problem (null when none). */
  read: (file: string) => { value: unknown; problem: string | null };
  /** Tries to save a new value; true when written. */
  save: (file: string) => boolean;
  expected: unknown;
}

const KINDS: SettingsKind[] = [
  {
    name: 'window-state.json',
    good: '{\n  "x": 10,\n  "y": 20,\n  "width": 1200,\n  "height": 800,\n  "maximized": false\n}\n',
    wrongShape: '["wide", "tall"]',
    read: (file) => {
      const r = loadWindowState(file, screens);
      return { value: r.state, problem: r.problem };
    },
    save: (file) => saveWindowState(file, { width: 1000, height: 700, maximized: true }),
    expected: { x: 10, y: 20, width: 1200, height: 800, maximized: false },
  },
  {
    name: 'last-workspace.json',
    good: '{\n  "workspace": "/home/me/prep"\n}\n',
    wrongShape: '{ "folder": "/home/me/prep" }',
    read: (file) => {
      const r = readRememberedWorkspace(file);
      return { value: r.workspace, problem: r.problem };
    },
    save: (file) => rememberWorkspace(file, '/home/me/other'),
    expected: '/home/me/prep',
  },
];

const BROKEN: Array<[string, (good: string, wrongShape: string) => string, RegExp]> = [
  ['empty', () => '', /is not valid JSON \(the file is empty\)\. Dossier left it untouched\./],
  ['truncated', (good) => good.slice(0, Math.floor(good.length / 2)), /is not valid JSON \(line \d+, column \d+: .+\)\. Dossier left it untouched\./],
  ['wrong shape', (_good, wrong) => wrong, /does not have the shape Dossier expects .+\. Dossier left it untouched\./],
  ['BOM and truncated', (good) => `\uFEFF${good.slice(0, 5)}`, /is not valid JSON/],
];

describe.each(KINDS)('$name', (kind) => {
  it.each([
    ['a byte-order mark', (good: string) => `\uFEFF${good}`],
    ['CRLF line ends', (good: string) => good.replace(/\n/g, '\r\n')],
    ['both', (good: string) => `\uFEFF${good.replace(/\n/g, '\r\n')}`],
  ])('reads a file with %s', (_label, make) => {
    const file = join(dir, `ok-${Math.random().toString(36).slice(2)}-${kind.name}`);
    writeFileSync(file, make(kind.good));
    expect(kind.read(file)).toEqual({ value: kind.expected, problem: null });
    expect(kind.save(file)).toBe(true);
  });

  it.each(BROKEN)('names a %s file and never overwrites it', (_label, make, told) => {
    const file = join(dir, `bad-${Math.random().toString(36).slice(2)}-${kind.name}`);
    const bytes = make(kind.good, kind.wrongShape);
    writeFileSync(file, bytes);
    const { problem } = kind.read(file);
    expect(problem).toContain(file);
    expect(problem).toMatch(told);
    expect(kind.save(file)).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(bytes);
  });

  it('has no problem when the file does not exist yet, and saves it', () => {
    const file = join(dir, `new-${Math.random().toString(36).slice(2)}-${kind.name}`);
    expect(kind.read(file).problem).toBeNull();
    expect(kind.save(file)).toBe(true);
    expect(kind.read(file).problem).toBeNull();
  });
});

describe('readJsonFile', () => {
  it.each([
    ['missing', null, { status: 'missing' }],
    ['BOM', '\uFEFF{"a":1}', { status: 'ok', value: { a: 1 } }],
    ['CRLF', '{\r\n"a":1\r\n}', { status: 'ok', value: { a: 1 } }],
    ['two BOMs (the second is content)', '\uFEFF\uFEFF{}', { status: 'unreadable', message: expect.stringMatching(/^“x\.json” is not valid JSON \(.+\)\. Dossier left it untouched\.$/) }],
    ['truncated', '{\n  "a": ', { status: 'unreadable', message: '“x.json” is not valid JSON (line 2, column 7: the file ends before the JSON does). Dossier left it untouched.' }],
    ['empty', '', { status: 'unreadable', message: '“x.json” is not valid JSON (the file is empty). Dossier left it untouched.' }],
  ])('%s', (_label, text, expected) => {
    const file = join(dir, `read-${Math.random().toString(36).slice(2)}.json`);
    if (text !== null) writeFileSync(file, text);
    expect(readJsonFile(file, 'x.json')).toEqual(expected);
  });

  it('names a file it cannot read (a folder)', () => {
    expect(readJsonFile(dir, 'settings')).toEqual({ status: 'unreadable', message: expect.stringMatching(/^Dossier could not read “settings” \(.*EISDIR.*\)/) });
  });
});
