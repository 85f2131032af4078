// Builds the DOCX from the same marked tokens as the HTML: Word heading styles (navigation pane),
// real bulleted/numbered lists, tables, bold/italic, safe links, page size and margins,
// header/footer with candidate, company and date, core properties and East Asian fonts.
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
import type { IRunOptions, ParagraphChild } from 'docx';
import type { Token, Tokens } from 'marked';
import type { ParsedDocument } from './parseDocument';
import type { Design, FontChoice } from './designs';
import { pageInches } from './designs';
import type { ExportMeta } from './exportMeta';
import { headerLine, longDate } from './exportMeta';
import { safeHref } from './safeHref';
import { htmlToText } from './htmlToText';
import { shiftedDepth } from './tokensToHtml';
import { withoutRawContent } from './withoutRawContent';

type RunStyle = { bold?: boolean; italics?: boolean; strike?: boolean; code?: boolean };
type HeadingValue = (typeof HeadingLevel)[keyof typeof HeadingLevel];

const HEADINGS: HeadingValue[] = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

const hex = (c: string): string => c.replace('#', '').toUpperCase();
const pt = (n: number): number => Math.round(n * 2); // half-points
const twip = (n: number): number => Math.round(n * 20); // points -> twentieths

function font(f: FontChoice): { ascii: string; hAnsi: string; cs: string; eastAsia: string } {
  return { ascii: f.docx, hAnsi: f.docx, cs: f.docx, eastAsia: f.eastAsia };
}

/** Walks the tokens once, keeping the numbering instance counter for restarting numbered lists. */
class DocxWriter {
  private numberedLists = 0;
  constructor(private readonly design: Design) {}

  runs(tokens: Token[] | undefined, style: RunStyle = {}): ParagraphChild[] {
    if (!tokens) return [];
    return withoutRawContent(tokens).flatMap((t) => this.inline(t, style));
  }

  private text(text: string, style: RunStyle): TextRun[] {
    if (text === '') return [];
    const opts: IRunOptions = {
      text,
      bold: style.bold,
      italics: style.italics,
      strike: style.strike,
      ...(style.code ? { font: { ascii: 'Consolas', hAnsi: 'Consolas', cs: 'Consolas', eastAsia: this.design.body.eastAsia } } : {}),
    };
    return [new TextRun(opts)];
  }

  private inline(t: Token, style: RunStyle): ParagraphChild[] {
    switch (t.type) {
      case 'text': {
        const tt = t as Tokens.Text;
        return tt.tokens && tt.tokens.length > 0 ? this.runs(tt.tokens, style) : this.text(tt.text, style);
      }
      case 'escape':
        return this.text((t as Tokens.Escape).text, style);
      case 'strong':
        return this.runs((t as Tokens.Strong).tokens, { ...style, bold: true });
      case 'em':
        return this.runs((t as Tokens.Em).tokens, { ...style, italics: true });
      case 'del':
        return this.runs((t as Tokens.Del).tokens, { ...style, strike: true });
      case 'codespan':
        return this.text((t as Tokens.Codespan).text, { ...style, code: true });
      case 'br':
        return [new TextRun({ break: 1 })];
      case 'link': {
        const l = t as Tokens.Link;
        const href = safeHref(l.href);
        if (!href) return this.runs(l.tokens, style);
        return [new ExternalHyperlink({ link: href, children: this.linkRuns(l.tokens, style) })];
      }
      case 'image':
        return this.text((t as Tokens.Image).text, style);
      case 'html':
        return this.text(htmlToText((t as Tokens.Tag).text), style);
      case 'checkbox':
        return this.text((t as Tokens.Checkbox).checked ? '☑ ' : '☐ ', style);
      default:
        return 'tokens' in t && Array.isArray(t.tokens) ? this.runs(t.tokens as Token[], style) : this.text(String(t.raw ?? ''), style);
    }
  }

  /** Link text as runs in the Hyperlink character style (flattened: links hold plain runs). */
  private linkRuns(tokens: Token[], style: RunStyle): TextRun[] {
    const plain = tokens.map((t) => ('text' in t && typeof t.text === 'string' ? t.text : '')).join('');
    return [new TextRun({ text: plain, style: 'Hyperlink', bold: style.bold, italics: style.italics })];
  }

  blocks(tokens: Token[], indentLevel = 0): (Paragraph | Table)[] {
    return tokens.flatMap((t) => this.block(t, indentLevel));
  }

