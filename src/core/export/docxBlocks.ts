// The DOCX renderer's first half: walks the document tree (the same marked tokens the HTML
// renderer walks) into a flat list of Word paragraphs and tables, each knowing its heading level,
// list membership (numbered from the list's own start, one numbering instance per numbered list
// up to MAX_NUMBERED_LISTS, past it numbers as text), the nesting level its content is indented to, its quote depth and its runs (bold, italic, strike,
// code, link, language). docxObjects.ts turns these into docx objects; the conformance test reads
// them directly. Pure: no docx import, so it is cheap to test.
// Recursion follows the tree, whose nesting markdownTree bounds (MAX_DEPTH).
import type { Token, Tokens } from '../document/markdownTree';
import { safeHref } from './safeHref';
import { scriptRuns } from './scriptRuns';
import type { CjkLanguage, RunLanguage } from './scriptRuns';

export interface DocxRun {
  text: string;
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
  /** A safe http(s)/mailto target: the run sits inside a hyperlink. Runs of one link share the object. */
  link?: { href: string };
  /** A line break before the text (hard break in a paragraph, a new line in a code block). */
  breakBefore?: boolean;
  lang: RunLanguage;
}

export interface DocxListMark {
  ordered: boolean;
  /** The list's first number (1 for bullets). */
  start: number;
  /** The list this item belongs to (unique per list in the document). */
  instance: number;
  /** Nesting depth, 0 for a top-level list. */
  level: number;
  /** The number shown on this item (start + index), for ordered lists. */
  number: number;
}

export interface DocxParagraph {
  kind: 'paragraph';
  role: 'body' | 'heading' | 'code' | 'rule';
  /** Markdown heading depth after the shift (1-6), for role 'heading'. */
  headingLevel?: number;
  /** Present on the first paragraph of a list item: the marker. */
  list?: DocxListMark;
  /** List nesting the paragraph's text is indented to (0 outside lists; item content: level + 1). */
  indentLevel: number;
  quoteDepth: number;
  runs: DocxRun[];
}

export interface DocxTable {
  kind: 'table';
  header: DocxRun[][];
  rows: DocxRun[][][];
  indentLevel: number;
  quoteDepth: number;
}

export type DocxBlock = DocxParagraph | DocxTable;

export interface DocxBlockOptions {
  /** Added to Markdown heading depths (2 inside a document section). */
  headingShift?: number;
  cjk?: CjkLanguage | null;
}

type Style = Pick<DocxRun, 'bold' | 'italics' | 'strike' | 'code' | 'link'>;
interface Ctx {
  indentLevel: number;
  quoteDepth: number;
  /** Nesting depth of the next list. */
  listLevel: number;
}

/**
 * Most numbered lists with a Word numbering instance of their own (each restarts its numbers), and
 * most distinct start numbers (each a numbering definition). The docx library spreads every
 * instance into one call when it writes numbering.xml: 1 MB of short lists (about 100,000)
 * overflowed the call stack after 26 s. Lists past either bound get their numbers as text.
 * Bulleted lists share one instance: a bullet does not count, so it never needs a restart.
 */
export const MAX_NUMBERED_LISTS = 1000;
export const MAX_LIST_STARTS = 100;

/** Walks tokens into DOCX blocks; keeps the list counter across calls (one per document). */
export class DocxBlockWriter {
  private numberedLists = 0;
  /** Distinct ordered-list starts used, for the numbering definitions. */
  readonly orderedStarts = new Set<number>();
  /** Distinct safe link targets (href) of the runs made, for the DOCX limit on link addresses. */
  readonly linkHrefs = new Set<string>();

  constructor(private readonly opts: DocxBlockOptions = {}) {}

  /** Runs of plain text in one style, split by script for language tags. */
  textRuns(text: string, style: Style = {}): DocxRun[] {
    if (text === '') return [];
    const cjk = this.opts.cjk ?? null;
    return scriptRuns(text, cjk).map((r) => ({ ...style, text: r.text, lang: r.lang }));
  }

  runs(tokens: Token[] | undefined, style: Style = {}): DocxRun[] {
    if (!tokens) return [];
    return tokens.flatMap((t) => this.inline(t, style));
  }

  private inline(t: Token, style: Style): DocxRun[] {
    switch (t.type) {
      case 'text': {
        const tt = t as Tokens.Text;
        return tt.tokens && tt.tokens.length > 0 ? this.runs(tt.tokens, style) : this.textRuns(tt.text, style);
      }
      case 'escape':
        return this.textRuns((t as Tokens.Escape).text, style);
      case 'strong':
        return this.runs((t as Tokens.Strong).tokens, { ...style, bold: true });
      case 'em':
        return this.runs((t as Tokens.Em).tokens, { ...style, italics: true });
      case 'del':
        return this.runs((t as Tokens.Del).tokens, { ...style, strike: true });
      case 'codespan':
        return this.textRuns((t as Tokens.Codespan).text, { ...style, code: true });
      case 'br':
        return [{ ...style, text: '', breakBefore: true, lang: 'en' }];
      case 'link': {
        const l = t as Tokens.Link;
        const href = safeHref(l.href);
        if (href && !style.link) this.linkHrefs.add(href);
        return this.runs(l.tokens, href && !style.link ? { ...style, link: { href } } : style);
      }
      case 'image':
        return this.textRuns((t as Tokens.Image).text, style);
      case 'checkbox':
        return this.textRuns((t as Tokens.Checkbox).checked ? '☑ ' : '☐ ', style);
      case 'html':
        return []; // markdownTree has already turned raw HTML into text
      default:
        return 'tokens' in t && Array.isArray(t.tokens)
          ? this.runs(t.tokens as Token[], style)
          : this.textRuns(String('text' in t ? t.text : ''), style);
    }
  }

