// A template definition as loaded from templates/*.json (or the workspace's templates/ folder).
export type SectionKind = 'markdown' | 'money' | 'list';

export interface TemplateSection {
  id: string;
  label: string;
  /** Other headings that open this section (its Chinese names, e.g. "权衡" for "The trade-off"). */
  aliases?: string[];
  prompt: string;
  kind: SectionKind;
  required: boolean;
  wordBudget: number;
  /** Examples and a tip; `sources` names the guides they draw on (labels; show with sourceName()). */
  guidance: { weak: string; strong: string; tip?: string; sources?: string[] };
  /** Spoken sections with their own time budget (the ethics pitch's 30-second version). */
  speakingSeconds?: number | null;
}

export interface Template {
  id: string;
  version: number;
  name: string;
  purpose: string;
  /** The guides a built-in template draws on (labels: wf-en, wf-zh, jpmorgan, amex, fintech); absent for your own. */
  sources?: string[];
  pageBudget: number | null;
  wordBudget: number;
  /** Spoken pieces: seconds at about 140 words (180 Chinese characters) a minute (rubric/speakingPace.ts). */
  speakingSeconds: number | null;
  spoken: boolean;
  /** Speaking pace used for time budgets, in words a minute (default 140); the Chinese character pace scales with it. */
  wordsPerMinute?: number;
  rulePacks: string[];
  sections: TemplateSection[];
  /**
   * Words and phrases that mean the same in this template's headings, one group each; a heading
   * written with any member reads as if it used the first (document/headingKey.ts).
   */
  headingSynonyms?: string[][];
  exportLayout: { design: 'classic' | 'modern'; showPrompts: boolean };
  /** Where it was loaded from: 'builtin' or a workspace-relative path. */
  origin: string;
}

export interface TemplateProblem {
  file: string;
  field: string;
  message: string;
}
