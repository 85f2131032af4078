// The guides' names as candidates see them: one function in core, re-exported so the renderer
// (which may import only src/shared) shows "Wells Fargo guide (Chinese)", never "wf-zh".
export { OWN_EDITS, SOURCE_LABELS, SOURCE_NAMES, sourceName, sourceNames } from '../core/companies/sourceLabels';
export type { SourceLabel } from '../core/companies/sourceLabels';
export { summariseSources, payLines } from '../core/companies/sourceSummary';
export type { GuideSummary, SourceFactGroup, SourcesSummary } from '../core/companies/sourceSummary';
