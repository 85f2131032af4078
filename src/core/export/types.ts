// Export results and the PDF printer interface (Chromium's print engine behind it).
// PLACEHOLDER shapes: the export module owner refines these; keep the exported names.
export interface PdfPrinter {
  /** Prints sanitized HTML (with its print CSS) to PDF bytes. */
  print(html: string, opts: { pageSize: 'letter' | 'a4'; title: string; author: string }): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface PreviewResult {
  html: string;
}

export interface ExportResult {
  path: string;
  fileName: string;
  [key: string]: unknown;
}

export interface CompanyExportResult {
  files: ExportResult[];
}
