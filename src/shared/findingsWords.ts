// The words around a draft's findings in the findings' language: one table in core, re-exported so
// the Issues panel, the editor's toasts and the rehearsal view say the same words.
export { findingsWords } from '../core/rubric/findingsWords';
export type { FindingsWords, TierId } from '../core/rubric/findingsWords';
export type { Piece, RehearsalWords } from '../core/rubric/findingsWords';
export { findingsLanguage } from '../core/rubric/findingsLanguage';
