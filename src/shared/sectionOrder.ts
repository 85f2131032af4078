// A document's parts in the order the exports print them, and the texts the editor holds: one
// implementation in core (src/core/document/sectionOrder.ts), re-exported so the editor shows
// every part the exports print and the rubric checks. Pure.
export { documentParts, editorTexts, extraHeading } from '../core/document/sectionOrder';
export type { DocumentPart } from '../core/document/sectionOrder';
