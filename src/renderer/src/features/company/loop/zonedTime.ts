// UI wording for round times. The conversion itself is core's (through src/shared/zonedTime).
import { calendarDaysBetween, isValidTimeZone, parseLocal, zonedToUtc } from '../../../../../shared/zonedTime';

export { isValidTimeZone, parseLocal };

/** The instant (ms since epoch) of a wall-clock time in a zone, or null if either is invalid. */
export function zonedTimeToInstant(local: string, timeZone: string): number | null {
  return zonedToUtc(local.trim(), timeZone)?.getTime() ?? null;
}

/** Whole calendar days from `now` to the round's date, both read in the round's zone. */
export function calendarDaysUntil(local: string, timeZone: string, now: number): number | null {
  const at = zonedToUtc(local.trim(), timeZone);
  return at ? calendarDaysBetween(new Date(now), at, timeZone) : null;
}

/** "in 3 days", "tomorrow", "today", "2 days ago". */
export function describeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  if (days > 1) return `in ${days} days`;
  return `${-days} days ago`;
}

/** A readable date and time in the round's own zone: "Thu, Dec 3, 2:00 PM EST". */
export function formatRoundTime(local: string, timeZone: string): string {
  const instant = zonedTimeToInstant(local, timeZone);
  if (instant === null) return local;
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(instant));
}
