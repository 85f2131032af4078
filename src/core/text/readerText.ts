// The text of a Markdown passage as a reader sees it, for matching words the way a reader would
// (the private-terms gate): markup that renders as nothing is dropped, entities are decoded, and
// one normalisation makes equal-looking text equal. Every character of the result keeps the
// source span it came from, so a match is reported at the words as written.
//
// Markup: marked's own tokens (the parser the export renders with), not patterns of our own:
// emphasis/strong/strikethrough markers, code-span backticks, backslash escapes, inline and
// block HTML tags and comments, link targets and reference definitions are dropped; entities
// (&nbsp; &#97;) are decoded with `entities`. Blocks (paragraphs, list items, table cells,
// headings) are kept apart by BLOCK_BREAK, so a term is never matched across two of them.
//
// Normalisation (readerFold): per character cluster (a base and its combining marks), the
// look-alike fold of confusableFold.ts: NFKC-style compatibility forms (full-width and
// mathematical letters read as ASCII), accents dropped ("Jose" + U+0301 and "José" read "jose"),
// cross-script look-alikes read as their prototype (UTS #39: a Cyrillic о reads "o"), lower case.
// Format and default-ignorable characters (soft hyphen, zero-width space/joiners, word joiner,
// BOM, bidi controls, variation selectors, Hangul fillers) are dropped, and every run of white
// space (tab, newline, NBSP, U+3000…) is one space (a blank line: a block break).
import { Lexer } from 'marked';
import type { Token } from 'marked';
import { decodeHTMLStrict } from 'entities/decode';
import { foldCluster } from './confusableFold';

/** Separates two blocks in the reader's text: never white space, never in a term. */
export const BLOCK_BREAK = '\u0000';

/** A text with, for each UTF-16 unit, the [start, end) span of the source it came from. */
export interface MappedText {
  text: string;
  start: Int32Array;
  end: Int32Array;
}

/** Accumulates characters with their source spans (typed arrays, grown by doubling). */
class Builder {
  private codes: Uint16Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private n = 0;

  constructor(capacity: number) {
    const c = Math.max(16, capacity);
    this.codes = new Uint16Array(c);
    this.starts = new Int32Array(c);
    this.ends = new Int32Array(c);
  }

  private grow(): void {
    const c = this.codes.length * 2;
    const codes = new Uint16Array(c);
    codes.set(this.codes);
    const starts = new Int32Array(c);
    starts.set(this.starts);
    const ends = new Int32Array(c);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }

  unit(code: number, start: number, end: number): void {
    if (this.n === this.codes.length) this.grow();
    this.codes[this.n] = code;
    this.starts[this.n] = start;
    this.ends[this.n] = end;
    this.n++;
  }

  push(ch: string, start: number, end: number): void {
    for (let i = 0; i < ch.length; i++) this.unit(ch.charCodeAt(i), start, end);
  }

  /** One block break; never two in a row, none at the start. */
  breakBlock(at: number): void {
    if (this.n === 0 || this.codes[this.n - 1] === 0) return;
    this.unit(0, at, at);
  }

  done(): MappedText {
    while (this.n > 0 && this.codes[this.n - 1] === 0) this.n--; // no block break at the end
    const parts: string[] = [];
    // apply takes the typed array as it is; a spread (...) walks it through its iterator, 3-5x slower.
    for (let i = 0; i < this.n; i += 8192) parts.push(String.fromCharCode.apply(null, this.codes.subarray(i, Math.min(this.n, i + 8192)) as unknown as number[]));
    return { text: parts.join(''), start: this.starts.slice(0, this.n), end: this.ends.slice(0, this.n) };
  }
}

/** Position in the section source of unit k of a token's raw text. */
type Pos = (k: number) => number;

const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

/** Pushes literal text from `raw`, decoding HTML entities, each mapped to its source span. */
function pushLiteral(b: Builder, raw: string, from: number, to: number, pos: Pos): void {
  let i = from;
  while (i < to) {
    if (raw[i] === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(raw);
      if (m && i + m[0].length <= to) {
        const decoded = decodeHTMLStrict(m[0]);
        if (decoded !== m[0]) {
          b.push(decoded, pos(i), pos(i + m[0].length - 1) + 1);
          i += m[0].length;
          continue;
        }
      }
    }
    const p = pos(i);
    b.push(raw[i] as string, p, p + 1);
    i++;
  }
}

