// The docx library's objects for the blocks docxBlocks makes: runs with their fonts, languages and
// styles, paragraphs (headings, list items numbered from their own start, code, rules, quotes),
// tables, and hyperlinks. Each object's options are a pure function of the block's shape (its
// role, list mark, indent, quote depth; a run's style and language), so docxTemplates.ts can have
// docx write one object per shape and reuse its XML. Links: one relationship per address, not
// per link (docx gives every hyperlink a relationship of its own: 150,000 links to one address
// overflowed the call stack when docx copied them, breaker F16).
import {
  BorderStyle,
  ConcreteHyperlink,
  HeadingLevel,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Document, IParagraphOptions, IRunOptions, ITableCellOptions, ITableOptions, ParagraphChild } from 'docx';
import type { Design, FontChoice } from './designs';
import type { DocxBlock, DocxParagraph, DocxRun, DocxTable } from './docxBlocks';
import { wordLanguage } from './scriptRuns';
import type { CjkLanguage, RunLanguage } from './scriptRuns';
import { xmlSafeText } from './xmlSafeText';
import { rowFitsPage } from './rowFitsPage';

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
export const LIST_INDENT = 360;
const QUOTE_INDENT = 300;

export const hex = (c: string): string => c.replace('#', '').toUpperCase();
export const halfPt = (n: number): number => Math.round(n * 2);
export const twip = (n: number): number => Math.round(n * 20); // points -> twentieths

/** "At least" this many points: the CSS line height, grown by Word if a glyph needs more room. */
export function lineAtLeast(sizePt: number, lineHeight: number): { line: number; lineRule: typeof LineRuleType.AT_LEAST } {
  return { line: twip(sizePt * lineHeight), lineRule: LineRuleType.AT_LEAST };
}

export function fonts(f: FontChoice, cjk: CjkLanguage | null): { ascii: string; hAnsi: string; cs: string; eastAsia: string } {
  return { ascii: f.docx, hAnsi: f.docx, cs: f.docx, eastAsia: cjk ? f.cjk[cjk].docx : f.eastAsia };
}

export const numberingReference = (ordered: boolean, start: number): string => (ordered ? `dossier-numbers-${start}` : 'dossier-bullets');

/** docx's hyperlink relationship type (ECMA-376 Part 1, 15.3). */
const HYPERLINK_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
/** The longest fragment docx writes as a w:anchor rather than in the relationship's target. */
const MAX_ANCHOR_LENGTH = 255;

/**
 * Most distinct link addresses one DOCX holds. docx copies a part's relationships with one spread
 * call (Relationships.copy), which overflows the call stack somewhere past 120,000; a 1 MB
 * document can name about 90,000 distinct short addresses. A real document links to a few dozen.
 */
export const MAX_LINK_TARGETS = 10_000;

/**
 * The relationship target and w:anchor of a hyperlink to `href`, as docx splits them
 * (docx 9, src/file/paragraph/links/external-hyperlink-target.ts: a nonempty fragment of at most
 * 255 characters after a '#' that is not the first character becomes the anchor; Word appends it
 * to the target). tests/unit/export/docxTemplates.test.ts compares the XML with docx's own.
 */
export function hyperlinkTarget(href: string): { target: string; anchor?: string } {
  const index = href.indexOf('#');
  const fragment = href.length - index - 1;
  return index > 0 && fragment > 0 && fragment <= MAX_ANCHOR_LENGTH ? { target: href.slice(0, index), anchor: href.slice(index + 1) } : { target: href };
}

/**
 * One hyperlink relationship per link target, with ids in order of first use ("link1", "link2",
 * …: docx numbers its own relationships rId1, rId2, … so these never collide). Register them on
 * the document once every link has been made.
 */
export class DocxLinks {
  private readonly ids = new Map<string, string>();

  /** The relationship id (without "rId") of `target`, made on first use. */
  idOf(target: string): string {
    let id = this.ids.get(target);
    if (id === undefined) {
      id = `link${this.ids.size + 1}`;
      this.ids.set(target, id);
    }
    return id;
  }

  /** A hyperlink to `href` (already XML-safe) around `children`, sharing its target's relationship. */
  hyperlink(href: string, children: ParagraphChild[]): ConcreteHyperlink {
    const { target, anchor } = hyperlinkTarget(href);
    return new ConcreteHyperlink(children, this.idOf(target), anchor, href);
  }

