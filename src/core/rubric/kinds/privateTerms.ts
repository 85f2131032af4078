// private-terms: a term from the workspace's private list (codenames, client names, non-public
// figures) appears in the text. Checked before every export.
import { z } from 'zod';
import { defineKind } from '../ruleKind';
import type { RawFinding } from '../ruleKind';

const cache = new Map<string, RegExp | null>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One regex for the whole list; ASCII-word terms only match as whole words. */
export function privateTermsRegex(terms: string[]): RegExp | null {
  const key = terms.join('\u0000');
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const parts = terms
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .sort((a, b) => b.length - a.length)
    .map((t) => {
      const head = /^[A-Za-z0-9]/.test(t) ? '(?<![A-Za-z0-9])' : '';
      const tail = /[A-Za-z0-9]$/.test(t) ? '(?![A-Za-z0-9])' : '';
      return head + escape(t) + tail;
    });
  const re = parts.length > 0 ? new RegExp(parts.join('|'), 'giu') : null;
  if (cache.size > 50) cache.clear();
  cache.set(key, re);
  return re;
}

export const privateTerms = defineKind({
  name: 'private-terms',
  describe: "Flags every occurrence of a term from the workspace's private list.",
  params: z.object({}),
  compile: () => null,
  check: (_c, ctx) => {
    const re = privateTermsRegex(ctx.privateTerms);
    if (!re) return [];
    const out: RawFinding[] = [];
    for (const section of ctx.sections) {
      re.lastIndex = 0;
      for (const m of section.raw.matchAll(re)) {
        out.push({ section: section.id, start: m.index, end: m.index + m[0].length, vars: { term: m[0] } });
      }
    }
    return out;
  },
});