  private block(t: Token, level: number): (Paragraph | Table)[] {
    const d = this.design;
    switch (t.type) {
      case 'heading': {
        const h = t as Tokens.Heading;
        return [new Paragraph({ heading: HEADINGS[shiftedDepth(h.depth) - 1], children: this.runs(h.tokens) })];
      }
      case 'paragraph':
        return [new Paragraph({ children: this.runs((t as Tokens.Paragraph).tokens) })];
      case 'text': {
        const tt = t as Tokens.Text;
        return [new Paragraph({ children: tt.tokens ? this.runs(tt.tokens) : this.text(tt.text, {}) })];
      }
      case 'list':
        return this.list(t as Tokens.List, level);
      case 'blockquote':
        return (t as Tokens.Blockquote).tokens.flatMap((child) =>
          child.type === 'paragraph'
            ? [
                new Paragraph({
                  indent: { left: 300 },
                  border: { left: { style: BorderStyle.SINGLE, size: 12, color: hex(d.ruleColor), space: 8 } },
                  children: this.runs((child as Tokens.Paragraph).tokens, { italics: true }),
                }),
              ]
            : this.block(child, level),
        );
      case 'code':
        return (t as Tokens.Code).text.split('\n').map(
          (line) => new Paragraph({ spacing: { after: 0 }, children: this.text(line || ' ', { code: true }) }),
        );
      case 'table':
        // Word tables carry no space after them: a small spacer keeps the next paragraph off the border.
        return [this.table(t as Tokens.Table), new Paragraph({ spacing: { before: 0, after: 0, line: 160 }, children: [] })];
      case 'hr':
        return [
          new Paragraph({
            border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: hex(d.ruleColor), space: 1 } },
            children: [],
          }),
        ];
      case 'html': {
        const text = htmlToText((t as Tokens.HTML).text).trim();
        return text ? [new Paragraph({ children: this.text(text, {}) })] : [];
      }
      case 'space':
      case 'def':
        return [];
      default:
        return 'tokens' in t && Array.isArray(t.tokens) ? [new Paragraph({ children: this.runs(t.tokens as Token[]) })] : [];
    }
  }

  private list(l: Tokens.List, level: number): (Paragraph | Table)[] {
    const reference = l.ordered ? 'dossier-numbers' : 'dossier-bullets';
    const instance = l.ordered ? ++this.numberedLists : 0;
    const lvl = Math.min(level, 8);
    const out: (Paragraph | Table)[] = [];
    for (const item of l.items) {
      const box = item.task ? (item.checked ? '☑ ' : '☐ ') : '';
      let first = true;
      for (const child of item.tokens) {
        if (child.type === 'checkbox') continue;
        if (child.type === 'list') {
          out.push(...this.list(child as Tokens.List, level + 1));
          continue;
        }
        const inlineTokens =
          child.type === 'text' || child.type === 'paragraph' ? ((child as Tokens.Text).tokens ?? null) : null;
        if (first && (inlineTokens || child.type === 'text')) {
          const runs = [...(box ? this.text(box, {}) : []), ...(inlineTokens ? this.runs(inlineTokens) : this.text((child as Tokens.Text).text, {}))];
          out.push(
            new Paragraph({
              numbering: l.ordered ? { reference, level: lvl, instance } : { reference, level: lvl },
              spacing: { after: twip(this.design.paragraphAfterPt * 0.4) },
              children: runs,
            }),
          );
          first = false;
        } else {
          out.push(...this.block(child, level + 1));
        }
      }
    }
    return out;
  }

  private table(tb: Tokens.Table): Table {
    const d = this.design;
    const border = { style: BorderStyle.SINGLE, size: 4, color: hex(d.ruleColor) };
    const borders = { top: border, bottom: border, left: border, right: border };
    const margins = { top: 50, bottom: 50, left: 90, right: 90 };
    const cell = (c: Tokens.TableCell, header: boolean): TableCell =>
      new TableCell({
        borders,
        margins,
        ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: d.id === 'classic' ? 'F1F3F7' : 'E8F1F5' } } : {}),
        children: [new Paragraph({ spacing: { after: 0 }, children: this.runs(c.tokens, header ? { bold: true } : {}) })],
      });
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: tb.header.map((c) => cell(c, true)) }),
        ...tb.rows.map((r) => new TableRow({ children: r.map((c) => cell(c, false)) })),
      ],
    });
  }
}

