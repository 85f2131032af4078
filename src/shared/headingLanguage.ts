// Which names a document's section headings use (English, or each section's Chinese name for a
// Chinese draft): one implementation in core, re-exported so the editor shows the headings the
// exports print. Pure.
export { documentHeadingLanguage, sectionHeading } from '../core/document/headingLanguage';
export type { HeadingLanguage } from '../core/document/headingLanguage';
