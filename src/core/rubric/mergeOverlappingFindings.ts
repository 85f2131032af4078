// One finding per problem: when one rule reports overlapping spans of the same section ("move fast
// and break things" and, inside it, "break things"), the candidate sees a single finding.

import type { Finding, Severity } from './types';

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Merges findings of the same rule and section whose [start, end) spans overlap, directly or
 * through others, into one: the longest of them speaks (message, suggestion, fix; the earliest
 * on a tie), over the union of the spans, at the most severe severity, at the line and column of
 * the part that starts first; it is silenced only when all of them were. Empty spans
 * (whole-document findings, missing sections, point findings) never merge: one rule may say
 * several different things at the same place. `excerpt(section, start, end)` gives the text for
 * a merged span. Order is kept (a merged finding sits where its first part was); input is not
 * modified. Cost: O(n log n) for n findings (each rule and section's spans are sorted by start
 * and swept once).
 */
export function mergeOverlappingFindings(
  findings: readonly Finding[],
  excerpt: (section: string, start: number, end: number) => string,
): Finding[] {
  // Per rule and section, the input indices of findings with a non-empty span.
  const groups = new Map<string, number[]>();
  findings.forEach((f, i) => {
    if (f.section === null || f.start >= f.end) return;
    const key = `${f.rule}\u0000${f.section}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  // For each input index: the merged finding that replaces it (first part) or null (absorbed).
  const replaced = new Map<number, Finding | null>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const sorted = group.slice().sort((a, b) => (findings[a] as Finding).start - (findings[b] as Finding).start || a - b);
    let part: number[] = [];
    let end = -Infinity;
    const close = (): void => {
      if (part.length > 1) mergePart(findings, part, excerpt, replaced);
      part = [];
    };
    for (const i of sorted) {
      const f = findings[i] as Finding;
      if (f.start >= end) close();
      part.push(i);
      end = Math.max(f.start >= end ? f.end : end, f.end);
    }
    close();
  }
  const out: Finding[] = [];
  findings.forEach((f, i) => {
    const r = replaced.get(i);
    if (r === undefined) out.push(f);
    else if (r !== null) out.push(r);
  });
  return out;
}

/** Merges one connected part (input indices sorted by start, then input order) into `replaced`. */
function mergePart(
  findings: readonly Finding[],
  part: readonly number[],
  excerpt: (section: string, start: number, end: number) => string,
  replaced: Map<number, Finding | null>,
): void {
  const at = (i: number): Finding => findings[i] as Finding;
  const firstIndex = part.reduce((m, i) => Math.min(m, i));
  let speakerIndex = firstIndex;
  let severity = at(firstIndex).severity;
  let silenced = true;
  let end = -Infinity;
  for (const i of part) {
    const f = at(i);
    const s = at(speakerIndex);
    const len = f.end - f.start;
    const best = s.end - s.start;
    if (len > best || (len === best && i < speakerIndex)) speakerIndex = i;
    if (rank[f.severity] < rank[severity]) severity = f.severity;
    silenced = silenced && f.silenced;
    end = Math.max(end, f.end);
  }
  const first = at(part[0] as number);
  const start = first.start;
  const speaker = at(speakerIndex);
  const merged: Finding = {
    ...speaker,
    severity,
    line: first.line,
    column: first.column,
    start,
    end,
    excerpt: speaker.start === start && speaker.end === end ? speaker.excerpt : excerpt(speaker.section as string, start, end),
    silenced,
  };
  for (const i of part) replaced.set(i, null);
  replaced.set(firstIndex, merged);
}
