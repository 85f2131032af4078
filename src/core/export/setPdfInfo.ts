// Sets a PDF's Title and Author by appending an incremental update (a new Info dictionary and a
// trailer pointing at it). The original bytes stay untouched, so the file stays valid. Values are
// written without bidirectional formatting controls (a viewer's Properties shows them as stored).
import { withoutBidiControls } from '../document/bidiControls';

export interface PdfInfo {
  title: string;
  author: string;
  subject?: string;
  creator?: string;
}

/** A PDF text string as UTF-16BE hex with a byte-order mark: safe for any characters. */
function pdfText(value: string): string {
  const s = withoutBidiControls(value);
  let out = '<FEFF';
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return out + '>';
}

function pdfDate(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `(D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z)`;
}

export function setPdfInfo(bytes: Uint8Array, info: PdfInfo, now: Date = new Date()): Uint8Array {
  const text = new TextDecoder('latin1').decode(bytes);
  const startxrefAt = text.lastIndexOf('startxref');
  if (startxrefAt < 0) return bytes;
  const prev = /startxref\s+(\d+)/.exec(text.slice(startxrefAt))?.[1];
  const trailerAt = text.lastIndexOf('trailer');
  // Chromium writes a classic trailer; for cross-reference streams the dictionary sits in the stream object.
  const trailerSrc = trailerAt >= 0 ? text.slice(trailerAt, startxrefAt) : text.slice(Math.max(0, startxrefAt - 4096), startxrefAt);
  const size = Number(/\/Size\s+(\d+)/.exec(trailerSrc)?.[1] ?? NaN);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailerSrc)?.[1];
  if (prev === undefined || !Number.isFinite(size) || !root || trailerAt < 0) return bytes;
  const idMatch = /\/ID\s*(\[[^\]]*\])/.exec(trailerSrc)?.[1];

  const entries = [`/Title ${pdfText(info.title)}`];
  if (info.author.trim() !== '') entries.push(`/Author ${pdfText(info.author)}`); // no name: no author
  if (info.subject) entries.push(`/Subject ${pdfText(info.subject)}`);
  entries.push(`/Creator ${pdfText(info.creator ?? 'Dossier')}`, `/Producer (Dossier with Chromium)`);
  entries.push(`/CreationDate ${pdfDate(now)}`, `/ModDate ${pdfDate(now)}`);

  const sep = text.endsWith('\n') ? '' : '\n';
  const objOffset = bytes.length + sep.length;
  const obj = `${size} 0 obj\n<< ${entries.join(' ')} >>\nendobj\n`;
  const xrefOffset = objOffset + obj.length;
  const xref = `xref\n${size} 1\n${String(objOffset).padStart(10, '0')} 00000 n \n`;
  const trailer = `trailer\n<< /Size ${size + 1} /Root ${root} /Info ${size} 0 R /Prev ${prev}${idMatch ? ` /ID ${idMatch}` : ''} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  const tail = new TextEncoder().encode(sep + obj + xref + trailer); // ASCII only: offsets equal lengths
  const out = new Uint8Array(bytes.length + tail.length);
  out.set(bytes, 0);
  out.set(tail, bytes.length);
  return out;
}