  /** Adds one external relationship per target to `document`'s main part. Call once. */
  register(document: Document): void {
    for (const [target, id] of this.ids) document.Document.Relationships.addRelationship(id, HYPERLINK_TYPE, target, 'External');
  }
}

/** A paragraph's options without its children, and the run options its runs add. */
export interface ParagraphShape {
  options: IParagraphOptions;
  extra: Partial<IRunOptions>;
  /** Equal for two paragraphs exactly when their options and extra are equal. */
  key: string;
  /** Equal for two paragraphs exactly when their extra run options are equal. */
  runsKey: string;
}

/** A table's options without its rows, its cells' options and their paragraphs' shapes. */
export interface TableShape {
  options: Omit<ITableOptions, 'rows'>;
  cell: (header: boolean) => Omit<ITableCellOptions, 'children'>;
  cellParagraph: (header: boolean) => ParagraphShape;
  /** The thin paragraph written after every table. */
  spacer: ParagraphShape;
  key: string;
}

const flag = (b: boolean | undefined): string => (b ? '1' : '0');

/** Builds docx objects and their options from DOCX blocks, in one design. */
export class DocxObjects {
  constructor(
    private readonly design: Design,
    private readonly body: FontChoice,
    readonly links: DocxLinks = new DocxLinks(),
  ) {}

  /** The run's options, its text as given (the caller makes it XML-safe). */
  runOptions(r: DocxRun, extra: Partial<IRunOptions>, text: string): IRunOptions {
    const cjk = r.lang === 'en' ? null : (r.lang as CjkLanguage);
    return {
      text,
      break: r.breakBefore ? 1 : undefined,
      bold: r.bold,
      italics: r.italics,
      strike: r.strike,
      ...(r.code ? { font: { ascii: MONO, hAnsi: MONO, cs: MONO, eastAsia: fonts(this.body, cjk).eastAsia }, size: halfPt(this.design.bodyPt * 0.9) } : {}),
      ...(cjk ? { language: { value: 'en-US', eastAsia: wordLanguage(r.lang as RunLanguage) }, ...(r.code ? {} : { font: fonts(this.body, cjk) }) } : {}),
      ...(r.link ? { style: 'Hyperlink' } : {}),
      ...extra,
    };
  }

  /** Equal for two runs (with the same extra options) exactly when runOptions gives equal options apart from the text. */
  runKey(r: DocxRun): string {
    return `${flag(r.bold)}${flag(r.italics)}${flag(r.strike)}${flag(r.code)}${flag(r.breakBefore)}${r.link ? 'l' : '-'}${r.lang}`;
  }

