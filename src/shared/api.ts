// The one typed API contract. Every operation: name -> request schema (zod) -> response type.
// The preload, the Electron IPC handlers, the HTTP server and the UI client are all typed from
// this table; src/core/handlers implements it once.
import { z } from 'zod';
import {
  CompPackage,
  CurrencyCode,
  Competency,
  ChecklistItem,
  DesignId,
  LoopRound,
  FindingsLanguageSetting,
  MoneyRange,
  PageSize,
} from '../core/workspace/schemas';
import { MAX_DOCUMENT_BYTES, MAX_SECTIONS, documentTooLargeMessage, tooManySectionsMessage, utf8ByteLength } from '../core/document/inputLimits';
import type { CompanyFile, DocumentFile, WorkspaceSettings } from '../core/workspace/schemas';
import type { CompanySummary, DocumentSummary, FileProblem } from '../core/workspace/store';
import type { Template, TemplateProblem } from '../core/templates/types';
import type { CheckResult, Finding, RuleSummary } from '../core/rubric/types';
import type { CheckData } from '../core/rubric/checkWithEnv';
import type { ErrorPayload } from '../core/errors';
import type {
  CompanyProfile,
  CompanyView,
  Dashboard,
  JobDescriptionMatch,
  ProfileProblem,
} from '../core/companies/types';
import type { ExportResult, PreviewResult, CompanyExportResult } from '../core/export/types';
import type { CompanyQuestionsView } from '../core/questions/types';
import type { BankListing } from '../core/questions/listBank';
import type { PracticeAttempt } from '../core/workspace/schemas';

/** Declares an operation: its request schema, and (as a phantom) its response type. */
function op<Res>() {
  return <Req extends z.ZodType>(request: Req) => ({ request, response: undefined as unknown as Res });
}

const slug = z.string().min(1).max(120);
const docId = z.string().min(1).max(120);
/** A whole document's Markdown, at most MAX_DOCUMENT_BYTES of UTF-8 (the same limit as `dossier check`). */
const documentText = z.string().superRefine((text, ctx) => {
  const bytes = utf8ByteLength(text);
  if (bytes > MAX_DOCUMENT_BYTES) ctx.addIssue({ code: 'custom', message: documentTooLargeMessage('This document', bytes) });
});
/**
 * A document's sections (heading -> text): at most MAX_SECTIONS of them, headings and texts
 * together at most MAX_DOCUMENT_BYTES of UTF-8. The number of keys is checked before any key is
 * validated, so a payload of many thousands of keys costs one count, not a parse of each.
 */
const documentSections = z
  .custom<Record<string, unknown>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), { message: 'Sections must be an object of heading → text.' })
  .superRefine((sections, ctx) => {
    let keys = 0;
    for (const k in sections) if (Object.hasOwn(sections, k) && ++keys > MAX_SECTIONS) break;
    if (keys > MAX_SECTIONS) {
      ctx.addIssue({ code: 'custom', message: tooManySectionsMessage('This document'), abort: true });
    }
  })
  .pipe(z.record(z.string().max(120), z.string()))
  .superRefine((sections, ctx) => {
    let bytes = 0;
    for (const [k, t] of Object.entries(sections)) bytes += utf8ByteLength(k) + utf8ByteLength(t);
    if (bytes > MAX_DOCUMENT_BYTES) ctx.addIssue({ code: 'custom', message: documentTooLargeMessage('This document', bytes) });
  });
const none = z.object({}).strict();