/** Pushes the text of raw HTML as rendered: tags and comments dropped, entities decoded. */
function pushHtml(b: Builder, raw: string, pos: Pos): void {
  let i = 0;
  while (i < raw.length) {
    if (raw.startsWith('<!--', i)) {
      const close = raw.indexOf('-->', i + 4);
      i = close < 0 ? raw.length : close + 3;
      continue;
    }
    if (raw[i] === '<') {
      const close = raw.indexOf('>', i + 1);
      if (close > i) {
        i = close + 1;
        continue;
      }
    }
    let j = i + 1;
    while (j < raw.length && raw[j] !== '<') j++;
    pushLiteral(b, raw, i, j, pos);
    i = j;
  }
}

/**
 * Where `sub` sits in `parent` from `from` on: as one piece (the usual case), else as a
 * subsequence (a quote's or list item's text without its "> " and indentation), else at `from`.
 * Returns the position function for `sub` and where the next sibling may start.
 */
function locate(sub: string, parent: string, from: number, pos: Pos): { pos: Pos; next: number } {
  const at = parent.indexOf(sub, from);
  if (at >= 0) return { pos: (k) => pos(at + k), next: at + sub.length };
  const map = new Int32Array(sub.length);
  let j = from;
  for (let k = 0; k < sub.length; k++) {
    while (j < parent.length && parent[j] !== sub[k]) j++;
    if (j >= parent.length) {
      // Not a subsequence (marked changed the text): place the rest at the last known spot.
      const last = Math.max(from, Math.min(parent.length - 1, j - 1));
      for (; k < sub.length; k++) map[k] = pos(Math.max(0, last));
      return { pos: (x) => map[Math.min(x, sub.length - 1)] ?? pos(from), next: parent.length };
    }
    map[k] = pos(j);
    j++;
  }
  return { pos: (x) => map[Math.min(x, sub.length - 1)] ?? pos(from), next: j };
}

interface Cell {
  tokens: Token[];
}

/** Walks `tokens`, all found in order in `raw` (whose unit k is at source pos(k)). */
function walk(b: Builder, tokens: readonly Token[], raw: string, pos: Pos): void {
  let cursor = 0;
  for (const t of tokens) {
    const own = typeof t.raw === 'string' ? t.raw : '';
    const found = locate(own, raw, cursor, pos);
    cursor = found.next;
    visit(b, t, own, found.pos);
  }
}

function visit(b: Builder, t: Token, raw: string, pos: Pos): void {
  const blockEnd = (): void => b.breakBlock(raw.length > 0 ? pos(raw.length - 1) + 1 : 0);
  switch (t.type) {
    case 'space':
    case 'hr':
    case 'def':
      blockEnd();
      return;
    case 'html':
      pushHtml(b, raw, pos);
      if (t.block === true) blockEnd();
      return;
    case 'br':
      if (raw.length > 0) b.push(' ', pos(0), pos(raw.length - 1) + 1);
      return;
    case 'escape':
    case 'codespan':
    case 'code': {
      const text = typeof t.text === 'string' ? t.text : '';
      const inner = locate(text, raw, 0, pos);
      for (let k = 0; k < text.length; k++) b.push(text[k] as string, inner.pos(k), inner.pos(k) + 1);
      if (t.type === 'code') blockEnd();
      return;
    }
    case 'image': {
      const alt = typeof t.text === 'string' ? t.text : '';
      const inner = locate(alt, raw, 0, pos);
      pushLiteral(b, alt, 0, alt.length, inner.pos);
      return;
    }
    case 'table': {
      const cells: Cell[] = [...(t.header as Cell[]), ...(t.rows as Cell[][]).flat()];
      let cursor = 0;
      for (const cell of cells) {
        for (const inner of cell.tokens) {
          const own = typeof inner.raw === 'string' ? inner.raw : '';
          const found = locate(own, raw, cursor, pos);
          cursor = found.next;
          visit(b, inner, own, found.pos);
        }
        blockEnd();
      }
      return;
    }
    case 'list':
      walk(b, t.items as Token[], raw, pos);
      blockEnd();
      return;
    default:
      break;
  }
  const children = (t as { tokens?: Token[] }).tokens;
  if (Array.isArray(children) && children.length > 0) {
    walk(b, children, raw, pos);
  } else if (t.type === 'text') {
    pushLiteral(b, raw, 0, raw.length, pos);
  } else if (typeof (t as { text?: unknown }).text === 'string') {
    const text = (t as { text: string }).text;
    const inner = locate(text, raw, 0, pos);
    pushLiteral(b, text, 0, text.length, inner.pos);
  }
  if (t.type === 'paragraph' || t.type === 'heading' || t.type === 'blockquote' || t.type === 'list_item') blockEnd();
}

