// Remembers the window's size and place in <userData>/window-state.json, and restores them only
// when that place is still on a connected display (a laptop unplugged from its monitor must not
// open Dossier off-screen).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  width: number;
  height: number;
  /** Absent: let the OS centre the window. */
  x?: number;
  y?: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };
const MIN = { width: 900, height: 600 };

/** True when at least a 100×50 px piece of the window (its title bar region) is on some display. */
export function isOnSomeDisplay(bounds: Rect, workAreas: readonly Rect[]): boolean {
  return workAreas.some((area) => {
    const w = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
    const h = Math.min(bounds.y + Math.min(bounds.height, 50), area.y + area.height) - Math.max(bounds.y, area.y);
    return w >= 100 && h >= 50;
  });
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : undefined;
}

export function loadWindowState(file: string, workAreas: readonly Rect[]): WindowState {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_WINDOW_STATE };
  const r = raw as Record<string, unknown>;
  const width = num(r.width);
  const height = num(r.height);
  if (width === undefined || height === undefined || width < MIN.width || height < MIN.height || width > 20000 || height > 20000) {
    return { ...DEFAULT_WINDOW_STATE };
  }
  const state: WindowState = { width, height, maximized: r.maximized === true };
  const x = num(r.x);
  const y = num(r.y);
  if (x !== undefined && y !== undefined && isOnSomeDisplay({ x, y, width, height }, workAreas)) {
    state.x = x;
    state.y = y;
  }
  return state;
}

export function saveWindowState(file: string, state: WindowState): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(state, null, 2));
    renameSync(tmp, file);
  } catch {
    // Window placement is a convenience; failing to save it must never stop Dossier closing.
  }
}
