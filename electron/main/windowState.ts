// Remembers the window's size and place in <userData>/window-state.json, and restores them only
// when that place is still on a connected display (a laptop unplugged from its monitor must not
// open Dossier off-screen). The file is read by core's one JSON reader (a byte-order mark is
// accepted); a file that is there but broken is named, and never overwritten.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { readJsonFile } from '../../src/core/workspace/readJsonFile';

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

/** A window state read from disk, and what was wrong with the file (null: nothing, or no file). */
export interface LoadedWindowState {
  state: WindowState;
  /** For the candidate, naming the file: it is broken and was left untouched. */
  problem: string | null;
}

/**
 * The window state saved in `file` (JSON: width, height, x, y in screen pixels, maximized),
 * fitted to the displays' `workAreas`. A missing file, a size out of range or a place on no
 * display gives the default for that part; a file that is not JSON or not an object with
 * numeric width and height gives the default and a `problem` naming it.
 */
export function loadWindowState(file: string, workAreas: readonly Rect[]): LoadedWindowState {
  const read = readJsonFile(file);
  if (read.status === 'missing') return { state: { ...DEFAULT_WINDOW_STATE }, problem: null };
  if (read.status === 'unreadable') return { state: { ...DEFAULT_WINDOW_STATE }, problem: read.message };
  const raw = read.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { state: { ...DEFAULT_WINDOW_STATE }, problem: shapeProblem(file) };
  const r = raw as Record<string, unknown>;
  const width = num(r.width);
  const height = num(r.height);
  if (width === undefined || height === undefined) return { state: { ...DEFAULT_WINDOW_STATE }, problem: shapeProblem(file) };
  if (width < MIN.width || height < MIN.height || width > 20000 || height > 20000) {
    return { state: { ...DEFAULT_WINDOW_STATE }, problem: null };
  }
  const state: WindowState = { width, height, maximized: r.maximized === true };
  const x = num(r.x);
  const y = num(r.y);
  if (x !== undefined && y !== undefined && isOnSomeDisplay({ x, y, width, height }, workAreas)) {
    state.x = x;
    state.y = y;
  }
  return { state, problem: null };
}

function shapeProblem(file: string): string {
  return `“${file}” does not have the shape Dossier expects (an object with a numeric width and height). Dossier left it untouched.`;
}

/**
 * Saves `state` to `file` atomically (temp file, rename). Returns false, writing nothing, when the
 * file there is broken (it is the candidate's to fix or delete) or the write failed.
 */
export function saveWindowState(file: string, state: WindowState): boolean {
  if (loadWindowState(file, []).problem !== null) return false;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(state, null, 2));
    renameSync(tmp, file);
    return true;
  } catch {
    // Window placement is a convenience; failing to save it must never stop Dossier closing.
    return false;
  }
}
