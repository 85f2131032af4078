// By how much a page-budgeted PDF runs over, and what to cut: measured when the printer can lay
// the page out, estimated from the design's words-per-page otherwise.
import type { ParsedDocument } from './parseDocument';
import type { Design } from './designs';
import { pageInches } from './designs';
import type { Measurement, Overflow, PageOverrun } from './types';
import type { PageSize } from '../workspace/schemas';

const CSS_PX_PER_IN = 96;

/** Printable width and height of one page in CSS px for a design and paper size. */
export function contentBoxPx(design: Design, pageSize: PageSize): { widthPx: number; heightPx: number } {
  const page = pageInches(pageSize);
  const m = design.marginsIn;
  return {
    widthPx: (page.width - m.left - m.right) * CSS_PX_PER_IN,
    heightPx: (page.height - m.top - m.bottom) * CSS_PX_PER_IN,
  };
}

export function pageOverrun(input: {
  doc: ParsedDocument;
  pages: number;
  budget: number;
  design: Design;
  pageSize: PageSize;
  measurement: Measurement | null;
}): PageOverrun {
  const { doc, pages, budget, design, measurement } = input;
  let approxLines: number;
  let approxWords: number;
  if (measurement && measurement.contentHeightPx > 0 && measurement.lineHeightPx > 0) {
    const box = contentBoxPx(design, input.pageSize);
    const overPx = measurement.contentHeightPx - budget * box.heightPx;
    const totalLines = measurement.contentHeightPx / measurement.lineHeightPx;
    approxLines = Math.max(1, Math.ceil(overPx / measurement.lineHeightPx));
    approxWords = Math.max(1, Math.round((approxLines * doc.words) / Math.max(1, totalLines)));
  } else {
    approxWords = Math.max(1, doc.words - design.wordsPerPage * budget);
    const wordsPerLine = Math.max(6, Math.round(design.wordsPerPage / 45));
    approxLines = Math.max(1, Math.ceil(approxWords / wordsPerLine));
  }
  let longest: PageOverrun['longestSection'] = null;
  for (const s of doc.sections) if (s.label && (!longest || s.words > longest.words)) longest = { id: s.id, label: s.label, words: s.words };
  const pagesWord = budget === 1 ? 'one page' : `${budget} pages`;
  let suggestion = `About ${approxLines} line${approxLines === 1 ? '' : 's'} (roughly ${approxWords} words) over ${pagesWord}.`;
  if (longest) suggestion += ` The longest section is ${longest.label} (${longest.words} words): cut there first.`;
  if (!design.compact) suggestion += ' Or try the compact layout, which tightens spacing and margins.';
  return {
    pages,
    budget,
    overBy: { pages: pages - budget, approxLines, approxWords },
    longestSection: longest,
    suggestion,
    compactAvailable: !design.compact,
  };
}

/** "the table in Outcome" / "a line of text" */
export function describeOverflow(o: Overflow): string {
  const what = o.element === 'line of text' ? 'a line of text' : `the ${o.element}`;
  return o.section ? `${what} in ${o.section}` : what;
}

/**
 * A page that fits its budget only because Chromium would shrink it: named as an overrun, with
 * the element that is too wide and by how much (CSS px -> inches at 96 px/in).
 */
export function shrinkOverrun(input: { pages: number; budget: number; design: Design; overflow: Overflow[] }): PageOverrun {
  const first = input.overflow[0];
  const inches = first ? (first.overPx / CSS_PX_PER_IN).toFixed(1) : '0';
  const snippet = first && first.text ? ` (“${first.text.length > 40 ? `${first.text.slice(0, 40)}…` : first.text}”)` : '';
  const suggestion = first
    ? `It fits only by shrinking: ${describeOverflow(first)}${snippet} is about ${inches} in wider than the page. ` +
      'Make it narrower (give a long link or ID words, or cut table columns) so the page prints at full size.'
    : 'It fits only by shrinking the page.';
  return {
    pages: input.pages,
    budget: input.budget,
    overBy: { pages: 0, approxLines: 0, approxWords: 0 },
    longestSection: null,
    suggestion,
    compactAvailable: false,
    shrinkToFit: input.overflow,
  };
}
