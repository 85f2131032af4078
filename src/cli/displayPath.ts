// How the command line names a file it wrote or could not write: the way a reader would type it.
import path from 'node:path';

/**
 * `target` (absolute) as the reader should see it: relative to `cwd` when it lies inside it
 * ("exports/brief.pdf"), otherwise absolute ("/home/me/prep/brief.pdf") rather than a climb of
 * "../../.." that is hard to read or copy. The folder itself reads as its absolute path.
 */
export function displayPath(cwd: string, target: string): string {
  const rel = path.relative(cwd, target);
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return target;
  return rel;
}
