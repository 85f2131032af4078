// Reads an export result for what the candidate needs to hear: did it fit the page budget, and
// if not, by how much and which section is longest. Tolerant of where the export module puts it.
import type { Finding } from '../../../../shared/api';

export interface OverBudget {
  pages: number | null;
  overPages: number | null;
  approxLines: number | null;
  approxWords: number | null;
  longestSection: { id: string; label: string; words: number } | null;
  suggestion: string | null;
  /** False once the compact layout was already used. */
  compactAvailable: boolean;
  /** True when the page fits its budget only because the printer would shrink it. */
  shrunk: boolean;
}

function rec(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}
function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
function str(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

export function readOverBudget(value: object): OverBudget | null {
  const result = value as Record<string, unknown>;
  const nested = rec(result.overBudget);
  if (!nested && result.overBudget !== true && !rec(result.overBy)) return null;
  const src = nested ?? result;
  const overBy = rec(src.overBy) ?? rec(result.overBy);
  const longest = rec(src.longestSection) ?? rec(result.longestSection);
  return {
    pages: num(src.pages) ?? num(result.pages),
    overPages: num(overBy?.pages),
    approxLines: num(overBy?.approxLines),
    approxWords: num(overBy?.approxWords),
    longestSection:
      longest && str(longest.label) !== null
        ? {
            id: str(longest.id) ?? '',
            label: str(longest.label) ?? '',
            words: num(longest.words) ?? 0,
          }
        : null,
    suggestion: str(src.suggestion) ?? str(result.suggestion),
    compactAvailable: src.compactAvailable !== false,
    shrunk: Array.isArray(src.shrinkToFit) && (num(overBy?.pages) ?? 0) === 0,
  };
}

/** "About 9 lines over one page. The longest section is Outcome (212 words)." */
export function describeOverBudget(o: OverBudget): string {
  const parts: string[] = [];
  if (o.approxLines !== null && o.approxLines > 0)
    parts.push(`About ${o.approxLines} line${o.approxLines === 1 ? '' : 's'} over one page`);
  else if (o.approxWords !== null && o.approxWords > 0)
    parts.push(`About ${o.approxWords} words over one page`);
  else if (o.pages !== null) parts.push(`It runs to ${o.pages} pages instead of one`);
  else parts.push('It runs past one page');
  let text = `${parts.join('')}.`;
  if (o.longestSection)
    text += ` The longest section is ${o.longestSection.label} (${o.longestSection.words} words).`;
  return text;
}

/** The private-term findings carried by a 'needs-confirmation' error. */
export function confirmationFindings(details: unknown): Finding[] {
  const d = rec(details);
  const list = d?.findings;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (f): f is Finding =>
      rec(f) !== null && typeof (f as Record<string, unknown>).message === 'string',
  );
}

/** Browser-mode download address of an exported file. */
export function exportDownloadUrl(company: string, fileName: string): string {
  return `/exports/${encodeURIComponent(company)}/${encodeURIComponent(fileName)}`;
}
