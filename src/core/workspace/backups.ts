// Rotating backups: before a file is overwritten, its previous good bytes (already in memory) go
// to <root>/.dossier/backups/<relative path>/<timestamp>-<n>.json; the newest `keep` are kept.
import fs from 'node:fs';
import path from 'node:path';
import { resolveInside, toRelative } from './resolveInside';
import { parseDossierFile } from './parseDossierFile';
import type { FileKind } from './migrations';
import { isErrno } from './durableFile';

export const BACKUPS_TO_KEEP = 10;

export function backupDir(root: string, rel: string): string {
  return resolveInside(root, '.dossier', 'backups', ...rel.split('/'));
}

/** "2026-11-23T09-26-43-123Z": sortable, and valid in a file name everywhere. */
export function fileStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

export function writeBackup(root: string, rel: string, text: string, now: Date, keep = BACKUPS_TO_KEEP): string {
  const dir = backupDir(root, rel);
  fs.mkdirSync(dir, { recursive: true });
  const stamp = fileStamp(now);
  for (let n = 0; ; n++) {
    const file = path.join(dir, `${stamp}-${String(n).padStart(3, '0')}.json`);
    try {
      fs.writeFileSync(file, text, { flag: 'wx' });
      pruneBackups(dir, keep);
      return file;
    } catch (err) {
      if (!isErrno(err, 'EEXIST')) throw err;
    }
  }
}

/** Backup file names of `rel`, newest first. */
export function listBackups(root: string, rel: string): string[] {
  try {
    return fs
      .readdirSync(backupDir(root, rel))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .reverse();
  } catch {
    return [];
  }
}

function pruneBackups(dir: string, keep: number): void {
  const names = fs.readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  for (const name of names.slice(0, Math.max(0, names.length - keep))) fs.rmSync(path.join(dir, name), { force: true });
}

/** Workspace-relative path and bytes of the newest backup of `rel` that parses and validates. */
export function newestValidBackup(root: string, rel: string, kind: FileKind): { file: string; text: string } | null {
  const dir = backupDir(root, rel);
  for (const name of listBackups(root, rel)) {
    const abs = path.join(dir, name);
    let text: string;
    try {
      text = fs.readFileSync(abs, 'utf8');
    } catch {
      continue;
    }
    if (parseDossierFile(kind, text, rel).ok) return { file: toRelative(root, abs), text };
  }
  return null;
}
