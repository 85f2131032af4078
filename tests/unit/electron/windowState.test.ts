import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, isOnSomeDisplay, loadWindowState, saveWindowState } from '../../../electron/main/windowState';

const dir = mkdtempSync(join(tmpdir(), 'dossier-winstate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const laptop = [{ x: 0, y: 0, width: 1440, height: 875 }];
const twoScreens = [...laptop, { x: 1440, y: 0, width: 2560, height: 1415 }];

describe('window state', () => {
  it('round-trips size, place and maximized', () => {
    const file = join(dir, 'a', 'window-state.json');
    saveWindowState(file, { x: 100, y: 80, width: 1200, height: 800, maximized: true });
    expect(loadWindowState(file, laptop)).toEqual({ state: { x: 100, y: 80, width: 1200, height: 800, maximized: true }, problem: null });
  });

  it('uses the default when the file is missing (no problem) or broken (named)', () => {
    expect(loadWindowState(join(dir, 'missing.json'), laptop)).toEqual({ state: DEFAULT_WINDOW_STATE, problem: null });
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{not json');
    expect(loadWindowState(broken, laptop)).toEqual({ state: DEFAULT_WINDOW_STATE, problem: expect.stringContaining('broken.json') });
    writeFileSync(broken, JSON.stringify({ width: 'wide', height: 10 }));
    expect(loadWindowState(broken, laptop)).toEqual({ state: DEFAULT_WINDOW_STATE, problem: expect.stringContaining('shape') });
  });

  it('uses the default, without a problem, for a size out of range', () => {
    const small = join(dir, 'small.json');
    writeFileSync(small, JSON.stringify({ width: 100, height: 10 }));
    expect(loadWindowState(small, laptop)).toEqual({ state: DEFAULT_WINDOW_STATE, problem: null });
  });

  it('keeps the size but drops a place that is on no connected display', () => {
    const file = join(dir, 'external.json');
    saveWindowState(file, { x: 2000, y: 100, width: 1200, height: 800, maximized: false });
    expect(loadWindowState(file, twoScreens).state).toMatchObject({ x: 2000, y: 100 });
    const { state } = loadWindowState(file, laptop);
    expect(state).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it.each([
    [{ x: 0, y: 0, width: 1000, height: 700 }, true],
    [{ x: 1400, y: 0, width: 1000, height: 700 }, false],
    [{ x: -950, y: 10, width: 1000, height: 700 }, false],
    [{ x: -800, y: 10, width: 1000, height: 700 }, true],
    [{ x: 100, y: 860, width: 1000, height: 700 }, false],
  ])('isOnSomeDisplay(%j) on a laptop -> %s', (bounds, expected) => {
    expect(isOnSomeDisplay(bounds, laptop)).toBe(expected);
  });
});
