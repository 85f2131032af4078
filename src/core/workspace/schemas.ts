// Schemas of everything Dossier keeps on disk. Each file carries `schemaVersion`;
// migrations.ts lifts older files to CURRENT_SCHEMA_VERSION before these schemas validate them.
import { z } from 'zod';
import { Competency } from './competency';
import { isIsoCurrency } from './currencyCode';

export const CURRENT_SCHEMA_VERSION = 1;

export const isoDateTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), {
  message: 'must be an ISO date-time',
});

export const PageSize = z.enum(['letter', 'a4']);
export type PageSize = z.infer<typeof PageSize>;

export const DesignId = z.enum(['classic', 'modern']);
export type DesignId = z.infer<typeof DesignId>;

export { Competency } from './competency';

/** Findings language: follow the draft (a Chinese draft gets Chinese findings), or always English or Chinese. */
export const FindingsLanguageSetting = z.enum(['draft', 'en', 'zh'], {
  error: () => 'must be "draft" (follow the draft), "en" or "zh"',
});
export type FindingsLanguageSetting = z.infer<typeof FindingsLanguageSetting>;

export const WorkspaceSettings = z.object({
  candidateName: z.string().max(200).default(''),
  pageSize: PageSize.default('letter'),
  design: DesignId.default('classic'),
  /** Rule ids turned off for the whole workspace. */
  disabledRules: z.array(z.string()).default([]),
  /** Private terms read by the `confidentiality` rule (codenames, client names, figures). */
  privateTerms: z.array(z.string().max(200)).default([]),
  /** Keep every export ("x (2).pdf", ...) instead of replacing the previous file of the same name. */
  keepExportVersions: z.boolean().default(false),
  /** The language of rubric findings (findingsLanguage.ts): follow the draft, English or Chinese. */
  findingsLanguage: FindingsLanguageSetting.default('draft'),
});
export type WorkspaceSettings = z.infer<typeof WorkspaceSettings>;

export const WorkspaceFile = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  createdAt: isoDateTime,
  companyOrder: z.array(z.string()).default([]),
  settings: WorkspaceSettings.default({
    candidateName: '',
    pageSize: 'letter',
    design: 'classic',
    disabledRules: [],
    privateTerms: [],
    keepExportVersions: false,
    findingsLanguage: 'draft',
  }),
});
export type WorkspaceFile = z.infer<typeof WorkspaceFile>;

export const RoundStatus = z.enum(['not-scheduled', 'scheduled', 'done', 'passed', 'declined']);
export type RoundStatus = z.infer<typeof RoundStatus>;

export const LoopRound = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(200),
  minutes: z.number().int().positive().max(600),
  interviewer: z.string().max(200).default(''),
  interviewerRole: z.string().max(200).default(''),
  /** What the round tests, in the candidate's words or copied from the profile. */
  focus: z.string().max(2000).default(''),
  /** Local wall-clock start, ISO without offset ("2026-12-03T14:00"), read in `timeZone`. */
  scheduledAt: z.string().nullable().default(null),
  timeZone: z.string().default('America/New_York'),
  status: RoundStatus.default('not-scheduled'),
  notes: z.string().max(20000).default(''),
  documentIds: z.array(z.string()).default([]),
  competencies: z.array(Competency).default([]),
});
export type LoopRound = z.infer<typeof LoopRound>;

export const ChecklistItem = z.object({
  id: z.string().min(1),
  text: z.string().min(1).max(500),
  done: z.boolean().default(false),
  /** A template id or framework the item asks for; the UI links to it. */
  templateId: z.string().optional(),
  framework: z.string().optional(),
  source: z.string().optional(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

/** Money in whole US dollars. Ranges are tiered asks: floor, target, stretch. */
export const MoneyRange = z.object({
  min: z.number().nonnegative(),
  max: z.number().nonnegative(),
});
export type MoneyRange = z.infer<typeof MoneyRange>;

export const EquityGrant = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('dollars'),
    /** Grant value in dollars over the whole vesting period. */
    value: z.number().nonnegative(),
    vestingYears: z.number().positive().max(10),
    cliffMonths: z.number().int().nonnegative().max(60),
  }),
  z.object({
    kind: z.literal('percent'),
    /** Percent of the company (0.05 means 0.05 %). */
    percent: z.number().nonnegative().max(100),
    /** Assumed company valuation in dollars, stated as an assumption. */
    assumedValuation: z.number().nonnegative(),
    vestingYears: z.number().positive().max(10),
    cliffMonths: z.number().int().nonnegative().max(60),
  }),
]);
export type EquityGrant = z.infer<typeof EquityGrant>;

export const CompPackage = z.object({
  label: z.string().max(200).default(''),
  base: MoneyRange,
  bonusPercent: MoneyRange.default({ min: 0, max: 0 }),
  /** Part of the bonus paid later (bank deferrals), percent of the bonus. */
  bonusDeferredPercent: z.number().min(0).max(100).default(0),
  equity: EquityGrant.nullable().default(null),
  signOn: z.number().nonnegative().default(0),
  relocation: z.number().nonnegative().default(0),
  stipendPerYear: z.number().nonnegative().default(0),
});
export type CompPackage = z.infer<typeof CompPackage>;

/** An ISO 4217 currency code the runtime knows ("GBP"). */
export const CurrencyCode = z.string().refine((s) => isIsoCurrency(s), { message: 'must be an ISO 4217 currency code such as USD, GBP or EUR' });

