// Raw HTML inside Markdown is never rendered: tags of real HTML elements are dropped (their text
// stays), the content of script/style-like elements is dropped, comments and processing
// instructions vanish, and anything that only looks like a tag (`carriers <vs> banks`) is kept as
// the text the writer typed. Entities are decoded strictly (only with the closing `;`, as
// CommonMark requires) by `entities`, the decoder htmlparser2 uses.
import { decodeHTMLStrict } from 'entities/decode';

// CommonMark's reference forms: a named entity, 1-7 decimal digits, or 1-6 hex digits, with ';'.
const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/**
 * Decodes HTML entity and numeric character references: `R&amp;D` -> `R&D`, `&nbsp;` -> U+00A0,
 * `&#35;` -> `#`. Unknown names and over-long numbers stay as typed; code point 0 and invalid
 * ones become U+FFFD (CommonMark 0.31, "Entity and numeric character references").
 */
export function decodeEntities(s: string): string {
  return s.includes('&') ? s.replace(REFERENCE, (m) => decodeHTMLStrict(m)) : s;
}

/**
 * The HTML elements a browser would treat as tags (WHATWG HTML "elements" index plus the
 * obsolete ones CommonMark lists as block starts). A tag whose name is not here is shown as text.
 */
const ELEMENTS = new Set(
  (
    'a abbr address area article aside audio b base basefont bdi bdo big blink blockquote body br button canvas caption ' +
    'center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed fieldset figcaption ' +
    'figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd ' +
    'label legend li link main map mark marquee math menu menuitem meta meter nav nobr noembed noframes noscript object ' +
    'ol optgroup option output p param picture plaintext pre progress q rp rt ruby s samp script search section select ' +
    'slot small source span strike strong style sub summary sup svg table tbody td template textarea tfoot th thead ' +
    'time title tr track tt u ul var video wbr xmp'
  ).split(' '),
);

/** Elements whose content is never prose: dropped with their tags. */
export const HIDDEN_ELEMENTS = new Set(['script', 'style', 'iframe', 'noscript', 'textarea', 'object', 'embed', 'template', 'svg', 'math', 'head', 'title', 'xmp', 'noembed', 'noframes']);

/** Elements that end a line of text when a whole HTML block is reduced to text. */
const LINE_BREAKING = new Set(['br', 'p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'ul', 'ol', 'dt', 'dd', 'section', 'article', 'header', 'footer', 'hr']);

// One pass, each alternative starting with a distinct prefix, attribute values matched without
// backtracking across quotes: linear in the input.
// Linear on any input: an unterminated comment, processing instruction or CDATA section runs to
// the end of the text (as in HTML) instead of failing and being rescanned from every later "<!--"
// (500 KB of "<!--" lines took 15 s to export), and a tag's attributes are read for at most
// MAX_TAG_CHARS characters, so an unclosed "<a …" is not rescanned to the end from every "<".
const TAG =
  /<!--[\s\S]*?(?:-->|$)|<\?[\s\S]*?(?:\?>|$)|<![A-Za-z][^>]{0,2048}>|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]{0,2048}"|'[^']{0,2048}'){0,2048})>/g;

export interface HtmlTag {
  /** Lower-case element name; '' for comments, declarations and processing instructions. */
  name: string;
  closing: boolean;
  /** True when the name is a real HTML element (so the tag is markup, not text). */
  element: boolean;
}

/** What one inline raw-HTML token (a single tag or comment, as marked emits them) is. */
export function classifyTag(raw: string): HtmlTag {
  const m = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(raw.trim());
  if (!m) return { name: '', closing: false, element: true };
  const name = (m[2] ?? '').toLowerCase();
  return { name, closing: m[1] === '/', element: ELEMENTS.has(name) };
}

/**
 * A whole block of raw HTML reduced to the text a reader should see, entities decoded.
 * Lines are separated by '\n'; blank lines are dropped.
 */
export function htmlBlockToText(html: string): string {
  let out = '';
  let hidden: string | null = null;
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    const before = html.slice(last, m.index);
    last = m.index + m[0].length;
    if (hidden === null) out += decodeEntities(before);
    const name = (m[3] ?? '').toLowerCase();
    if (m[1] !== undefined && hidden === null) {
      out += m[1]; // CDATA content is text
      continue;
    }
    if (!name) continue; // comment, declaration, processing instruction
    const closing = m[2] === '/';
    if (hidden !== null) {
      if (closing && name === hidden) hidden = null;
      continue;
    }
    if (!ELEMENTS.has(name)) {
      out += m[0];
      continue;
    }
    if (HIDDEN_ELEMENTS.has(name) && !closing && !/\/\s*$/.test(m[4] ?? '')) {
      hidden = name;
      continue;
    }
    if (LINE_BREAKING.has(name)) out += '\n';
  }
  if (hidden === null) out += decodeEntities(html.slice(last));
  return out
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}
