// The page estimate exactly as the length-budget rule computes it: one implementation in core,
// re-exported so the editor's page counter and the rule's warning agree. Pure, no DOM.
export { pageVerdict } from '../core/export/pageFill';
export type { PageVerdict } from '../core/export/pageFill';
