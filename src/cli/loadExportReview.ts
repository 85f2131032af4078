// How `dossier export` gets its review of a file (exportReview.ts: the private-terms gate and the
// count of errors left), which runs the rubric. Here, from the sources and in out/cli/check.cjs,
// it is imported on first use. In out/cli/export.cjs the build puts in its place a module that
// loads out/cli/check.cjs (with that bundle's code cache) and asks it, so the export bundle
// carries no rubric at all: one implementation, in the bundle that already holds the rubric
// (scripts/build-cli.mjs, reviewFromCheckBundle).
import type { exportReview } from './exportReview';

export type ExportReviewFn = typeof exportReview;

/** The review's function, loaded once. */
export async function loadExportReview(): Promise<ExportReviewFn> {
  return (await import('./exportReview')).exportReview;
}
