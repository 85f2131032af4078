// Company profiles (resources/companies/*.json) and the views built from them.
import type { z } from 'zod';
import type {
  CompanyProfileSchema,
  ProfileChecklistItem,
  ProfileComp,
  ProfileLoop,
  ProfileRound,
} from './profileSchema';
import type { CompanyFile, Competency, LoopRound, MoneyRange } from '../workspace/schemas';
import type { RecordCurrency } from './currency';

/** A fact as a source states it. */
export interface Sourced<T> {
  value: T;
  source: string;
}

/** A validated company profile; every fact carries its source label. */
export type CompanyProfile = z.output<typeof CompanyProfileSchema>;
export type ProfileLoop = z.output<typeof ProfileLoop>;
export type ProfileRound = z.output<typeof ProfileRound>;
export type ProfileComp = z.output<typeof ProfileComp>;
export type ProfileChecklistItem = z.output<typeof ProfileChecklistItem>;

/** A profile file that failed to load: reported, and skipped. */
export interface ProfileProblem {
  /** File name relative to resources/companies, e.g. "wells-fargo.json". */
  file: string;
  /** Dotted path of the field at fault ("loops.0.rounds.2.minutes"), or "" for the whole file. */
  field: string;
  message: string;
}

/** One reading of a profile's pay: a guide's figures, or one way of reading an ambiguous guide. */
export interface BandReading {
  /** The profile's compensation variant id ("wf-zh-comp", "jpmorgan-total-cash"). */
  id: string;
  base: MoneyRange | null;
  bonusPercent: MoneyRange | null;
  /** Base plus cash bonus a year, when the guide states pay that way (JPMorgan: "total cash"). */
  totalCash: MoneyRange | null;
  /** Senior roles can reach this bonus percent or more (wf-zh: 50); absent or null when not stated. */
  bonusSeniorPercent?: number | null;
  /** Yearly total (base, bonus and stock) for individual contributors (wf-zh: $190k–$340k); absent or null when not stated. */
  total?: MoneyRange | null;
  /** The management track's total runs this many percent higher (wf-zh: 20–40). */
  totalManagementUpliftPercent?: MoneyRange | null;
  baseIsRigid: boolean;
  /** The guide's label (wf-en, wf-zh, jpmorgan, amex, fintech); show it with sourceName(). */
  source: string;
  /** How this reading takes the guide, in plain words. */
  reading: string;
}

/** The bands the comp-band rule and the compensation view measure asks against. */
export interface Bands {
  base: MoneyRange | null;
  bonusPercent: MoneyRange | null;
  /** The default reading's total-cash band (base plus cash bonus), when it has one. */
  totalCash: MoneyRange | null;
  baseIsRigid: boolean;
  /** A guide label, or "your edits" for a custom company or edited bands; null when nothing is known. Show it with sourceName(). */
  source: string | null;
  /** The default reading's variant id, null for your own bands. */
  readingId: string | null;
  /** How the default reading takes its guide (null for your own bands). */
  reading: string | null;
  /** When the rigid-base flag comes from another guide than the band itself (Wells Fargo: wf-zh). */
  rigidSource: string | null;
  /** The profile's other readings, so the UI can show where guides disagree and checks can name them. */
  alternatives: BandReading[];
}

