// Every part of a document in the order the exports print it, so the editor shows exactly the text
// the exports and the rubric see: the text before the first heading (`_preamble`), then the
// template's sections in template order, then each section whose heading matched none of the
// template's (`extra:<heading>`, kept by parseMarkdown so nothing is lost) in the order the
// document holds them. One implementation, used by the exports (parseDocument.ts), the editor and
// the import's note on headings it could not place. Pure.
import type { Template } from '../templates/types';
import { EXTRA_PREFIX, PREAMBLE_KEY, writtenHeading } from './types';
import { documentHeadingLanguage, sectionHeading } from './headingLanguage';

/** One part of a document: its key in `sections`, what kind of part it is, and its heading as written (template sections: the id). */
export interface DocumentPart {
  id: string;
  kind: 'preamble' | 'template' | 'extra';
}

/**
 * The document's parts in export order (see the file header). Template sections are always
 * listed; the preamble and extra sections only when `sections` holds them (any key that is not a
 * template section id counts as extra, so a key written by an older version is never hidden).
 */
export function documentParts(sections: Record<string, string>, template: Pick<Template, 'sections'>): DocumentPart[] {
  const known = new Set(template.sections.map((s) => s.id));
  const parts: DocumentPart[] = [];
  if (Object.hasOwn(sections, PREAMBLE_KEY) && !known.has(PREAMBLE_KEY)) parts.push({ id: PREAMBLE_KEY, kind: 'preamble' });
  for (const s of template.sections) parts.push({ id: s.id, kind: 'template' });
  for (const id of Object.keys(sections)) {
    if (id === PREAMBLE_KEY || known.has(id)) continue;
    parts.push({ id, kind: 'extra' });
  }
  return parts;
}

/**
 * The heading an extra part is shown and printed under: the heading as written
 * ("extra:Closing~2" -> "Closing", "Notes" when it was blank); another unknown key in words
 * ("old-section" -> "Old section").
 */
export function extraHeading(id: string): string {
  if (id.startsWith(EXTRA_PREFIX)) return writtenHeading(id).trim() || 'Notes';
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Quotes a heading for a message, cut at 60 characters. */
function quoted(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return `“${t.length > 60 ? `${t.slice(0, 59)}…` : t}”`;
}

/**
 * One plain note on what an import did with the text it could not put in a template section, or
 * null when every heading opened a section and nothing stood before the first one. Counts only
 * parts that hold text. Example: '2 headings didn't match this template's sections (“Past
 * results”, “Closing”); their text is kept as sections of their own after “Close”, where the editor
 * shows it and the exports print it. To have it checked as one of the template's sections, move it
 * there in the editor.'
 */
export function unplacedHeadingsNote(sections: Record<string, string>, template: Pick<Template, 'sections'>): string | null {
  const parts = documentParts(sections, template).filter((p) => p.kind !== 'template' && (sections[p.id] ?? '').trim() !== '');
  const extras = parts.filter((p) => p.kind === 'extra').map((p) => extraHeading(p.id));
  const preamble = parts.some((p) => p.kind === 'preamble');
  const notes: string[] = [];
  if (extras.length > 0) {
    const last = template.sections.at(-1);
    const where = last ? `after the last template section (“${sectionHeading(last, documentHeadingLanguage({ sections }))}”)` : 'at the end';
    const shown = extras.slice(0, 4).map(quoted).join(', ') + (extras.length > 4 ? ` and ${extras.length - 4} more` : '');
    notes.push(
      extras.length === 1
        ? `1 heading didn't match this template's sections (${shown}); its text is kept as a section of its own ${where}, where the editor shows it and the exports print it.`
        : `${extras.length} headings didn't match this template's sections (${shown}); their text is kept as sections of their own ${where}, where the editor shows them and the exports print them.`,
    );
  }
  if (preamble) notes.push('The text before the first heading is kept at the top of the document.');
  if (notes.length === 0) return null;
  notes.push('To have that text checked as one of the template\'s sections, move it there in the editor.');
  return notes.join(' ');
}

/**
 * The texts the editor holds, saves and checks for a document: every template section ('' when
 * absent) and every other part the document holds, exactly as stored, so the editor's live check
 * reads the same text as the server's check of the saved file.
 */
export function editorTexts(sections: Record<string, string>, template: Pick<Template, 'sections'>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of documentParts(sections, template)) out[p.id] = sections[p.id] ?? '';
  return out;
}
