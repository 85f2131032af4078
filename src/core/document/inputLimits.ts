// Limits applied once where Markdown and front matter enter core (lexMarkdown, parseMarkdown), so
// every later step (section splitting, the export tree, DOCX and HTML renderers) has bounded cost
// whatever the text. Each limit is far above what a written document uses; past it, the text is
// kept and shown as typed, or refused with a message that names the limit.

import { formatCount } from '../text/formatCount';

/**
 * Emphasis delimiters (`*`, `_`, `~`) one paragraph may hold before they are taken as literal
 * characters. marked matches each opening delimiter by scanning ahead for its closer, so a
 * paragraph of n unmatched delimiters costs n² (40 KB of "_a" took 1.3 s, 100 KB 27 s). Past the
 * limit the paragraph's delimiters are backslash-escaped: the same characters are shown, as typed,
 * without bold, italics or strikethrough, and the cost is linear.
 */
export const MAX_EMPHASIS_DELIMITERS_PER_PARAGRAPH = 500;

/**
 * Containers (block quotes and list items) a line may open before the rest of it is text. marked
 * lexes each container's content again one level down, so n nested quotes cost n² to n³ (1,000
 * lines of one more `>` each took 5 s and 450 MB to check; 3,000 ran out of memory). Past the
 * limit the next marker is backslash-escaped: it and what follows show as typed, at that depth.
 * The export tree flattens at the same depth (markdownTree's MAX_DEPTH).
 */
export const MAX_CONTAINER_NESTING = 24;

/**
 * Columns a table keeps; the cells past the last one are joined into it, separated by " | ", so
 * no text is lost. Word and browser table layout grow faster than the number of cells (5,000
 * columns by 100 rows took over 120 s to export to DOCX or PDF, 33 s and 541 MB to HTML).
 */
export const MAX_TABLE_COLUMNS = 64;

/** Nesting of `[`/`{` in front matter beyond which it is refused (the YAML reader recurses per level). */
export const MAX_FRONT_MATTER_NESTING = 16;

/** Front matter longer than this is refused: it holds a template id, a company, a title and rule ids. */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const DELIMITER = /[*_~]/g;
const UNESCAPED_DELIMITER = /(?<!\\)[*_~]/g;

/**
 * `src` with the emphasis delimiters of every over-limit paragraph escaped (see
 * MAX_EMPHASIS_DELIMITERS_PER_PARAGRAPH). Paragraphs are runs of non-blank lines outside fenced
 * code; fenced code is never changed. Returns `src` itself when nothing is over the limit.
 */
export function escapeExcessEmphasis(src: string): string {
  if ((src.match(DELIMITER)?.length ?? 0) <= MAX_EMPHASIS_DELIMITERS_PER_PARAGRAPH) return src;
  const lines = src.split('\n');
  let changed = false;
  for (const [start, end] of paragraphRanges(lines)) {
    let count = 0;
    for (let i = start; i < end; i++) count += lines[i]!.match(DELIMITER)?.length ?? 0;
    if (count <= MAX_EMPHASIS_DELIMITERS_PER_PARAGRAPH) continue;
    for (let i = start; i < end; i++) lines[i] = lines[i]!.replace(UNESCAPED_DELIMITER, (d) => `\\${d}`);
    changed = true;
  }
  return changed ? lines.join('\n') : src;
}

/** Leading indentation, in columns, beyond which a line is indented less (2 per list level). */
const MAX_INDENT = 2 * MAX_CONTAINER_NESTING;

/** Width in columns of leading blanks (a tab reaches the next multiple of 4). */
function columnsOf(blanks: string): number {
  let col = 0;
  for (const c of blanks) col = c === '\t' ? col + 4 - (col % 4) : col + 1;
  return col;
}