export const ExportFormat = z.enum(['docx', 'pdf', 'html', 'md']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const api = {
  'workspace.info': op<WorkspaceInfo>()(none),
  'workspace.updateSettings': op<WorkspaceSettings>()(
    z
      .object({
        candidateName: z.string().max(200),
        pageSize: PageSize,
        design: DesignId,
        disabledRules: z.array(z.string().max(100)).max(200),
        privateTerms: z.array(z.string().min(1).max(200)).max(2000),
        keepExportVersions: z.boolean(),
        findingsLanguage: FindingsLanguageSetting,
      })
      .partial()
      .strict(),
  ),
  'workspace.restoreBackup': op<WorkspaceInfo>()(z.object({ file: z.string().min(1).max(1000) }).strict()),
  /** Reload files changed on disk by another program; returns what changed. */
  'workspace.refresh': op<{ changed: string[] }>()(none),

  'companies.list': op<CompanySummary[]>()(z.object({ includeArchived: z.boolean().optional() }).strict()),
  'companies.get': op<CompanyView>()(z.object({ slug }).strict()),
  'companies.create': op<CompanyFile>()(
    z.object({ name: z.string().trim().min(1).max(200), profileId: z.string().max(60).nullable() }).strict(),
  ),
  'companies.rename': op<CompanyFile>()(z.object({ slug, name: z.string().trim().min(1).max(200) }).strict()),
  'companies.archive': op<CompanyFile>()(z.object({ slug, archived: z.boolean() }).strict()),
  'companies.updateLoop': op<CompanyFile>()(z.object({ slug, loop: z.array(LoopRound).max(30) }).strict()),
  'companies.updateChecklist': op<CompanyFile>()(
    z.object({ slug, checklist: z.array(ChecklistItem).max(200) }).strict(),
  ),
  'companies.updateCompensation': op<CompanyFile>()(
    z
      .object({
        slug,
        /** ISO 4217 code of every amount below; absent keeps the record's (a file saved before currencies keeps none). */
        currency: CurrencyCode.optional(),
        current: CompPackage.nullable(),
        ask: CompPackage.nullable(),
        benchmarks: z.array(z.string().max(200)).max(20),
        offers: z.array(CompPackage).max(20),
      })
      .strict(),
  ),
  'companies.updateBands': op<CompanyFile>()(
    z
      .object({
        slug,
        bands: z
          .object({ base: MoneyRange.nullable(), bonusPercent: MoneyRange.nullable(), baseIsRigid: z.boolean() })
          .nullable(),
      })
      .strict(),
  ),
  'companies.setJobDescription': op<JobDescriptionMatch>()(
    z.object({ slug, text: z.string().max(200000) }).strict(),
  ),
  /** Calendar file (.ics text) of the company's scheduled rounds. */
  'companies.calendar': op<{ fileName: string; ics: string }>()(z.object({ slug }).strict()),
  /** The workbench's unsaved ask and benchmarks checked by the rules comp-band, comp-range, comp-benchmark. */
  'companies.checkCompensation': op<Finding[]>()(
    z.object({ slug, ask: CompPackage.nullable(), benchmarks: z.array(z.string().max(200)).max(20), currency: CurrencyCode.optional() }).strict(),
  ),

  'profiles.list': op<{ profiles: CompanyProfile[]; problems: ProfileProblem[] }>()(none),
  'dashboard.get': op<Dashboard>()(none),

  'documents.list': op<DocumentListItem[]>()(z.object({ company: slug, scores: z.boolean().optional() }).strict()),
  /** limitNote: the document is past the 1 MB / 1,000-section limits (changed outside Dossier); shown on opening. */
  'documents.get': op<DocumentFile & { limitNote?: string }>()(z.object({ company: slug, id: docId }).strict()),
  /**
   * Each snapshot's score (oldest first, one per history entry) as the current rules and settings
   * score its text, as the editor's live check does: the history compares like with like.
   */
  'documents.historyScores': op<{ scores: number[] }>()(z.object({ company: slug, id: docId }).strict()),
  'documents.create': op<DocumentFile>()(
    z.object({ company: slug, templateId: z.string().min(1).max(120), title: z.string().max(300).optional() }).strict(),
  ),
  'documents.update': op<DocumentFile>()(
    z
      .object({
        company: slug,
        id: docId,
        baseRevision: z.number().int().nonnegative().nullable(),
        patch: z
          .object({
            title: z.string().max(300),
            sections: documentSections,
            tags: z.array(Competency).max(20),
            silencedRules: z.array(z.string().max(100)).max(100),
            design: DesignId.nullable(),
          })
          .partial()
          .strict(),
      })
      .strict(),
  ),
  'documents.duplicate': op<DocumentFile>()(z.object({ company: slug, id: docId }).strict()),
  'documents.delete': op<{ id: string }>()(z.object({ company: slug, id: docId }).strict()),
  'documents.restore': op<DocumentFile>()(z.object({ company: slug, id: docId }).strict()),
  /** snapshotNote: which older snapshots were removed to stay within the history budget, if any. */
  'documents.snapshot': op<DocumentFile & { snapshotNote?: string }>()(
    z.object({ company: slug, id: docId, label: z.string().max(200).optional() }).strict(),
  ),
  /** importNote: what the import did with text it could not put in a template section (headings it could not place), if any. */
  'documents.import': op<DocumentFile & { importNote?: string }>()(
    z.object({ company: slug, markdown: documentText }).strict(),
  ),
  'documents.toMarkdown': op<{ markdown: string; fileName: string }>()(
    z.object({ company: slug, id: docId }).strict(),
  ),
  'documents.logRehearsal': op<DocumentFile>()(
    z.object({ company: slug, id: docId, seconds: z.number().nonnegative().max(4 * 3600) }).strict(),
  ),

  /** The company's questions with answers, expectations, practice and readiness per round. */
  'questions.list': op<CompanyQuestionsView>()(z.object({ company: slug, round: z.string().min(1).max(120).optional() }).strict()),
  /** A profile's built-in bank (no workspace needed), as the CLI lists it. */
  'questions.bank': op<BankListing>()(z.object({ profile: z.string().min(1).max(60), round: z.string().min(1).max(120).optional() }).strict()),
  /** Adds the candidate's own question (no id, or an own id) or edits a built-in one (its id). */
  'questions.save': op<{ id: string }>()(
    z
      .object({
        company: slug,
        question: z
          .object({
            id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).max(120).optional(),
            rounds: z.array(z.string().min(1).max(120)).min(1).max(10),
            text: z.string().trim().min(5).max(600),
            competencies: z.array(Competency).max(6),
            strongAnswer: z.array(z.string().trim().min(1).max(600)).max(12),
            trap: z.string().max(600),
            template: z.string().min(1).max(120),
            answerSeconds: z.number().int().min(15).max(3600),
          })
          .strict(),
      })
      .strict(),
  ),
  /** Hides a built-in question or deletes an own one (hidden: true); shows a hidden one again (false). */
  'questions.remove': op<{ id: string }>()(z.object({ company: slug, id: z.string().min(1).max(120), hidden: z.boolean() }).strict()),
  /** Links (or unlinks) a document as an answer; one document may answer several questions. */
  'questions.link': op<{ questionId: string; documentIds: string[] }>()(
    z.object({ company: slug, questionId: z.string().min(1).max(120), documentId: docId, linked: z.boolean() }).strict(),
  ),
  /** A new document from the question's template, titled with the question and linked to it. */
  'questions.startAnswer': op<DocumentFile>()(z.object({ company: slug, questionId: z.string().min(1).max(120) }).strict()),
  /** The question ids a practice session asks, in order. */
  'questions.practiceDeck': op<{ questionIds: string[] }>()(
    z
      .object({ company: slug, round: z.string().min(1).max(120), order: z.enum(['weakest', 'random']), limit: z.number().int().min(1).max(100).default(10) })
      .strict(),
  ),
  /** Records one practised answer: time spoken, the budget and a 1–5 self-rating. */
  'questions.recordPractice': op<PracticeAttempt>()(
    z
      .object({
        company: slug,
        questionId: z.string().min(1).max(120),
        seconds: z.number().nonnegative().max(4 * 3600),
        budgetSeconds: z.number().int().positive().max(4 * 3600),
        rating: z.number().int().min(1).max(5),
      })
      .strict(),
  ),

  'templates.list': op<{ templates: Template[]; problems: TemplateProblem[] }>()(none),
  'rubric.rules': op<RuleSummary[]>()(none),
  /**
   * The rule pack texts and a company's resolved check environment (profile, bands, settings),
   * so the editor checks in its own Web Worker with the same core function as rubric.check.
   */
  'rubric.checkData': op<CheckData>()(z.object({ company: slug }).strict()),
  /** Check unsaved text as the candidate types. */
  'rubric.check': op<CheckResult>()(
    z
      .object({
        company: slug,
        templateId: z.string().min(1).max(120),
        /** The document's title, read with its sections to choose the findings' language. */
        title: z.string().max(1000).optional(),
        sections: documentSections,
        silencedRules: z.array(z.string().max(100)).max(100).default([]),
      })
      .strict(),
  ),

  'export.preview': op<PreviewResult>()(
    z.object({ company: slug, id: docId, design: DesignId.optional() }).strict(),
  ),
  'export.document': op<ExportResult>()(
    z
      .object({
        company: slug,
        id: docId,
        format: ExportFormat,
        design: DesignId.optional(),
        /** Tighter layout chosen after an over-one-page report (never below a 10 pt body). */
        compact: z.boolean().optional(),
        /** The candidate saw the private-term findings and chose to export anyway. */
        confirmPrivateTerms: z.boolean().optional(),
        /**
         * Ask first (a 'needs-confirmation' error with reason 'findings') when the document has
         * error-level findings or empty required sections. The app sends it until the candidate
         * has said "export anyway" once for this document.
         */
        askFirst: z.boolean().optional(),
      })
      .strict(),
  ),
  'export.company': op<CompanyExportResult>()(
    z.object({ company: slug, format: z.enum(['docx', 'pdf', 'md']), confirmPrivateTerms: z.boolean().optional() }).strict(),
  ),
} as const;

