// Keeps React's work per keystroke to what changed: a new check's findings are matched against the
// previous ones, and every finding equal in value to its previous counterpart is replaced by that
// previous object. When nothing changed, the previous array itself comes back, so memoised views
// (the findings panel, per-section counts) skip their render entirely.
import type { Finding } from '../../../../shared/api';

/** Deep equality for JSON-like values (what a structured clone of a Finding contains). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>;
  const ra = a as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && sameValue(ra[k], rb[k]));
}

/**
 * A stable identity for a finding across checks: its section, rule and how many findings of that
 * rule come before it in the section. Offsets are left out, so typing before a finding (which
 * moves it) keeps its identity and its list item.
 */
export function findingKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.section ?? ''}\u0000${f.rule}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}\u0000${n}`;
  });
}

/**
 * `next` with every finding that equals (in value) the previous finding of the same key replaced by
 * that previous object; `prev` itself when both lists are equal. O(total size of the findings).
 */
export function stableFindings(prev: Finding[] | null, next: Finding[]): Finding[] {
  if (!prev) return next;
  if (prev.length === 0) return next.length === 0 ? prev : next;
  const prevByKey = new Map<string, Finding>();
  findingKeys(prev).forEach((k, i) => {
    const f = prev[i];
    if (f) prevByKey.set(k, f);
  });
  let allSame = prev.length === next.length;
  const nextKeys = findingKeys(next);
  const out = next.map((f, i) => {
    const old = prevByKey.get(nextKeys[i] ?? '');
    if (old && sameValue(old, f)) {
      if (prev[i] !== old) allSame = false;
      return old;
    }
    allSame = false;
    return f;
  });
  return allSame ? prev : out;
}
