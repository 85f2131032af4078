// The flat finding type every rule kind produces, and the result of checking a document.
import type { FindingsLanguage } from './findingsLanguage';

export type Severity = 'error' | 'warning' | 'info';

export interface Fix {
  /** Button label, e.g. "Remove “various”" or "Add the Outcome section". */
  label: string;
  /** Replace text[start, end) of the section with `text`; for a missing section, section is its id and start = end = 0. */
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  /** Section id, or null for whole-document findings. */
  section: string | null;
  /** 1-based line and column in the section text (document-level findings: 1, 1). */
  line: number;
  column: number;
  /** UTF-16 offsets into the section text. */
  start: number;
  end: number;
  excerpt: string;
  message: string;
  why: string;
  suggestion: string;
  fix?: Fix;
  /** True when silenced by an inline marker or per-document setting; still shown, not scored. */
  silenced: boolean;
}

export interface CheckResult {
  template: string;
  company: string | null;
  score: number;
  wordCount: number;
  /** Speaking time in seconds at the template's words-per-minute, when it has a time budget. */
  speakingSeconds: number | null;
  findings: Finding[];
  /** The language the findings' message, suggestion and why are written in (findingsLanguage.ts). */
  language: FindingsLanguage;
  /**
   * Ids of the rules that ran on this document (enabled, for its template and company) and found
   * nothing, in rule-pack order: what the editor can acknowledge as done well (strengths.ts).
   */
  passed?: string[];
  /**
   * The document states pay (statesPay.ts: a base, bonus, sign-on, equity or total figure that is
   * not a result), so a "pay not checked" caveat applies to it. Absent in results made before it existed.
   */
  statesPay?: boolean;
  /**
   * Findings (not silenced) past MAX_LISTED_PER_RULE of their rule, by severity: found and
   * scored but not in `findings` (the check-limit note names the rules). Absent when none.
   */
  unlisted?: Record<Severity, number>;
}

export interface RuleSummary {
  id: string;
  kind: string;
  severity: Severity;
  /** When findings can carry another severity ("error when the ask is above every published band"), else null. */
  severityNote: string | null;
  message: string;
  why: string;
  pack: string;
  enabled: boolean;
}

/** Where a rule instance applies; absent lists mean "everywhere". */
export interface AppliesTo {
  templates?: string[];
  companies?: string[];
}

/** A rule instance as written in a rule pack (resources/rubrics/*.json). */
export interface RuleDef {
  id: string;
  kind: string;
  params: Record<string, unknown>;
  severity: Severity;
  message: string;
  why: string;
  /** Default advice shown with each finding. */
  suggestion: string;
  /** The same three in Chinese, for a Chinese draft's findings (findingsLanguage.ts); English when absent. */
  messageZh?: string | undefined;
  whyZh?: string | undefined;
  suggestionZh?: string | undefined;
  appliesTo: AppliesTo;
  /** The pack (file name without .json) it came from. */
  pack: string;
}

export interface RulePackProblem {
  file: string;
  field: string;
  message: string;
}

/** A base-pay band (whole dollars) with the source that states it. */
export interface BandRange {
  min: number;
  max: number;
  source: string;
}

/** What the comp rules know about the target company's pay. */
export interface CompBands {
  base: BandRange[];
  baseIsRigid: boolean;
  /**
   * Total-cash bands (base plus cash bonus a year, whole dollars) for asks stated as total cash;
   * JPMorgan's guide reads $150k–$210k both as base and as total cash. Absent or empty: none.
   */
  totalCash?: BandRange[];
  /**
   * Published ranges for the other pay components (bonus, equity, sign-on, relocation, stipend),
   * one per guide that states them. Absent or empty: none published.
   */
  components?: ComponentBand[];
  /**
   * Published yearly total compensation (base, bonus and stock together), one per guide that
   * states it (wf-zh: $190k–$340k for individual contributors, the management track 20–40 %
   * higher). Absent or empty: no guide states a total.
   */
  total?: TotalBand[];
}

/** One guide's total-compensation range a year (whole dollars). */
export interface TotalBand extends BandRange {
  /** The management track runs this many percent higher (wf-zh: 20–40); absent when not stated. */
  managementUplift?: { min: number; max: number };
}

/** A pay component other than base, as the comp rules name it. */
export type PayComponent = 'bonus' | 'equity' | 'sign-on' | 'relocation' | 'stipend';

/**
 * How a component band is measured: a percent of base (bonus), a dollar amount (a sign-on, a
 * relocation cap, an equity grant over its vesting), dollars a year (wf-zh's RSUs, Amex's
 * stipend) or a percent of the company (Amex's equity).
 */
export type ComponentMeasure = 'percent-of-base' | 'dollars' | 'dollars-per-year' | 'percent-of-company';

/** One guide's published range for a pay component. */
export interface ComponentBand extends BandRange {
  component: PayComponent;
  measure: ComponentMeasure;
  /** The guide gives only a cap ("relocation up to $10k"): an ask below it is never flagged. */
  upTo?: boolean;
  /** Vesting years of an equity band (a grant over 4 years; wf-zh: 3 or 4), to compare a yearly ask with a grant. */
  vestingYears?: number[];
  /**
   * Bonus only: senior roles can reach this percent of base or more (wf-zh: 50 %+, beside its
   * 15–35 %). An ask above max but within it is inside this guide's range when the document says
   * the role is senior, and a warning (not an error) when it does not say.
   */
  seniorReach?: number;
  /**
   * Set when a percent-of-base bonus range was turned into dollars to judge a dollar bonus ask:
   * the percent range, the base it was applied to, and whose base that is (the writer's own base
   * ask, or the guide's base band when the document gives none).
   */
  derivedFrom?: { percent: { min: number; max: number; seniorReach?: number }; base: { min: number; max: number }; baseIs: 'ask' | 'guide' };
  /** Bonus only: the guide's target percent of base (wf-en: 15), shown beside the range. */
  target?: number;
}
