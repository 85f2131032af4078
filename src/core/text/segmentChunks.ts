// V8's Intl.Segmenter iterators slow down quadratically on long strings (each segment copies the
// whole input), so long text is segmented in pieces.

/**
 * The end (exclusive, a UTF-16 offset) of the piece of `text` starting at `pos`, at most `size`
 * units long: just after the last whitespace in the piece's second half when there is one (no
 * word spans whitespace), else at `pos + size`, moved one unit on so a surrogate pair is not cut.
 * Returns `text.length` when the rest fits.
 */
export function chunkEnd(text: string, pos: number, size: number): number {
  let cut = Math.min(text.length, pos + size);
  if (cut < text.length) {
    let ws = cut - 1;
    while (ws > pos + size / 2 && !/\s/.test(text[ws] ?? '')) ws--;
    if (ws > pos + size / 2) cut = ws + 1;
    else if (/[\ud800-\udbff]/.test(text[cut - 1] ?? '')) cut++;
  }
  return cut;
}
