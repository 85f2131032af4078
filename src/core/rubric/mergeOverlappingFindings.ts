// One finding per problem: when one rule reports overlapping spans of the same section ("move fast
// and break things" and, inside it, "break things"), the candidate sees a single finding.

import type { Finding, Severity } from './types';

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function overlaps(a: Finding, b: Finding): boolean {
  // Empty spans (whole-document findings, missing sections, point findings) never merge: one rule
  // may say several different things at the same place (each missing kill-story element).
  return a.start < a.end && b.start < b.end && a.start < b.end && b.start < a.end;
}

/**
 * Merges findings of the same rule and section whose [start, end) spans overlap into one: the
 * longest of them speaks (message, suggestion, fix), over the union of the spans, at the most
 * severe severity; it is silenced only when all of them were. `excerpt(section, start, end)`
 * gives the text for a merged span. Order is kept (a merged finding sits where its first part
 * was); input is not modified. Cost: O(n) plus the merges.
 */
export function mergeOverlappingFindings(
  findings: readonly Finding[],
  excerpt: (section: string, start: number, end: number) => string,
): Finding[] {
  const out: Finding[] = [];
  // Per rule and section, the indices in `out` of findings that may still absorb another.
  const open = new Map<string, number[]>();
  for (const f of findings) {
    if (f.section === null || f.start >= f.end) {
      out.push(f);
      continue;
    }
    const key = `${f.rule}\u0000${f.section}`;
    const candidates = open.get(key) ?? [];
    const at = candidates.find((i) => overlaps(out[i] as Finding, f));
    if (at === undefined) {
      candidates.push(out.length);
      open.set(key, candidates);
      out.push(f);
      continue;
    }
    const kept = out[at] as Finding;
    const speaker = f.end - f.start > kept.end - kept.start ? f : kept;
    const first = f.start < kept.start ? f : kept;
    const start = Math.min(kept.start, f.start);
    const end = Math.max(kept.end, f.end);
    out[at] = {
      ...speaker,
      severity: rank[f.severity] < rank[kept.severity] ? f.severity : kept.severity,
      line: first.line,
      column: first.column,
      start,
      end,
      excerpt: speaker.start === start && speaker.end === end ? speaker.excerpt : excerpt(f.section, start, end),
      silenced: kept.silenced && f.silenced,
    };
  }
  return out;
}
