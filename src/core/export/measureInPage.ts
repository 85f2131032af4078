// Measuring a laid-out export page (print media, print width): the height of <main> and the body
// text's line height, used to say by how many lines a one-page document runs over.
// `measureInPage` runs INSIDE the page: it is serialised (Function#toString) by the Chromium and
// Electron printers, so it must stay self-contained — no imports, no outer variables.
import type { Measurement } from './types';

export function measureInPage(): Measurement {
  const main = document.querySelector('main');
  const p = document.querySelector('main section p') ?? document.body;
  const style = getComputedStyle(p);
  const lh = parseFloat(style.lineHeight);
  const fs = parseFloat(style.fontSize);
  // Horizontal overflow: elements reaching past the right edge of <main>'s content box, which
  // Chromium would otherwise "fit" by shrinking the whole page. Only the outermost of a nested
  // overflowing chain is named (the table, not each cell), at most five, in document order.
  const overflow: { element: string; section: string | null; text: string; overPx: number }[] = [];
  if (main) {
    const box = main.getBoundingClientRect();
    const limit = box.right - parseFloat(getComputedStyle(main).paddingRight || '0') + 1;
    const names: Record<string, string> = { TABLE: 'table', PRE: 'code block', A: 'link', IMG: 'image', UL: 'list', OL: 'list', LI: 'list item', H1: 'title', BLOCKQUOTE: 'quote' };
    const reported: Element[] = [];
    const all = main.querySelectorAll('*');
    for (let i = 0; i < all.length && overflow.length < 5; i++) {
      const el = all[i] as HTMLElement;
      const right = Math.max(el.getBoundingClientRect().right, el.getBoundingClientRect().left + el.scrollWidth);
      if (right <= limit) continue;
      if (reported.some((r) => r.contains(el))) continue;
      // Containers overflow because of something inside them: name that instead.
      if (/^(SECTION|HEADER|DIV|UL|OL|LI|BLOCKQUOTE|THEAD|TBODY|TR)$/.test(el.tagName) && el.querySelector('*')) continue;
      reported.push(el);
      const section = el.closest('section');
      const label = section?.querySelector('h2')?.textContent ?? null;
      overflow.push({
        element: names[el.tagName] ?? (el.tagName === 'TD' || el.tagName === 'TH' ? 'table' : 'line of text'),
        section: label,
        text: (el.innerText || el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 60),
        overPx: Math.round(right - limit),
      });
    }
  }
  return {
    contentHeightPx: main ? main.getBoundingClientRect().height : document.body.scrollHeight,
    lineHeightPx: Number.isFinite(lh) ? lh : fs * 1.3,
    overflow,
  };
}

/** What came back from a page, checked: finite, positive numbers or an error. */
export function toMeasurement(value: unknown): Measurement {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const height = v.contentHeightPx;
  const line = v.lineHeightPx;
  if (typeof height !== 'number' || typeof line !== 'number' || !Number.isFinite(height) || !Number.isFinite(line) || height < 0 || line <= 0) {
    throw new Error('the page did not return a usable measurement');
  }
  const out: Measurement = { contentHeightPx: height, lineHeightPx: line };
  if (Array.isArray(v.overflow)) {
    out.overflow = v.overflow
      .filter((o): o is Record<string, unknown> => typeof o === 'object' && o !== null)
      .slice(0, 5)
      .map((o) => ({
        element: typeof o.element === 'string' ? o.element.slice(0, 40) : 'element',
        section: typeof o.section === 'string' ? o.section.slice(0, 200) : null,
        text: typeof o.text === 'string' ? o.text.slice(0, 60) : '',
        overPx: typeof o.overPx === 'number' && Number.isFinite(o.overPx) ? Math.max(0, o.overPx) : 0,
      }));
  }
  return out;
}
