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
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  LineRuleType,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  convertInchesToTwip,
} from 'docx';
import type { IParagraphOptions, IRunOptions, ParagraphChild } from 'docx';
import type { ParsedDocument } from './parseDocument';
import type { Design, FontChoice } from './designs';
import { pageInches } from './designs';
import type { ExportMeta } from './exportMeta';
import { bylineText, headerLine, longDate, pageNumberWords } from './exportMeta';
import { DocxBlockWriter } from './docxBlocks';
import { canEditParts, packDocx } from './packDocx';
import type { DocxPacker } from './packDocx';
import { BODY_PLACEHOLDER, spliceBody, writeBodyXml } from './docxBodyXml';
import { xmlSafeText } from './xmlSafeText';
import type { DocxBlock, DocxParagraph, DocxRun } from './docxBlocks';
import { wordLanguage } from './scriptRuns';
import type { CjkLanguage, RunLanguage } from './scriptRuns';

type HeadingValue = (typeof HeadingLevel)[keyof typeof HeadingLevel];

const HEADINGS: HeadingValue[] = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

/** Code font: Courier New <-> Liberation Mono / Cousine are metric-compatible. */
const MONO = 'Courier New';
/** Indent per list level and per quote level, in twips (0.25 in). */
const LIST_INDENT = 360;
const QUOTE_INDENT = 300;

const hex = (c: string): string => c.replace('#', '').toUpperCase();
const halfPt = (n: number): number => Math.round(n * 2);
const twip = (n: number): number => Math.round(n * 20); // points -> twentieths

/** "At least" this many points: the CSS line height, grown by Word if a glyph needs more room. */
function lineAtLeast(sizePt: number, lineHeight: number): { line: number; lineRule: typeof LineRuleType.AT_LEAST } {
  return { line: twip(sizePt * lineHeight), lineRule: LineRuleType.AT_LEAST };
}

function fonts(f: FontChoice, cjk: CjkLanguage | null): { ascii: string; hAnsi: string; cs: string; eastAsia: string } {
  return { ascii: f.docx, hAnsi: f.docx, cs: f.docx, eastAsia: cjk ? f.cjk[cjk].docx : f.eastAsia };
}

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

const numberingReference = (ordered: boolean, start: number): string => (ordered ? `dossier-numbers-${start}` : 'dossier-bullets');

class DocxObjects {
  constructor(
    private readonly design: Design,
    private readonly body: FontChoice,
  ) {}

  private run(r: DocxRun, extra: Partial<IRunOptions> = {}): TextRun {
    const cjk = r.lang === 'en' ? null : (r.lang as CjkLanguage);
    const opts: IRunOptions = {
      text: xmlSafeText(r.text),
      break: r.breakBefore ? 1 : undefined,
      bold: r.bold,
      italics: r.italics,
      strike: r.strike,
      ...(r.code ? { font: { ascii: MONO, hAnsi: MONO, cs: MONO, eastAsia: fonts(this.body, cjk).eastAsia }, size: halfPt(this.design.bodyPt * 0.9) } : {}),
      ...(cjk ? { language: { value: 'en-US', eastAsia: wordLanguage(r.lang as RunLanguage) }, ...(r.code ? {} : { font: fonts(this.body, cjk) }) } : {}),
      ...(r.link ? { style: 'Hyperlink' } : {}),
      ...extra,
    };
    return new TextRun(opts);
  }