export type Api = typeof api;
export type OpName = keyof Api;
export type Req<K extends OpName> = z.input<Api[K]['request']>;
export type ParsedReq<K extends OpName> = z.output<Api[K]['request']>;
export type Res<K extends OpName> = Api[K]['response'];

export type Result<T> = { ok: true; data: T } | { ok: false; error: ErrorPayload };

/** The one handler map: core implements it, transports call it. */
export type Handlers = { [K in OpName]: (req: ParsedReq<K>) => Promise<Res<K>> };

/** What the UI calls; the preload and the HTTP client both implement it. */
export type Client = <K extends OpName>(name: K, req: Req<K>) => Promise<Result<Res<K>>>;

export interface WorkspaceInfo {
  root: string;
  schemaVersion: number;
  settings: WorkspaceSettings;
  problems: FileProblem[];
  /** 'electron' or 'browser': which shell serves the UI (reveal/open only exist in Electron). */
  shell: 'electron' | 'browser' | 'cli';
}

export function isOpName(name: string): name is OpName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

/** Validates a request against its schema; the transports call this before any handler. */
export function parseRequest<K extends OpName>(
  name: K,
  payload: unknown,
): { ok: true; data: ParsedReq<K> } | { ok: false; error: ErrorPayload } {
  const parsed = api[name].request.safeParse(payload ?? {});
  if (parsed.success) return { ok: true, data: parsed.data as ParsedReq<K> };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (field “${issue.path.join('.')}”)` : '';
  return {
    ok: false,
    error: { code: 'bad-request', message: `That request to ${name} was not valid${where}: ${(issue?.message ?? 'unknown problem').replace(/\.$/, '')}.` },
  };
}

/**
 * A row of a company's document list: the summary plus a score. With `scores: true` in the request
 * each document is checked (`live`), falling back to the newest snapshot's score when the check
 * cannot run; without it (menus, pickers) the list stays cheap and reports the snapshot score.
 */
export type DocumentListItem = DocumentSummary & { score: number | null; scoreFrom: 'live' | 'snapshot' | 'none' };

// Type re-exports for the renderer (it may import only src/shared). Additive; type-only.
export type {
  CompanyFile,
  DocumentFile,
  WorkspaceSettings,
  CompanySummary,
  DocumentSummary,
  Template,
  CheckResult,
  RuleSummary,
  CompanyProfile,
  CompanyView,
  Dashboard,
  JobDescriptionMatch,
};
export type {
  ChecklistItem,
  CompPackage,
  Competency,
  EquityGrant,
  LoopRound,
  MoneyRange,
  RoundStatus,
} from '../core/workspace/schemas';
export type { Finding, Severity } from '../core/rubric/types';
export type { CompanyQuestionsView, QuestionView, RoundReadiness, QuestionAnswer, ExpectationResult } from '../core/questions/types';
export type { BankListing, PracticeAttempt };
export type { TemplateSection } from '../core/templates/types';
