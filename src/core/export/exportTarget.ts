// What may stand at the path an export is written to. An export replaces a file by renaming a
// temp file over it, which would turn a device, a FIFO or a socket into a regular file, replace a
// symbolic link instead of writing where it points, and drop a read-only file's protection. So the
// target must be a new name or a regular, writable file; anything else is refused before writing.
import fs from 'node:fs';

/**
 * Why `target` (an absolute path) must not be written as an export, or null when it may: it does
 * not exist yet, or it is a regular file with a write permission bit set. Links are not followed
 * (lstat): a symbolic link is refused rather than resolved, so the file it points to is never
 * changed behind the user's back. A read-only file (no `w` bit, e.g. mode 0444) is refused even
 * for root. Returns a phrase such as "it is a symbolic link", to follow "cannot write PATH: ".
 */
export function exportTargetProblem(target: string): string | null {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(target);
  } catch {
    return null; // a new name: the folder's own problems are reported when writing
  }
  if (st.isSymbolicLink()) return 'it is a symbolic link, and Dossier does not write through links (give the real file or folder instead)';
  if (st.isFIFO()) return 'it is a pipe (FIFO), not a regular file';
  if (st.isSocket()) return 'it is a socket, not a regular file';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'it is a device, not a regular file';
  if (st.isDirectory()) return null; // handled by the caller: the export is named inside it
  if (!st.isFile()) return 'it is not a regular file';
  if ((st.mode & 0o222) === 0) return 'the file is read-only; make it writable or choose another name';
  return null;
}

/**
 * The input among `inputs` (paths) that `target` (an absolute path) is the same file as, or null.
 * Compared by device and inode, so a relative spelling, a hard link or a link in a parent folder
 * still counts; a target that does not exist yet is never an input. Exporting onto the Markdown
 * being exported would replace the draft with its own export.
 */
export function exportTargetIsInput(target: string, inputs: readonly string[]): string | null {
  let st: fs.Stats;
  try {
    st = fs.statSync(target);
  } catch {
    return null;
  }
  for (const input of inputs) {
    try {
      const other = fs.statSync(input);
      if (other.dev === st.dev && other.ino === st.ino) return input;
    } catch {
      // an input that cannot be read is reported when it is read
    }
  }
  return null;
}