/** Characters that can make the rendered text differ from the source beyond white space. */
const MARKUP = /[\\`*_~<>&[\]|!]/;

/** True when markup may make the rendered text differ from the source beyond white space. */
export function hasMarkup(source: string): boolean {
  return MARKUP.test(source);
}

/**
 * The passage's text as rendered (see the header), before normalisation. Without any markup
 * character the source is its own rendering (block markers such as "#" or "-" are never part of
 * a word), so marked is not run. Cost: one marked lex plus a linear walk.
 */
export function renderedText(source: string): MappedText {
  const b = new Builder(source.length);
  if (!MARKUP.test(source)) {
    return literalText(source);
  }
  let tokens: Token[];
  try {
    tokens = new Lexer({ gfm: true }).lex(source.replace(/\r/g, ' '));
  } catch {
    // marked never throws on text; if it did, the source as written is the safe reading
    return literalText(source);
  }
  walk(b, tokens, source, (k) => k);
  return b.done();
}

/** The source as written: each unit mapped to itself. */
export function literalText(source: string): MappedText {
  const start = new Int32Array(source.length);
  const end = new Int32Array(source.length);
  for (let i = 0; i < source.length; i++) {
    start[i] = i;
    end[i] = i + 1;
  }
  return { text: source, start, end };
}

const FORMAT = /^[\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;
/** A combining mark, or a spacing form of one that NFKD makes combining (half-width ﾞ and ﾟ). */
const MARK = /^\p{M}/u;
const SPACE = /^\s$/u;
// Per UTF-16 unit: 1 format character, 2 white space, 3 combining mark, 4 other.
const unitKind = new Uint8Array(0x10000);

/**
 * Code points an XML 1.0 document cannot hold (C0 controls other than tab, line feed, carriage
 * return, form feed and vertical tab, and U+FFFE, U+FFFF): the Word export and the browser drop
 * them, so a reader sees the letters on either side joined ("Acme\uFFFFbank" prints Acmebank).
 * Read as format characters (dropped). U+0000 is a block break (see renderedText) and is not one.
 */
function unprintable(code: number): boolean {
  return (code >= 0x01 && code <= 0x08) || (code >= 0x0e && code <= 0x1f) || code === 0xfffe || code === 0xffff;
}

/**
 * Han ideographs and kana: scripts written without spaces between words, where a line wrap (or a
 * stray space) inside a word does not part it for a reader of Chinese or Japanese.
 */
function unspacedScript(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0x3040 && code <= 0x30ff);
}

/** The kind of the unit at `i`: a surrogate of a pair is 4, a lone one is 1 (browsers and the Word export drop it). */
function unitKindAt(src: string, i: number): number {
  const code = src.charCodeAt(i);
  if (code < 0xd800 || code > 0xdfff) return kindOf(code);
  if (code <= 0xdbff) {
    const next = src.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff ? 4 : 1;
  }
  const prev = i > 0 ? src.charCodeAt(i - 1) : 0;
  return prev >= 0xd800 && prev <= 0xdbff ? 4 : 1;
}

/**
 * Characters that print as a blank though Unicode does not call them white space: U+2800 (braille
 * pattern blank; breaker F2, "Project\u2800Falcon" shows as "Project Falcon"). Read as white space.
 */
function blank(code: number): boolean {
  return code === 0x2800;
}

function kindOf(code: number): number {
  let k = unitKind[code] as number;
  if (k !== 0) return k;
  const ch = String.fromCharCode(code);
  k = FORMAT.test(ch) || unprintable(code) ? 1 : SPACE.test(ch) || blank(code) ? 2 : MARK.test(ch.normalize('NFKD')) ? 3 : 4;
  unitKind[code] = k;
  return k;
}

/**
 * Controls whose look depends on the program: vertical tab and form feed (white space to
 * JavaScript and HTML; the Word export drops them, XML 1.0 cannot hold them), DEL and the C1
 * controls U+0080–U+009F (XML allows them; Word and browsers show nothing for most). Read as white
 * space or as themselves by readerFold, and dropped in its `dropDoubtful` reading, so a term is
 * found whichever way the reader's program shows them.
 */
export function doubtfulControl(code: number): boolean {
  return code === 0x0b || code === 0x0c || (code >= 0x7f && code <= 0x9f);
}

/** True when `text` holds a doubtfulControl character. */
export function hasDoubtfulControl(text: string): boolean {
  return DOUBTFUL.test(text);
}
// eslint-disable-next-line no-control-regex -- control characters are the point
const DOUBTFUL = /[\u000b\u000c\u007f-\u009f]/;

/**
 * The normalised text (see the header) of `input`, with the source spans carried through: a
 * cluster that normalises to several units maps each of them to the cluster's whole span, and a
 * run of white space to the run's span. `dropDoubtful`: read doubtfulControl characters as
 * nothing (the Word export's reading) instead of as white space or themselves. Linear in the length.
 */
export function readerFold(input: MappedText, opts: { dropDoubtful?: boolean } = {}): MappedText {
  const src = input.text;
  const dropDoubtful = opts.dropDoubtful === true;
  const kindAt = (text: string, i: number): number => (dropDoubtful && doubtfulControl(text.charCodeAt(i)) ? 1 : unitKindAt(text, i));
  const b = new Builder(src.length);
  let i = 0;
  let pendingSpace = -1; // source start of a white-space run not yet written
  let spaceEnd = 0;
  let newlines = 0; // in that run: two or more (a blank line) part two blocks
  let lastUnspaced = false; // the last cluster written is Han or kana
  /** Writes the pending white space, unless it sits inside a run of Han or kana (before `next`). */
  const flushSpace = (next = -1): void => {
    const inWord = lastUnspaced && newlines < 2 && next >= 0 && unspacedScript(next);
    if (pendingSpace >= 0 && !inWord) b.push(newlines >= 2 ? BLOCK_BREAK : ' ', pendingSpace, spaceEnd);
    pendingSpace = -1;
    newlines = 0;
  };
  while (i < src.length) {
    const code = src.charCodeAt(i);
    if (code === 0) {
      // a block break ends any white space and is kept
      pendingSpace = -1;
      newlines = 0;
      lastUnspaced = false;
      b.push(BLOCK_BREAK, input.start[i] as number, input.end[i] as number);
      i++;
      continue;
    }
    const kind = kindAt(src, i);
    if (kind === 1) {
      i++;
      continue;
    }
    if (kind === 2) {
      if (pendingSpace < 0) pendingSpace = input.start[i] as number;
      if (code === 10) newlines++;
      spaceEnd = input.end[i] as number;
      i++;
      continue;
    }
    flushSpace(code);
    lastUnspaced = unspacedScript(code);
    // One cluster: this unit (or surrogate pair) and the combining marks and format characters after it.
    let j = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < src.length ? 2 : 1);
    let hasMark = false;
    while (j < src.length) {
      const k = kindAt(src, j);
      if (k === 3) hasMark = true;
      else if (k !== 1) break;
      j++;
    }
    const s = input.start[i] as number;
    const e = input.end[j - 1] as number;
    if (!hasMark && j === i + 1 && code < 0x80) {
      b.unit(code >= 0x41 && code <= 0x5a ? code + 32 : code, s, e);
    } else {
      let cluster = '';
      for (let k = i; k < j; k++) {
        if (kindAt(src, k) === 1) continue;
        cluster += src[k];
      }
      b.push(foldCluster(cluster), s, e);
    }
    i = j;
  }
  flushSpace();
  return b.done();
}

/** A term as the matcher compares it: the same normalisation, without Markdown. */
export function foldTerm(term: string): string {
  return readerFold(literalText(term)).text.trim();
}
