// The XML of the DOCX body, with docx writing one object per shape instead of one per block.
// docx builds every run, paragraph, cell and row as a tree of component objects before it writes
// a byte: 1 MB of short list items made some 3 million objects (11 s of CPU, 650 MB), and one
// 2,000-row table 300,000. But a run's XML is a pure function of its style, language and text,
// a paragraph's of its role, list mark, indent and quote depth plus its runs, a table row's of the
// table's shape plus its cells. So docx makes each distinct shape once, with marker text where
// the per-block values go (a run's text, a paragraph's runs, a hyperlink's relationship id), and
// its XML, cut at the markers, is filled for every block of that shape. docx still writes every
// element and attribute (and registers each list instance on the document when it first writes a
// paragraph of that list); the text is escaped as docx escapes it (docxBodyXml.escapeXml).
// tests/unit/export/docxBody.test.ts compares whole packages with docx's own output.
import { ConcreteHyperlink, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type { Document, IContext } from 'docx';
import type { DocxBlock, DocxParagraph, DocxRun, DocxTable } from './docxBlocks';
import type { DocxObjects, ParagraphShape } from './docxObjects';
import { hyperlinkTarget } from './docxObjects';
import { escapeXml, xmlOf } from './docxBodyXml';
import { xmlSafeText } from './xmlSafeText';
import { rowFitsPage } from './rowFitsPage';

/** A row's keep-together property as docx writes it (removed for a row too tall to keep). */
const KEEP_ROW = '<w:cantSplit/>';

/** The marker for slot `i`: U+FFFF never reaches the XML from a document (xmlSafeText drops it). */
const mark = (i: number): string => `\uFFFF${i}\uFFFF`;
const MARKS = /\uFFFF(\d+)\uFFFF/;

/** XML cut at its slots: parts[0], values[slots[0]], parts[1], values[slots[1]], …, parts[last]. */
interface Template {
  parts: string[];
  slots: number[];
}

function fill(t: Template, values: readonly string[]): string {
  let out = t.parts[0] as string;
  for (let i = 0; i < t.slots.length; i++) out += (values[t.slots[i] as number] as string) + (t.parts[i + 1] as string);
  return out;
}

/** `xml` cut at its markers; throws unless each of slots 0..count-1 occurs exactly once. */
function cut(xml: string, count: number): Template {
  const pieces = xml.split(MARKS);
  const parts: string[] = [];
  const slots: number[] = [];
  pieces.forEach((piece, i) => (i % 2 === 0 ? parts.push(piece) : slots.push(Number(piece))));
  const sorted = [...slots].sort((a, b) => a - b);
  if (sorted.length !== count || sorted.some((s, i) => s !== i)) throw new Error(`A DOCX template has slots [${slots.join(', ')}], not 0-${count - 1}.`);
  return { parts, slots };
}

/** docx objects written per shape; see the top of this file. */
export class DocxTemplates {
  private readonly context: IContext;
  private readonly cache = new Map<string, Template>();
  /** Paragraph templates with the shape they were made from, by paragraph key. */
  private readonly paragraphs = new Map<string, { template: Template; shape: ParagraphShape }>();
  private readonly markerRuns: string[] = [];
  /** Templates made (docx objects written): bounded by the document's distinct shapes, not its length. */
  templatesMade = 0;

  constructor(
    document: Document,
    private readonly objects: DocxObjects,
  ) {
    this.context = { file: document, viewWrapper: document.Document, stack: [] };
  }

  /** The XML of `component`, written by docx in the document's context. */
  private xml(component: { prepForXml(context: IContext): object | undefined }): string {
    const formatted = component.prepForXml(this.context);
    return formatted ? xmlOf(formatted as Record<string, unknown>) : '';
  }

  /** A plain run whose text is marker `i`, and its XML (which `wholeRun` turns into the marker). */
  private markerRun(i: number): TextRun {
    return new TextRun(mark(i));
  }

  /** `xml` with the XML of marker run `i` (which must occur once) replaced by marker `i`. */
  private wholeRun(xml: string, i: number): string {
    const run = (this.markerRuns[i] ??= this.xml(this.markerRun(i)));
    const at = xml.indexOf(run);
    if (at < 0 || xml.indexOf(run, at + 1) >= 0) throw new Error(`A DOCX template does not hold marker run ${i} once.`);
    return xml.slice(0, at) + mark(i) + xml.slice(at + run.length);
  }

  private template(key: string, make: () => string, slots: number): Template {
    let t = this.cache.get(key);
    if (t === undefined) {
      t = cut(make(), slots);
      this.cache.set(key, t);
      this.templatesMade++;
    }
    return t;
  }

  /** The XML of `runs`, consecutive runs of one link inside one hyperlink (as DocxObjects.children). */
  runsXml(runs: readonly DocxRun[], extra: Parameters<DocxObjects['runOptions']>[1], extraKey: string): string {
    let out = '';
    let i = 0;
    while (i < runs.length) {
      const r = runs[i] as DocxRun;
      if (!r.link) {
        out += this.runXml(r, extra, extraKey);
        i++;
        continue;
      }
      const link = r.link;
      let inner = '';
      while (i < runs.length && (runs[i] as DocxRun).link === link) inner += this.runXml(runs[i++] as DocxRun, extra, extraKey);
      const { target, anchor } = hyperlinkTarget(xmlSafeText(link.href));
      const id = this.objects.links.idOf(target);
      const t =
        anchor === undefined
          ? this.template('a', () => this.wholeRun(this.xml(new ConcreteHyperlink([this.markerRun(0)], mark(1))), 0), 2)
          : this.template('a#', () => this.wholeRun(this.xml(new ConcreteHyperlink([this.markerRun(0)], mark(1), mark(2), '#')), 0), 3);
      out += fill(t, [inner, id, anchor === undefined ? '' : escapeXml(anchor)]);
    }
    return out;
  }

  private runXml(r: DocxRun, extra: Parameters<DocxObjects['runOptions']>[1], extraKey: string): string {
    const t = this.template(`r${extraKey}|${this.objects.runKey(r)}`, () => this.xml(new TextRun(this.objects.runOptions(r, extra, mark(0)))), 1);
    return fill(t, [escapeXml(xmlSafeText(r.text))]);
  }

  paragraphXml(p: DocxParagraph): string {
    const empty = p.role === 'rule' || p.runs.length === 0;
    const key = `${empty ? 'p0' : 'p'}|${this.objects.paragraphKey(p)}`;
    let known = this.paragraphs.get(key);
    if (known === undefined) {
      const shape = this.objects.paragraphShape(p);
      const template = empty
        ? this.template(key, () => this.xml(new Paragraph({ ...shape.options, children: [] })), 0)
        : this.template(key, () => this.wholeRun(this.xml(new Paragraph({ ...shape.options, children: [this.markerRun(0)] })), 0), 1);
      known = { template, shape };
      this.paragraphs.set(key, known);
    }
    return empty ? fill(known.template, []) : fill(known.template, [this.runsXml(p.runs, known.shape.extra, known.shape.runsKey)]);
  }

  /**
   * The table's XML: docx writes a table of the same shape with one header row and one body row,
   * each cell holding a marker; that XML is cut into the table's opening, the header row, the
   * body row and the closing, and the rows are filled for each row. A table with a row of another
   * width than its header (docxBlocks does not make one) is written by docx whole.
   */
  tableXml(t: DocxTable): string {
    const shape = this.objects.tableShape(t);
    const n = t.header.length;
    if (n === 0 || t.rows.some((r) => r.length !== n)) return this.objects.table(t).map((o) => this.xml(o)).join('');
    const cells = (header: boolean, first: number): TableCell[] =>
      Array.from({ length: n }, (_, k) => new TableCell({ ...shape.cell(header), children: [new Paragraph({ ...shape.cellParagraph(header).options, children: [this.markerRun(first + k)] })] }));
    const key = `t|${shape.key}|${n}`;
    let opening = this.cache.get(`${key}|open`);
    if (opening === undefined) {
      let xml = this.xml(
        new Table({
          ...shape.options,
          rows: [new TableRow({ tableHeader: true, cantSplit: true, children: cells(true, 0) }), new TableRow({ cantSplit: true, children: cells(false, n) })],
        }),
      );
      for (let k = 0; k < 2 * n; k++) xml = this.wholeRun(xml, k);
      const head = xml.indexOf('<w:tr>');
      const body = xml.indexOf('<w:tr>', head + 1);
      const end = xml.lastIndexOf('</w:tr>') + '</w:tr>'.length;
      if (head < 0 || body < 0 || end < body) throw new Error('A DOCX table template does not hold two rows.');
      // Body markers n..2n-1 become 0..n-1, so both rows are filled with one row's cells.
      const bodyRow = xml.slice(body, end).replace(/\uFFFF(\d+)\uFFFF/g, (_m, k: string) => mark(Number(k) - n));
      const headRow = xml.slice(head, body);
      this.cache.set(`${key}|head`, cut(headRow, n));
      this.cache.set(`${key}|body`, cut(bodyRow, n));
      // The same rows free to break across pages, for a row too tall to keep together (rowFitsPage.ts).
      this.cache.set(`${key}|head-split`, cut(headRow.replace(KEEP_ROW, ''), n));
      this.cache.set(`${key}|body-split`, cut(bodyRow.replace(KEEP_ROW, ''), n));
      this.cache.set(`${key}|close`, cut(xml.slice(end), 0));
      opening = cut(xml.slice(0, head), 0);
      this.cache.set(`${key}|open`, opening);
      this.templatesMade++;
    }
    const row = (part: 'head' | 'body', cells: DocxRun[][]) => this.cache.get(`${key}|${part}${rowFitsPage(cells) ? '' : '-split'}`) as Template;
    const close = this.cache.get(`${key}|close`) as Template;
    const th = shape.cellParagraph(true);
    const td = shape.cellParagraph(false);
    let out = fill(opening, []) + fill(row('head', t.header), t.header.map((c) => this.runsXml(c, th.extra, th.runsKey)));
    for (const cells of t.rows) out += fill(row('body', cells), cells.map((c) => this.runsXml(c, td.extra, td.runsKey)));
    out += fill(close, []);
    return out + fill(this.template('spacer', () => this.xml(new Paragraph({ ...shape.spacer.options, children: [] })), 0), []);
  }

  blockXml(b: DocxBlock): string {
    return b.kind === 'table' ? this.tableXml(b) : this.paragraphXml(b);
  }

  /** The XML of a docx object made outside the templates (the title, byline and section headings). */
  objectXml(o: Paragraph | Table): string {
    return this.xml(o);
  }
}
