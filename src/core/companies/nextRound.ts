// The next round still ahead, and how many calendar days away it is.
import type { LoopRound } from '../workspace/schemas';
import type { NextRound } from './types';
import { calendarDaysBetween, zonedToUtc } from './zonedTime';

/** Every dated round from `now` on that is still open (not done, passed or declined), soonest first. */
export function upcomingRounds(rounds: LoopRound[], now: Date): NextRound[] {
  const out: NextRound[] = [];
  for (const round of rounds) {
    if (!round.scheduledAt) continue;
    if (round.status === 'done' || round.status === 'passed' || round.status === 'declined')
      continue;
    const start = zonedToUtc(round.scheduledAt, round.timeZone);
    if (!start || start.getTime() < now.getTime()) continue;
    out.push({
      roundId: round.id,
      roundName: round.name,
      startsAt: start.toISOString(),
      localStart: round.scheduledAt,
      timeZone: round.timeZone,
      daysUntil: calendarDaysBetween(now, start, round.timeZone),
    });
  }
  return out.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

export function nextRound(rounds: LoopRound[], now: Date): NextRound | null {
  return upcomingRounds(rounds, now)[0] ?? null;
}
