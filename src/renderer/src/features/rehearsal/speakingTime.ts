// Speaking-time arithmetic for rehearsal mode: estimate from the text, and the timer's tone.

export const WORDS_PER_MINUTE = 140;

/** Words as a listener hears them; CJK text is segmented by Intl.Segmenter, not by spaces. */
export function countWords(text: string): number {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  let count = 0;
  for (const part of segmenter.segment(text)) if (part.isWordLike) count += 1;
  return count;
}

/** Seconds to say the text aloud at 140 words a minute. */
export function estimateSeconds(text: string, wpm = WORDS_PER_MINUTE): number {
  return Math.round((countWords(text) / wpm) * 60);
}

export type TimerTone = 'calm' | 'near' | 'over';

/** Amber from 85 % of the budget, red once it is passed; calm when there is no budget. */
export function timerTone(elapsedSeconds: number, budgetSeconds: number | null): TimerTone {
  if (budgetSeconds === null || budgetSeconds <= 0) return 'calm';
  if (elapsedSeconds > budgetSeconds) return 'over';
  if (elapsedSeconds >= budgetSeconds * 0.85) return 'near';
  return 'calm';
}

/** "1:05", "12:00", "1:02:03". */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** "about 1 min 45 s". */
export function describeSeconds(totalSeconds: number): string {
  const s = Math.round(totalSeconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  const rest = s % 60;
  return rest === 0 ? `${m} min` : `${m} min ${rest} s`;
}