  run(r: DocxRun, extra: Partial<IRunOptions> = {}): TextRun {
    return new TextRun(this.runOptions(r, extra, xmlSafeText(r.text)));
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
      out.push(this.links.hyperlink(xmlSafeText(link.href), group));
    }
    return out;
  }

  private indent(b: { indentLevel: number; quoteDepth: number }): number {
    return b.indentLevel * LIST_INDENT + b.quoteDepth * QUOTE_INDENT;
  }

  /** paragraphShape(p).key, without building the options. */
  paragraphKey(p: DocxParagraph): string {
    return `${p.role}|${p.headingLevel ?? ''}|${p.indentLevel}|${p.quoteDepth}|${p.list ? `${flag(p.list.ordered)}.${p.list.start}.${p.list.instance}.${p.list.level}` : ''}`;
  }

  /** The options of `p`'s paragraph (without children) and of its runs. */
  paragraphShape(p: DocxParagraph): ParagraphShape {
    const d = this.design;
    const key = this.paragraphKey(p);
    const indentLeft = this.indent(p);
    const quote =
      p.quoteDepth > 0
        ? { border: { left: { style: BorderStyle.SINGLE, size: 12, color: hex(d.ruleColor), space: 8 } } }
        : {};
    const base: IParagraphOptions = { ...quote };
    const extra: Partial<IRunOptions> = p.quoteDepth > 0 ? { color: hex(d.mutedColor) } : {};
    const runsKey = p.quoteDepth > 0 ? 'q' : '';
    if (p.list) {
      const level = Math.min(8, p.list.level);
      const options: IParagraphOptions = {
        ...base,
        numbering: { reference: numberingReference(p.list.ordered, p.list.start), level, instance: p.list.instance },
        ...(p.quoteDepth > 0 ? { indent: { left: LIST_INDENT * (level + 1) + p.quoteDepth * QUOTE_INDENT, hanging: 280 } } : {}),
        spacing: { after: twip(d.paragraphAfterPt * 0.4) },
      };
      return { options, extra, key, runsKey };
    }
    const indent = indentLeft > 0 ? { indent: { left: indentLeft } } : {};
    switch (p.role) {
      case 'heading':
        return { options: { ...base, ...indent, heading: HEADINGS[(p.headingLevel ?? 3) - 1] }, extra, key, runsKey };
      case 'code':
        return { options: { ...base, ...indent, spacing: { after: twip(d.paragraphAfterPt), ...lineAtLeast(d.bodyPt * 0.9, d.lineHeight) } }, extra, key, runsKey };
      case 'rule':
        return {
          options: {
            ...indent,
            spacing: { before: twip(d.paragraphAfterPt), after: twip(d.paragraphAfterPt), line: twip(1), lineRule: LineRuleType.AT_LEAST },
            border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: hex(d.ruleColor), space: 1 } },
          },
          extra: {},
          key,
          runsKey: '',
        };
      default:
        return { options: { ...base, ...indent, ...(p.indentLevel > 0 ? { spacing: { after: twip(d.paragraphAfterPt * 0.4) } } : {}) }, extra, key, runsKey };
    }
  }

  paragraph(p: DocxParagraph): Paragraph {
    const shape = this.paragraphShape(p);
    // A rule has no text (docxBlocks makes it without runs).
    return new Paragraph({ ...shape.options, children: p.role === 'rule' ? [] : this.children(p.runs, shape.extra) });
  }

  /** The options of `t`'s table, cells and cell paragraphs. */
  tableShape(t: DocxTable): TableShape {
    const d = this.design;
    // Borders and cell margins are the table's (w:tblBorders, w:tblCellMar), not every cell's: a
    // cell's own borders and margins are about 600 bytes of XML, which made a 600 KB two-column
    // table a 122 MB document.xml.
    const border = { style: BorderStyle.SINGLE, size: 4, color: hex(d.ruleColor) };
    const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
    const margins = { top: twip(3), bottom: twip(3), left: twip(5), right: twip(5) };
    const size = Math.max(9.5, d.bodyPt - 0.5);
    const indent = this.indent(t);
    const cellParagraph = (header: boolean): ParagraphShape => ({
      options: { spacing: { after: 0, ...lineAtLeast(size, d.lineHeight) } },
      extra: { size: halfPt(size), ...(header ? { color: hex(d.headingColor) } : {}) },
      key: header ? 'th' : 'td',
      runsKey: header ? 'th' : 'td',
    });
    return {
      options: { width: { size: 100, type: WidthType.PERCENTAGE }, borders, margins, ...(indent > 0 ? { indent: { size: indent, type: WidthType.DXA } } : {}) },
      cell: (header) => ({
        ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: d.id === 'classic' ? 'F1F3F7' : 'E8F1F5' } } : {}),
      }),
      cellParagraph,
      // Word tables carry no space after them: a small spacer keeps the next paragraph off the border.
      spacer: { options: { spacing: { before: 0, after: 0, line: twip(d.paragraphAfterPt + 2), lineRule: LineRuleType.EXACT } }, extra: {}, key: 'spacer', runsKey: '' },
      key: `${indent}`,
    };
  }

  table(t: DocxTable): (Table | Paragraph)[] {
    const shape = this.tableShape(t);
    const cell = (runs: DocxRun[], header: boolean): TableCell => {
      const p = shape.cellParagraph(header);
      return new TableCell({ ...shape.cell(header), children: [new Paragraph({ ...p.options, children: this.children(runs, p.extra) })] });
    };
    return [
      new Table({
        ...shape.options,
        rows: [
          new TableRow({ tableHeader: true, cantSplit: rowFitsPage(t.header), children: t.header.map((c) => cell(c, true)) }),
          ...t.rows.map((r) => new TableRow({ cantSplit: rowFitsPage(r), children: r.map((c) => cell(c, false)) })),
        ],
      }),
      new Paragraph({ ...shape.spacer.options, children: [] }),
    ];
  }

  /** docx objects of one block. */
  block(b: DocxBlock): (Table | Paragraph)[] {
    return b.kind === 'table' ? this.table(b) : [this.paragraph(b)];
  }
}
