// The shape of a question bank file (resources/questions/<profile>.json): each question with the
// rounds that ask it, the competencies it tests, the guide it comes from, what a strong answer
// does, the trap, the template that fits and the rubric rules its answer must satisfy.
import { z } from 'zod';
import { Competency } from '../workspace/schemas';
import { SOURCE_LABELS } from '../companies/sourceLabels';

/** One label per source guide (shared DOMAIN.md); "general" marks a question no guide names. */
export const GUIDE_LABELS = SOURCE_LABELS;
export const QuestionSource = z.enum([...SOURCE_LABELS, 'general']);
export type QuestionSource = z.infer<typeof QuestionSource>;

const slugId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes');

export const BankQuestion = z
  .object({
    id: slugId,
    /** Round ids of the profile's loops; the first is where the guide places the question. */
    rounds: z.array(slugId).min(1, 'needs at least one round'),
    text: z.string().min(10, 'must be a full question').max(600),
    competencies: z.array(Competency).min(1, 'needs at least one competency'),
    source: QuestionSource,
    /** named: the guide states the question; implied: the guide clearly implies it; general: no guide. */
    basis: z.enum(['named', 'implied', 'general']),
    strongAnswer: z.array(z.string().min(1)).min(1, 'needs at least one thing a strong answer does'),
    trap: z.string().min(1, 'must say which trap to avoid'),
    template: slugId,
    /** Rubric rule ids the answer must satisfy beyond its template's rules. */
    expects: z.array(slugId).default([]),
    /** Spoken budget for one answer, in seconds. */
    answerSeconds: z.number().int().min(15).max(3600),
  })
  .strict()
  .superRefine((q, ctx) => {
    if ((q.source === 'general') !== (q.basis === 'general')) {
      ctx.addIssue({
        code: 'custom',
        path: ['basis'],
        message: 'a question without a guide (source “general”) must have basis “general”, and only then',
      });
    }
  });
export type BankQuestion = z.output<typeof BankQuestion>;

export const BankFile = z
  .object({
    /** The company profile id (resources/companies/<profile>.json) this bank belongs to. */
    profile: slugId,
    questions: z.array(z.unknown()),
  })
  .strict();

/** A bank file or question that failed to load: named by file and field, and skipped. */
export interface QuestionProblem {
  /** "resources/questions/jpmorgan.json" */
  file: string;
  /** Dotted field path ("questions.3.source"), or "(file)". */
  field: string;
  message: string;
}
