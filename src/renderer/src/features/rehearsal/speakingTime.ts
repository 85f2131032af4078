// Speaking-time arithmetic for rehearsal mode: estimate from the text (the rubric's own count and
// pace), and the timer's tone.
import { DEFAULT_WPM, describePace, secondsToSpeak, spokenUnits } from '../../../../shared/wordCount';
import { countWords } from '../../lib/countWords';

export const WORDS_PER_MINUTE = DEFAULT_WPM;

/** Words as the rubric counts them (CJK segmented by Intl.Segmenter, not by spaces). */
export { countWords };

/**
 * Seconds to say the text aloud, as the rubric times it: words at 140 a minute unless the template
 * says otherwise, Han characters at 180 a minute (core/rubric/speakingPace.ts gives the basis).
 */
export function estimateSeconds(text: string, wpm = WORDS_PER_MINUTE): number {
  return secondsToSpeak(spokenUnits(text, countWords), wpm);
}

/** The pace that estimate uses, in the text's own unit: "140 words a minute", "180 Chinese characters a minute". */
export function paceOf(text: string, wpm = WORDS_PER_MINUTE): string {
  return describePace(spokenUnits(text, countWords), wpm);
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
