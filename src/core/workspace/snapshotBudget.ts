// How much revision history (snapshots) one document keeps. Snapshots live in the document's own
// file, so every autosave writes them again: 50 snapshots of a 900 KB draft made a 44 MB file
// and 3 s saves (breaker F17). The history is therefore held to a byte budget as well as a
// count; the oldest snapshots go first, and the candidate is told in plain words which went.
import { MAX_DOCUMENT_BYTES } from '../document/inputLimits';
import type { DocumentFile, Revision } from './schemas';

/** Snapshots kept per document; the oldest go first. */
export const MAX_REVISIONS = 50;

/**
 * Bytes all snapshots of one document may hold together, as written in the document's JSON file
 * (titles, labels, section ids and texts, each as its JSON string: jsonStringBytes): twice the
 * document limit, so even a document at its 1 MB limit keeps two snapshots, while a draft of a
 * few KB keeps all MAX_REVISIONS. With it the history adds at most about 2 MB to a document file,
 * instead of 51 times the document. Counted as JSON, not as the text's UTF-8: a control character
 * is 1 byte of text and 6 in the file (`\u0001`), so 0.95 MB of them made 5.7 MB snapshots and a
 * 17 MB file within a "2 MB" budget (breaker F13).
 */
export const MAX_HISTORY_BYTES = 2 * MAX_DOCUMENT_BYTES;

/** MAX_HISTORY_BYTES as the candidate reads it. */
export const MAX_HISTORY_LABEL = '2 MB';

/**
 * The UTF-8 bytes of `JSON.stringify(s)`, quotes included, without building it: 6 for a control
 * character JSON writes as \u00XX and for a lone surrogate, 2 for \" \\ \b \t \n \f \r, else the
 * character's UTF-8 bytes.
 */
export function jsonStringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x80) n += c === 0x22 || c === 0x5c ? 2 : 1;
    else if (c < 0x20) n += c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d ? 2 : 6;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) n += 6;
    else n += 3;
  }
  return n;
}

/** The bytes a snapshot counts against MAX_HISTORY_BYTES: its strings as the file holds them. */
export function revisionBytes(r: Pick<Revision, 'title' | 'label' | 'sections'>): number {
  let n = jsonStringBytes(r.title) + jsonStringBytes(r.label);
  for (const [id, text] of Object.entries(r.sections)) n += jsonStringBytes(id) + jsonStringBytes(text);
  return n;
}

export interface RevisionAdded {
  /** The document with the snapshot added (unchanged when it was refused). */
  doc: DocumentFile;
  /** Older snapshots removed to make room (oldest first); empty when none was. */
  pruned: Revision[];
  /** True when the snapshot alone is over MAX_HISTORY_BYTES, so none was added. */
  refused: boolean;
  /** For the candidate: which snapshots were removed, or why none was taken; null when neither. */
  note: string | null;
}

/**
 * `doc` with a snapshot of its current title and sections appended, keeping the newest
 * MAX_REVISIONS snapshots within MAX_HISTORY_BYTES (the oldest go first). A snapshot that alone is
 * over the budget (a document grown past its 1 MB limit outside Dossier, or one whose text is
 * mostly characters JSON escapes, such as control characters) is refused:
 * `doc` comes back unchanged with `refused` and a note saying why.
 */
export function addRevisionWithinBudget(doc: DocumentFile, rev: Pick<Revision, 'reason' | 'label' | 'score' | 'at'>): RevisionAdded {
  const entry: Revision = { revision: doc.revision, title: doc.title, sections: { ...doc.sections }, ...rev };
  const size = revisionBytes(entry);
  if (size > MAX_HISTORY_BYTES) {
    const mb = (size / (1024 * 1024)).toFixed(1);
    return {
      doc,
      pruned: [],
      refused: true,
      note: `No snapshot was kept: this document takes ${mb} MB in its file, and a document's snapshots hold up to ${MAX_HISTORY_LABEL} together. Shorten it to keep snapshots again.`,
    };
  }
  const history = [...doc.history, entry];
  let total = 0;
  for (const r of history) total += revisionBytes(r);
  let drop = Math.max(0, history.length - MAX_REVISIONS);
  for (let i = 0; i < drop; i++) total -= revisionBytes(history[i]!);
  while (total > MAX_HISTORY_BYTES) total -= revisionBytes(history[drop++]!);
  const pruned = history.slice(0, drop);
  return { doc: { ...doc, history: history.slice(drop) }, pruned, refused: false, note: prunedNote(pruned) };
}

/**
 * "To keep this document's history within 50 snapshots and 2 MB, the oldest snapshot (2026-03-03,
 * “Exported …”) was removed." for one; for several, their number and the range of days. Null for none.
 */
export function prunedNote(pruned: Pick<Revision, 'at' | 'reason' | 'label'>[]): string | null {
  if (pruned.length === 0) return null;
  const day = (r: Pick<Revision, 'at'>) => r.at.slice(0, 10);
  const first = pruned[0]!;
  const last = pruned[pruned.length - 1]!;
  const what =
    pruned.length === 1
      ? `the oldest snapshot (${day(first)}${first.label ? `, “${first.label}”` : ''}) was removed`
      : `the ${pruned.length} oldest snapshots (${day(first) === day(last) ? day(first) : `${day(first)} to ${day(last)}`}) were removed`;
  return `To keep this document's history within ${MAX_REVISIONS} snapshots and ${MAX_HISTORY_LABEL}, ${what}.`;
}
