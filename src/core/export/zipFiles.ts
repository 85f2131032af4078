// One .zip of several exports, for attaching a whole folder to one email. The files are PDFs and
// DOCX (already compressed) or short Markdown, so entries are stored, not deflated: the archive
// is written in milliseconds and every reader opens it.
import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';

export interface ZipEntry {
  /** The entry's name inside the archive (no folders). */
  name: string;
  bytes: Uint8Array;
}

export function zipFiles(entries: ZipEntry[], modified: Date): Uint8Array {
  const files: Zippable = {};
  for (const e of entries) {
    if (e.name in files) throw new Error(`Two entries named “${e.name}”.`);
    files[e.name] = [e.bytes, { level: 0, mtime: modified }];
  }
  return zipSync(files);
}
