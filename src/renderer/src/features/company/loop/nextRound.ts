// The soonest scheduled round still ahead, with calendar days until it (in its own zone).
import type { LoopRound } from '../../../../../shared/api';
import { calendarDaysUntil, zonedTimeToInstant } from './zonedTime';

export function nextRound(rounds: LoopRound[], now: number): { round: LoopRound; days: number } | null {
  let best: { round: LoopRound; at: number } | null = null;
  for (const round of rounds) {
    if (round.status !== 'scheduled' || !round.scheduledAt) continue;
    const at = zonedTimeToInstant(round.scheduledAt, round.timeZone);
    if (at === null || at < now) continue;
    if (!best || at < best.at) best = { round, at };
  }
  if (!best || !best.round.scheduledAt) return null;
  const days = calendarDaysUntil(best.round.scheduledAt, best.round.timeZone, now);
  return days === null ? null : { round: best.round, days };
}