function listLevels(ordered: boolean): {
  level: number;
  format: (typeof LevelFormat)[keyof typeof LevelFormat];
  text: string;
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType];
  style: { paragraph: { indent: { left: number; hanging: number } } };
}[] {
  const bullets = ['•', '◦', '▪'];
  return Array.from({ length: 9 }, (_, i) => ({
    level: i,
    format: ordered ? (i % 3 === 1 ? LevelFormat.LOWER_LETTER : i % 3 === 2 ? LevelFormat.LOWER_ROMAN : LevelFormat.DECIMAL) : LevelFormat.BULLET,
    text: ordered ? `%${i + 1}.` : (bullets[i % 3] ?? '•'),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 360 * (i + 1), hanging: 260 } } },
  }));
}

export async function renderDocx(doc: ParsedDocument, meta: ExportMeta, design: Design): Promise<Uint8Array> {
  const d = design;
  const writer = new DocxWriter(d);
  const lang = { value: 'en-US', eastAsia: 'zh-CN' };
  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(doc.title)] }),
  ];
  const byline = [meta.candidateName.trim(), meta.companyName.trim() ? `for ${meta.companyName.trim()}` : '', longDate(meta.date)]
    .filter((s) => s !== '')
    .join(' · ');
  body.push(
    new Paragraph({
      spacing: { after: twip(d.sectionBeforePt * 0.6) },
      children: [new TextRun({ text: byline, color: hex(d.mutedColor), size: pt(Math.max(9, d.bodyPt - 1.5)) })],
    }),
  );
  for (const s of doc.sections) {
    if (s.label) body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(s.label)] }));
    if (s.prompt) {
      body.push(new Paragraph({ children: [new TextRun({ text: s.prompt, italics: true, color: hex(d.mutedColor) })] }));
    }
    body.push(...writer.blocks(s.tokens));
  }

  const small = { size: pt(8), color: hex(d.mutedColor) };
  const page = pageInches(meta.pageSize);
  const contentWidthTwip = convertInchesToTwip(page.width - d.marginsIn.left - d.marginsIn.right);
  const header = new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: contentWidthTwip }],
        children: [new TextRun({ text: headerLine(meta), ...small }), new TextRun({ text: `\t${longDate(meta.date)}`, ...small })],
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], ...small }),
        ],
      }),
    ],
  });

  const headingRun = (sizePt: number, extra: Record<string, unknown> = {}) => ({
    font: font(d.heading),
    size: pt(sizePt),
    color: hex(d.headingColor),
    ...extra,
  });
  const h2Paragraph =
    d.sectionStyle === 'rule'
      ? { border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: hex(d.ruleColor), space: 1 } } }
      : {};

  const document = new Document({
    title: doc.title,
    creator: meta.candidateName.trim() || 'Dossier',
    lastModifiedBy: meta.candidateName.trim() || 'Dossier',
    subject: meta.companyName,
    description: `${doc.templateName}${meta.companyName ? ` for ${meta.companyName}` : ''}, exported by Dossier`,
    styles: {
      default: {
        document: {
          run: { font: font(d.body), size: pt(d.bodyPt), color: hex(d.textColor), language: lang },
          paragraph: { spacing: { after: twip(d.paragraphAfterPt), line: Math.round(240 * d.lineHeight) } },
        },
        heading1: {
          run: headingRun(d.titlePt, { bold: d.id !== 'classic' }),
          paragraph: { spacing: { before: 0, after: twip(3), line: 240 }, keepNext: true },
        },
        heading2: {
          run: headingRun(d.h2Pt, { bold: true }),
          paragraph: {
            spacing: { before: twip(d.sectionBeforePt), after: twip(d.paragraphAfterPt * 0.6 + 1), line: 240 },
            keepNext: true,
            ...h2Paragraph,
          },
        },
        heading3: {
          run: headingRun(d.h3Pt, { bold: true }),
          paragraph: { spacing: { before: twip(d.paragraphAfterPt + 2), after: twip(d.paragraphAfterPt * 0.5) }, keepNext: true },
        },
        heading4: { run: headingRun(d.h3Pt, { bold: true, italics: true }), paragraph: { keepNext: true } },
        hyperlink: { run: { color: hex(d.headingColor), underline: {} } },
      },
    },
    numbering: {
      config: [
        { reference: 'dossier-bullets', levels: listLevels(false) },
        { reference: 'dossier-numbers', levels: listLevels(true) },
      ],
    },
    sections: [
      {
        properties: {
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
        headers: { default: header },
        footers: { default: footer },
        children: body,
      },
    ],
  });
  const buf = await Packer.toBuffer(document);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
