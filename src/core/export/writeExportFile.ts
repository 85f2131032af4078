// Writes an export. By default a re-export replaces the previous file of the same name: the bytes
// go to a synced temp file renamed over it (atomic: a reader sees the old file or the new one).
// Only a regular, writable file is replaced: a symbolic link, a pipe, a device or a read-only file
// at that name is refused with one message, as `dossier export --out` refuses it.
// With `keepVersions` (a workspace setting) nothing is replaced: the temp file is hard-linked to
// the first free name ("x.pdf", "x (2).pdf", ...), or created exclusively where hard links are not
// supported (some USB or sync folders). A file that cannot be replaced (open and locked in Word on
// Windows) is kept, and the export goes to the next free name instead.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { DossierError } from '../errors';
import { numberedName } from './exportFileName';
import { exportTargetProblem } from './exportTarget';

const MAX_TRIES = 500;

function syncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some platforms (Windows) cannot open a folder for fsync; the rename itself is still atomic.
  }
}

function errCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
}

export function writeExportFile(dir: string, fileName: string, bytes: Uint8Array, opts: { keepVersions?: boolean } = {}): { fileName: string; fullPath: string } {
  if (fileName !== path.basename(fileName)) throw new DossierError('unsafe-path', 'An export file name may not contain folders.');
  const temp = path.join(dir, `.${randomBytes(6).toString('hex')}.dossier-export.tmp`);
  try {
    const fd = fs.openSync(temp, 'wx');
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (!opts.keepVersions) {
      const target = path.join(dir, fileName);
      // The same targets `dossier export --out` refuses: a link, a pipe, a device or a read-only
      // file at the name would be replaced by the rename (exportTarget.ts).
      const problem = exportTargetProblem(target);
      if (problem) {
        throw new DossierError('conflict', `Could not save the export as “${fileName}” in the exports folder: ${problem}. Nothing was changed.`, {
          details: { fileName },
        });
      }
      try {
        fs.renameSync(temp, target);
        syncDir(dir);
        return { fileName, fullPath: target };
      } catch (err) {
        const code = errCode(err);
        // Locked or read-only target: keep it, fall through to a new numbered name.
        if (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES' && code !== 'EISDIR') throw err;
      }
    }
    let linkWorks = true;
    for (let n = 1; n <= MAX_TRIES; n++) {
      const name = numberedName(fileName, n);
      const target = path.join(dir, name);
      try {
        if (linkWorks) fs.linkSync(temp, target);
        else fs.writeFileSync(target, bytes, { flag: 'wx' });
        return { fileName: name, fullPath: target };
      } catch (err) {
        const code = errCode(err);
        if (code === 'EEXIST') continue;
        if (linkWorks && (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV' || code === 'ENOSYS')) {
          linkWorks = false;
          n--;
          continue;
        }
        throw err;
      }
    }
    throw new DossierError('conflict', `There are already ${MAX_TRIES} exports called “${fileName}”. Please tidy the exports folder.`);
  } catch (err) {
    if (err instanceof DossierError) throw err;
    const code = errCode(err);
    const why = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'Dossier is not allowed to write there' : 'the file could not be written';
    throw new DossierError('unavailable', `Could not save the export in ${dir}: ${why}. Check the folder and try again.`);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}
