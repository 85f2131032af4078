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
  return {
    contentHeightPx: main ? main.getBoundingClientRect().height : document.body.scrollHeight,
    lineHeightPx: Number.isFinite(lh) ? lh : fs * 1.3,
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
  return { contentHeightPx: height, lineHeightPx: line };
}
