// Characters the export's fonts cannot draw (emoji, rare symbols, scripts other than Latin, Greek,
// Cyrillic and CJK): found before export so the candidate can replace them, instead of finding
// empty boxes or a stray fallback font in the file a recruiter opens.
// Coverage is the fonts' own character maps: LATIN is the code points both Liberation Serif and
// Liberation Sans 2.x map (fontconfig's charset; these metric clones of Times New Roman and Arial
// cover the same WGL4 repertoire as the originals), CJK the blocks Noto Sans/Serif CJK map.
// tests/unit/export/glyphCoverage.test.ts re-reads the installed fonts and checks this table.

/** Code point ranges (hex, inclusive) in both Liberation Serif and Liberation Sans. */
export const LATIN = '20-7e a0-17f 192 1fa-1ff 218-21b 2c6-2c7 2c9 2d8-2dd 37e 384-38a 38c 38e-3a1 3a3-3ce 400-45f 490-491 1e80-1e85 1ef2-1ef3 2010-2011 2013-2015 2017-201e 2020-2022 2026 2030 2032-2033 2039-203a 203c 203e 2044 207f 20a3-20a4 20a7 20ac 2105 2113 2116 2122 2126 212e 215b-215e 2190-2195 21a8 2202 2206 220f 2211-2212 2215 2219-221a 221e-221f 2229 222b 2248 2260-2261 2264-2265 2302 2310 2320-2321 2500 2502 250c 2510 2514 2518 251c 2524 252c 2534 253c 2550-256c 2580 2584 2588 258c 2590-2593 25a0-25a1 25aa-25ac 25b2 25ba 25bc 25c4 25ca-25cb 25cf 25d8-25d9 25e6 263a-263c 2640 2642 2660 2663 2665-2666 266a-266c f001-f002 f005 fb01-fb02';

/** Blocks drawn by Noto Sans/Serif CJK (SC/TC/JP/KR): CJK symbols, kana, Hangul, ideographs, full-width forms. */
export const CJK = '2e80-2fdf 3000-30ff 3105-312f 3131-318e 3190-31ff 3200-33ff 3400-4dbf 4e00-9fff ac00-d7a3 f900-faff fe10-fe19 fe30-fe4f ff00-ffef';

/** Invisible characters that need no glyph (joiners, variation selectors, marks, BOM). */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\u{fe00}-\u{fe0f}]/u;

function parseRanges(s: string): [number, number][] {
  return s.split(' ').map((r) => {
    const [a, b] = r.split('-');
    const lo = parseInt(a ?? '0', 16);
    return [lo, b === undefined ? lo : parseInt(b, 16)];
  });
}

const RANGES = [...parseRanges(LATIN), ...parseRanges(CJK)].sort((x, y) => x[0] - y[0]);

/** True when the design's fonts have a glyph for the code point (binary search, O(log n)). */
export function hasGlyph(codePoint: number): boolean {
  let lo = 0;
  let hi = RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = RANGES[mid] as [number, number];
    if (codePoint < a) hi = mid - 1;
    else if (codePoint > b) lo = mid + 1;
    else return true;
  }
  return false;
}

export interface MissingGlyph {
  /** The character as typed (one code point, or an emoji's first code point). */
  char: string;
  codePoint: number;
  /** Where it was first seen: a section label, or 'Title'. */
  where: string;
}

/**
 * The distinct characters of the given texts that no export font can draw, in order of first
 * appearance, at most `limit`. Text is NFC-normalised first (é typed as e + accent is one glyph).
 * Linear in the text.
 */
export function missingGlyphs(texts: { where: string; text: string }[], limit = 20): MissingGlyph[] {
  const seen = new Set<number>();
  const out: MissingGlyph[] = [];
  for (const { where, text } of texts) {
    for (const ch of text.normalize('NFC')) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp < 0x7f || seen.has(cp) || INVISIBLE.test(ch) || hasGlyph(cp)) continue;
      // Combining marks left after NFC sit on a base letter; Chromium and Word stack them.
      if (/\p{M}/u.test(ch)) continue;
      seen.add(cp);
      out.push({ char: ch, codePoint: cp, where });
      if (out.length >= limit) return out;
    }
  }
  return out;
}