export const Compensation = z.object({
  /**
   * The currency of every amount in this record (current pay, the ask, offers), ISO 4217. Absent in
   * files saved before Dossier had currencies: their figures were typed into a form that took US
   * dollars only, so they read as US dollars (companies/currency.ts recordCurrency). No default is
   * filled in, so opening or saving such a file never writes a currency the candidate did not choose;
   * an older Dossier reading a file that has one keeps working (the field is optional there too,
   * but it drops it on its next save of the compensation record).
   */
  currency: CurrencyCode.optional(),
  current: CompPackage.nullable().default(null),
  ask: CompPackage.nullable().default(null),
  /** Companies the candidate anchors on ("Chase", "Meta"): read by `comp-benchmark`. */
  benchmarks: z.array(z.string().max(200)).default([]),
  offers: z.array(CompPackage).default([]),
});
export type Compensation = z.infer<typeof Compensation>;

/** A question's answer as practised aloud: when, how long, and the candidate's own 1–5 rating. */
export const PracticeAttempt = z.object({
  questionId: z.string().min(1).max(120),
  at: isoDateTime,
  /** Seconds spoken, as timed. */
  seconds: z.number().nonnegative().max(4 * 3600),
  /** The per-answer budget the countdown ran against, in seconds. */
  budgetSeconds: z.number().int().positive().max(4 * 3600),
  rating: z.number().int().min(1).max(5),
});
export type PracticeAttempt = z.infer<typeof PracticeAttempt>;

/** A question the candidate wrote, or their edit of a built-in one (only the fields they changed). */
export const OwnQuestion = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).max(120),
  rounds: z.array(z.string().min(1).max(120)).min(1).max(10),
  text: z.string().trim().min(5).max(600),
  competencies: z.array(Competency).max(6).default([]),
  strongAnswer: z.array(z.string().max(600)).max(12).default([]),
  trap: z.string().max(600).default(''),
  template: z.string().min(1).max(120),
  answerSeconds: z.number().int().min(15).max(3600).default(120),
});
export type OwnQuestion = z.infer<typeof OwnQuestion>;

/** Only the fields the candidate changed (no defaults, so an edit never overwrites the bank silently). */
export const QuestionEdit = z.object({
  rounds: z.array(z.string().min(1).max(120)).min(1).max(10).optional(),
  text: z.string().trim().min(5).max(600).optional(),
  competencies: z.array(Competency).max(6).optional(),
  strongAnswer: z.array(z.string().max(600)).max(12).optional(),
  trap: z.string().max(600).optional(),
  template: z.string().min(1).max(120).optional(),
  answerSeconds: z.number().int().min(15).max(3600).optional(),
  hidden: z.boolean().optional(),
});
export type QuestionEdit = z.infer<typeof QuestionEdit>;

/** The company's questions beyond the built-in bank: own questions, edits, answer links, practice. */
export const CompanyQuestions = z.object({
  own: z.array(OwnQuestion).default([]),
  /** Built-in question id -> the candidate's changes. */
  edits: z.record(z.string(), QuestionEdit).default({}),
  /** Question id -> ids of the documents that answer it (one document may answer several). */
  answers: z.record(z.string(), z.array(z.string())).default({}),
  practice: z.array(PracticeAttempt).default([]),
});
export type CompanyQuestions = z.infer<typeof CompanyQuestions>;

export const CompanyFile = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  slug: z.string().min(1),
  name: z.string().min(1).max(200),
  /** Company profile id from resources/companies, or null for a custom company. */
  profileId: z.string().nullable().default(null),
  archived: z.boolean().default(false),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  loop: z.array(LoopRound).default([]),
  checklist: z.array(ChecklistItem).default([]),
  compensation: Compensation.default({ current: null, ask: null, benchmarks: [], offers: [] }),
  jobDescription: z.string().max(200000).default(''),
  /** A custom company's own bands, or edits to a copied profile's bands. */
  bandsOverride: z
    .object({ base: MoneyRange.nullable(), bonusPercent: MoneyRange.nullable(), baseIsRigid: z.boolean() })
    .nullable()
    .default(null),
  /** Questions and practice (see CompanyQuestions); absent in older files. */
  questions: CompanyQuestions.default({ own: [], edits: {}, answers: {}, practice: [] }),
});
export type CompanyFile = z.infer<typeof CompanyFile>;

export const RevisionReason = z.enum(['manual', 'export', 'import']);

export const Revision = z.object({
  revision: z.number().int().nonnegative(),
  at: isoDateTime,
  reason: RevisionReason,
  label: z.string().max(200).default(''),
  score: z.number().min(0).max(100).nullable().default(null),
  title: z.string(),
  sections: z.record(z.string(), z.string()),
});
export type Revision = z.infer<typeof Revision>;

export const Rehearsal = z.object({ at: isoDateTime, seconds: z.number().nonnegative() });

export const DocumentFile = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: z.string().min(1),
  templateId: z.string().min(1),
  templateVersion: z.number().int().positive(),
  title: z.string().max(300),
  company: z.string().min(1),
  /** Section id -> Markdown text. */
  sections: z.record(z.string(), z.string()),
  tags: z.array(Competency).default([]),
  /** Rule ids silenced for this document. */
  silencedRules: z.array(z.string()).default([]),
  design: DesignId.nullable().default(null),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Increments on every save; a save names the revision it was based on. */
  revision: z.number().int().nonnegative(),
  history: z.array(Revision).default([]),
  rehearsals: z.array(Rehearsal).default([]),
});
export type DocumentFile = z.infer<typeof DocumentFile>;
