// How ready a question and a round are. Pure, so the weights are tested directly.
//
// A question: 0 without an answer; with one, 40 points for having it, up to 40 for its best
// rubric score (score × 0.4) and 20 for recent practice (full within RECENT_DAYS days, half
// within STALE_DAYS). A round: the mean over its questions. The weights are ours: an answer
// counts most, its quality next, and rehearsal recency keeps it spoken rather than only written.
export const RECENT_DAYS = 7;
export const STALE_DAYS = 21;
const DAY_MS = 24 * 3600 * 1000;

/** 1 within RECENT_DAYS, 0.5 within STALE_DAYS, else 0 (null: never practised). */
export function recencyWeight(lastPracticed: string | null, now: Date): number {
  if (!lastPracticed) return 0;
  const days = (now.getTime() - Date.parse(lastPracticed)) / DAY_MS;
  if (Number.isNaN(days)) return 0;
  if (days <= RECENT_DAYS) return 1;
  if (days <= STALE_DAYS) return 0.5;
  return 0;
}

/** Readiness 0–100 of one question from whether it is answered, its best score and its last practice. */
export function questionReadiness(q: { answered: boolean; bestScore: number | null; lastPracticed: string | null }, now: Date): number {
  if (!q.answered) return 0;
  const score = Math.max(0, Math.min(100, q.bestScore ?? 0));
  return Math.round(40 + score * 0.4 + 20 * recencyWeight(q.lastPracticed, now));
}

/** Mean of the questions' readiness, rounded; null for none. */
export function roundReadiness(values: number[]): number | null {
  if (values.length === 0) return null;
  return Math.round(values.reduce((a, b) => a + b, 0) / values.length);
}

/**
 * A timed run counts toward readiness only when it is at least this share of what the answer needs
 * (newcomer F22: a 4-second run on a 10-minute question raised readiness from 75 % to 95 %).
 * The share is ours: a third of an answer is the least that rehearses its shape.
 */
export const MIN_RUN_SHARE = 1 / 3;

/**
 * What an answer needs, in seconds: the time to say its document when it has one (its speaking
 * time), else the question's or template's budget; the shorter of the two when both are known.
 * Null when neither is known.
 */
export function neededSeconds(budgetSeconds: number | null, spokenSeconds: number | null): number | null {
  const known = [budgetSeconds, spokenSeconds].filter((n): n is number => n !== null && Number.isFinite(n) && n > 0);
  return known.length === 0 ? null : Math.min(...known);
}

/** Whether a run of `seconds` counts as practice of an answer that needs `needed` seconds (null: any run counts). */
export function runCounts(seconds: number, needed: number | null): boolean {
  return needed === null || seconds >= needed * MIN_RUN_SHARE;
}
