// Builds the DOCX from the blocks docxBlocks makes out of the same tree as the HTML: Word heading
// styles with "at least" line rules (a wrapped title never overlaps itself), line heights and
// spacing in points taken from the design so Word and LibreOffice break pages where Chromium
// does, metric-compatible fonts (see designs), lists numbered from their own start with the
// item's other blocks indented inside it, nested quotes, inline formatting inside links, tables,
// page size and margins, a running header from page 2 (page 1 has the byline), page numbers, and
// an East Asian language and font per run from its script.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  convertInchesToTwip,
} from 'docx';
import type { Table } from 'docx';
import type { ParsedDocument } from './parseDocument';
import type { Design } from './designs';
import { pageInches } from './designs';
import type { ExportMeta } from './exportMeta';
import { bylineText, headerLine, longDate, pageNumberWords } from './exportMeta';
import { DocxBlockWriter } from './docxBlocks';
import type { DocxBlock } from './docxBlocks';
import { canEditParts, packDocx } from './packDocx';
import type { DocxPacker } from './packDocx';
import { BODY_PLACEHOLDER, spliceBody, writeBodyXml } from './docxBodyXml';
import { DocxObjects, LIST_INDENT, MAX_LINK_TARGETS, fonts, halfPt, hex, hyperlinkTarget, lineAtLeast, numberingReference, twip } from './docxObjects';
import { DocxTemplates } from './docxTemplates';
import { xmlSafeText } from './xmlSafeText';
import { wordLanguage } from './scriptRuns';
import { DossierError } from '../errors';
import { formatCount } from '../text/formatCount';

function listLevels(ordered: boolean, start: number): {
  level: number;
  format: (typeof LevelFormat)[keyof typeof LevelFormat];
  text: string;
  start: number;
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType];
  style: { paragraph: { indent: { left: number; hanging: number } } };
}[] {
  const bullets = ['•', '◦', '▪'];
  return Array.from({ length: 9 }, (_, i) => ({
    level: i,
    format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: ordered ? `%${i + 1}.` : (bullets[i % 3] ?? '•'),
    start,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: LIST_INDENT * (i + 1), hanging: 280 } } },
  }));
}

/** The one message for a document with more than MAX_LINK_TARGETS link addresses. */
export function tooManyLinkTargetsMessage(count: number): string {
  return `This document links to ${formatCount(count)} different addresses; a Word (DOCX) export holds up to ${formatCount(MAX_LINK_TARGETS)}. Export it as PDF or HTML, or remove some links.`;
}

/**
 * The .docx bytes of `doc`. With docx's compiler (packDocx.canEditParts) the body's XML is written
 * from docx objects made once per shape (docxTemplates.ts), a batch of blocks at a time
 * (docxBodyXml.ts), so the objects alive are bounded by the document's distinct shapes, not its
 * length; without it docx writes the whole body itself. `packer` is docx's Packer (tests pass one
 * without the compiler). Throws DossierError 'bad-request' (tooManyLinkTargetsMessage) for a
 * document with more than MAX_LINK_TARGETS link addresses, before building any docx object.
 */
