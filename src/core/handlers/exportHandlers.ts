// export.*: preview (sanitized HTML page for an iframe), export one document into the company's
// exports/ folder (with a snapshot revision), and export every document of a company at once
// (plus one .zip of them all, for a single email attachment).
import path from 'node:path';
import type { Handlers } from '../../shared/api';
import type { CoreContext } from '../context';
import type { DesignId, DocumentFile } from '../workspace/schemas';
import type { CompanyExportResult, ExportResult } from '../export/types';
import type { ExportMeta } from '../export/exportMeta';
import { isoDay } from '../export/exportMeta';
import { buildExport, chooseDesign } from '../export/buildExport';
import { previewHtml } from '../export/previewHtml';
import type { BuildFormat } from '../export/buildExport';
import { exportFileName, numberedName } from '../export/exportFileName';
import { writeExportFile } from '../export/writeExportFile';
import { zipFiles } from '../export/zipFiles';
import type { ZipEntry } from '../export/zipFiles';
import { needsConfirmation, needsReview, reviewBeforeExport } from '../export/privateTermGate';
import { getTemplate } from '../templates/registry';
import { addRevision } from './documentHandlers';
import { DossierError } from '../errors';

function metaFor(ctx: CoreContext, company: string): ExportMeta {
  const settings = ctx.store.workspace().settings;
  return {
    candidateName: settings.candidateName,
    companyName: ctx.store.getCompany(company).name,
    date: isoDay(ctx.now()),
    pageSize: settings.pageSize,
  };
}

interface ExportOne {
  company: string;
  doc: DocumentFile;
  format: BuildFormat;
  design?: DesignId;
  compact?: boolean;
  /** Already reviewed (export.company reviews every document first). */
  confirmed: boolean;
  /** Ask before exporting a document with error-level findings or empty required sections. */
  askFirst?: boolean;
}

/** A written file's path relative to the workspace, with forward slashes. */
function workspacePath(ctx: CoreContext, fullPath: string): string {
  return path.relative(ctx.store.root, fullPath).split(path.sep).join('/');
}

/** Exports one document; also hands back the bytes written, so "Export all" can zip them without reading them again. */
async function exportOne(ctx: CoreContext, o: ExportOne): Promise<{ result: ExportResult; bytes: Uint8Array; cleanName: string }> {
  const { company, doc } = o;
  // An exports folder that is not a folder (a file or a pipe in its place) stops the export with
  // one message naming it, before any work (exportsDir).
  ctx.store.exportsDir(company);
  const review = reviewBeforeExport(ctx, company, doc);
  if (review.privateTerms.length > 0 && !o.confirmed) throw needsConfirmation(review.privateTerms, `“${doc.title || 'This document'}”`);
  if (o.askFirst && (review.errors.length > 0 || review.emptyRequired.length > 0 || review.missingGlyphs.length > 0)) throw needsReview(review, doc.title);
  const template = getTemplate(ctx, doc.templateId);
  const settings = ctx.store.workspace().settings;
  const meta = metaFor(ctx, company);
  const built = await buildExport({
    doc,
    template,
    meta,
    format: o.format,
    design: chooseDesign(o.design, doc.design, settings.design),
    compact: o.compact ?? false,
    printer: ctx.printer,
  });
  const dir = ctx.store.exportsDir(company);
  const cleanName = exportFileName(template.name, doc.title, meta.date, built.extension);
  const written = writeExportFile(dir, cleanName, built.bytes, { keepVersions: settings.keepExportVersions });
  let snapshotNote: string | null = null;
  ctx.store.updateDocument(company, doc.id, null, (current) => {
    // A snapshot refused for size (a document grown past its limit outside Dossier) does not
    // stop the export: the file is written, and the note says no snapshot was kept.
    const added = addRevision(current, {
      reason: 'export',
      label: `Exported ${written.fileName}`.slice(0, 200),
      score: review.score,
      at: ctx.now().toISOString(),
    });
    snapshotNote = added.note;
    return added.doc;
  });
  const result: ExportResult = {
    path: workspacePath(ctx, written.fullPath),
    fileName: written.fileName,
    format: o.format,
    findings: review.errors,
  };
  if (snapshotNote !== null) result.snapshotNote = snapshotNote;
  if (built.pages !== undefined) result.pages = built.pages;
  if (built.overBudget) result.overBudget = built.overBudget;
  return { result, bytes: built.bytes, cleanName };
}

