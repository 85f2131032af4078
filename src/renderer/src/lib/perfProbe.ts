// Names the benchmark (scripts/bench-ui.ts) listens for in the page. The editor dispatches
// FINDINGS_COMMITTED on window in the same task that commits a live check's findings and
// underlines to the DOM, so anything a listener adds to the page is painted in that same frame.

/** Event name; its detail is a FindingsCommittedDetail. */
export const FINDINGS_COMMITTED = 'dossier:findings-committed';

export interface FindingsCommittedDetail {
  /** performance.now() of the newest input event the findings include. */
  inputAt: number;
  /** Where the findings were computed. */
  from: 'main' | 'worker' | 'server';
}
