// The operation names the preload lets through. Kept free of zod (a sandboxed preload cannot
// load packages), and checked against the shared contract both ways at compile time: a name
// missing here or unknown there fails typecheck.
import type { OpName } from '../../src/shared/api';

export const OP_NAMES = [
  'workspace.info',
  'workspace.updateSettings',
  'workspace.restoreBackup',
  'workspace.refresh',
  'companies.list',
  'companies.get',
  'companies.create',
  'companies.rename',
  'companies.archive',
  'companies.updateLoop',
  'companies.updateChecklist',
  'companies.updateCompensation',
  'companies.updateBands',
  'companies.setJobDescription',
  'companies.calendar',
  'companies.checkCompensation',
  'profiles.list',
  'dashboard.get',
  'documents.list',
  'documents.get',
  'documents.create',
  'documents.update',
  'documents.duplicate',
  'documents.delete',
  'documents.restore',
  'documents.snapshot',
  'documents.historyScores',
  'documents.import',
  'documents.toMarkdown',
  'documents.logRehearsal',
  'questions.list',
  'questions.bank',
  'questions.save',
  'questions.remove',
  'questions.link',
  'questions.startAnswer',
  'questions.practiceDeck',
  'questions.recordPractice',
  'templates.list',
  'rubric.rules',
  'rubric.checkData',
  'rubric.check',
  'export.preview',
  'export.document',
  'export.company',
] as const satisfies readonly OpName[];

type Listed = (typeof OP_NAMES)[number];
/** Fails to compile when src/shared/api.ts gains an operation that is not listed above. */
type Unlisted = Exclude<OpName, Listed>;
export const OP_NAMES_COMPLETE: [Unlisted] extends [never] ? true : { missing: Unlisted } = true;

const known: ReadonlySet<string> = new Set(OP_NAMES);

export function isKnownOpName(name: unknown): name is OpName {
  return typeof name === 'string' && known.has(name);
}
