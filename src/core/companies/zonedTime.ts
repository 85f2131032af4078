// Wall-clock times in an IANA time zone, converted with Intl (no time-zone database of our own).

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Parses "2026-12-03T14:00" (no offset); null when malformed or not a real date. */
export function parseLocal(local: string): LocalParts | null {
  const m = LOCAL_RE.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m
    .slice(1)
    .map((s) => (s === undefined ? 0 : Number(s))) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const check = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return null;
  }
  return { year, month, day, hour, minute, second };
}

/** The wall-clock parts of an instant in a zone. */
export function partsInZone(instant: Date, timeZone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

function asUtcMs(p: LocalParts): number {
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

/** Offset of the zone from UTC at an instant, in milliseconds (New York in winter: -5 h). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const whole = new Date(Math.floor(instant.getTime() / 1000) * 1000);
  return asUtcMs(partsInZone(whole, timeZone)) - whole.getTime();
}

/**
 * The UTC instant of a wall-clock time in a zone. A time skipped by a DST change (02:30 on the
 * spring-forward day) moves forward by the gap, as calendar apps do; an ambiguous time in the
 * autumn overlap takes the first (daylight) occurrence.
 */
export function zonedToUtc(local: string, timeZone: string): Date | null {
  const parts = parseLocal(local);
  if (!parts || !isValidTimeZone(timeZone)) return null;
  const wall = asUtcMs(parts);
  const before = zoneOffsetMs(new Date(wall - 86_400_000), timeZone);
  const after = zoneOffsetMs(new Date(wall + 86_400_000), timeZone);
  const candidates = [wall - before, wall - after].filter((t) => {
    return asUtcMs(partsInZone(new Date(t), timeZone)) === wall;
  });
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  // In a gap: use the offset from before the change, which lands after the gap.
  return new Date(wall - before);
}

/** Whole calendar days between the dates of two instants as seen in a zone. */
export function calendarDaysBetween(from: Date, to: Date, timeZone: string): number {
  const a = partsInZone(from, timeZone);
  const b = partsInZone(to, timeZone);
  const da = Date.UTC(a.year, a.month - 1, a.day);
  const db = Date.UTC(b.year, b.month - 1, b.day);
  return Math.round((db - da) / 86_400_000);
}
