// The body of a large DOCX, written as XML a few hundred blocks at a time. The docx library builds
// every paragraph as a tree of component objects, turns the whole tree into a second tree of plain
// objects and a third of resolved elements before it writes one string, so 1 MB of short lists
// (about 260,000 paragraphs) held some 2 GB at once. Here the blocks' XML comes from docx objects
// made once per shape (docxTemplates.ts) in the document's own context, and docx compiles the
// document around one placeholder paragraph, which the written body replaces. The XML is the
// library's byte for byte (docxBody.test.ts compares whole packages with docx's own), because
// docx does not export its XML writer: xmlOf is a copy of its stringifier (docx 9,
// src/util/xml/stringify.ts: resolve and format without indentation).
import type { Document } from 'docx';

const encoder = new TextEncoder();

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
export const escapeXml = (value: string): string => value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES.get(c) ?? '');
const escapeValue = (value: unknown): unknown => (typeof value === 'string' ? escapeXml(value) : value);

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

/** Blocks joined per string: the body is held as a few thousand strings, not one per block. */
const BATCH = 256;

/**
 * The body's XML in pieces, each the XML of up to BATCH blocks (`blocks`, made on demand, see
 * docxTemplates.ts), with docx's list placeholders still in it (fillListIds).
 */
export function writeBodyXml(blocks: Iterable<string>): string[] {
  const pieces: string[] = [];
  let batch: string[] = [];
  for (const xml of blocks) {
    batch.push(xml);
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
 * The UTF-8 bytes of document.xml with the placeholder paragraph replaced by `body`, whose pieces
 * are emptied as they are encoded (the body is held once as text and once as bytes, never as one
 * joined string besides). Throws when the placeholder is missing (a docx that wrote the paragraph
 * differently), rather than write a document without a body.
 */
export function spliceBody(documentXml: string, body: string[], document: Document): Uint8Array {
  const at = documentXml.indexOf(BODY_PLACEHOLDER);
  const start = documentXml.lastIndexOf('<w:p>', at);
  const end = documentXml.indexOf('</w:p>', at);
  if (at < 0 || start < 0 || end < 0) throw new Error('The DOCX body placeholder was not found in document.xml.');
  const ids = listIds(document);
  const head = documentXml.slice(0, start);
  const tail = documentXml.slice(end + '</w:p>'.length);
  for (let i = 0; i < body.length; i++) body[i] = fillListIds(ids, body[i] as string);
  const size = body.reduce((n, piece) => n + Buffer.byteLength(piece, 'utf8'), Buffer.byteLength(head, 'utf8') + Buffer.byteLength(tail, 'utf8'));
  const bytes = new Uint8Array(size);
  let written = encoder.encodeInto(head, bytes).written;
  for (let i = 0; i < body.length; i++) {
    written += encoder.encodeInto(body[i] as string, bytes.subarray(written)).written;
    body[i] = '';
  }
  written += encoder.encodeInto(tail, bytes.subarray(written)).written;
  if (written !== size) throw new Error('document.xml was not encoded whole.');
  return bytes;
}
