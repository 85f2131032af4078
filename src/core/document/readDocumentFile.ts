// Reads one Markdown document from disk for `dossier check`, `export` and `import`, with bounded
// cost and one clear message for what is not a UTF-8 text document: a path that is not a regular
// file (a folder, /dev/zero, a FIFO), a file over MAX_DOCUMENT_BYTES, a UTF-16 or UTF-32 file, a
// binary file, or bytes that are not valid UTF-8. Invalid UTF-8 is refused, not replaced with
// U+FFFD: silently changing the candidate's characters in an export would be worse than asking
// them to re-save the file.
import fs from 'node:fs';
import { DossierError } from '../errors';
import { MAX_DOCUMENT_BYTES, documentTooLargeMessage } from './inputLimits';

/**
 * The text of the document at `abs` (absolute path; a link to a regular file is followed), with a
 * UTF-8 byte order mark removed. `name` is how the file is named in messages (as the user typed
 * it). Reads at most MAX_DOCUMENT_BYTES + 1 bytes. Throws DossierError('bad-request') with one
 * line naming the file when it is missing, unreadable, not a regular file, too large, or not
 * UTF-8 text (see decodeDocumentBytes).
 */
export function readDocumentFile(abs: string, name: string): string {
  let fd: number;
  try {
    const st = fs.statSync(abs);
    if (st.isDirectory()) throw new DossierError('bad-request', `${name} is a folder, not a Markdown file.`);
    if (!st.isFile()) throw new DossierError('bad-request', `${name} is not a regular file (it is a device, a pipe or a socket); Dossier reads documents saved as files.`);
    if (st.size > MAX_DOCUMENT_BYTES) throw new DossierError('bad-request', documentTooLargeMessage(name, st.size));
    fd = fs.openSync(abs, 'r');
  } catch (err) {
    if (err instanceof DossierError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new DossierError('bad-request', code === 'ENOENT' ? `${name}: no such file.` : `${name}: cannot be read (${code ?? 'error'}).`);
  }
  try {
    // The file may have grown since stat: read at most one byte past the limit to know.
    const buf = Buffer.alloc(MAX_DOCUMENT_BYTES + 1);
    let total = 0;
    for (;;) {
      const n = fs.readSync(fd, buf, total, buf.length - total, null);
      if (n === 0) break;
      total += n;
      if (total === buf.length) break;
    }
    if (total > MAX_DOCUMENT_BYTES) throw new DossierError('bad-request', documentTooLargeMessage(name, Math.max(total, fs.fstatSync(fd).size)));
    return decodeDocumentBytes(buf.subarray(0, total), name);
  } catch (err) {
    if (err instanceof DossierError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new DossierError('bad-request', `${name}: cannot be read (${code ?? 'error'}).`);
  } finally {
    fs.closeSync(fd);
  }
}

/** Which UTF-16/32 form `bytes` is in, from a byte order mark or the NUL-every-other-byte pattern of mostly-ASCII UTF-16; null when neither. */
export function utf16Or32(bytes: Uint8Array): 'UTF-16' | 'UTF-32' | null {
  const b = bytes;
  if (b.length >= 4 && ((b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) || (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff))) return 'UTF-32';
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return 'UTF-16';
  // No mark: in UTF-16 text that is mostly ASCII, every other byte is 0 (odd bytes for
  // little-endian, even for big-endian). Look at the first 4 KB.
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZeros++;
    if (b[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if ((oddZeros > pairs * 0.4 && evenZeros < pairs * 0.1) || (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.1)) return 'UTF-16';
  return null;
}

/**
 * `bytes` as text, for a document file named `name` in messages. A UTF-8 byte order mark is
 * dropped. Refused with DossierError('bad-request'): UTF-16/UTF-32 (say so and ask for UTF-8),
 * other NUL bytes (a binary file), and invalid UTF-8 (with the line of the first bad byte).
 */
export function decodeDocumentBytes(bytes: Uint8Array, name: string): string {
  const wide = utf16Or32(bytes);
  if (wide) throw new DossierError('bad-request', `${name} is saved as ${wide} text; Dossier reads UTF-8. Save it again as UTF-8 (in most editors: Save As, Encoding “UTF-8”) and try again.`);
  if (bytes.includes(0)) throw new DossierError('bad-request', `${name} holds binary data (NUL bytes), not Markdown text.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const at = loose.indexOf('\uFFFD');
    const line = at < 0 ? 1 : loose.slice(0, at).split('\n').length;
    throw new DossierError('bad-request', `${name} is not valid UTF-8 text (the first bad byte is on line ${line}); it may be saved in an older encoding such as Windows-1252. Save it again as UTF-8 and try again.`);
  }
}
