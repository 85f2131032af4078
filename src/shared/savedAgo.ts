// How long ago a version was saved, in words a candidate reads at a glance ("3 minutes ago",
// "yesterday"), for offering a backup. Pure: the caller passes `now`.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'} ago`;
}

/** `savedAt` (ISO 8601) relative to `now`: "just now", "5 minutes ago", "2 hours ago", "yesterday", "4 days ago". */
export function savedAgo(savedAt: string, now: Date): string {
  const ms = now.getTime() - Date.parse(savedAt);
  if (!Number.isFinite(ms)) return 'at an unknown time';
  if (ms < MINUTE) return 'just now';
  if (ms < HOUR) return plural(Math.floor(ms / MINUTE), 'minute');
  if (ms < DAY) return plural(Math.floor(ms / HOUR), 'hour');
  if (ms < 2 * DAY) return 'yesterday';
  return plural(Math.floor(ms / DAY), 'day');
}