export async function renderDocx(doc: ParsedDocument, meta: ExportMeta, design: Design, packer: DocxPacker = Packer): Promise<Uint8Array> {
  const d = design;
  const cjk = doc.cjk;
  const blocks = new DocxBlockWriter({ headingShift: 2, cjk });
  const objects = new DocxObjects(d, d.body);
  // A Chinese document's byline, date and page numbers are Chinese too, like its headings.
  const lang = doc.headingLanguage;
  const byline = bylineText(meta, lang);
  const [pageBefore, pageOf, pageAfter] = pageNumberWords(lang);
  // Every section's blocks first: the numbering definitions need the ordered lists' starts.
  const sections = doc.sections.map((s) => ({ label: s.label, prompt: s.prompt, blocks: blocks.blocks(s.tokens) }));
  const targets = new Set([...blocks.linkHrefs].map((href) => hyperlinkTarget(xmlSafeText(href)).target));
  if (targets.size > MAX_LINK_TARGETS) throw new DossierError('bad-request', tooManyLinkTargetsMessage(targets.size));
  // The body: the title, byline, section headings and prompts as docx objects, the sections'
  // blocks as they are, made one at a time as they are written.
  function* bodyItems(): Generator<Paragraph | DocxBlock> {
    yield new Paragraph({ heading: HeadingLevel.HEADING_1, children: objects.children(blocks.textRuns(doc.title)) });
    yield new Paragraph({
      spacing: { after: twip(d.sectionBeforePt * 0.6), ...lineAtLeast(Math.max(9, d.bodyPt - 1.5), d.lineHeight) },
      children: objects.children(blocks.textRuns(byline), { color: hex(d.mutedColor), size: halfPt(Math.max(9, d.bodyPt - 1.5)) }),
    });
    for (const s of sections) {
      if (s.label) yield new Paragraph({ heading: HeadingLevel.HEADING_2, children: objects.children(blocks.textRuns(s.label)) });
      if (s.prompt) {
        yield new Paragraph({
          children: objects.children(blocks.textRuns(s.prompt), { italics: true, color: hex(d.mutedColor), size: halfPt(Math.max(9, d.bodyPt - 1)) }),
        });
      }
      yield* s.blocks;
    }
  }
  const inBatches = canEditParts(packer);
  const body: (Paragraph | Table)[] = inBatches
    ? [new Paragraph({ children: [new TextRun(BODY_PLACEHOLDER)] })]
    : [...bodyItems()].flatMap((item) => (item instanceof Paragraph ? [item] : objects.block(item)));

  const small = { size: halfPt(8), color: hex(d.mutedColor) };
  const page = pageInches(meta.pageSize);
  const contentWidthTwip = convertInchesToTwip(page.width - d.marginsIn.left - d.marginsIn.right);
  const header = new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: contentWidthTwip }],
        children: [new TextRun({ text: xmlSafeText(headerLine(meta)), ...small }), new TextRun({ text: xmlSafeText(`\t${longDate(meta.date, lang)}`), ...small })],
      }),
    ],
  });
  const pageFooter = new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          children: [new TextRun({ children: [pageBefore, PageNumber.CURRENT, pageOf, PageNumber.TOTAL_PAGES, ...(pageAfter ? [pageAfter] : [])], ...small })],
        }),
      ],
  });

  const headingRun = (sizePt: number, extra: Record<string, unknown> = {}) => ({
    font: fonts(d.heading, cjk),
    size: halfPt(sizePt),
    color: hex(d.headingColor),
    ...extra,
  });
  const h2Paragraph =
    d.sectionStyle === 'rule'
      ? { border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: hex(d.ruleColor), space: 1 } } }
      : {};
  // CSS collapses a heading's top margin with the paragraph's bottom margin above it; Word adds
  // both, so the space before a heading is the CSS margin less the paragraph's space after.
  const beforeHeading = (cssTopPt: number): number => twip(Math.max(0, cssTopPt - d.paragraphAfterPt));
  const h3Before = beforeHeading(d.paragraphAfterPt + 2);
  const h3After = twip(d.paragraphAfterPt * 0.5);

  const orderedRefs = [...blocks.orderedStarts].map((start) => ({ reference: numberingReference(true, start), levels: listLevels(true, start) }));

  const document = new Document({
    title: xmlSafeText(doc.title),
    // The candidate is the author a recruiter sees in File › Properties. Without a name the
    // property is left out (docx writes none for ''): "Dossier" would name a tool as the writer.
    creator: xmlSafeText(meta.candidateName.trim()),
    lastModifiedBy: xmlSafeText(meta.candidateName.trim()),
    subject: xmlSafeText(meta.companyName),
    description: xmlSafeText(`${doc.templateName}${meta.companyName ? ` for ${meta.companyName}` : ''}, exported by Dossier`),
    styles: {
      default: {
        document: {
          run: {
            font: fonts(d.body, cjk),
            size: halfPt(d.bodyPt),
            color: hex(d.textColor),
            language: { value: 'en-US', eastAsia: wordLanguage(cjk ?? 'zh-Hans') },
          },
          paragraph: { spacing: { after: twip(d.paragraphAfterPt), ...lineAtLeast(d.bodyPt, d.lineHeight) } },
        },
        heading1: {
          run: headingRun(d.titlePt, { bold: d.id !== 'classic' }),
          paragraph: { spacing: { before: 0, after: twip(3), ...lineAtLeast(d.titlePt, 1.15) }, keepNext: true },
        },
        heading2: {
          run: headingRun(d.h2Pt, { bold: true }),
          paragraph: {
            spacing: { before: beforeHeading(d.sectionBeforePt), after: twip(d.paragraphAfterPt * 0.6 + 1), ...lineAtLeast(d.h2Pt, 1.2) },
            keepNext: true,
            ...h2Paragraph,
          },
        },
        heading3: {
          run: headingRun(d.h3Pt, { bold: true }),
          paragraph: { spacing: { before: h3Before, after: h3After, ...lineAtLeast(d.h3Pt, 1.25) }, keepNext: true },
        },
        heading4: { run: headingRun(d.h3Pt, { bold: true }), paragraph: { spacing: { before: h3Before, after: h3After, ...lineAtLeast(d.h3Pt, 1.25) }, keepNext: true } },
        heading5: { run: headingRun(d.h3Pt, { bold: true }), paragraph: { spacing: { before: h3Before, after: h3After, ...lineAtLeast(d.h3Pt, 1.25) }, keepNext: true } },
        heading6: { run: headingRun(d.h3Pt, { bold: true }), paragraph: { spacing: { before: h3Before, after: h3After, ...lineAtLeast(d.h3Pt, 1.25) }, keepNext: true } },
        hyperlink: { run: { color: hex(d.headingColor), underline: {} } },
      },
    },
    numbering: {
      config: [{ reference: 'dossier-bullets', levels: listLevels(false, 1) }, ...orderedRefs],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: convertInchesToTwip(page.width), height: convertInchesToTwip(page.height) },
            margin: {
              top: convertInchesToTwip(d.marginsIn.top),
              right: convertInchesToTwip(d.marginsIn.right),
              bottom: convertInchesToTwip(d.marginsIn.bottom),
              left: convertInchesToTwip(d.marginsIn.left),
              header: convertInchesToTwip(Math.max(0.3, d.marginsIn.top - 0.4)),
              footer: convertInchesToTwip(Math.max(0.3, d.marginsIn.bottom - 0.4)),
            },
          },
        },
        // Page 1 shows name, company and date in the byline under the title; the running header
        // repeats them from page 2 on, never twice on one page.
        // (With titlePage on and no first-page header, page 1's header is empty.)
        headers: { default: header },
        footers: { default: pageFooter, first: pageFooter },
        children: body,
      },
    ],
  });
  if (!inBatches) {
    objects.links.register(document);
    return packDocx(document, new Date(), packer);
  }
  const templates = new DocxTemplates(document, objects);
  const bodyXml = writeBodyXml(
    (function* () {
      for (const item of bodyItems()) yield item instanceof Paragraph ? templates.objectXml(item) : templates.blockXml(item);
    })(),
  );
  objects.links.register(document);
  return packDocx(document, new Date(), packer, (path, data) => (path === 'word/document.xml' && typeof data === 'string' ? spliceBody(data, bodyXml, document) : data));
}
