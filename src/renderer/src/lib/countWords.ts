// Word count the way the rubric counts: Intl.Segmenter words, so Chinese text counts per word.
const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'word' })
    : null;

export function countWords(text: string): number {
  const clean = text.replace(/<!--[\s\S]*?-->/g, ' ');
  if (!segmenter) return clean.split(/\s+/).filter((w) => /\w/.test(w)).length;
  let n = 0;
  for (const part of segmenter.segment(clean)) if (part.isWordLike) n++;
  return n;
}

/** "1:05" from 65 seconds. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