/** A user-input problem: errors are refused, warnings are saved and shown. */
export interface InputProblem {
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface YearAmount {
  year: number;
  min: number;
  max: number;
}

export interface CompTotals {
  firstYear: MoneyRange;
  fourYearAverage: MoneyRange;
  fourYearTotal: MoneyRange;
  /** Years 1 to 4. */
  years: YearAmount[];
  /** Per component over years 1–4 (min, max), for a breakdown table. */
  components: {
    name: 'base' | 'bonus' | 'equity' | 'signOn' | 'relocation' | 'stipend';
    years: YearAmount[];
  }[];
  /** The counting rules and assumptions behind the numbers, in plain words. */
  assumptions: string[];
}

export interface BandPlacement {
  position: 'below' | 'inside' | 'above';
  /** Dollars (or points) outside the band; 0 inside. */
  distance: number;
  message: string;
}

export interface OfferComparison {
  rows: { label: string; totals: CompTotals }[];
  /** Index of the row with the highest guaranteed (min) first-year total, or null with no rows. */
  bestFirstYear: number | null;
  /** Index of the row with the highest guaranteed (min) four-year average. */
  bestFourYearAverage: number | null;
  rule: string;
}

export interface NextRound {
  roundId: string;
  roundName: string;
  /** UTC instant, ISO. */
  startsAt: string;
  /** Local wall-clock start as entered, and its zone. */
  localStart: string;
  timeZone: string;
  /** Calendar days from today to the round's day, both in the round's time zone (0 = today). */
  daysUntil: number;
}

export interface CompetencyCoverage {
  competency: Competency;
  label: string;
  rounds: { id: string; name: string }[];
  documents: { id: string; title: string; from: 'tags' | 'inferred' }[];
  /** Documents about it that do not count yet (a big mistake, or a low score), with the reason in plain words. */
  heldBack: { id: string; title: string; reason: string }[];
  /** Fewer than two documents prepared for a competency a round tests. */
  thin: boolean;
}

export interface Coverage {
  competencies: CompetencyCoverage[];
  /** Competencies tested by a round with fewer than two tagged documents. */
  gaps: Competency[];
}

export interface DocumentReadiness {
  id: string;
  title: string;
  templateId: string;
  tags: Competency[];
  /**
   * What the document counts for in coverage: its tags when set, else inferred from text and
   * template, kept only where the draft demonstrates it (competencyEvidence.ts).
   */
  competencies: Competency[];
  /** Competencies it talks about but does not count for yet, each with the reason in plain words. */
  heldBack?: { competency: Competency; reason: string }[];
  competencySource: 'tags' | 'inferred';
  score: number | null;
  /** Where the score comes from: a live check, or the newest snapshot when the check failed. */
  scoreFrom: 'live' | 'snapshot' | 'none';
  updatedAt: string;
  /** A pay document (PAY_TEMPLATES) that states pay (statesPay.ts); absent for other documents and unreadable files. */
  statesPay?: boolean;
}

/** A company file plus what the UI derives from it and its profile. */
export interface CompanyView {
  company: CompanyFile;
  profile: CompanyProfile | null;
  nextRound: NextRound | null;
  coverage: Coverage;
  checklistProgress: { done: number; total: number };
  bands: Bands;
  compensation: {
    /** The record's currency and why (companies/currency.ts); every amount here is in it. */
    currency: RecordCurrency;
    current: CompTotals | null;
    ask: CompTotals | null;
    offers: OfferComparison;
    /** Where the ask's base floor and stretch fall in the base band (null without an ask or band). */
    askPlacement: { floor: BandPlacement; stretch: BandPlacement } | null;
  };
  readiness: DocumentReadiness[];
  /** Why pay figures here are not checked (no guide band, no band of your own: payCaveat.ts), or null. */
  payCaveat: string | null;
  /** The same in Chinese, shown beside a Chinese draft's findings (findingsWords.ts), or null. */
  payCaveatZh: string | null;
  /** The saved job description matched against the documents (null when none is saved). */
  jobDescriptionMatch: JobDescriptionMatch | null;
  /** Warnings about saved input (a round scheduled in the past, an unknown time zone). */
  warnings: InputProblem[];
}

export interface JobDescriptionTerm {
  term: string;
  kind: 'vocabulary' | 'acronym' | 'name' | 'frequent';
  count: number;
  /** Ids of the documents that mention the term. */
  coveredBy: string[];
}

export interface JobDescriptionMatch {
  terms: JobDescriptionTerm[];
  /** Terms no document mentions. */
  uncovered: string[];
  documents: { id: string; title: string }[];
}

export interface Suggestion {
  kind: 'round-readiness' | 'low-score' | 'coverage-gap' | 'unscheduled-round' | 'checklist';
  company: string;
  companyName: string;
  text: string;
  documentId?: string;
  roundId?: string;
  /** For round-readiness: the question to work on first. */
  questionId?: string;
  checklistItemId?: string;
  competency?: Competency;
}

export interface DashboardCompany {
  slug: string;
  name: string;
  profileId: string | null;
  nextRound: NextRound | null;
  documents: DocumentReadiness[];
  averageScore: number | null;
  checklistProgress: { done: number; total: number };
  unscheduledRounds: number;
  gaps: Competency[];
  /** Set when the company has a pay document whose figures nothing could check (payCaveat.ts). */
  payCaveat: string | null;
  /** Readiness 0–100 per round of the loop that has questions (see questions/questionReadiness). */
  rounds: { roundId: string; name: string; readiness: number | null; answered: number; questionCount: number }[];
}

export interface Dashboard {
  /** Scheduled rounds from now on, across companies, soonest first. */
  timeline: (NextRound & { company: string; companyName: string })[];
  companies: DashboardCompany[];
  /** What to work on next, most useful first. */
  suggestions: Suggestion[];
}

export type { CompanyFile, Competency, LoopRound, MoneyRange };
