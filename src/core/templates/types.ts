// A template definition as loaded from templates/*.json (or the workspace's templates/ folder).
export type SectionKind = 'markdown' | 'money' | 'list';

export interface TemplateSection {
  id: string;
  label: string;
  prompt: string;
  kind: SectionKind;
  required: boolean;
  wordBudget: number;
  guidance: { weak: string; strong: string; tip?: string };
}

export interface Template {
  id: string;
  version: number;
  name: string;
  purpose: string;
  pageBudget: number | null;
  wordBudget: number;
  /** Spoken pieces: seconds at about 140 words a minute. */
  speakingSeconds: number | null;
  spoken: boolean;
  rulePacks: string[];
  sections: TemplateSection[];
  exportLayout: { design: 'classic' | 'modern'; showPrompts: boolean };
  /** Where it was loaded from: 'builtin' or a workspace-relative path. */
  origin: string;
}

export interface TemplateProblem {
  file: string;
  field: string;
  message: string;
}
