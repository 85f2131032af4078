// What every rendered page carries besides the sections: who, for whom, when, on what paper.
import type { PageSize } from '../workspace/schemas';
import { withoutBidiControls } from '../document/bidiControls';
import type { HeadingLanguage } from '../document/headingLanguage';

export interface ExportMeta {
  candidateName: string;
  companyName: string;
  /** The day of export, as an ISO date (YYYY-MM-DD). */
  date: string;
  pageSize: PageSize;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "2026-11-23" -> "November 23, 2026", or "2026年11月23日" for a Chinese document (fixed forms, no
 * locale surprises across machines).
 */
export function longDate(iso: string, lang: HeadingLanguage = 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  if (lang === 'zh') return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
  const month = MONTHS[Number(m[2]) - 1] ?? m[2];
  return `${month} ${Number(m[3])}, ${m[1]}`;
}

/**
 * The line under the title: "Jane Doe · for American Express · November 23, 2026"; a Chinese
 * document's is "Jane Doe · American Express · 2026年11月23日". Parts that are empty are left out.
 */
export function bylineText(meta: ExportMeta, lang: HeadingLanguage): string {
  const company = meta.companyName.trim();
  return [meta.candidateName.trim(), company && lang === 'en' ? `for ${company}` : company, longDate(meta.date, lang)].filter((s) => s !== '').join(' · ');
}

/** The page footer's words around the page number and the page count: "Page 2 of 3", "第 2 页，共 3 页". */
export function pageNumberWords(lang: HeadingLanguage): [string, string, string] {
  return lang === 'zh' ? ['第 ', ' 页，共 ', ' 页'] : ['Page ', ' of ', ''];
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