  blocks(tokens: Token[], ctx: Ctx = { indentLevel: 0, quoteDepth: 0, listLevel: 0 }): DocxBlock[] {
    return tokens.flatMap((t) => this.block(t, ctx));
  }

  private para(ctx: Ctx, runs: DocxRun[], extra: Partial<DocxParagraph> = {}): DocxParagraph {
    return { kind: 'paragraph', role: 'body', indentLevel: ctx.indentLevel, quoteDepth: ctx.quoteDepth, runs, ...extra };
  }

  private block(t: Token, ctx: Ctx): DocxBlock[] {
    switch (t.type) {
      case 'heading': {
        const h = t as Tokens.Heading;
        const level = Math.min(6, h.depth + (this.opts.headingShift ?? 2));
        return [this.para(ctx, this.runs(h.tokens), { role: 'heading', headingLevel: level })];
      }
      case 'paragraph':
        return [this.para(ctx, this.runs((t as Tokens.Paragraph).tokens))];
      case 'text': {
        const tt = t as Tokens.Text;
        return [this.para(ctx, tt.tokens ? this.runs(tt.tokens) : this.textRuns(tt.text))];
      }
      case 'list':
        return this.list(t as Tokens.List, ctx);
      case 'blockquote':
        return this.blocks((t as Tokens.Blockquote).tokens, { ...ctx, quoteDepth: ctx.quoteDepth + 1 });
      case 'code': {
        const lines = (t as Tokens.Code).text.split('\n');
        const runs = lines.flatMap((line, i) => {
          const r = this.textRuns(line, { code: true });
          if (i === 0) return r;
          return r.length > 0 ? [{ ...(r[0] as DocxRun), breakBefore: true }, ...r.slice(1)] : [{ text: '', breakBefore: true, code: true, lang: 'en' as const }];
        });
        return [this.para(ctx, runs, { role: 'code' })];
      }
      case 'table': {
        const tb = t as Tokens.Table;
        return [
          {
            kind: 'table',
            header: tb.header.map((c) => this.runs(c.tokens, { bold: true })),
            rows: tb.rows.map((r) => r.map((c) => this.runs(c.tokens))),
            indentLevel: ctx.indentLevel,
            quoteDepth: ctx.quoteDepth,
          },
        ];
      }
      case 'hr':
        return [this.para(ctx, [], { role: 'rule' })];
      case 'space':
      case 'def':
      case 'html':
        return [];
      default:
        return 'tokens' in t && Array.isArray(t.tokens) ? [this.para(ctx, this.runs(t.tokens as Token[]))] : [];
    }
  }

  private list(l: Tokens.List, ctx: Ctx): DocxBlock[] {
    const start = l.ordered && typeof l.start === 'number' ? l.start : 1;
    let instance = 0;
    let numbersAsText = false;
    if (l.ordered) {
      if (this.numberedLists < MAX_NUMBERED_LISTS && (this.orderedStarts.has(start) || this.orderedStarts.size < MAX_LIST_STARTS)) {
        instance = ++this.numberedLists;
        this.orderedStarts.add(start);
      } else numbersAsText = true;
    }
    const level = ctx.listLevel;
    const inner: Ctx = { indentLevel: level + 1, quoteDepth: ctx.quoteDepth, listLevel: level + 1 };
    const out: DocxBlock[] = [];
    l.items.forEach((item, index) => {
      const mark: DocxListMark = { ordered: l.ordered, start, instance, level, number: start + index };
      const box = item.task ? this.textRuns(item.checked ? '☑ ' : '☐ ') : [];
      const kids = item.tokens.filter((k) => k.type !== 'checkbox' && k.type !== 'space');
      const first = kids[0];
      let rest = kids;
      let firstRuns: DocxRun[] = box;
      if (first && (first.type === 'text' || first.type === 'paragraph')) {
        const ft = first as Tokens.Text | Tokens.Paragraph;
        firstRuns = [...box, ...(ft.tokens ? this.runs(ft.tokens) : this.textRuns(ft.text))];
        rest = kids.slice(1);
      }
      // The marker paragraph, then the item's other blocks indented to the item's text.
      if (numbersAsText) out.push(this.para(inner, [...this.textRuns(`${mark.number}. `), ...firstRuns]));
      else out.push(this.para(inner, firstRuns, { list: mark }));
      out.push(...this.blocks(rest, inner));
    });
    return out;
  }
}
