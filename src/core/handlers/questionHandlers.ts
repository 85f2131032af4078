// questions.*: the company's questions and readiness, the built-in bank, own questions and
// edits, answer links, starting an answer, and practice sessions.
import type { Handlers } from '../../shared/api';
import type { CoreContext } from '../context';
import { buildQuestionsView } from '../questions/buildQuestionsView';
import { linkAnswer, recordPractice, removeQuestion, saveQuestion, startAnswer } from '../questions/editQuestions';
import { listBank } from '../questions/listBank';
import { practiceDeck } from '../questions/practiceDeck';
import { DossierError } from '../errors';

export function questionHandlers(ctx: CoreContext): Partial<Handlers> {
  return {
    'questions.list': async ({ company, round }) => {
      const view = buildQuestionsView(ctx, company);
      if (round === undefined) return view;
      if (!view.rounds.some((r) => r.roundId === round) && !view.questions.some((q) => q.rounds.includes(round))) {
        throw new DossierError('not-found', `There is no round “${round}” in this company's loop.`);
      }
      return { ...view, rounds: view.rounds.filter((r) => r.roundId === round), questions: view.questions.filter((q) => q.round === round) };
    },
    'questions.bank': async ({ profile, round }) => listBank(ctx.appRoot, ctx.store.root, profile, round),
    'questions.save': async ({ company, question }) => saveQuestion(ctx, company, question),
    'questions.remove': async ({ company, id, hidden }) => removeQuestion(ctx, company, id, hidden),
    'questions.link': async ({ company, questionId, documentId, linked }) => linkAnswer(ctx, company, questionId, documentId, linked),
    'questions.startAnswer': async ({ company, questionId }) => startAnswer(ctx, company, questionId),
    'questions.practiceDeck': async ({ company, round, order, limit }) => ({
      questionIds: practiceDeck(buildQuestionsView(ctx, company).questions, round, order, limit),
    }),
    'questions.recordPractice': async ({ company, questionId, seconds, budgetSeconds, rating }) =>
      recordPractice(ctx, company, { questionId, seconds, budgetSeconds, rating }),
  };
}
