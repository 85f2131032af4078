// What the question views return (shared with the UI through src/shared/api.ts).
import type { Competency } from '../workspace/schemas';
import type { QuestionProblem } from './questionSchema';

export interface QuestionAnswer {
  id: string;
  title: string;
  templateId: string;
  /** Live rubric score 0–100, or null when the document cannot be checked. */
  score: number | null;
  /** Seconds to say the answer aloud at its template's pace. */
  spokenSeconds: number;
  /** Latest timed rehearsal of the document, ISO, or null. */
  lastRehearsed: string | null;
}

export type ExpectationState = 'met' | 'missing' | 'unanswered' | 'manual';

/** One of the question's own expectations (a rubric rule id) judged on its best answer. */
export interface ExpectationResult {
  rule: string;
  /** The rule's plain label (ruleLabels), what users read instead of the id. */
  label: string;
  /** true: satisfied; false: the rule fires on the answer; null: no answer yet, or the rule is not available. */
  met: boolean | null;
  /**
   * The same, for the candidate: `met`, `missing`, `unanswered` (judged once the question has an
   * answer) or `manual` (no rule can judge it: the candidate reads their answer for it).
   */
  state: ExpectationState;
  message: string;
}

export interface PracticeRecord {
  at: string;
  seconds: number;
  budgetSeconds: number;
  rating: number;
}

export interface QuestionView {
  id: string;
  /** The round of the company's loop it is placed in (else the guide's round). */
  round: string;
  roundName: string;
  /** Every round the question fits, first the guide's. */
  rounds: string[];
  /** False when none of its rounds is in the company's loop. */
  inLoop: boolean;
  text: string;
  competencies: Competency[];
  /** Source label (wf-en, wf-zh, jpmorgan, amex, fintech), "general", or "yours". */
  source: string;
  sourceName: string;
  basis: 'named' | 'implied' | 'general' | 'yours';
  strongAnswer: string[];
  trap: string;
  template: string;
  templateName: string | null;
  expects: string[];
  answerSeconds: number;
  origin: 'bank' | 'yours';
  edited: boolean;
  hidden: boolean;
  answers: QuestionAnswer[];
  expectations: ExpectationResult[];
  practice: PracticeRecord[];
  /** Latest practice or rehearsal of an answer, ISO, or null. */
  lastPracticed: string | null;
  /** 0–100 (see questionReadiness). */
  readiness: number;
}

export interface RoundReadiness {
  roundId: string;
  name: string;
  minutes: number;
  questionCount: number;
  answered: number;
  /** Mean best-answer score of the answered questions, or null. */
  averageScore: number | null;
  /** Questions practised (or their answer rehearsed) in the last RECENT_DAYS days. */
  rehearsedRecently: number;
  /** 0–100, or null for a round with no questions. */
  readiness: number | null;
  /** The most useful next step for this round, in plain words. */
  nextStep: string;
  nextQuestionId: string | null;
}

export interface CompanyQuestionsView {
  company: string;
  profileId: string | null;
  rounds: RoundReadiness[];
  questions: QuestionView[];
  /** Problems of the built-in banks (file and field), shown but never fatal. */
  problems: QuestionProblem[];
}
