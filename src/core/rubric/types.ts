// The flat finding type every rule kind produces, and the result of checking a document.
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
}

export interface RuleSummary {
  id: string;
  kind: string;
  severity: Severity;
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
}
