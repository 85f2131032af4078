// A new workspace is built whole in a hidden sibling folder and renamed into place, so a first run
// that fails half-way (a full disk while writing the sample document) leaves nothing behind: no
// workspace.json that a later `dossier init` would take for a finished workspace.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fsyncDir } from './durableFile';
import { diskProblem } from './openWorkspace';
import { DossierError } from '../errors';

/**
 * True when `root` can take a workspace built aside: it does not exist, or it is an empty folder
 * (not a symbolic link, which the rename would replace: pass its real path instead).
 */
export function isFreshFolder(root: string): boolean {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(root);
  } catch {
    return true;
  }
  return stat.isDirectory() && fs.readdirSync(root).length === 0;
}

export type BuildAsideResult<T> = { placed: true; value: T } | { placed: false; reason: 'taken' | 'cannot-build' };

/**
 * Runs `build(folder)` on a new hidden folder beside `root` (`root` must be a fresh folder,
 * isFreshFolder), then renames the folder to `root`, replacing an empty one, and fsyncs the
 * parent. Returns `{ placed: true, value }`; `{ placed: false, reason: 'taken' }` when another
 * process put something at `root` meanwhile; `{ placed: false, reason: 'cannot-build' }` when the
 * sibling folder cannot be made for a reason other than the disk (no permission on the parent:
 * the caller then builds in place, whose errors name `root`). When `build` throws, every folder
 * this made is removed (nothing is left of the attempt) and the error is thrown again, a
 * DossierError's message naming `root` instead of the hidden folder; a disk that refused a write
 * (diskProblem: full, quota, read-only) becomes one DossierError 'unavailable' saying the
 * workspace was not created. Parent folders that did not exist are made, and removed again on
 * failure.
 */
export function buildWorkspaceAside<T>(root: string, build: (folder: string) => T): BuildAsideResult<T> {
  const parent = path.dirname(root);
  const folder = path.join(parent, `.dossier-new-workspace-${crypto.randomBytes(6).toString('hex')}`);
  let madeParent: string | undefined;
  try {
    madeParent = fs.mkdirSync(parent, { recursive: true });
    fs.mkdirSync(folder);
  } catch (err) {
    if (madeParent !== undefined) fs.rmSync(madeParent, { recursive: true, force: true });
    const disk = diskProblem(err, '');
    if (disk !== null) throw notCreated(root, disk);
    return { placed: false, reason: 'cannot-build' };
  }
  let value: T;
  try {
    value = build(folder);
  } catch (err) {
    fs.rmSync(folder, { recursive: true, force: true });
    if (madeParent !== undefined) fs.rmSync(madeParent, { recursive: true, force: true });
    const disk = err instanceof DossierError ? (diskOf(err) !== null ? err : null) : diskProblem(err, '');
    if (disk !== null) throw notCreated(root, disk);
    if (err instanceof DossierError && err.message.includes(folder)) {
      throw new DossierError(err.code, err.message.split(folder).join(root), { file: err.file, details: err.details });
    }
    throw err;
  }
  try {
    placeFolder(folder, root);
  } catch (err) {
    fs.rmSync(folder, { recursive: true, force: true });
    if (!isFreshFolder(root)) return { placed: false, reason: 'taken' };
    throw err;
  }
  fsyncDir(parent);
  return { placed: true, value };
}

/** 'full' or 'read-only' for an error made by diskProblem, else null. */
function diskOf(err: DossierError): string | null {
  const disk = (err.details as { disk?: unknown } | undefined)?.disk;
  return typeof disk === 'string' ? disk : null;
}

/** A disk refusal while building: nothing was created, nothing is left, what to do. */
function notCreated(root: string, err: DossierError): DossierError {
  const disk = diskOf(err);
  const why = disk === 'read-only' ? 'is read-only' : 'is full';
  const advice = disk === 'read-only' ? 'Choose a folder on a disk Dossier can write to.' : 'Free some space on it, then try again.';
  return new DossierError('unavailable', `The disk holding ${root} ${why}, so the workspace was not created; nothing was left behind. ${advice}`, { details: err.details });
}

/** Renames `folder` to `root`; an empty folder at `root` is replaced (removed first where rename cannot replace it: Windows). */
function placeFolder(folder: string, root: string): void {
  try {
    fs.renameSync(folder, root);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if ((code === 'EPERM' || code === 'EEXIST' || code === 'ENOTEMPTY' || code === 'EACCES') && fs.existsSync(root) && isFreshFolder(root)) {
      fs.rmdirSync(root);
      fs.renameSync(folder, root);
      return;
    }
    throw err;
  }
}
