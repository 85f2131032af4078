// Wall-clock times in an IANA time zone ("2026-12-03T14:00" in America/New_York) <-> instants.
// Rounds are stored as local wall-clock + zone, so the UI needs this to warn about past dates
// and to count the days until a round. Uses only Intl (no time-zone tables of our own).

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** True when the runtime knows the zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Splits "YYYY-MM-DDTHH:mm[:ss]" into numbers, or null when it is not a real calendar time. */
export function parseLocal(local: string): { y: number; mo: number; d: number; h: number; mi: number; s: number } | null {
  const m = LOCAL.exec(local.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59) return null;
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
  return { y, mo, d, h, mi, s };
}

/** Milliseconds the zone is ahead of UTC at the given instant. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant (ms since epoch) of a wall-clock time in a zone, or null if either is invalid. */
export function zonedTimeToInstant(local: string, timeZone: string): number | null {
  const p = parseLocal(local);
  if (!p || !isValidTimeZone(timeZone)) return null;
  const wall = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s);
  let guess = wall - offsetAt(wall, timeZone);
  guess = wall - offsetAt(guess, timeZone);
  return guess;
}

/** The calendar date (YYYY-MM-DD) of an instant as seen in a zone. */
export function dateInZone(instant: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(instant),
  );
}

/** Whole calendar days from `now` to the round's date, both read in the round's zone. */
export function calendarDaysUntil(local: string, timeZone: string, now: number): number | null {
  const p = parseLocal(local);
  if (!p || !isValidTimeZone(timeZone)) return null;
  const today = dateInZone(now, timeZone).split('-').map(Number) as [number, number, number];
  const from = Date.UTC(today[0], today[1] - 1, today[2]);
  const to = Date.UTC(p.y, p.mo - 1, p.d);
  return Math.round((to - from) / 86_400_000);
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
