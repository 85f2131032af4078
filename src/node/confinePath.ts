// Turns a relative path from the UI (reveal, open, download an export, a static file) into an
// absolute path that is certainly inside a root folder, or refuses it. Used by the shells only;
// the store has its own resolver for the files it writes.
import { realpathSync, existsSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { DossierError } from '../core/errors';

// Control characters, bidi overrides and lookalike separators/dots have no business in a path.
// eslint-disable-next-line no-control-regex
const ODD = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069\uff0e\uff0f\uff3c\u2215\u2044]/;

function refuse(path: string): never {
  throw new DossierError('unsafe-path', `Dossier only opens files inside your workspace, and “${path.slice(0, 200)}” is not one.`);
}

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && rel.split(sep)[0] !== '..');
}

/** Absolute path of `relPath` (forward or back slashes) inside `root`; throws DossierError("unsafe-path"). */
export function confinePath(root: string, relPath: string): string {
  if (typeof relPath !== 'string' || relPath.length === 0 || relPath.length > 1000) refuse(String(relPath));
  if (ODD.test(relPath) || isAbsolute(relPath) || /^[a-zA-Z]:/.test(relPath)) refuse(relPath);
  const segments = relPath.split(/[\\/]+/).filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.')) refuse(relPath);
  const absRoot = resolve(root);
  const target = resolve(absRoot, ...segments);
  if (!isInside(absRoot, target)) refuse(relPath);
  // Symlinks: the real location must be inside the real workspace too.
  if (existsSync(target)) {
    const realRoot = realpathSync(absRoot);
    if (!isInside(realRoot, realpathSync(target))) refuse(relPath);
  }
  return target;
}