// One container marker: up to 3 spaces, then `>` or a list marker followed by a blank or the end.
const CONTAINER_MARKER = / {0,3}(?:>|[*+-](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/y;

/**
 * `src` with the marker that would open a line's container number MAX_CONTAINER_NESTING + 1
 * escaped (`\>`, `\-`, `1\.`), so the rest of the line is text inside the deepest allowed
 * container. Fenced code at the top level is never changed. Linear: each line's prefix is read
 * once. Returns `src` itself when no line is over the limit.
 */
export function escapeExcessNesting(src: string): string {
  const lines = src.split('\n');
  let changed = false;
  let fence: string | null = null;
  lines.forEach((original, i) => {
    let line = original;
    const f = FENCE.exec(line);
    if (fence !== null) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = null;
      return;
    }
    if (f) {
      fence = f[1]!;
      return;
    }
    // List items nest by indentation too: past MAX_INDENT columns a line is indented as if at
    // MAX_INDENT (the deepest items become siblings there).
    const indent = /^[ \t]*/.exec(line)![0];
    if (indent.length > MAX_INDENT / 4 && columnsOf(indent) > MAX_INDENT) {
      line = ' '.repeat(MAX_INDENT) + line.slice(indent.length);
      lines[i] = line;
      changed = true;
    }
    let depth = 0;
    CONTAINER_MARKER.lastIndex = 0;
    for (let m = CONTAINER_MARKER.exec(line); m; m = CONTAINER_MARKER.exec(line)) {
      if (++depth <= MAX_CONTAINER_NESTING) continue;
      const marker = m.index + m[0].search(/\S/);
      const at = line[marker] === '>' || /[*+-]/.test(line[marker]!) ? marker : marker + /^\d+/.exec(line.slice(marker))![0].length;
      lines[i] = `${line.slice(0, at)}\\${line.slice(at)}`;
      changed = true;
      break;
    }
  });
  return changed ? lines.join('\n') : src;
}

/** [start, end) line ranges of the paragraphs of `lines`: runs of non-blank lines outside fenced code. */
function paragraphRanges(lines: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let fence: string | null = null;
  let start = -1;
  const close = (end: number) => {
    if (start !== -1) ranges.push([start, end]);
    start = -1;
  };
  lines.forEach((line, i) => {
    const f = FENCE.exec(line);
    if (fence !== null) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = null;
      return;
    }
    if (f) {
      close(i);
      fence = f[1]!;
      return;
    }
    if (line.trim() === '') {
      close(i);
      return;
    }
    if (start === -1) start = i;
  });
  close(lines.length);
  return ranges;
}

/**
 * Inline raw-HTML openers with no closer after them (`<!--` without `-->`, `<?` without `?>`,
 * `<![CDATA[` without `]]>`, `<!DOCTYPE` without `>`) one paragraph may hold before they are
 * backslash-escaped. marked tries each opener as raw HTML by scanning ahead for its closer, to the
 * end of the paragraph when there is none, so n unterminated openers cost n² (50,000 inline
 * `<![CDATA[` took 2.4 s, and 4× that per doubling). An opener without a closer is not raw HTML
 * and shows as typed, so escaping it (`\<`) changes nothing a reader sees, except inside a code
 * span of such a paragraph, where the backslash shows; below the limit nothing is changed.
 */
export const MAX_UNTERMINATED_HTML_PER_PARAGRAPH = 100;

