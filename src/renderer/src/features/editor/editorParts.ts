// Which parts of a document the editor shows: every template section, and the text before the
// first heading or under a heading that matched no template section when it holds any (the
// exports print those, so the editor must show them). Pure; exported for its test.
import { documentParts, extraHeading } from '../../../../shared/sectionOrder';
import type { DocumentPart } from '../../../../shared/sectionOrder';
import type { Template } from '../../../../shared/api';

export { editorTexts } from '../../../../shared/sectionOrder';

/** The parts the editor shows, in export order (see the file header). */
export function shownParts(sections: Record<string, string>, template: Pick<Template, 'sections'>): DocumentPart[] {
  return documentParts(sections, template).filter((p) => p.kind === 'template' || (sections[p.id] ?? '').trim() !== '');
}

/** The heading the editor shows over a part that is not a template section. */
export function looseHeading(part: DocumentPart): string {
  return part.kind === 'preamble' ? 'Before the first heading' : extraHeading(part.id);
}
