// The one document model: Markdown parsed once by marked (CommonMark + GFM tables, task lists and
// strikethrough) into its lexer tokens, then normalised so every renderer (HTML/PDF, DOCX, the
// conformance test) walks the same tree and sees the same text:
// - entity and numeric character references in text, link targets and titles are decoded;
// - raw HTML is reduced to text here, once: tags of real elements vanish (their text stays), the
//   content of script/style-like elements is dropped, a tag-like word (`<vs>`) stays as typed;
//   HTML blocks become paragraphs of their text;
// - nesting deeper than MAX_DEPTH levels is flattened to the plain text of the deepest part, so
//   renderers that recurse over the tree are bounded;
// - text the lexer cannot parse (it recurses and overflows on pathological nesting, e.g. 5,000
//   `>`) is kept as plain paragraphs, one per line.
// Marked was chosen because it is already the project's parser, is maintained, passes nearly all
// CommonMark examples and its tokens keep the exact source (`raw`), which the section splitter needs.
import { Lexer } from 'marked';
import type { Token, Tokens } from 'marked';
import { escapeExcessEmphasis, escapeExcessNesting, escapeUnterminatedHtml, MAX_CONTAINER_NESTING, MAX_TABLE_COLUMNS } from './inputLimits';
import { classifyTag, decodeEntities, HIDDEN_ELEMENTS, htmlBlockToText } from './rawHtml';

export type { Token, Tokens };

/** Container nesting (lists, quotes, inline spans) beyond which content is flattened to text. */
export const MAX_DEPTH = MAX_CONTAINER_NESTING;

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'list', 'blockquote', 'table', 'code', 'hr', 'html', 'space', 'def']);

/**
 * Lexes Markdown with GFM (tables, task lists, strikethrough); never throws on bad nesting. The
 * input limits of inputLimits.ts apply here, once: a paragraph with more emphasis delimiters than
 * MAX_EMPHASIS_DELIMITERS_PER_PARAGRAPH, or more unterminated raw-HTML openers than
 * MAX_UNTERMINATED_HTML_PER_PARAGRAPH, has them taken literally, and a line opening more than
 * MAX_CONTAINER_NESTING quotes or list items has the rest as text, so the cost stays linear.
 */
export function lexMarkdown(src: string): Token[] {
  try {
    return new Lexer({ gfm: true }).lex(escapeUnterminatedHtml(escapeExcessEmphasis(escapeExcessNesting(src))));
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    return plainParagraphs(src);
  }
}

/**
 * lexMarkdown's block tokens without its inline pass: each token's `raw`, type and (headings)
 * `text` are the same, but no token has inline tokens. For callers that need only the block
 * structure (splitAtHeadings): the inline pass is about a third of lexing a long document.
 */
export function lexBlocks(src: string): Token[] {
  try {
    // As Lexer.lex does before lexing blocks: line endings become "\n".
    return new Lexer({ gfm: true }).blockTokens(escapeUnterminatedHtml(escapeExcessEmphasis(escapeExcessNesting(src))).replace(/\r\n|\r/g, '\n'));
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    return plainParagraphs(src);
  }
}

/** Parses Markdown into the normalised tree described above. Cost is linear in the input. */
export function parseMarkdownTree(src: string): Token[] {
  const tokens = lexMarkdown(src);
  normalizeTree(tokens);
  return tokens;
}

function plainParagraphs(src: string): Token[] {
  return src
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line) => paragraph(line.trim(), line));
}

function textToken(text: string): Tokens.Text {
  return { type: 'text', raw: text, text, escaped: false };
}

function paragraph(text: string, raw = text): Tokens.Paragraph {
  const lines = text.split('\n');
  const tokens: Token[] = [];
  lines.forEach((line, i) => {
    if (i > 0) tokens.push({ type: 'br', raw: '\n' });
    tokens.push(textToken(line));
  });
  return { type: 'paragraph', raw, text, tokens };
}

