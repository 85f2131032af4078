// File names that every file system accepts and no one can be fooled by.
//
// File systems limit one name, not a path: ext4, APFS and most Linux/macOS file systems to 255
// bytes of UTF-8, NTFS to 255 UTF-16 code units. A name cut by characters instead (say at 150)
// still breaks on about 72 CJK characters or 60 emoji, so names are measured in the platform's
// unit and cut only between graphemes (Intl.Segmenter), so an emoji sequence or a letter with
// its combining accent is never split.
//
// Names are also cleaned of spoofing characters: bidirectional controls (U+202E can make
// "gnp.exe" read as "exe.png") are removed, and characters that look like path separators
// (U+2215 ∕, U+2044 ⁄, U+FF0F ／, U+29F8 ⧸, U+FF3C ＼, U+2216 ∖, U+29F9 ⧹, U+FE68 ﹨) become "-".

import { withoutBidiControls } from '../document/bidiControls';

/** The platform rule a name is measured by: UTF-8 bytes (Linux, macOS) or UTF-16 units (Windows). */
export type NamePlatform = 'linux' | 'darwin' | 'win32';

/** The longest name, in the platform's unit, that the common file systems of each platform accept. */
export const NAME_LIMIT = 255;

// Bidirectional marks LRM, RLM, ALM; the formatting controls (U+202A-202E, U+2066-2069) are
// removed by withoutBidiControls (document/bidiControls.ts), as in export titles and metadata.
const BIDI_MARKS = /[\u200E\u200F\u061C]/g;
const LOOKALIKE_SEPARATORS = /[\u2215\u2044\uFF0F\u29F8\uFF3C\u2216\u29F9\uFE68]/g;

const encoder = new TextEncoder();
// Made on first use (only a name too long to keep whole needs it): the first Intl object of a
// process loads ICU's data, about 8 ms of a one-file CLI export.
let graphemesMade: Intl.Segmenter | undefined;
const graphemes = (): Intl.Segmenter => (graphemesMade ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));

/** The platform this process runs on, as a naming rule; anything not Windows is measured in UTF-8. */
export function currentNamePlatform(): NamePlatform {
  const platform = typeof process === 'undefined' ? 'linux' : process.platform;
  return platform === 'win32' ? 'win32' : platform === 'darwin' ? 'darwin' : 'linux';
}

/** Length of `name` in the platform's unit: UTF-8 bytes, or UTF-16 code units on Windows. */
export function nameLength(name: string, platform: NamePlatform): number {
  return platform === 'win32' ? name.length : encoder.encode(name).length;
}

/** `text` without bidirectional controls, with look-alike slashes and backslashes turned into "-". */
export function withoutSpoofing(text: string): string {
  return withoutBidiControls(text).replace(BIDI_MARKS, '').replace(LOOKALIKE_SEPARATORS, '-');
}

/**
 * The longest grapheme-aligned prefix of `stem` such that `stem + suffix` plus `reserve` more units
 * fits the platform's name limit. The suffix (a date and an extension, say) is always kept whole.
 * Throws a RangeError when the suffix and reserve alone do not fit (a programming error).
 */
export function fitName(stem: string, suffix: string, platform: NamePlatform, reserve = 0): string {
  const budget = NAME_LIMIT - reserve - nameLength(suffix, platform);
  if (budget < 0) throw new RangeError(`the name's fixed part (“${suffix}”) is longer than ${NAME_LIMIT}`);
  if (nameLength(stem, platform) <= budget) return stem;
  let used = 0;
  let end = 0;
  for (const { segment, index } of graphemes().segment(stem)) {
    const size = nameLength(segment, platform);
    if (used + size > budget) break;
    used += size;
    end = index + segment.length;
  }
  return stem.slice(0, end);
}
