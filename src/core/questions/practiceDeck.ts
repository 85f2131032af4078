// Which questions a practice session asks, in order. Pure; the random order takes its random
// source as an argument so tests can fix it.
import type { QuestionView } from './types';

export type PracticeOrder = 'weakest' | 'random';

/**
 * The round's visible questions in practice order. "weakest": unanswered first, then by
 * readiness (lowest first), then by the oldest practice; "random": a Fisher–Yates shuffle.
 * `limit` caps the deck (at least 1).
 */
export function practiceDeck(
  questions: QuestionView[],
  round: string,
  order: PracticeOrder,
  limit: number,
  random: () => number = Math.random,
): string[] {
  const pool = questions.filter((q) => q.round === round && !q.hidden);
  let ordered: QuestionView[];
  if (order === 'random') {
    ordered = [...pool];
    for (let i = ordered.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [ordered[i], ordered[j]] = [ordered[j]!, ordered[i]!];
    }
  } else {
    ordered = [...pool].sort(
      (a, b) =>
        Number(a.answers.length > 0) - Number(b.answers.length > 0) ||
        a.readiness - b.readiness ||
        (a.lastPracticed ?? '').localeCompare(b.lastPracticed ?? ''),
    );
  }
  return ordered.slice(0, Math.max(1, limit)).map((q) => q.id);
}
