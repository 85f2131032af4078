// The page the editor's preview shows: the same HTML an HTML or PDF export is built from, with
// the same metadata cleaning (no bidirectional controls in names, see displayedExportMeta).
import type { DesignId } from '../workspace/schemas';
import type { Template } from '../templates/types';
import type { ExportMeta } from './exportMeta';
import { displayedExportMeta } from './exportMeta';
import type { BuildInput } from './buildExport';
import { parseDocument } from './parseDocument';
import { designFor } from './designs';
import { renderHtmlPage } from './renderHtmlPage';

export function previewHtml(doc: BuildInput['doc'], template: Template, meta: ExportMeta, design: DesignId, compact = false): string {
  return renderHtmlPage(parseDocument(doc, template), displayedExportMeta(meta), designFor(design, compact));
}