  /** Runs, with consecutive runs of one link grouped into one hyperlink. */
  children(runs: DocxRun[], extra: Partial<IRunOptions> = {}): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    let i = 0;
    while (i < runs.length) {
      const r = runs[i] as DocxRun;
      if (!r.link) {
        out.push(this.run(r, extra));
        i++;
        continue;
      }
      const link = r.link;
      const group: TextRun[] = [];
      while (i < runs.length && (runs[i] as DocxRun).link === link) group.push(this.run(runs[i++] as DocxRun, extra));
      out.push(new ExternalHyperlink({ link: xmlSafeText(link.href), children: group }));
    }
    return out;
  }

  private indent(b: { indentLevel: number; quoteDepth: number }): number {
    return b.indentLevel * LIST_INDENT + b.quoteDepth * QUOTE_INDENT;
  }

  paragraph(p: DocxParagraph): Paragraph {
    const d = this.design;
    const indentLeft = this.indent(p);
    const quote =
      p.quoteDepth > 0
        ? { border: { left: { style: BorderStyle.SINGLE, size: 12, color: hex(d.ruleColor), space: 8 } } }
        : {};
    const base: IParagraphOptions = { ...quote };
    const extra: Partial<IRunOptions> = p.quoteDepth > 0 ? { color: hex(d.mutedColor) } : {};
    if (p.list) {
      const level = Math.min(8, p.list.level);
      return new Paragraph({
        ...base,
        numbering: { reference: numberingReference(p.list.ordered, p.list.start), level, instance: p.list.instance },
        ...(p.quoteDepth > 0 ? { indent: { left: LIST_INDENT * (level + 1) + p.quoteDepth * QUOTE_INDENT, hanging: 280 } } : {}),
        spacing: { after: twip(d.paragraphAfterPt * 0.4) },
        children: this.children(p.runs, extra),
      });
    }
    const indent = indentLeft > 0 ? { indent: { left: indentLeft } } : {};
    switch (p.role) {
      case 'heading':
        return new Paragraph({ ...base, ...indent, heading: HEADINGS[(p.headingLevel ?? 3) - 1], children: this.children(p.runs, extra) });
      case 'code':
        return new Paragraph({
          ...base,
          ...indent,
          spacing: { after: twip(d.paragraphAfterPt), ...lineAtLeast(d.bodyPt * 0.9, d.lineHeight) },
          children: this.children(p.runs, extra),
        });
      case 'rule':
        return new Paragraph({
          ...indent,
          spacing: { before: twip(d.paragraphAfterPt), after: twip(d.paragraphAfterPt), line: twip(1), lineRule: LineRuleType.AT_LEAST },
          border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: hex(d.ruleColor), space: 1 } },
          children: [],
        });
      default:
        return new Paragraph({
          ...base,
          ...indent,
          ...(p.indentLevel > 0 ? { spacing: { after: twip(d.paragraphAfterPt * 0.4) } } : {}),
          children: this.children(p.runs, extra),
        });
    }
  }

  table(t: Extract<DocxBlock, { kind: 'table' }>): (Table | Paragraph)[] {
    const d = this.design;
    const border = { style: BorderStyle.SINGLE, size: 4, color: hex(d.ruleColor) };
    const borders = { top: border, bottom: border, left: border, right: border };
    const margins = { top: twip(3), bottom: twip(3), left: twip(5), right: twip(5) };
    const size = Math.max(9.5, d.bodyPt - 0.5);
    const cell = (runs: DocxRun[], header: boolean): TableCell =>
      new TableCell({
        borders,
        margins,
        ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: d.id === 'classic' ? 'F1F3F7' : 'E8F1F5' } } : {}),
        children: [
          new Paragraph({
            spacing: { after: 0, ...lineAtLeast(size, d.lineHeight) },
            children: this.children(runs, { size: halfPt(size), ...(header ? { color: hex(d.headingColor) } : {}) }),
          }),
        ],
      });
    const indent = this.indent(t);
    return [
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        ...(indent > 0 ? { indent: { size: indent, type: WidthType.DXA } } : {}),
        rows: [
          new TableRow({ tableHeader: true, cantSplit: true, children: t.header.map((c) => cell(c, true)) }),
          ...t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c, false)) })),
        ],
      }),
      // Word tables carry no space after them: a small spacer keeps the next paragraph off the border.
      new Paragraph({ spacing: { before: 0, after: 0, line: twip(d.paragraphAfterPt + 2), lineRule: LineRuleType.EXACT }, children: [] }),
    ];
  }
}

/**
 * The .docx bytes of `doc`. With docx's compiler (packDocx.canEditParts) the body is written a
 * batch of blocks at a time (docxBodyXml.ts), so memory stays bounded by the batch, not the
 * document; without it docx writes the whole body itself. `packer` is docx's Packer (tests pass
 * one without the compiler).
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
  // The body's docx objects, made one at a time as they are written.
  function* bodyObjects(): Generator<Paragraph | Table> {
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
      for (const b of s.blocks) {
        if (b.kind === 'table') yield* objects.table(b);
        else yield objects.paragraph(b);
      }
    }
  }
  const inBatches = canEditParts(packer);
  const body: (Paragraph | Table)[] = inBatches ? [new Paragraph({ children: [new TextRun(BODY_PLACEHOLDER)] })] : [...bodyObjects()];

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
  if (!inBatches) return packDocx(document, new Date(), packer);
  const bodyXml = writeBodyXml(document, bodyObjects());
  return packDocx(document, new Date(), packer, (path, data) => (path === 'word/document.xml' && typeof data === 'string' ? spliceBody(data, bodyXml, document) : data));
}
