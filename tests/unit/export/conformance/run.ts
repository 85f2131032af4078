// Runs every CommonMark spec example (commonmark-spec 0.31.2) through Dossier's document tree and
// both renderers (HTML fragment, DOCX blocks) and compares visible text and structure with the
// reference HTML. Shared by the conformance test and scripts that print the table.
import { createRequire } from 'node:module';
import { parseMarkdownTree } from '../../../../src/core/document/markdownTree';
import { blockHtml } from '../../../../src/core/export/tokensToHtml';
import { DocxBlockWriter } from '../../../../src/core/export/docxBlocks';
import { flattenDocx, flattenHtml } from './flatten';
import type { Flat } from './flatten';

export interface SpecExample {
  markdown: string;
  html: string;
  section: string;
  number: number;
}

/** Sections about raw HTML: excluded from the targets, since exports reduce raw HTML to text. */
export const RAW_HTML_SECTIONS = new Set(['HTML blocks', 'Raw HTML']);

export function specExamples(): SpecExample[] {
  const spec = createRequire(import.meta.url)('commonmark-spec') as { tests: SpecExample[] };
  // The spec shows tabs as "→".
  return spec.tests.map((e) => ({ ...e, markdown: e.markdown.replace(/→/g, '\t'), html: e.html.replace(/→/g, '\t') }));
}

export interface ExampleResult {
  example: SpecExample;
  html: { text: boolean; structure: boolean; got: Flat };
  docx: { text: boolean; structure: boolean; got: Flat };
  reference: Flat;
}

export function runExample(e: SpecExample): ExampleResult {
  const reference = flattenHtml(e.html);
  const tokens = parseMarkdownTree(e.markdown);
  const html = flattenHtml(blockHtml(tokens, { headingShift: 0 }));
  const docx = flattenDocx(new DocxBlockWriter({ headingShift: 0 }).blocks(tokens));
  const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
  return {
    example: e,
    reference,
    html: { text: html.text === reference.text, structure: same(html.events, reference.events), got: html },
    docx: { text: docx.text === reference.text, structure: same(docx.events, reference.events), got: docx },
  };
}

export interface SectionRow {
  section: string;
  examples: number;
  htmlText: number;
  htmlStructure: number;
  docxText: number;
  docxStructure: number;
}

export function bySection(results: ExampleResult[]): SectionRow[] {
  const rows = new Map<string, SectionRow>();
  for (const r of results) {
    const s = r.example.section;
    const row = rows.get(s) ?? { section: s, examples: 0, htmlText: 0, htmlStructure: 0, docxText: 0, docxStructure: 0 };
    row.examples++;
    if (r.html.text) row.htmlText++;
    if (r.html.structure) row.htmlStructure++;
    if (r.docx.text) row.docxText++;
    if (r.docx.structure) row.docxStructure++;
    rows.set(s, row);
  }
  return [...rows.values()];
}
