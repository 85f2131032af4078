// Whether a DOCX table row may be kept on one page (w:cantSplit). Word keeps a cantSplit row that
// is taller than a page on one page anyway (it is clipped), and LibreOffice lays such a row out
// against the rule at great cost: one cell of 20,000 words took 42 s to open, a 750 KB cell more
// than 120 s (breaker F16). So only a row estimated at a third of a page or less is kept
// together; a longer row breaks across pages like a paragraph.
import type { DocxRun } from './docxBlocks';

/** Lines of cell text in about a third of a body page (10-11 pt text at 1.3-1.4 line height). */
export const MAX_KEPT_LINES = 15;

/** Text width of a page in points (US Letter or A4 less one-inch margins, the narrower). */
const TEXT_WIDTH_PT = 451;

const WIDE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/**
 * True when every cell of a row of `cells` (each a cell's runs) is estimated at MAX_KEPT_LINES
 * lines or fewer: characters per line from an equal share of the text width for each column at
 * about 5 pt a character (10 pt for CJK), and a new line at each hard break. An estimate (no font
 * metrics), generous to short rows. Stops counting at the first cell past the limit.
 */
export function rowFitsPage(cells: readonly (readonly DocxRun[])[]): boolean {
  const columns = Math.max(1, cells.length);
  const perLine = Math.max(8, Math.floor((TEXT_WIDTH_PT / columns - 10) / 5));
  for (const runs of cells) {
    let lines = 1;
    let column = 0;
    for (const run of runs) {
      if (run.breakBefore) {
        lines++;
        column = 0;
      }
      for (const ch of run.text) {
        column += ch.charCodeAt(0) >= 0x2e80 && WIDE.test(ch) ? 2 : 1;
        if (column >= perLine) {
          lines++;
          column = 0;
          if (lines > MAX_KEPT_LINES) return false;
        }
      }
      if (lines > MAX_KEPT_LINES) return false;
    }
  }
  return true;
}