export function exportHandlers(ctx: CoreContext): Partial<Handlers> {
  return {
    'export.preview': async ({ company, id, design }) => {
      const doc = ctx.store.getDocument(company, id);
      const settings = ctx.store.workspace().settings;
      const chosen = chooseDesign(design, doc.design, settings.design);
      const template = getTemplate(ctx, doc.templateId);
      return { html: previewHtml(doc, template, metaFor(ctx, company), chosen), design: chosen, pageSize: settings.pageSize };
    },

    'export.document': async ({ company, id, format, design, compact, confirmPrivateTerms, askFirst }) =>
      (
        await exportOne(ctx, {
          company,
          doc: ctx.store.getDocument(company, id),
          format,
          design,
          compact,
          confirmed: confirmPrivateTerms === true,
          askFirst: askFirst === true,
        })
      ).result,

    'export.company': async ({ company, format, confirmPrivateTerms }) => {
      // Unreadable settings (private terms, name) stop the whole export once, naming workspace.json.
      ctx.store.workspace();
      const docs = ctx.store.listDocuments(company).map((s) => ctx.store.getDocument(company, s.id));
      ctx.store.exportsDir(company); // once for all: not one failure per document
      if (confirmPrivateTerms !== true) {
        const flagged = docs.flatMap((doc) => reviewBeforeExport(ctx, company, doc).privateTerms);
        if (flagged.length > 0) throw needsConfirmation(flagged, `This company's documents`);
      }
      const out: CompanyExportResult = { files: [], failed: [] };
      const entries: ZipEntry[] = [];
      for (const doc of docs) {
        try {
          const { result, bytes, cleanName } = await exportOne(ctx, { company, doc, format, confirmed: true });
          out.files.push(result);
          // The archive carries clean names ("x.pdf", never "x (2).pdf"); only two documents
          // with the same name on the same day are told apart by a number.
          let name = cleanName;
          for (let n = 2; entries.some((e) => e.name === name); n++) name = numberedName(cleanName, n);
          entries.push({ name, bytes });
        } catch (err) {
          // A missing printer stops everything: every PDF would fail the same way.
          if (err instanceof DossierError && err.code === 'unavailable' && format === 'pdf') throw err;
          const message = err instanceof DossierError ? err.message : 'Dossier could not export it; your saved work is untouched.';
          out.failed.push({ id: doc.id, title: doc.title, message });
        }
      }
      if (entries.length > 1) {
        try {
          out.archive = archiveOf(ctx, company, format, entries);
        } catch (err) {
          // The files themselves are written; only the convenience archive is missing.
          out.archiveError = err instanceof DossierError ? err.message : 'The .zip of all files could not be written; the files themselves are in the exports folder.';
        }
      }
      return out;
    },
  };
}

/** All of one "Export all" in one .zip beside the files, e.g. "Wells Fargo - All PDF - 2026-11-23.zip". */
function archiveOf(ctx: CoreContext, company: string, format: string, entries: ZipEntry[]): { path: string; fileName: string } {
  const meta = metaFor(ctx, company);
  const label = format === 'md' ? 'All Markdown' : `All ${format.toUpperCase()}`;
  const written = writeExportFile(ctx.store.exportsDir(company), exportFileName(meta.companyName, label, meta.date, 'zip'), zipFiles(entries, ctx.now()));
  return { path: workspacePath(ctx, written.fullPath), fileName: written.fileName };
}
