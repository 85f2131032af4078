// One .zip of several exports, for attaching a whole folder to one email. The files are PDFs and
// DOCX (already compressed) or short Markdown, so entries are stored, not deflated: the archive
// is written in milliseconds and every reader opens it.
import { zipEntries } from './zipWriter';

export interface ZipEntry {
  /** The entry's name inside the archive (no folders). */
  name: string;
  bytes: Uint8Array;
}

/** The archive of `entries`, stored, modified at `modified`. Throws for two entries with one name. */
export function zipFiles(entries: ZipEntry[], modified: Date): Uint8Array {
  return zipEntries(
    entries.map((e) => ({ name: e.name, bytes: e.bytes, method: 'store' as const })),
    modified,
  );
}
