// Company names -> folder names that are safe on every OS and unique in the workspace.
import { isSafeSegment } from './resolveInside';

const MAX = 60;

/** "Société Générale (NY)" -> "societe-generale-ny"; never empty, never a reserved name. */
export function toSlug(name: string): string {
  let slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX) slug = slug.slice(0, MAX).replace(/-+$/g, '');
  if (slug.length === 0) slug = 'company';
  if (!isSafeSegment(slug)) slug = `${slug}-company`; // "con", "nul", "com1" ...
  return slug;
}

/** The slug of `name`, with -2, -3 ... appended while `taken` says it is in use. */
export function uniqueSlug(name: string, taken: (slug: string) => boolean): string {
  const base = toSlug(name);
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, MAX - suffix.length).replace(/-+$/g, '')}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
}
