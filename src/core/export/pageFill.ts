// How full the printed page is, estimated from the layout instead of a word count: the export's
// own print CSS (renderHtmlPage.ts) replayed block by block, with the fonts' real advance widths.
// A word budget cannot see that a heading, a short bullet or a blank line between paragraphs takes
// a whole line; this does. One implementation, used by the word-budget rule and the editor's
// counter (through src/shared), so the warning and the counter agree; the exported PDF stays
// the final judge. Pure: no DOM, no Chromium.
//
// Blocks are read from the Markdown source line by line (blockLines below), not with marked: an
// estimate needs each block's kind and visible length, and lexing costs 0.4–1.5 ms a check, which
// the editor's per-key check cannot spare; the scan costs microseconds.
import { designFor, pageInches } from './designs';
import type { Design } from './designs';
import { withoutNoteLines } from './withoutNoteLines';
import { PREAMBLE_KEY, writtenHeading } from '../document/types';
import type { PageSize } from '../workspace/schemas';

/**
 * Advance widths (1/1000 em) of ASCII 32–126 in Liberation Serif and Liberation Sans, regular and
 * bold: the metrics of Times New Roman and Arial (the fonts are metric-compatible, designs.ts),
 * measured in Chromium with canvas measureText at 1000 px.
 */
const WIDTHS = {
  serif: [
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278,
    564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944,
    722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389,
    278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
  ],
  serifBold: [
    250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333,
    570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000,
    722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389,
    333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
  ],
  sans: [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278,
    584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944,
    667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
    278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
  ],
  sansBold: [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333,
    584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944,
    667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556,
    333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
  ],
} as const;

type Face = keyof typeof WIDTHS;

const PT_PER_IN = 72;
/** East Asian wide characters (CJK ideographs, kana, Hangul, full-width forms): 1 em, a line may break before any. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/** Width in em of one UTF-16 code unit in a face (other scripts: 1 em if wide, else 0.55 em; a low surrogate 0). */
function unitEm(code: number, face: readonly number[]): number {
  if (code >= 32 && code < 127) return (face[code - 32] ?? 500) / 1000;
  if (code >= 0xdc00 && code <= 0xdfff) return 0;
  return isWide(code) ? 1 : 0.55;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x3000;
}

/**
 * Lines `text` takes when wrapped greedily at `widthEm` (ems of the font size): words break at
 * spaces, wide (CJK) characters anywhere, and a word longer than a line anywhere (the print CSS
 * has overflow-wrap: anywhere). 0 for text without a visible character. Linear in the text.
 */
export function wrappedLines(text: string, widthEm: number, faceName: Face): number {
  if (widthEm <= 0) return 0;
  const face = WIDTHS[faceName];
  const space = unitEm(32, face);
  let lines = 0;
  let x = 0; // width used on the current line, spaces before the word included
  let word = 0; // width of the word being read
  let gap = 0; // space owed before the word being read
  const place = (w: number): void => {
    if (lines === 0) lines = 1;
    if (x > 0 && x + gap + w > widthEm + 1e-6) {
      lines += 1;
      x = 0;
    } else if (x > 0) x += gap;
    while (w > widthEm) {
      w -= widthEm;
      lines += 1;
    }
    x += w;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (word > 0) {
        place(word);
        word = 0;
        gap = 0;
      }
      if (x > 0) gap = space;
      continue;
    }
    if (isWide(code)) {
      if (word > 0) {
        place(word);
        word = 0;
        gap = 0;
      }
      place(1);
      gap = 0;
      continue;
    }
    word += unitEm(code, face);
  }
  if (word > 0) place(word);
  return lines;
}

export interface PageFill {
  /** Estimated height of the document's content, in points. */
  usedPt: number;
  /** Printable height of one page, in points. */
  pagePt: number;
  /** usedPt / pagePt: 1 is exactly one full page. */
  pages: number;
  /** Height of one body line, in points (to say "about N lines over"). */
  linePt: number;
}

/** One block of a section as printed: a paragraph, list item, heading, table row, code line, quote or rule. */
export interface Block {
  kind: 'p' | 'li' | 'h' | 'row' | 'code' | 'quote' | 'hr';
  /** Visible text, Markdown markup removed. */
  text: string;
  /** List nesting (0 outside lists), from the item's indent. */
  depth: number;
  /** For a list item: the first of its list. */
  first?: boolean;
  /** For a table row: its number of cells. */
  cells?: number;
}

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const HEADING = /^[ \t]{0,3}#{1,6}(?:[ \t]+|$)/;
const ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const RULE = /^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-{1,}:?[ \t]*(\|[ \t]*:?-{1,}:?[ \t]*)*\|?[ \t]*$/;

