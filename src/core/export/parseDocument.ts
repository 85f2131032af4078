// Parses a document's sections ONCE into the document tree (src/core/document/markdownTree);
// HTML/PDF and DOCX both render from these tokens.
import { childArrays, parseMarkdownTree } from '../document/markdownTree';
import type { Token } from '../document/markdownTree';
import { documentCjkLanguage } from './scriptRuns';
import type { CjkLanguage } from './scriptRuns';
import type { DocumentFile } from '../workspace/schemas';
import type { Template } from '../templates/types';
import { countWords } from '../rubric/prepareSection';
import { documentParts, extraHeading } from '../document/sectionOrder';
import { withoutNoteLines } from './withoutNoteLines';
import { withoutBidiControls } from '../document/bidiControls';
import { documentHeadingLanguage, sectionHeading } from '../document/headingLanguage';
import type { HeadingLanguage } from '../document/headingLanguage';

export interface ParsedSection {
  id: string;
  /** Heading text; '' for text before the first heading (rendered without a heading). */
  label: string;
  /** The template's prompt, shown only when the template's export layout asks for it. */
  prompt: string | null;
  tokens: Token[];
  words: number;
}

export interface ParsedDocument {
  title: string;
  templateName: string;
  sections: ParsedSection[];
  words: number;
  /** True when the text contains CJK characters (fonts and language tags follow). */
  hasCjk: boolean;
  /** The East Asian language of the document's CJK text (null without any). */
  cjk: CjkLanguage | null;
  /** The language of the template sections' headings (headingLanguage.ts). */
  headingLanguage: HeadingLanguage;
}

type DocInput = Pick<DocumentFile, 'title' | 'sections'>;
type TemplateInput = Pick<Template, 'name' | 'sections' | 'exportLayout'>;

/**
 * Sections in template order (then any extra ones); empty sections are left out. Template
 * sections are headed in the document's heading language (a Chinese draft gets each section's
 * Chinese name, headingLanguage.ts); extra sections keep the heading as written. The title, the
 * template name, section labels and every heading inside a section are without bidirectional
 * formatting controls (bidiControls.ts), so no title, heading or metadata of an export displays
 * in an order other than its text.
 */
export function parseDocument(doc: DocInput, template: TemplateInput): ParsedDocument {
  const showPrompts = template.exportLayout.showPrompts;
  const lang = documentHeadingLanguage(doc);
  const byId = new Map(template.sections.map((s) => [s.id, s]));
  // The editor shows the same parts in the same order (sectionOrder.ts).
  const order = documentParts(doc.sections, template).map(({ id, kind }) => {
    const s = kind === 'template' ? byId.get(id) : undefined;
    if (s) return { id, label: sectionHeading(s, lang), prompt: showPrompts && s.prompt ? s.prompt : null };
    return { id, label: kind === 'preamble' ? '' : extraHeading(id), prompt: null };
  });
  const sections: ParsedSection[] = [];
  let allText = doc.title;
  for (const s of order) {
    const text = withoutNoteLines(doc.sections[s.id] ?? '').trim();
    if (text === '') continue;
    allText += '\n' + text;
    const tokens = parseMarkdownTree(text);
    headingsWithoutBidiControls(tokens);
    sections.push({ ...s, label: withoutBidiControls(s.label), tokens, words: countWords(text) });
  }
  // A Chinese document's East Asian language is Chinese, so its headings and text are tagged alike.
  const cjk = documentCjkLanguage(allText, lang === 'zh');
  return {
    title: withoutBidiControls(doc.title).trim() || withoutBidiControls(template.name),
    templateName: withoutBidiControls(template.name),
    sections,
    words: sections.reduce((n, s) => n + s.words, 0),
    hasCjk: cjk !== null,
    cjk,
    headingLanguage: lang,
  };
}

/** Removes bidirectional formatting controls from the text of every heading in `tokens` (in place, iterative). */
function headingsWithoutBidiControls(tokens: Token[]): void {
  const stack: Array<{ token: Token; inHeading: boolean }> = tokens.map((token) => ({ token, inHeading: false }));
  while (stack.length > 0) {
    const { token, inHeading } = stack.pop() as { token: Token; inHeading: boolean };
    const heading = inHeading || token.type === 'heading';
    if (heading) {
      if ('text' in token && typeof token.text === 'string') token.text = withoutBidiControls(token.text);
      token.raw = withoutBidiControls(token.raw);
    }
    for (const kids of childArrays(token)) for (const t of kids) stack.push({ token: t, inHeading: heading });
  }
}
