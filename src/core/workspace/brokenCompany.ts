// A company folder whose dossier.json cannot be read. Every command that takes a company folder
// names the file and stops (DESIGN: a file that cannot be read is named, never replaced by
// defaults), instead of falling back to the built-in profile as if the folder did not exist.
import type { FileProblem, WorkspaceStore } from './store';

/** The problem recorded for `companies/<slug>/dossier.json`, or undefined when it reads (or the folder does not exist). */
export function brokenCompanyProblem(store: Pick<WorkspaceStore, 'problems'>, slug: string): FileProblem | undefined {
  return store.problems().find((p) => p.file === `companies/${slug}/dossier.json`);
}

/**
 * One line for a broken company file: what is wrong (the problem's message names the file), the
 * last good backup if there is one, and `then` (what to do after, e.g. "import again. Nothing
 * was imported.").
 */
export function brokenCompanyMessage(problem: FileProblem, then: string): string {
  const restore = problem.backup
    ? `Open Dossier and choose “Restore last good backup” (a version from ${problem.backupSavedAt?.slice(0, 16).replace('T', ' ') ?? 'earlier'} UTC, ${problem.backup}), or repair the file by hand`
    : 'Repair the file by hand (Dossier found no good backup of it)';
  return `The company folder exists, but ${problem.message} ${restore}, then ${then}`;
}
