// Rotating backups of every workspace file, written exactly like saves (unique temp file, fsync,
// rename, fsync the folder: durableFile.ts), so a backup is either whole or absent, never torn.
//
// <root>/.dossier/backups/<relative path>/<timestamp>-<n>.json holds the newest `keep` versions
// of the file, the version just saved included: when the file itself is later damaged (a sync
// tool truncating it, a disk error), the newest good backup is the last version Dossier saved.
// Backups are validated before they are offered; a backup that does not parse is skipped.
import fs from 'node:fs';
import path from 'node:path';
import { resolveInside, toRelative } from './resolveInside';
import { parseDossierFile } from './parseDossierFile';
import type { FileKind } from './migrations';
import { removeLeftoverTempFiles, writeFileDurableSync } from './durableFile';

/** Versions kept per file (the newest one is the version last saved). */
export const BACKUPS_TO_KEEP = 10;

const BACKUP_NAME = /^(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)-\d{3,}\.json$/;

export function backupDir(root: string, rel: string): string {
  return resolveInside(root, '.dossier', 'backups', ...rel.split('/'));
}

/** "2026-11-23T09-26-43-123Z": sortable, and valid in a file name everywhere. */
export function fileStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** The time in a backup's name ("2026-11-23T09-26-43-123Z-000.json"), or null for another name. */
export function backupTime(name: string): Date | null {
  const m = BACKUP_NAME.exec(name);
  if (!m) return null;
  const [date, time] = m[1]!.split('T') as [string, string];
  const [h, min, s, ms] = time.replace(/Z$/, '').split('-');
  const at = new Date(`${date}T${h}:${min}:${s}.${ms}Z`);
  return Number.isNaN(at.getTime()) ? null : at;
}

/**
 * Writes `text` as the newest backup of `rel` (durably, under a name no other backup has) and
 * prunes the oldest beyond `keep`. Temp files of interrupted backups in that folder are removed
 * first (the caller holds the workspace lock, so none is in use). Returns the absolute path.
 */
export function writeBackup(root: string, rel: string, text: string, now: Date, keep = BACKUPS_TO_KEEP): string {
  const dir = backupDir(root, rel);
  fs.mkdirSync(dir, { recursive: true });
  removeLeftoverTempFiles(dir);
  const stamp = fileStamp(now);
  let file = '';
  // One process owns writes and saves are synchronous, so "free name, then rename" cannot race.
  for (let n = 0; file === '' || fs.existsSync(file); n++) file = path.join(dir, `${stamp}-${String(n).padStart(3, '0')}.json`);
  writeFileDurableSync(file, text);
  pruneBackups(dir, keep);
  return file;
}

/** Backup file names of `rel`, newest first. */
export function listBackups(root: string, rel: string): string[] {
  try {
    return fs
      .readdirSync(backupDir(root, rel))
      .filter((name) => BACKUP_NAME.test(name))
      .sort()
      .reverse();
  } catch {
    return [];
  }
}

/** The bytes of the newest backup of `rel` (valid or not), or null when there is none. */
export function newestBackupText(root: string, rel: string): string | null {
  const newest = listBackups(root, rel)[0];
  if (newest === undefined) return null;
  try {
    return fs.readFileSync(path.join(backupDir(root, rel), newest), 'utf8');
  } catch {
    return null;
  }
}

function pruneBackups(dir: string, keep: number): void {
  const names = fs.readdirSync(dir).filter((name) => BACKUP_NAME.test(name)).sort();
  for (const name of names.slice(0, Math.max(0, names.length - keep))) fs.rmSync(path.join(dir, name), { force: true });
}

export interface GoodBackup {
  /** Workspace-relative path of the backup. */
  file: string;
  text: string;
  /** When that version was saved (from the backup's name). */
  savedAt: string;
}

/** The newest backup of `rel` that parses and validates as `kind`; torn or invalid ones are skipped. */
export function newestValidBackup(root: string, rel: string, kind: FileKind): GoodBackup | null {
  const dir = backupDir(root, rel);
  for (const name of listBackups(root, rel)) {
    const abs = path.join(dir, name);
    let text: string;
    try {
      text = fs.readFileSync(abs, 'utf8');
    } catch {
      continue;
    }
    if (!parseDossierFile(kind, text, rel).ok) continue;
    const at = backupTime(name);
    return { file: toRelative(root, abs), text, savedAt: (at ?? fs.statSync(abs).mtime).toISOString() };
  }
  return null;
}