/** Markdown inline markup removed: links and images keep their text, emphasis and code marks go, tags go. */
export function visibleText(md: string): string {
  return md
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>\n]{1,200}>/g, '')
    .replace(/(\*\*|__|~~|`)/g, '')
    .replace(/(^|[\s(])[*_](?=\S)|(?<=\S)[*_](?=[\s).,;:!?]|$)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/**
 * A section's Markdown as printed blocks, read line by line (CommonMark's block rules, simplified:
 * lazy continuation lines join the paragraph or item above, setext underlines count as rules).
 * Linear in the text.
 */
export function blockLines(markdown: string): Block[] {
  const out: Block[] = [];
  let para: Block | null = null; // the paragraph or item a plain line continues
  let fence: string | null = null;
  let prevItem = false;
  let tableCells = 0;
  for (const line of withoutNoteLines(markdown).split('\n')) {
    const f = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (f && f[0] === fence[0] && f.length >= fence.length) fence = null;
      else out.push({ kind: 'code', text: line, depth: 0 });
      continue;
    }
    if (f) {
      fence = f;
      para = null;
      continue;
    }
    if (line.trim() === '') {
      para = null;
      tableCells = 0;
      continue;
    }
    if (RULE.test(line)) {
      out.push({ kind: 'hr', text: '', depth: 0 });
      para = null;
      prevItem = false;
      continue;
    }
    if (HEADING.test(line)) {
      out.push({ kind: 'h', text: visibleText(line.replace(HEADING, '').replace(/[ \t]#+[ \t]*$/, '')), depth: 0 });
      para = null;
      prevItem = false;
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      const depth = Math.floor((item[1] ?? '').replace(/\t/g, '    ').length / 2);
      para = { kind: 'li', text: visibleText(line.slice(item[0].length)), depth, first: !prevItem };
      out.push(para);
      prevItem = true;
      continue;
    }
    if (line.includes('|') && (tableCells > 0 || TABLE_SEPARATOR.test(line))) {
      if (TABLE_SEPARATOR.test(line)) {
        // the header row was read as a paragraph: it becomes the table's first row
        const head = out[out.length - 1];
        tableCells = line.split('|').filter((c) => c.trim() !== '').length;
        if (head && head.kind === 'p') {
          head.kind = 'row';
          head.cells = tableCells;
        }
      } else out.push({ kind: 'row', text: visibleText(line.replace(/\|/g, ' ')), depth: 0, cells: tableCells });
      para = null;
      continue;
    }
    const quote = /^[ \t]{0,3}>[ \t]?/.exec(line);
    if (quote) {
      const text = visibleText(line.slice(quote[0].length));
      if (para && para.kind === 'quote' && text !== '') para.text += ` ${text}`;
      else if (text !== '') {
        para = { kind: 'quote', text, depth: 0 };
        out.push(para);
      } else para = null;
      continue;
    }
    if (para) {
      para.text += ` ${visibleText(line)}`;
      continue;
    }
    prevItem = false;
    para = { kind: 'p', text: visibleText(line), depth: 0 };
    out.push(para);
  }
  return out;
}

/** One printed box of a section: [space before, height, space after] in points (margins collapse in Column). */
type Box = readonly [number, number, number];

/**
 * The boxes of one section in `design` at a text width of `widthPt`: its heading, then each block.
 * Pure; estimatePageFill keeps them per section text (boxMemo), so an estimate while typing
 * measures again only the section that changed.
 */
function sectionBoxes(
  section: { label: string; text: string },
  design: Design,
  widthPt: number,
  lines: (text: string, indentPt: number, face?: Face, sizePt?: number) => number,
): Box[] {
  const out: Box[] = [];
  const col = { block: (top: number, height: number, bottom: number) => void out.push([top, height, bottom]) };
  const body: Face = design.body.generic === 'serif' ? 'serif' : 'sans';
  const bold: Face = design.heading.generic === 'serif' ? 'serifBold' : 'sansBold';
  const linePt = design.bodyPt * design.lineHeight;
  const after = design.paragraphAfterPt;
  const blocks = blockLines(section.text);
  if (blocks.length === 0) return out;
  if (section.label) {
    const rule = design.sectionStyle === 'rule' ? 1.5 + 0.75 : 0;
    col.block(design.sectionBeforePt, Math.max(1, lines(section.label, 0, bold, design.h2Pt)) * design.h2Pt * 1.2 + rule, after * 0.6 + 1);
  }
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    const next = blocks[i + 1];
    switch (b.kind) {
      case 'h':
        col.block(after + 2, Math.max(1, lines(b.text, 0, bold, design.h3Pt)) * design.h3Pt * 1.25, after * 0.5);
        break;
      case 'li': {
        const indent = (b.depth + 1) * 1.35 * design.bodyPt;
        const last = !next || next.kind !== 'li' || (next.first ?? false);
        col.block(b.first ? 0 : after * 0.4, Math.max(1, lines(b.text, indent)) * linePt, last ? after : after * 0.4);
        break;
      }
      case 'row': {
        const sizePt = Math.max(9.5, design.bodyPt - 0.5);
        const cells = Math.max(1, b.cells ?? 1);
        // each cell gets an equal share; the row is as tall as its text spread over the cells
        const rowLines = Math.max(1, Math.ceil(wrappedLines(b.text, (widthPt / cells - 10) / sizePt, body) / cells));
        const firstRow = blocks[i - 1]?.kind !== 'row';
        const lastRow = next?.kind !== 'row';
        col.block(firstRow ? 2 : 0, rowLines * sizePt * design.lineHeight + 6.75, lastRow ? after + 2 : 0);
        break;
      }
      case 'code':
        col.block(0, Math.max(1, Math.ceil((b.text.length * 0.6 * 0.9 * design.bodyPt) / widthPt)) * linePt, next?.kind === 'code' ? 0 : after);
        break;
      case 'quote':
        col.block(0, Math.max(1, lines(b.text, 12)) * linePt, after);
        break;
      case 'hr':
        col.block(after, 0.75, after);
        break;
      default:
        col.block(0, Math.max(1, lines(b.text, 0)) * linePt, after);
    }
  }
  return out;
}

/** Characters of section text a design's box memo may hold before it starts over (bounds memory). */
const BOX_MEMO_CHARS = 2_000_000;
const boxMemos = new WeakMap<Design, Map<PageSize, { chars: number; boxes: Map<string, Box[]> }>>();

/** The section boxes already measured for `design` on `pageSize`, by heading and text. */
function boxMemo(design: Design, pageSize: PageSize): { get: (key: string) => Box[] | undefined; set: (key: string, boxes: Box[]) => void } {
  let bySize = boxMemos.get(design);
  if (!bySize) {
    bySize = new Map();
    boxMemos.set(design, bySize);
  }
  let memo = bySize.get(pageSize);
  if (!memo) {
    memo = { chars: 0, boxes: new Map() };
    bySize.set(pageSize, memo);
  }
  const m = memo;
  return {
    get: (key) => m.boxes.get(key),
    set: (key, boxes) => {
      if (m.chars + key.length > BOX_MEMO_CHARS) {
        m.boxes.clear();
        m.chars = 0;
      }
      m.boxes.set(key, boxes);
      m.chars += key.length;
    },
  };
}

/** A block's neighbour-collapsing margins (CSS), in a column of text. */
class Column {
  used = 0;
  private pending = 0;
  block(top: number, height: number, bottom: number): void {
    this.used += Math.max(this.pending, top) + height;
    this.pending = bottom;
  }
}

/** What the estimate reads of a document: its title and its sections in print order. */
export interface PageFillInput {
  title: string;
  /** Sections in print order; a label '' prints no heading. Empty sections are skipped. */
  sections: { label: string; text: string }[];
}

/**
 * How much of a printed page `doc` fills in `design` on `pageSize`, following renderHtmlPage's
 * print CSS: title and byline, each section heading (its space before, rule and space after),
 * paragraphs and list items wrapped at the text width with the fonts' advance widths, spacing
 * after each, table rows, quotes and code lines; margins collapse as in CSS. Measured against
 * Chromium's PDF on the gold documents and grown drafts: `npm run bench -- pagefill`
 * (docs/page-estimate.md). Linear in the text.
 */
export function estimatePageFill(doc: PageFillInput, design: Design, pageSize: PageSize): PageFill {
  const page = pageInches(pageSize);
  const m = design.marginsIn;
  const widthPt = (page.width - m.left - m.right) * PT_PER_IN;
  const pagePt = (page.height - m.top - m.bottom) * PT_PER_IN;
  const body: Face = design.body.generic === 'serif' ? 'serif' : 'sans';
  const titleFace: Face = design.heading.generic === 'serif' ? (design.id === 'classic' ? 'serif' : 'serifBold') : 'sansBold';
  const linePt = design.bodyPt * design.lineHeight;
  const col = new Column();
  const lines = (text: string, indentPt: number, face: Face = body, sizePt = design.bodyPt): number =>
    wrappedLines(text, (widthPt - indentPt) / sizePt, face);

  // Title (line height 1.15), 3 pt, byline; the head's bottom margin collapses with the first heading's top.
  const bylinePt = Math.max(9, design.bodyPt - 1.5);
  col.block(0, Math.max(1, lines(doc.title, 0, titleFace, design.titlePt)) * design.titlePt * 1.15 + 3 + bylinePt * design.lineHeight, design.sectionBeforePt * 0.6);

  const boxes = boxMemo(design, pageSize);
  for (const section of doc.sections) {
    const key = `${section.label}\u0000${section.text}`;
    let list = boxes.get(key);
    if (!list) {
      list = sectionBoxes(section, design, widthPt, lines);
      boxes.set(key, list);
    }
    for (const b of list) col.block(b[0], b[1], b[2]);
  }
  return { usedPt: col.used, pagePt, pages: col.used / pagePt, linePt };
}

/** The parts of a template the estimate reads. */
export interface PageFillTemplate {
  name: string;
  sections: readonly { id: string; label: string; prompt?: string }[];
  exportLayout: { showPrompts: boolean };
}

/**
 * A stored document as the export prints it (parseDocument's order: text before the first
 * heading, the template's sections, then extra sections under their written headings), estimated
 * with `estimatePageFill`. `sections` maps section ids (and `extra:Heading`) to Markdown.
 */
export function documentPageFill(
  doc: { title: string; sections: Readonly<Record<string, string>> },
  template: PageFillTemplate,
  design: Design,
  pageSize: PageSize,
): PageFill {
  const known = new Set(template.sections.map((s) => s.id));
  const sections: PageFillInput['sections'] = [{ label: '', text: doc.sections[PREAMBLE_KEY] ?? '' }];
  for (const s of template.sections) {
    const text = doc.sections[s.id] ?? '';
    if (text.trim() === '') continue;
    const prompt = template.exportLayout.showPrompts && s.prompt ? `${s.prompt}\n\n` : '';
    sections.push({ label: s.label, text: prompt + text });
  }
  for (const [id, text] of Object.entries(doc.sections)) {
    if (id !== PREAMBLE_KEY && !known.has(id)) sections.push({ label: writtenHeading(id), text });
  }
  return estimatePageFill({ title: doc.title.trim() || template.name, sections }, design, pageSize);
}

/** The page's verdict, shared by the length-budget rule (kinds/wordBudget.ts) and the editor's counter (src/shared/pageFill.ts). */
export interface PageVerdict {
  /** Estimated pages (1 = exactly one full page). */
  pages: number;
  /** Lines past the page budget (0 when it fits). */
  linesOver: number;
  /** Words to cut to fit, at this document's own words per line (0 when it fits). */
  wordsOver: number;
}

/**
 * The page estimate for a page-budgeted template in its export design, normal layout, on Letter
 * paper (the default; A4 holds slightly more). Null for a template without a page budget or a
 * spoken one. `sections` maps section ids to Markdown; `words` is the document's word count.
 */
export function pageVerdict(
  template: { name: string; pageBudget: number | null; spoken: boolean; sections: readonly { id: string; label: string; prompt?: string }[]; exportLayout: { design: 'classic' | 'modern'; showPrompts: boolean } },
  doc: { title: string; sections: Readonly<Record<string, string>> },
  words: number,
): PageVerdict | null {
  if (template.spoken || !template.pageBudget || template.pageBudget <= 0) return null;
  const fill = documentPageFill(doc, template, designFor(template.exportLayout.design, false), 'letter');
  const overPt = fill.usedPt - template.pageBudget * fill.pagePt;
  if (overPt <= 0) return { pages: fill.pages, linesOver: 0, wordsOver: 0 };
  const linesOver = Math.max(1, Math.ceil(overPt / fill.linePt));
  const totalLines = Math.max(1, fill.usedPt / fill.linePt);
  return { pages: fill.pages, linesOver, wordsOver: Math.max(1, Math.round((linesOver * words) / totalLines)) };
}
