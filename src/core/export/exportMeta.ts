// What every rendered page carries besides the sections: who, for whom, when, on what paper.
import type { PageSize } from '../workspace/schemas';
import { withoutBidiControls } from '../document/bidiControls';

export interface ExportMeta {
  candidateName: string;
  companyName: string;
  /** The day of export, as an ISO date (YYYY-MM-DD). */
  date: string;
  pageSize: PageSize;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11-23" -> "November 23, 2026" (fixed English, no locale surprises across machines). */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1] ?? m[2];
  return `${month} ${Number(m[3])}, ${m[1]}`;
}

/** The local calendar day of a Date, as YYYY-MM-DD. */
export function isoDay(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Header text: "Jane Doe · American Express" (either part may be missing). */
export function headerLine(meta: ExportMeta): string {
  return [meta.candidateName.trim(), meta.companyName.trim()].filter((s) => s !== '').join(' · ');
}

/**
 * `meta` with the candidate's and the company's names as they will be shown: without
 * bidirectional formatting controls (bidiControls.ts), since both become the running header,
 * the byline and the file's author metadata.
 */
export function displayedExportMeta(meta: ExportMeta): ExportMeta {
  return { ...meta, candidateName: withoutBidiControls(meta.candidateName), companyName: withoutBidiControls(meta.companyName) };
}
