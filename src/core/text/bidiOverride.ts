// The reader's text where a right-to-left override (U+202E) turns stored letters around: under an
// override every character is drawn right to left, so "\u202Enoclaf\u202C" is stored backwards
// and shown as "falcon" (Unicode Bidirectional Algorithm, UAX #9, rules X4–X6: an override
// makes each character in its scope strongly right-to-left). The private-terms matcher reads this
// view as well as the plain one when a passage holds U+202E.
//
// Scope: from U+202E to its U+202C (pop directional formatting), to the end of the paragraph
// (a blank line, U+2029), or to the end of the passage; an embedding, override or isolate opened
// inside (U+202A, U+202B, U+202D, U+2066–U+2068) is its own scope until its U+202C or U+2069
// closes it. A single line break does not end it: Markdown joins a soft-wrapped line into one
// HTML or Word paragraph (a space), where the override goes on (breaker F1: "\u202EnoclaF⏎
// tcejorP\u202C" was shown as "Project Falcon" and passed). Where a block ends on one line break
// (a heading, a list item), the reader's text holds a block break that ends the run anyway.
import type { MappedText } from './readerText';

const RLO = 0x202e;

/** For each source position, whether a right-to-left override governs it. */
function overrideScope(source: string): Uint8Array {
  const inside = new Uint8Array(source.length);
  const stack: number[] = [];
  let lineEnds = 0; // line ends since the last character other than a space or a tab
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      if (c === 0x0d && source.charCodeAt(i + 1) === 0x0a) {
        if (stack[stack.length - 1] === RLO) inside[i] = 1;
        i++;
      }
      if (++lineEnds >= 2) stack.length = 0; // a blank line: a new paragraph
      if (stack[stack.length - 1] === RLO) inside[i] = 1; // the wrap reads as a space inside the run
      continue;
    }
    if (c !== 0x20 && c !== 0x09) lineEnds = 0;
    if (c === 0x2029) {
      stack.length = 0;
      continue;
    }
    if (c === 0x202a || c === 0x202b || c === 0x202d || c === RLO || (c >= 0x2066 && c <= 0x2068)) {
      if (stack.length < 125) stack.push(c); // UAX #9's maximum depth
      continue;
    }
    if (c === 0x202c) {
      // PDF closes the innermost embedding or override, not an isolate
      const top = stack[stack.length - 1];
      if (top !== undefined && (top < 0x2066 || top > 0x2068)) stack.pop();
      continue;
    }
    if (c === 0x2069) {
      // PDI closes the innermost isolate and whatever was opened inside it
      const at = stack.findLastIndex((k) => k >= 0x2066 && k <= 0x2068);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (stack[stack.length - 1] === RLO) inside[i] = 1;
  }
  return inside;
}

/**
 * `view` (readerFold's text of `source`) with each run under a right-to-left override in display
 * order: its characters (a character's folded units kept together) reversed, each unit still
 * mapped to its source span. Linear in the length.
 */
export function displayOrder(view: MappedText, source: string): MappedText {
  const inside = overrideScope(source);
  const n = view.text.length;
  const codes = new Uint16Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  let k = 0;
  while (k < n) {
    const s = view.start[k] as number;
    if (view.text.charCodeAt(k) === 0 || inside[s] !== 1) {
      codes[k] = view.text.charCodeAt(k);
      start[k] = s;
      end[k] = view.end[k] as number;
      k++;
      continue;
    }
    // A run under the override: copy its characters in reverse order into [k, r).
    let r = k;
    while (r < n && view.text.charCodeAt(r) !== 0 && inside[view.start[r] as number] === 1) r++;
    let out = k;
    let q = r;
    while (q > k) {
      // the units of one character share its source span
      let p = q - 1;
      while (p > k && view.start[p - 1] === view.start[q - 1] && view.end[p - 1] === view.end[q - 1]) p--;
      for (let u = p; u < q; u++, out++) {
        codes[out] = view.text.charCodeAt(u);
        start[out] = view.start[u] as number;
        end[out] = view.end[u] as number;
      }
      q = p;
    }
    k = r;
  }
  const parts: string[] = [];
  for (let i = 0; i < n; i += 8192) parts.push(String.fromCharCode(...codes.subarray(i, Math.min(n, i + 8192))));
  return { text: parts.join(''), start, end };
}
