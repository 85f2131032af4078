// The body of a large DOCX, written a few hundred blocks at a time. The docx library builds every
// paragraph as a tree of component objects, turns the whole tree into a second tree of plain
// objects and a third of resolved elements before it writes one string, so 1 MB of short lists
// (about 260,000 paragraphs) held some 2 GB at once. Here each paragraph or table is still made
// and formatted by docx (its own components and their prepForXml, in the document's own context,
// so list instances and link relationships are registered on the document as usual), then written
// to XML at once and dropped; docx compiles the document around one placeholder paragraph, which
// the written body replaces. The XML is the library's byte for byte (docxBody.test.ts compares
// whole packages with docx's own), because docx does not export its XML writer: xmlOf is a copy of
// its stringifier (docx 9, src/util/xml/stringify.ts: resolve and format without indentation).
import type { Document, IContext, Paragraph, Table } from 'docx';

/** The plain objects docx's prepForXml returns, such as `{ 'w:b': { _attr: { 'w:val': true } } }`. */
type Xmlable = Record<string, unknown>;

const ESCAPES = new Map([
  ['&', '&amp;'],
  ['"', '&quot;'],
  ["'", '&apos;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
]);
// Control characters other than tab, line feed and carriage return are dropped, as docx does.
// eslint-disable-next-line no-control-regex
const escapeAll = (value: string): string => value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES.get(c) ?? '');
const escapeValue = (value: unknown): unknown => (typeof value === 'string' ? escapeAll(value) : value);

/** The XML of one formatted docx object, exactly as docx writes it (unindented), quirks included. */
export function xmlOf(data: Xmlable): string {
  const name = Object.keys(data)[0];
  const values = name === undefined ? undefined : data[name];
  const attributes: string[] = [];
  const content: unknown[] = [];
  const addAttributes = (attr: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(attr)) attributes.push(`${key}="${String(escapeValue(value))}"`);
  };
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string };
      if (attr) addAttributes(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      if (Array.isArray(values)) {
        let isStringContent = false;
        content.push('');
        for (const value of values as unknown[]) {
          if (typeof value === 'object') {
            const child = value as Xmlable;
            if (Object.keys(child)[0] === '_attr') addAttributes(child['_attr'] as Record<string, unknown>);
            else content.push(xmlOf(child));
          } else {
            // As docx does: text replaces the item before it.
            content.pop();
            isStringContent = true;
            content.push(escapeValue(value));
          }
        }
        if (!isStringContent) content.push('');
      }
    }
  } else content.push(escapeValue(values));
  const open = (name ? `<${name}` : '') + (attributes.length > 0 ? ` ${attributes.join(' ')}` : '') + (content.length > 0 ? (name ? '>' : '') : '/>');
  if (content.length === 0) return open;
  return open + content.map((c) => (c === undefined ? '' : String(c))).join('') + (name ? `</${name}>` : '');
}

/**
 * Text of the placeholder paragraph the body replaces. U+FFFF cannot come from a document
 * (xmlSafeText removes it from every text that reaches the DOCX), so it matches nothing else.
 */
export const BODY_PLACEHOLDER = '\uFFFFdossier-body\uFFFF';

/** Blocks written to XML per string: the objects of one batch are all that is alive at a time. */
const BATCH = 256;

/**
 * Formats each block (made on demand by `blocks`) in `document`'s context and writes its XML.
 * Call before compiling `document`: list instances and link relationships are registered on it
 * here. Returns the body's XML in pieces, with docx's list placeholders still in it (fillListIds).
 */
export function writeBodyXml(document: Document, blocks: Iterable<Paragraph | Table>): string[] {
  const context: IContext = { file: document, viewWrapper: document.Document, stack: [] };
  const pieces: string[] = [];
  let batch: string[] = [];
  for (const block of blocks) {
    const formatted = block.prepForXml(context);
    if (formatted) batch.push(xmlOf(formatted as Xmlable));
    if (batch.length === BATCH) {
      pieces.push(batch.join(''));
      batch = [];
    }
  }
  if (batch.length > 0) pieces.push(batch.join(''));
  return pieces;
}

/**
 * Replaces docx's list placeholders ("{reference-instance}") in `xml` with the list ids the
 * document gave them, in one pass, as docx's compiler does for the XML it writes itself; other
 * text in braces is left as it is.
 */
export function fillListIds(ids: ReadonlyMap<string, string>, xml: string): string {
  return ids.size === 0 ? xml : xml.replace(/\{([^{}]+)\}/g, (placeholder, key: string) => ids.get(key) ?? placeholder);
}

/** The list id docx gave each list instance of `document`, by its placeholder key ("reference-instance"). */
export function listIds(document: Document): Map<string, string> {
  const ids = new Map<string, string>();
  for (const c of document.Numbering.ConcreteNumbering) ids.set(`${c.reference}-${c.instance}`, String(c.numId));
  return ids;
}

/**
 * document.xml with the placeholder paragraph replaced by `body`. Throws when the placeholder is
 * missing (a docx that wrote the paragraph differently), rather than write a document without a body.
 */
export function spliceBody(documentXml: string, body: string[], document: Document): string {
  const at = documentXml.indexOf(BODY_PLACEHOLDER);
  const start = documentXml.lastIndexOf('<w:p>', at);
  const end = documentXml.indexOf('</w:p>', at);
  if (at < 0 || start < 0 || end < 0) throw new Error('The DOCX body placeholder was not found in document.xml.');
  const ids = listIds(document);
  return documentXml.slice(0, start) + body.map((piece) => fillListIds(ids, piece)).join('') + documentXml.slice(end + '</w:p>'.length);
}
