// Word count the way the rubric counts (core's own counter, through src/shared): Intl.Segmenter
// words, so Chinese text counts per word; comments, list markers and link targets are not words.
export { countSectionWords as countWords } from '../../../shared/wordCount';

/** "1:05" from 65 seconds. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
