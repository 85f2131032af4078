// Changes to a company's questions, each one atomic save of the company file (dossier.json):
// own questions and edits of built-in ones, hiding, answer links, starting an answer from the
// question's template, and practice records. Unknown ids are refused before anything is written.
import crypto from 'node:crypto';
import type { CoreContext } from '../context';
import { DossierError } from '../errors';
import type { CompanyFile, DocumentFile, OwnQuestion, PracticeAttempt, QuestionEdit } from '../workspace/schemas';
import { newDocumentFromTemplate } from '../workspace/newDocumentFromTemplate';
import { findProfile } from '../companies/loadProfiles';
import { loadTemplates } from '../templates/registry';
import { loadBanks, mergeQuestions } from './buildQuestionsView';
import type { MergedQuestion } from './buildQuestionsView';

/** Practice records kept per company; the oldest go first. */
export const MAX_PRACTICE = 2000;

function questionsOf(ctx: CoreContext, company: CompanyFile): MergedQuestion[] {
  const profile = findProfile(ctx.appRoot, company.profileId);
  const bank = profile ? (loadBanks(ctx).banks.get(profile.id) ?? []) : [];
  return mergeQuestions(bank, company.questions);
}

function findQuestion(ctx: CoreContext, company: CompanyFile, id: string): MergedQuestion {
  const q = questionsOf(ctx, company).find((x) => x.id === id);
  if (!q) throw new DossierError('not-found', `There is no question “${id}” for ${company.name}.`);
  return q;
}

function requireTemplate(ctx: CoreContext, id: string): void {
  if (!loadTemplates(ctx).templates.some((t) => t.id === id)) {
    throw new DossierError('bad-request', `There is no template “${id}” to answer this question with.`);
  }
}

function requireRounds(company: CompanyFile, ctx: CoreContext, rounds: string[]): void {
  const profile = findProfile(ctx.appRoot, company.profileId);
  const known = new Set([...company.loop.map((r) => r.id), ...(profile?.loops.flatMap((l) => l.rounds.map((r) => r.id)) ?? [])]);
  const bad = rounds.find((r) => !known.has(r));
  if (bad) throw new DossierError('bad-request', `“${bad}” is not a round of ${company.name}'s loop.`);
}

const touch = (ctx: CoreContext) => ctx.now().toISOString();

/**
 * Saves a question. Without `id` (or with an id that is not a built-in question) it is the
 * candidate's own question (a new id is made when none is given); with a built-in id, the fields
 * that differ from the bank are stored as the candidate's edit. Returns the saved id.
 */
export function saveQuestion(ctx: CoreContext, slug: string, input: Omit<OwnQuestion, 'id'> & { id?: string }): { id: string } {
  const company = ctx.store.getCompany(slug);
  requireTemplate(ctx, input.template);
  requireRounds(company, ctx, input.rounds);
  const existing = input.id ? questionsOf(ctx, company).find((q) => q.id === input.id) : undefined;
  if (existing && existing.origin === 'bank') {
    const bank = mergeQuestions(
      loadBanks(ctx).banks.get(company.profileId ?? '')?.filter((q) => q.id === existing.id) ?? [],
      { own: [], edits: {}, answers: {}, practice: [] },
    )[0];
    const edit: QuestionEdit = {};
    if (bank) {
      if (input.text !== bank.text) edit.text = input.text;
      if (JSON.stringify(input.rounds) !== JSON.stringify(bank.rounds)) edit.rounds = input.rounds;
      if (JSON.stringify(input.competencies) !== JSON.stringify(bank.competencies)) edit.competencies = input.competencies;
      if (JSON.stringify(input.strongAnswer) !== JSON.stringify(bank.strongAnswer)) edit.strongAnswer = input.strongAnswer;
      if (input.trap !== bank.trap) edit.trap = input.trap;
      if (input.template !== bank.template) edit.template = input.template;
      if (input.answerSeconds !== bank.answerSeconds) edit.answerSeconds = input.answerSeconds;
    }
    const id = existing.id;
    ctx.store.updateCompany(slug, (c) => {
      const edits = { ...c.questions.edits };
      const hidden = edits[id]?.hidden;
      if (Object.keys(edit).length === 0 && !hidden) delete edits[id];
      else edits[id] = hidden ? { ...edit, hidden } : edit;
      return { ...c, questions: { ...c.questions, edits }, updatedAt: touch(ctx) };
    });
    return { id };
  }
  const id = input.id ?? `my-${crypto.randomBytes(6).toString('hex')}`;
  const own: OwnQuestion = {
    id,
    rounds: input.rounds,
    text: input.text.trim(),
    competencies: input.competencies,
    strongAnswer: input.strongAnswer,
    trap: input.trap,
    template: input.template,
    answerSeconds: input.answerSeconds,
  };
  ctx.store.updateCompany(slug, (c) => {
    const rest = c.questions.own.filter((q) => q.id !== id);
    const at = c.questions.own.findIndex((q) => q.id === id);
    const ownList = at >= 0 ? c.questions.own.map((q) => (q.id === id ? own : q)) : [...rest, own];
    return { ...c, questions: { ...c.questions, own: ownList }, updatedAt: touch(ctx) };
  });
  return { id };
}

