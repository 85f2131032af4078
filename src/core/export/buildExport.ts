// Builds the bytes of one export (HTML, DOCX, PDF or Markdown) from a document, with the page
// check for page-budgeted templates. Pure apart from the printer: writing is the caller's job.
// Each format loads its own renderer when it is first built: a DOCX never loads sanitize-html
// and its CSS parser, an HTML page never loads docx (what a one-shot `dossier export` pays at
// start). The editor's preview is in previewHtml.ts.
import type { DesignId, DocumentFile, PageSize } from '../workspace/schemas';
import type { Template } from '../templates/types';
import type { PageOverrun, PdfPrinter } from './types';
import { parseDocument } from './parseDocument';
import type { ParsedDocument } from './parseDocument';
import { designFor } from './designs';
import type { Design } from './designs';
import type { ExportMeta } from './exportMeta';
import { displayedExportMeta } from './exportMeta';
import { pdfPageCount } from './pdfPageCount';
import { contentBoxPx, pageOverrun, shrinkOverrun } from './pageOverrun';
import { printMarkdown } from '../document/printMarkdown';
import { pdfUnavailable } from './pdfUnavailable';

export type BuildFormat = 'docx' | 'pdf' | 'html' | 'md';

export interface BuildInput {
  doc: Pick<DocumentFile, 'title' | 'sections' | 'templateId' | 'company'>;
  template: Template;
  meta: ExportMeta;
  format: BuildFormat;
  design: DesignId;
  compact?: boolean;
  printer: PdfPrinter | null;
}

export interface BuiltExport {
  bytes: Uint8Array;
  extension: BuildFormat;
  pages?: number;
  overBudget?: PageOverrun;
}

/** Request design, then the document's own, then the workspace default. */
export function chooseDesign(request: DesignId | undefined, doc: DesignId | null | undefined, workspace: DesignId): DesignId {
  return request ?? doc ?? workspace;
}

/**
 * The bytes of one export. Titles, headings, names and metadata carry no bidirectional formatting
 * controls (parseDocument, displayedExportMeta); the Markdown export keeps the text as stored,
 * since it is the interchange format and round-trips without loss.
 */
export async function buildExport(request: BuildInput): Promise<BuiltExport> {
  const input = { ...request, meta: displayedExportMeta(request.meta) };
  const design = designFor(input.design, input.compact ?? false);
  const encoder = new TextEncoder();
  if (input.format === 'md') {
    // A document with no company writes no company key: `company: ""` would not read back.
    const frontMatter = { template: input.doc.templateId, ...(input.doc.company ? { company: input.doc.company } : {}), title: input.doc.title };
    return { bytes: encoder.encode(printMarkdown({ frontMatter, sections: input.doc.sections }, input.template)), extension: 'md' };
  }
  const parsed = parseDocument(input.doc, input.template);
  if (input.format === 'docx') {
    const { renderDocx } = await import('./renderDocx');
    return { bytes: await renderDocx(parsed, input.meta, design), extension: 'docx' };
  }
  const { renderHtmlPage } = await import('./renderHtmlPage');
  const html = renderHtmlPage(parsed, input.meta, design);
  if (input.format === 'html') return { bytes: encoder.encode(html), extension: 'html' };
  return printPdf(parsed, html, input, design);
}

async function printPdf(parsed: ParsedDocument, html: string, input: BuildInput, design: Design): Promise<BuiltExport> {
  const printer = input.printer;
  if (!printer) throw pdfUnavailable();
  const bytes = await printer.print(html, {
    pageSize: input.meta.pageSize,
    title: parsed.title,
    author: input.meta.candidateName.trim(), // none without a name (see renderDocx's creator)
  });
  const pages = pdfPageCount(bytes);
  const budget = input.template.pageBudget;
  if (budget === null || budget <= 0) return { bytes, extension: 'pdf', pages };
  // A page that fits only because Chromium shrank it is an overrun too (see pdfShrink).
  // Loaded here: its zlib reader (fflate) is of no use to DOCX and HTML exports.
  const { pdfShrinkFactor } = await import('./pdfShrink');
  const shrunk = pdfShrinkFactor(bytes) < 0.99;
  if (pages <= budget && !shrunk) return { bytes, extension: 'pdf', pages };
  const widthPx = contentBoxPx(design, input.meta.pageSize).widthPx;
  const measurement = printer.measure ? await printer.measure(html, { widthPx }).catch(() => null) : null;
  const overflow = measurement?.overflow ?? [];
  if (pages <= budget) {
    return { bytes, extension: 'pdf', pages, overBudget: shrinkOverrun({ pages, budget, design, overflow }) };
  }
  const overBudget = pageOverrun({ doc: parsed, pages, budget, design, pageSize: input.meta.pageSize as PageSize, measurement });
  if (overflow.length > 0) overBudget.shrinkToFit = overflow;
  return { bytes, extension: 'pdf', pages, overBudget };
}
