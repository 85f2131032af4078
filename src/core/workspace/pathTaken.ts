// Whether a name is taken on disk, links included: a new folder or file must not land on it.
import fs from 'node:fs';

/** True when anything (a file, a folder, a link, even a dangling one) is at `p`. Never throws. */
export function pathTaken(p: string): boolean {
  try {
    fs.lstatSync(p);
    return true;
  } catch {
    return false;
  }
}