/** Hides a built-in question (or shows it again); deletes an own question and its answer links. */
export function removeQuestion(ctx: CoreContext, slug: string, id: string, hidden: boolean): { id: string } {
  const company = ctx.store.getCompany(slug);
  const q = findQuestion(ctx, company, id);
  ctx.store.updateCompany(slug, (c) => {
    if (q.origin === 'yours') {
      if (!hidden) return c;
      const answers = { ...c.questions.answers };
      delete answers[id];
      return { ...c, questions: { ...c.questions, own: c.questions.own.filter((x) => x.id !== id), answers }, updatedAt: touch(ctx) };
    }
    const edits = { ...c.questions.edits };
    const { hidden: _old, ...fields } = edits[id] ?? {};
    if (hidden) edits[id] = { ...fields, hidden: true };
    else if (Object.keys(fields).length > 0) edits[id] = fields;
    else delete edits[id];
    return { ...c, questions: { ...c.questions, edits }, updatedAt: touch(ctx) };
  });
  return { id };
}

/** Links (or unlinks) a document as an answer to a question; one document may answer several. */
export function linkAnswer(ctx: CoreContext, slug: string, questionId: string, documentId: string, linked: boolean): { questionId: string; documentIds: string[] } {
  const company = ctx.store.getCompany(slug);
  findQuestion(ctx, company, questionId);
  if (linked) ctx.store.getDocument(slug, documentId); // a clear not-found before saving a dangling link
  const saved = ctx.store.updateCompany(slug, (c) => {
    const current = c.questions.answers[questionId] ?? [];
    const next = linked ? (current.includes(documentId) ? current : [...current, documentId]) : current.filter((d) => d !== documentId);
    const answers = { ...c.questions.answers };
    if (next.length > 0) answers[questionId] = next;
    else delete answers[questionId];
    return { ...c, questions: { ...c.questions, answers }, updatedAt: touch(ctx) };
  });
  return { questionId, documentIds: saved.questions.answers[questionId] ?? [] };
}

/** A new document from the question's template, titled with the question, linked as its answer. */
export function startAnswer(ctx: CoreContext, slug: string, questionId: string): DocumentFile {
  const company = ctx.store.getCompany(slug);
  const q = findQuestion(ctx, company, questionId);
  const title = q.text.length > 300 ? `${q.text.slice(0, 299)}…` : q.text;
  const doc = newDocumentFromTemplate(ctx, slug, q.template, { title });
  linkAnswer(ctx, slug, questionId, doc.id, true);
  return doc;
}

/** Records one practised answer: seconds spoken, the budget it ran against and a 1–5 self-rating. */
export function recordPractice(ctx: CoreContext, slug: string, attempt: Omit<PracticeAttempt, 'at'>): PracticeAttempt {
  const company = ctx.store.getCompany(slug);
  findQuestion(ctx, company, attempt.questionId);
  const record: PracticeAttempt = { ...attempt, at: ctx.now().toISOString() };
  ctx.store.updateCompany(slug, (c) => ({
    ...c,
    questions: { ...c.questions, practice: [...c.questions.practice, record].slice(-MAX_PRACTICE) },
    updatedAt: touch(ctx),
  }));
  return record;
}