/** Plain visible text of tokens (raw HTML already reduced), without recursion. */
export function plainText(tokens: Token[]): string {
  const parts: string[] = [];
  const stack: Token[] = [...tokens].reverse();
  while (stack.length > 0) {
    const t = stack.pop() as Token;
    const kids = childArrays(t);
    if (kids.length > 0) {
      for (let i = kids.length - 1; i >= 0; i--) stack.push(...[...(kids[i] ?? [])].reverse());
      if (BLOCK_TYPES.has(t.type) || t.type === 'list_item') parts.push(' ');
      continue;
    }
    if (t.type === 'text' || t.type === 'codespan' || t.type === 'escape' || t.type === 'code' || t.type === 'image') parts.push((t as Tokens.Text).text);
    else if (t.type === 'html') parts.push(htmlBlockToText((t as Tokens.HTML).text));
    else if (t.type === 'br') parts.push(' ');
    else if (t.type === 'checkbox') parts.push((t as Tokens.Checkbox).checked ? '☑ ' : '☐ ');
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The arrays of child tokens a token holds (inline tokens, list items, table cells). */
export function childArrays(t: Token): Token[][] {
  if (t.type === 'list') return [(t as Tokens.List).items as Token[]];
  if (t.type === 'table') {
    const tb = t as Tokens.Table;
    return [...tb.header.map((c) => c.tokens), ...tb.rows.flatMap((r) => r.map((c) => c.tokens))];
  }
  if (t.type === 'image') return []; // its alt text (`text`) is computed once, in normalizeLeaf
  if ('tokens' in t && Array.isArray(t.tokens)) return [t.tokens as Token[]];
  return [];
}

/** Normalises a lexed tree in place (see the file header). Iterative: no recursion. */
export function normalizeTree(root: Token[]): void {
  const work: { list: Token[]; depth: number }[] = [{ list: root, depth: 0 }];
  while (work.length > 0) {
    const { list, depth } = work.pop() as { list: Token[]; depth: number };
    for (const t of list) if (t.type === 'table') capColumns(t as Tokens.Table);
    const next = depth >= MAX_DEPTH ? flattenAll(list) : normalizeList(list);
    // Not splice(...next): spreading 100k+ tokens (a long paragraph of escapes) overflows the stack.
    list.length = 0;
    for (const t of next) list.push(t);
    if (depth >= MAX_DEPTH) continue;
    for (const t of list) for (const kids of childArrays(t)) work.push({ list: kids, depth: depth + 1 });
  }
}

/** True when a row of this many cells is over MAX_TABLE_COLUMNS. */
function tooManyColumns(columns: number): boolean {
  return columns > MAX_TABLE_COLUMNS;
}

/** Joins the cells past MAX_TABLE_COLUMNS of each row into its last kept cell, as text. */
function capColumns(tb: Tokens.Table): void {
  if (!tooManyColumns(tb.header.length) && tb.rows.every((r) => !tooManyColumns(r.length))) return;
  const cap = (cells: Tokens.TableCell[]): Tokens.TableCell[] => {
    if (!tooManyColumns(cells.length)) return cells;
    const kept = cells.slice(0, MAX_TABLE_COLUMNS - 1);
    const rest = cells.slice(MAX_TABLE_COLUMNS - 1);
    const text = rest.map((c) => plainText(c.tokens)).join(' | ');
    kept.push({ ...(rest[0] as Tokens.TableCell), text, tokens: [textToken(text)] });
    return kept;
  };
  tb.header = cap(tb.header);
  tb.align = tb.align.slice(0, MAX_TABLE_COLUMNS);
  tb.rows = tb.rows.map(cap);
}

function flattenAll(list: Token[]): Token[] {
  return list.map((t) => {
    if (t.type === 'list_item') {
      const item = t as Tokens.ListItem;
      item.tokens = [paragraph(plainText(item.tokens))];
      return item;
    }
    if (childArrays(t).length === 0) return normalizeLeaf(t) ?? textToken('');
    const text = plainText([t]);
    return BLOCK_TYPES.has(t.type) ? paragraph(text) : textToken(text);
  });
}

function normalizeLeaf(t: Token): Token | null {
  switch (t.type) {
    case 'text': {
      const tt = t as Tokens.Text;
      if (!tt.tokens) tt.text = decodeEntities(tt.text);
      return tt;
    }
    case 'link': {
      const l = t as Tokens.Link;
      l.href = decodeEntities(l.href);
      if (l.title) l.title = decodeEntities(l.title);
      return l;
    }
    case 'image': {
      // The alt text is what a reader gets: the plain text of its parsed content.
      const im = t as Tokens.Image;
      if (Array.isArray(im.tokens) && im.tokens.length > 0) {
        normalizeTree(im.tokens);
        im.text = plainText(im.tokens);
      } else {
        im.text = decodeEntities(im.text);
      }
      im.href = decodeEntities(im.href);
      return im;
    }
    default:
      return t;
  }
}

/** One sibling list: raw HTML to text, entities decoded; hidden elements' content dropped. */
function normalizeList(list: Token[]): Token[] {
  const out: Token[] = [];
  let hidden: string | null = null;
  for (const t of list) {
    if (t.type === 'html') {
      const h = t as Tokens.HTML | Tokens.Tag;
      const isBlock = 'block' in h ? h.block : false;
      if (isBlock || /\n/.test(h.text.trim())) {
        if (hidden !== null) continue;
        const text = htmlBlockToText(h.text);
        if (text !== '') out.push(isBlock ? paragraph(text, h.raw) : textToken(text));
        continue;
      }
      const tag = classifyTag(h.text);
      if (hidden !== null) {
        if (tag.closing && tag.name === hidden) hidden = null;
        continue;
      }
      if (!tag.element) {
        out.push(textToken(h.text));
        continue;
      }
      if (!tag.closing && HIDDEN_ELEMENTS.has(tag.name) && !/\/\s*>$/.test(h.text)) hidden = tag.name;
      continue;
    }
    if (hidden !== null) continue;
    const n = normalizeLeaf(t);
    if (n) pushMerged(out, n);
  }
  return out;
}

/** Plain text with no children: a text leaf, or an escaped character (both render as their text). */
function isPlainLeaf(t: Token): boolean {
  return t.type === 'escape' || (t.type === 'text' && !((t as Tokens.Text).tokens?.length ?? 0));
}

/**
 * Appends `t`, merged into the previous token when both are plain text, so a paragraph of many
 * escaped characters (see inputLimits.ts) is one text run for the renderers, not 100,000.
 */
function pushMerged(out: Token[], t: Token): void {
  const prev = out[out.length - 1];
  if (prev === undefined || !isPlainLeaf(prev) || !isPlainLeaf(t)) {
    out.push(t);
    return;
  }
  const a = prev as Tokens.Text;
  const b = t as Tokens.Text;
  out[out.length - 1] = { type: 'text', raw: a.raw + b.raw, text: a.text + b.text, escaped: false };
}
