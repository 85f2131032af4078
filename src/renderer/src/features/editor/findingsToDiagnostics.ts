// Maps rubric findings of one section to CodeMirror lint diagnostics (offsets clamped to the text).
import type { Finding } from '../../../../shared/api';
import { ruleLabelIn } from '../../../../shared/ruleLabels';
import { REQUIRED_SECTION_RULE } from './emptyDocument';

export interface DiagnosticLike {
  from: number;
  to: number;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  source: string;
  markClass?: string;
}

export function findingsToDiagnostics(
  findings: readonly Finding[],
  sectionId: string,
  docLength: number,
  /** The findings' language (CheckResult.language): the rule label and the silenced note follow it. */
  language: 'en' | 'zh' = 'en',
): DiagnosticLike[] {
  const out: DiagnosticLike[] = [];
  for (const f of findings) {
    if (f.section !== sectionId) continue;
    // An empty section's "required and still empty" is a to-do in the panel, not a mark in an
    // editor that holds nothing but its placeholder.
    if (docLength === 0 && f.rule === REQUIRED_SECTION_RULE) continue;
    let from = Math.max(0, Math.min(f.start, docLength));
    let to = Math.max(from, Math.min(f.end, docLength));
    if (from === to && docLength > 0) {
      // Give point findings one character so the underline is visible.
      if (to < docLength) to = from + 1;
      else from = Math.max(0, to - 1);
    }
    out.push({
      from,
      to,
      severity: f.silenced ? 'hint' : f.severity,
      message: f.silenced ? `${f.message}${language === 'zh' ? '（已静默）' : ' (silenced)'}` : f.message,
      source: ruleLabelIn(f.rule, language),
      ...(f.silenced ? { markClass: 'cm-silenced' } : {}),
    });
  }
  return out;
}

function diagnosticOrder(a: DiagnosticLike, b: DiagnosticLike): number {
  return (
    a.from - b.from ||
    a.to - b.to ||
    a.severity.localeCompare(b.severity) ||
    a.message.localeCompare(b.message) ||
    a.source.localeCompare(b.source)
  );
}

/**
 * True when two lists hold the same diagnostics (range, severity, message, source, mark class),
 * in any order: the editor can keep what it shows. O(n log n) in the number of diagnostics.
 */
export function sameDiagnostics(a: readonly DiagnosticLike[], b: readonly DiagnosticLike[]): boolean {
  if (a.length !== b.length) return false;
  const sa = [...a].sort(diagnosticOrder);
  const sb = [...b].sort(diagnosticOrder);
  return sa.every((x, i) => {
    const y = sb[i];
    return (
      y !== undefined &&
      x.from === y.from &&
      x.to === y.to &&
      x.severity === y.severity &&
      x.message === y.message &&
      x.source === y.source &&
      (x.markClass ?? '') === (y.markClass ?? '')
    );
  });
}

/** The next unsilenced finding after (section, offset), wrapping around, for "Go to the next issue". */
export function nextFinding(
  findings: readonly Finding[],
  sections: readonly { id: string }[],
  current: { section: string | null; offset: number } | null,
): Finding | null {
  const order = new Map(sections.map((s, i) => [s.id, i]));
  const live = findings
    .filter((f) => !f.silenced && f.section !== null && order.has(f.section))
    .sort(
      (a, b) =>
        (order.get(a.section ?? '') ?? 0) - (order.get(b.section ?? '') ?? 0) || a.start - b.start,
    );
  if (live.length === 0) return null;
  if (!current || current.section === null) return live[0] ?? null;
  const pos = order.get(current.section) ?? 0;
  const after = live.find((f) => {
    const p = order.get(f.section ?? '') ?? 0;
    return p > pos || (p === pos && f.start > current.offset);
  });
  return after ?? live[0] ?? null;
}
