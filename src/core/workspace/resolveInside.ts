// The one way Dossier turns names into paths: every segment is checked, and the result must stay
// inside the workspace root, also after following symbolic links.
import fs from 'node:fs';
import path from 'node:path';
import { DossierError } from '../errors';

/** Plain ASCII letters, digits, dot, dash and underscore: all our own names fit in this. */
const SAFE_SEGMENT = /^[A-Za-z0-9._-]+$/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** Why a single path segment is unsafe, or null when it is fine. */
export function segmentProblem(segment: string): string | null {
  if (segment.length === 0) return 'it is empty';
  if (segment.length > 200) return 'it is too long';
  if (segment.includes('\0')) return 'it contains a NUL character';
  if (/[/\\]/.test(segment)) return 'it contains a path separator';
  if (/^\.+$/.test(segment)) return 'it is a "." or ".." folder reference';
  if (!SAFE_SEGMENT.test(segment)) return 'it contains characters other than letters, digits, ".", "-" and "_"';
  if (segment.endsWith('.')) return 'it ends with a dot';
  if (WINDOWS_RESERVED.test(segment)) return 'it is a name Windows reserves for devices';
  return null;
}

export function isSafeSegment(segment: string): boolean {
  return segmentProblem(segment) === null;
}

/**
 * Joins `segments` under `root`, refusing anything that could escape it: "..", absolute paths,
 * separators inside a segment, NUL, look-alike Unicode (fullwidth dots and slashes, RTL
 * overrides), and symbolic links that lead outside the root.
 */
export function resolveInside(root: string, ...segments: string[]): string {
  for (const segment of segments) {
    const problem = segmentProblem(segment);
    if (problem !== null) {
      throw new DossierError('unsafe-path', `Dossier refused the name “${printable(segment)}” because ${problem}.`);
    }
  }
  const base = path.resolve(root);
  const target = path.resolve(base, ...segments);
  if (target !== base && !target.startsWith(base + path.sep)) {
    throw new DossierError('unsafe-path', 'Dossier refused a path that leads outside the workspace folder.');
  }
  // Follow links: the deepest part of the path that exists must still be inside the real root.
  let realBase: string;
  try {
    realBase = fs.realpathSync.native(base);
  } catch {
    return target; // the workspace itself does not exist yet: nothing to follow.
  }
  let probe = target;
  let rest: string[] = [];
  for (;;) {
    try {
      const real = fs.realpathSync.native(probe);
      const full = path.join(real, ...rest);
      if (full !== realBase && !full.startsWith(realBase + path.sep)) {
        throw new DossierError('unsafe-path', 'Dossier refused a path that leads outside the workspace folder through a link.');
      }
      return target;
    } catch (err) {
      if (err instanceof DossierError) throw err;
      if (probe === base) return target;
      rest = [path.basename(probe), ...rest];
      probe = path.dirname(probe);
    }
  }
}

/** Splits a workspace-relative path ("companies/acme/dossier.json") and resolves it safely. */
export function resolveRelative(root: string, relative: string): string {
  if (relative.includes('\\') || path.isAbsolute(relative) || /^[A-Za-z]:/.test(relative)) {
    throw new DossierError('unsafe-path', 'Dossier expects a path inside the workspace, written with "/" separators.');
  }
  return resolveInside(root, ...relative.split('/'));
}

/** Workspace-relative form of an absolute path, always with "/" separators. */
export function toRelative(root: string, abs: string): string {
  return path.relative(path.resolve(root), abs).split(path.sep).join('/');
}

function printable(segment: string): string {
  // Show control and bidi characters as code points so the message itself cannot be spoofed.
  let shown = '';
  for (const ch of segment) {
    const code = ch.codePointAt(0)!;
    const invisible = code < 0x20 || code === 0x7f || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
    shown += invisible ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : ch;
  }
  return shown.length > 60 ? `${shown.slice(0, 60)}…` : shown;
}
