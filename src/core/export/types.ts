// Export results and the PDF printer interface (Chromium's print engine behind it).
import type { Finding } from '../rubric/types';
import type { DesignId, PageSize } from '../workspace/schemas';

export interface PrintOptions {
  pageSize: PageSize;
  /** Goes to the PDF's Title (Chromium also reads it from <title>). */
  title: string;
  /** Goes to the PDF's Author. */
  author: string;
}

export interface Measurement {
  /** Height of the laid-out document (the <main> element) in CSS px at print width. */
  contentHeightPx: number;
  /** Line height of body text in CSS px. */
  lineHeightPx: number;
  /** Elements wider than the printable width (the page would only fit by shrinking). */
  overflow?: Overflow[];
}

/** One element that reaches past the right margin. */
export interface Overflow {
  /** What it is, for the candidate: "table", "code block", "link", "line of text". */
  element: string;
  /** The section heading it sits under, if any. */
  section: string | null;
  /** The start of its text, to find it. */
  text: string;
  /** How far past the margin, in CSS px (96 per inch). */
  overPx: number;
}

export interface PdfPrinter {
  /** Prints sanitized HTML (with its print CSS) to PDF bytes. */
  print(html: string, opts: PrintOptions): Promise<Uint8Array>;
  /**
   * Optional: lays the page out with print styles at the given content width and measures it.
   * Used only to say by how much a one-page document runs over; without it Dossier estimates.
   */
  measure?(html: string, opts: { widthPx: number }): Promise<Measurement>;
  close(): Promise<void>;
}

export interface PreviewResult {
  /** A complete, sanitized HTML page with its own CSP, for a sandboxed iframe. */
  html: string;
  design: DesignId;
  pageSize: PageSize;
}

/** Why a one-page document is not one page, and what the candidate can do about it. */
export interface PageOverrun {
  pages: number;
  budget: number;
  overBy: { pages: number; approxLines: number; approxWords: number };
  longestSection: { id: string; label: string; words: number } | null;
  /** One sentence for the candidate, e.g. "About 9 lines over; the longest section is Outcome (212 words)." */
  suggestion: string;
  /** True when a compact layout has not been tried yet. */
  compactAvailable: boolean;
  /** Present when the page fits only by shrinking: the elements wider than the page. */
  shrinkToFit?: Overflow[];
}

export interface ExportResult {
  /** Workspace-relative path (forward slashes) of the written file. */
  path: string;
  fileName: string;
  format: 'docx' | 'pdf' | 'html' | 'md';
  /** Real page count, for PDFs. */
  pages?: number;
  /** Present when a PDF runs past the template's page budget. */
  overBudget?: PageOverrun;
  /** Error-level findings at export time: listed, never blocking. */
  findings: Finding[];
  /** Which older snapshots the export's snapshot pushed out, or why none was kept (snapshotBudget.ts). */
  snapshotNote?: string;
}

export interface CompanyExportResult {
  files: ExportResult[];
  /** Documents that could not be exported, with a reason written for the candidate. */
  failed: { id: string; title: string; message: string }[];
  /** One .zip of all the files, written beside them when there are two or more. */
  archive?: { path: string; fileName: string };
  /** Why the archive is missing although the files were written. */
  archiveError?: string;
}
