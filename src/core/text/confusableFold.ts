// Look-alike folding for the private-terms gate: the "skeleton" idea of Unicode UTS #39
// (Unicode Security Mechanisms, section 4, Confusable Detection), applied to each character of
// the reader's text and of each private term alike, so "Prоject" with a Cyrillic о, "Falcοn"
// with a Greek omicron, "𝐅𝐚𝐥𝐜𝐨𝐧" in mathematical bold or "Fálcon" with an accent all read "falcon".
//
// One character (a code point) folds to:
// - ASCII: itself, lower-cased. Typed ASCII is never folded further: "com" is not "corn" and
//   "Q1" is not "Ql", though UTS #39 maps m to rn and 1 to l.
// - Letters of the scripts the matcher reads without word boundaries (Han, Hiragana, Katakana,
//   Hangul, Bopomofo, Thai, Lao, Khmer, Myanmar): NFKC only, so full-width and half-width forms
//   meet and nothing else changes (一 stays one, not ー; Thai ท stays ท, not ฑ). The generator
//   leaves these scripts out of the table, and they have no case, so the general rule below
//   gives exactly that. Traditional Han characters (and Taiwan/Hong Kong variants) fold to their
//   simplified form one for one (hanFold.ts, OpenCC's tables), so 招商銀行 reads 招商银行.
// - Generic combining diacritics (U+0300–036F, U+1AB0–1AFF, U+1DC0–1DFF, U+20D0–20FF,
//   U+FE20–FE2F) and default-ignorable characters (zero-width joiners, variation selectors,
//   the combining grapheme joiner, Hangul fillers, tags): nothing. Accents fold: "Falcón",
//   "Fálcon" and "Falcon" are one word, and so are "José" and "Jose", "Bjørn" and "Bjorn".
//   Marks that are letters' vowels or tones in their script (Devanagari, Thai, Arabic, Hebrew,
//   the Japanese voicing marks) are kept.
// - Anything else: its NFKD decomposition, each part folded; a character NFKD leaves alone and
//   that confusables.txt lists becomes its prototype (folded again: Cyrillic "А" -> "A" -> "a"),
//   else its lower case (folded again). Two choices on top of the table, both because ASCII is
//   never folded: a capital whose prototype is "l" looks like a capital I and folds to "i"
//   (Cyrillic "І", Greek "Ι"), and the prototype "rn" (for m's look-alikes) is read as "m".
//   Small capitals and a few more letters the table keeps as they are read as Latin (READ_AS).
// The result is NFC. Each fold is computed once and cached; looking one up is constant time,
// and the table is never parsed whole (a binary search over its sorted sources).
//
// Data: confusablesData.ts, generated from the `unhomoglyph` package's copy of confusables.txt
// (Unicode 13.0.0) by scripts/gen-confusables.ts.
import { foldTraditional } from './hanFold';
import { ASTRAL_SOURCES, BMP_SOURCES, PROTOTYPES } from './confusablesData';

const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

/** A generic combining diacritic (accent, stroke or slash overlay), dropped by the fold. */
function isGenericDiacritic(cp: number): boolean {
  return (
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f)
  );
}

/**
 * Letters confusables.txt keeps as their own prototypes that a reader still reads as a Latin
 * letter: the small capitals of "fancy text" generators (ꜰᴀʟᴄᴏɴ), kra ĸ and turned w ʍ (the
 * prototypes of Cyrillic к and м), and the negative circled and squared capitals (🅕, 🅵),
 * which have no compatibility decomposition.
 */
const READ_AS = new Map<number, string>([
  ...[...'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢ'].map((c, i): [number, string] => [c.codePointAt(0) as number, 'abcdefghijklmnopqrstuvwyz'[i] as string]),
  [0x138, 'k'],
  [0x28d, 'm'],
  ...Array.from({ length: 26 }, (_, i): [number, string] => [0x1f150 + i, String.fromCharCode(97 + i)]),
  ...Array.from({ length: 26 }, (_, i): [number, string] => [0x1f170 + i, String.fromCharCode(97 + i)]),
]);

let prototypeList: string[] | null = null;

/**
 * confusables.txt's prototype for `cp`, if it lists `cp`: a binary search of the generated
 * sorted sources (no table is built; the prototypes are split apart on first use).
 */
export function prototypeOf(cp: number): string | undefined {
  let lo = 0;
  let index = -1;
  if (cp <= 0xffff) {
    let hi = BMP_SOURCES.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = BMP_SOURCES.charCodeAt(mid);
      if (c === cp) {
        index = mid;
        break;
      }
      if (c < cp) lo = mid + 1;
      else hi = mid - 1;
    }
  } else {
    let hi = ASTRAL_SOURCES.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = ASTRAL_SOURCES.codePointAt(mid * 2) as number;
      if (c === cp) {
        index = BMP_SOURCES.length + mid;
        break;
      }
      if (c < cp) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  if (index < 0) return undefined;
  prototypeList ??= PROTOTYPES.split('\u0000');
  return prototypeList[index];
}

const bmp: (string | undefined)[] = new Array<string | undefined>(0x10000);
const astral = new Map<number, string>();
let computed = 0;

/**
 * The fold of one code point (see the header): a string of zero or more code points. Cached;
 * `depth` bounds the re-folding of a prototype (never more than a few levels in the table).
 */
export function foldCodePoint(cp: number, depth = 0): string {
  if (cp < 0x80) return String.fromCharCode(cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp);
  const hit = cp < 0x10000 ? bmp[cp] : astral.get(cp);
  if (hit !== undefined) return hit;
  const out = compute(cp, depth);
  if (cp < 0x10000) bmp[cp] = out;
  else astral.set(cp, out);
  computed++;
  return out;
}

function foldAll(s: string, depth: number): string {
  let out = '';
  for (const ch of s) out += foldCodePoint(ch.codePointAt(0) as number, depth + 1);
  return out.normalize('NFC');
}

function compute(cp: number, depth: number): string {
  const ch = String.fromCodePoint(cp);
  if (isGenericDiacritic(cp) || IGNORABLE.test(ch)) return '';
  if (depth > 8) return ch.toLowerCase(); // a cycle in the data; none is known
  const parts = ch.normalize('NFKD');
  if (parts !== ch) return foldAll(parts, depth);
  const simplified = foldTraditional(ch);
  if (simplified !== ch) return foldAll(simplified, depth);
  const letter = READ_AS.get(cp);
  if (letter !== undefined) return letter;
  const target = prototypeOf(cp);
  const lower = ch.toLowerCase();
  if (target !== undefined) {
    if (target === 'l' && lower !== ch) return 'i';
    return foldAll(target.replace(/rn/g, 'm'), depth);
  }
  return lower === ch ? ch : foldAll(lower, depth);
}

/**
 * The fold of a cluster (a base character with its combining marks, format characters already
 * removed): each code point of its NFKD folded, the whole NFC. Equal to foldCodePoint for one
 * code point.
 */
export function foldCluster(cluster: string): string {
  const first = cluster.codePointAt(0) as number;
  if (cluster.length === (first > 0xffff ? 2 : 1)) return foldCodePoint(first);
  return foldAll(cluster.normalize('NFKD'), -1);
}

/** Code points folded so far (each once; for the counted cost test). */
export function foldsComputed(): number {
  return computed;
}
