// The pace spoken pieces are timed at: 140 words a minute unless a template sets its own.
export const DEFAULT_WPM = 140;

export function secondsToSay(words: number, wpm: number): number {
  return Math.round((words / wpm) * 60);
}
