// Did Chromium shrink the page to fit? Its print engine (Skia's PDF backend) opens each page's
// content stream with the page transform (0.24 = 72 pt / 300 dpi, flipped) followed by the
// content scale: 3.125 at full size (0.24 x 3.125 = 0.75 pt per CSS px). When content is wider
// than the page, "shrink to fit" lowers that second scale (2.08 at 67%). Reading the first page's
// stream is cheap, so every page-budgeted PDF is checked; the layout is measured only when this
// says the page was shrunk (or it ran over). Unknown PDFs answer 1 (not shrunk): the wide-table
// test in tests/unit/export/fidelity.test.ts fails if Chromium's output stops matching.
import { Unzlib } from 'fflate';

const FULL_SIZE = 0.75; // PDF points per CSS px at 100%
const MAX_STREAMS = 24;
/** Chromium writes page 1's content near the start: only this much of the file is searched. */
const HEAD_BYTES = 32_768;
/** Only the opening operators are read: this much compressed data is inflated. */
const STREAM_HEAD = 1_024;

/** The first bytes of a zlib stream, inflated without inflating the rest. */
function inflateHead(data: Uint8Array): Uint8Array {
  let out: Uint8Array = new Uint8Array(0);
  const u = new Unzlib((chunk) => {
    if (out.length === 0) out = chunk;
  });
  u.push(data.subarray(0, STREAM_HEAD), data.length <= STREAM_HEAD);
  return out;
}

/** The factor Chromium scaled page 1 by: 1 at full size, below 1 when shrunk to fit. */
export function pdfShrinkFactor(bytes: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(bytes.subarray(0, HEAD_BYTES));
  // Page content streams carry only /Filter and /Length (font files add /Length1, images /Subtype).
  const streams = text.matchAll(/<<\s*\/Filter\s*\/FlateDecode\s*\/Length\s+\d+\s*>>\s*stream\r?\n/g);
  let seen = 0;
  for (const m of streams) {
    if (++seen > MAX_STREAMS) break;
    const start = (m.index ?? 0) + m[0].length;
    const length = Number(/\/Length\s+(\d+)/.exec(m[0])?.[1] ?? 0);
    const end = Math.min(bytes.length, start + length);
    if (length <= 0) continue;
    let content: string;
    try {
      content = new TextDecoder('latin1').decode(inflateHead(bytes.subarray(start, end)).subarray(0, 256));
    } catch {
      continue;
    }
    const cm = /^\s*([\d.]+) 0 0 -([\d.]+) 0 [\d.]+ cm\s+(?:q\s+)?([\d.]+) 0 0 ([\d.]+) [-\d.]+ [-\d.]+ cm/.exec(content);
    if (!cm) continue;
    const scale = Number(cm[1]) * Number(cm[3]);
    if (!Number.isFinite(scale) || scale <= 0) return 1;
    return Math.min(1, Math.round((scale / FULL_SIZE) * 1000) / 1000);
  }
  return 1;
}