/** The inline raw-HTML constructs whose closer marked searches for (CommonMark 0.31, 6.6). */
const HTML_OPENER = /<(!--|\?|!\[CDATA\[|![A-Za-z])/g;
const CLOSER: Readonly<Record<string, string>> = { '!--': '-->', '?': '?>', '![CDATA[': ']]>' };

// A line that starts an HTML block (CommonMark 0.31, 4.6), also inside quotes and list items: its
// lines are raw HTML, not a paragraph, and are never changed. HTML_BLOCK_START: kinds 2-5 (comment,
// processing instruction, declaration, CDATA), which end at the line with their closer; group 1 is
// the opener after "<". TAG_BLOCK_START: kinds 1, 6 and 7 (a block-level tag name, or a line that
// is one whole tag), which end at a blank line.
// Each repetition starts with its own spaces and one marker character, so a line is matched in one
// way only (no backtracking blow-up on "- - - - …").
const CONTAINER_PREFIX = '^(?: {0,3}(?:>|[*+-]|\\d{1,9}[.)]))* {0,3}';
const BLOCK_TAG_NAMES =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|meta|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul|script|pre|style|textarea';
const HTML_BLOCK_START = new RegExp(`${CONTAINER_PREFIX}<(!--|\\?|!\\[CDATA\\[|![A-Za-z])`);
const TAG_BLOCK_START = new RegExp(
  `${CONTAINER_PREFIX}(?:<\\/?(?:${BLOCK_TAG_NAMES})(?=[\\s/>]|$)|<\\/?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?\\/?>\\s*$)`,
  'i',
);

/**
 * `src` with the unterminated inline raw-HTML openers of every paragraph that holds more than
 * MAX_UNTERMINATED_HTML_PER_PARAGRAPH of them escaped. Fenced code and HTML blocks are never
 * changed (an HTML block of a comment, processing instruction, declaration or CDATA runs to the
 * line with its closer, or to the end of the text without one). Linear: each line is read a fixed
 * number of times, and each paragraph needs one lastIndexOf per closer. Returns `src` itself when
 * nothing changed.
 */
export function escapeUnterminatedHtml(src: string): string {
  if ((src.match(HTML_OPENER)?.length ?? 0) <= MAX_UNTERMINATED_HTML_PER_PARAGRAPH) return src;
  const lines = src.split('\n');
  let changed = false;
  const escapeLines = (start: number, end: number) => {
    if (end <= start) return;
    const text = lines.slice(start, end).join('\n');
    const escaped = escapeParagraphOpeners(text);
    if (escaped === text) return;
    const out = escaped.split('\n');
    for (let i = start; i < end; i++) lines[i] = out[i - start]!;
    changed = true;
  };
  // Lines up to this index belong to an HTML block that began in an earlier range.
  let htmlUntil = -1;
  for (const [start, end] of paragraphRanges(lines)) {
    if (end - 1 <= htmlUntil) continue;
    let from = Math.max(start, htmlUntil + 1);
    for (let i = from; i < end; i++) {
      const line = lines[i]!;
      if (TAG_BLOCK_START.test(line)) {
        escapeLines(from, i);
        from = end; // a tag's HTML block runs to the next blank line: the end of this range.
        break;
      }
      const block = HTML_BLOCK_START.exec(line);
      if (!block) continue;
      escapeLines(from, i);
      const closer = CLOSER[block[1]!] ?? '>';
      const closedAt = lineWith(lines, closer, i, block[0].length);
      if (closedAt === -1) return changed ? lines.join('\n') : src; // it runs to the end of the text.
      htmlUntil = closedAt;
      i = closedAt;
      from = closedAt + 1;
    }
    escapeLines(from, end);
  }
  return changed ? lines.join('\n') : src;
}

/** The first line at or after `line` (from column `column` on that line) that contains `needle`, or -1. */
function lineWith(lines: readonly string[], needle: string, line: number, column: number): number {
  if (lines[line]!.indexOf(needle, column) !== -1) return line;
  for (let i = line + 1; i < lines.length; i++) if (lines[i]!.includes(needle)) return i;
  return -1;
}

function escapeParagraphOpeners(text: string): string {
  const last = new Map<string, number>();
  const closerAt = (closer: string): number => {
    let at = last.get(closer);
    if (at === undefined) {
      at = text.lastIndexOf(closer);
      last.set(closer, at);
    }
    return at;
  };
  const unterminated: number[] = [];
  for (const m of text.matchAll(HTML_OPENER)) {
    const at = m.index;
    const opener = m[1]!;
    if (isEscaped(text, at)) continue;
    const after = at + 1 + opener.length;
    // `<!-->` and `<!--->` are whole comments.
    if (opener === '!--' && (text.startsWith('>', after) || text.startsWith('->', after))) continue;
    if (closerAt(CLOSER[opener] ?? '>') < after) unterminated.push(at);
  }
  if (unterminated.length <= MAX_UNTERMINATED_HTML_PER_PARAGRAPH) return text;
  const parts: string[] = [];
  let from = 0;
  for (const at of unterminated) {
    parts.push(text.slice(from, at), '\\');
    from = at;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** True when the character at `at` is preceded by an odd number of backslashes (already escaped). */
function isEscaped(text: string, at: number): boolean {
  let n = 0;
  for (let i = at - 1; i >= 0 && text.charCodeAt(i) === 92; i--) n++;
  return n % 2 === 1;
}

/**
 * Why this front matter (the YAML between the `---` lines) is refused, or null when it is within
 * the limits: over MAX_FRONT_MATTER_CHARS, or `[`/`{` nested deeper than MAX_FRONT_MATTER_NESTING
 * (counted everywhere, quotes included). Linear in the text; runs before the YAML reader, which recurses per level.
 */
export function frontMatterLimitProblem(yaml: string): string | null {
  if (yaml.length > MAX_FRONT_MATTER_CHARS) {
    return `The front matter is ${Math.round(yaml.length / 1024)} KB long; Dossier reads up to ${MAX_FRONT_MATTER_CHARS / 1024} KB there. Keep only the “key: value” lines (template, company, title) and move the rest into the body.`;
  }
  // Brackets in quotes and comments count too: a fail-safe over-count, never an under-count.
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  if (deepest > MAX_FRONT_MATTER_NESTING) {
    return `The front matter nests brackets ${deepest} levels deep; Dossier reads at most ${MAX_FRONT_MATTER_NESTING}. Write each field as a plain “key: value” line (template, company, title).`;
  }
  return null;
}

/**
 * The largest document Dossier reads, checks, saves or exports, in UTF-8 bytes (1 MiB). Dossier's
 * documents are one- to three-page templates, a few KB; a file past this is not one of them (a
 * 50 MB file used to exhaust the call stack). Applied to `dossier check`, `export` and `import`
 * (readDocumentFile reads at most this + 1 bytes) and to a document's text in the API's request
 * schemas (documents.update, documents.import, rubric.check), below the server's 10 MB body limit.
 */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

/**
 * Most sections one document may send in a request (documents.update, rubric.check). The longest
 * built-in template has well under 20 sections, and a draft with extra headings a few dozen; a
 * payload of 600,000 junk keys (8.9 MB) held the server's event loop for 64 s and stored an
 * 11 MB document that made every later overview time out.
 */
export const MAX_SECTIONS = 1000;

/** The one line for a document with more than MAX_SECTIONS sections (requests and imports). */
export function tooManySectionsMessage(name: string): string {
  const n = formatCount(MAX_SECTIONS);
  return `${name} has more than ${n} sections; Dossier keeps up to ${n} (a one- to three-page document has a few dozen at most).`;
}

/** MAX_DOCUMENT_BYTES as the candidate reads it: "1 MB". */
export const MAX_DOCUMENT_LABEL = '1 MB';

/** UTF-8 length of `s` in bytes, without allocating (a lone surrogate counts 3, as TextEncoder writes U+FFFD). */
export function utf8ByteLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** A byte count as "50.2 MB" or "740 KB" (1 MB = 1024 × 1024 bytes, as MAX_DOCUMENT_LABEL). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

/** The one line for a document over MAX_DOCUMENT_BYTES; `name` is the file or "This document". */
export function documentTooLargeMessage(name: string, bytes: number): string {
  const size = bytes < MAX_DOCUMENT_BYTES * 1.05 ? `just over ${MAX_DOCUMENT_LABEL}` : formatBytes(bytes);
  return `${name} is ${size}; Dossier reads documents up to ${MAX_DOCUMENT_LABEL} (a one- to three-page document is a few KB).`;
}

/** Section count, and bytes of section ids plus texts (UTF-8), as the request schema counts them. */
export function sectionsSize(sections: Record<string, string>): { count: number; bytes: number } {
  let count = 0;
  let bytes = 0;
  for (const [k, t] of Object.entries(sections)) {
    count++;
    bytes += utf8ByteLength(k) + utf8ByteLength(t);
  }
  return { count, bytes };
}

/**
 * The one plain message for a stored document already past MAX_DOCUMENT_BYTES or MAX_SECTIONS
 * (changed outside Dossier: a sync tool, a text editor), shown when it is opened; null within
 * both. Such a document opens and can be shortened; a change that makes it longer or adds
 * sections is refused (documentHandlers' applyPatch), which without this note surprised the
 * candidate only at the next save.
 */
export function overLimitNote(sections: Record<string, string>): string | null {
  const { count, bytes } = sectionsSize(sections);
  const tooBig = bytes > MAX_DOCUMENT_BYTES;
  const tooMany = count > MAX_SECTIONS;
  if (!tooBig && !tooMany) return null;
  const max = formatCount(MAX_SECTIONS);
  const what = [tooBig ? `is ${formatBytes(bytes)}` : '', tooMany ? `has ${formatCount(count)} sections` : ''].filter(Boolean).join(' and ');
  const limits = [tooBig ? MAX_DOCUMENT_LABEL : '', tooMany ? `${max} sections` : ''].filter(Boolean).join(' and ');
  const growth = [tooBig ? 'make it longer' : '', tooMany ? 'add sections' : ''].filter(Boolean).join(' or ');
  return `This document ${what}, over the ${limits} Dossier keeps (it was probably changed outside Dossier). You can read it and ${tooBig ? 'shorten it' : 'remove sections'}; changes that ${growth} cannot be saved until it is within ${tooBig && tooMany ? 'both limits' : 'that limit'}.`;
}
