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

/** What a 'needs-confirmation' error with reason 'findings' says is not ready. */
export interface ReadinessReview {
  findings: Finding[];
  emptySections: { id: string; label: string }[];
  /** Characters the export fonts cannot draw, with where they are. */
  missingGlyphs: { char: string; where: string }[];
}

/** Reads the not-ready details, or null when the error is about something else (private terms). */
export function readinessReview(details: unknown): ReadinessReview | null {
  const d = rec(details);
  if (!d || d.reason !== 'findings') return null;
  const empty = Array.isArray(d.emptySections) ? d.emptySections : [];
  return {
    findings: confirmationFindings(details),
    emptySections: empty
      .map((e) => rec(e))
      .filter((e): e is Record<string, unknown> => e !== null && typeof e.label === 'string')
      .map((e) => ({ id: str(e.id) ?? '', label: str(e.label) ?? '' })),
    missingGlyphs: (Array.isArray(d.missingGlyphs) ? d.missingGlyphs : [])
      .map((g) => rec(g))
      .filter((g): g is Record<string, unknown> => g !== null && typeof g.char === 'string')
      .map((g) => ({ char: str(g.char) ?? '', where: str(g.where) ?? '' })),
  };
}

const ACK_KEY = 'dossier.export.notReadyAcknowledged';
const ACK_LIMIT = 500;

/**
 * "Export anyway" is asked once per document: the answer is remembered in the app's local storage
 * (per company and document id, the most recent 500).
 */
export function isAcknowledged(storage: Pick<Storage, 'getItem'> | null, company: string, id: string): boolean {
  try {
    const list: unknown = JSON.parse(storage?.getItem(ACK_KEY) ?? '[]');
    return Array.isArray(list) && list.includes(`${company}/${id}`);
  } catch {
    return false;
  }
}

export function acknowledge(storage: Pick<Storage, 'getItem' | 'setItem'> | null, company: string, id: string): void {
  if (!storage) return;
  let list: string[] = [];
  try {
    const parsed: unknown = JSON.parse(storage.getItem(ACK_KEY) ?? '[]');
    if (Array.isArray(parsed)) list = parsed.filter((x): x is string => typeof x === 'string');
  } catch {
    list = [];
  }
  const key = `${company}/${id}`;
  list = [...list.filter((k) => k !== key), key].slice(-ACK_LIMIT);
  try {
    storage.setItem(ACK_KEY, JSON.stringify(list));
  } catch {
    // Storage full or blocked: the question is asked again next time, nothing else is lost.
  }
}
