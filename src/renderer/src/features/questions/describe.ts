// Small wording helpers for the questions and practice screens.
import { competencyLabels } from '../../../../shared/competencyLabels';
import type { Competency } from '../../../../shared/api';

/** "2 min", "45 s", "1 min 30 s". */
export function shortDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  const rest = s % 60;
  return rest === 0 ? `${m} min` : `${m} min ${rest} s`;
}

/** "today", "yesterday", "5 days ago", or "never". */
export function daysAgo(iso: string | null, now: Date = new Date()): string {
  if (!iso) return 'never';
  const days = Math.floor((now.getTime() - Date.parse(iso)) / (24 * 3600 * 1000));
  if (Number.isNaN(days)) return 'never';
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

export function competencyNames(list: Competency[]): string {
  return list.map((c) => competencyLabels[c] ?? c).join(', ');
}
