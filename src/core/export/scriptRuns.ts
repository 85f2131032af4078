// Language tags from the script of the text, per run: Latin text is English, Hangul Korean,
// kana Japanese, and Han characters take the document's East Asian language (Japanese when the
// document has any kana, else Traditional or Simplified Chinese from which forms it uses). Word
// and Chromium pick East Asian glyph forms from these tags (骨 and 直 differ between zh and ja).
// Script membership comes from Unicode script properties (\p{Script=...}); neutral characters
// (spaces, digits, punctuation) join the run they sit in.

export type CjkLanguage = 'zh-Hans' | 'zh-Hant' | 'ja' | 'ko';
export type RunLanguage = 'en' | CjkLanguage;

const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const LETTER = /\p{L}/u;
const ANY_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

// Frequent characters whose Simplified and Traditional forms differ (pairs: simplified, traditional).
// Counting them decides zh-Hans vs zh-Hant; both lists are ordinary, high-frequency characters.
const PAIRS =
  '这這们們个個来來时時为為说說对對会會国國发發经經过過还還业業务務风風险險数數据據银銀后後' +
  '与與产產实實现現动動进進关關点點开開长長问問题題学學应應门門东東见見样樣让讓从從' +
  '种種于於没沒给給话話间間机機头頭标標准準议議论論体體计計划劃认認识識质質量量级級' +
  '让讓团團队隊项項目目决決策策规規则則审審监監测測损損额額户戶营營费費单單价價值值';
const SIMPLIFIED = new Set<string>();
const TRADITIONAL = new Set<string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  const s = PAIRS[i] as string;
  const t = PAIRS[i + 1] as string;
  if (s !== t) {
    SIMPLIFIED.add(s);
    TRADITIONAL.add(t);
  }
}

/**
 * The document's East Asian language, or null when it has no CJK text. Linear in the text.
 * `chinese`: the document is Chinese (its headings are, headingLanguage.ts), so its Han text is
 * Chinese whatever kana or Hangul it quotes; only Simplified vs Traditional is read from the text.
 */
export function documentCjkLanguage(text: string, chinese = false): CjkLanguage | null {
  if (!ANY_CJK.test(text)) return null;
  if (KANA.test(text) && !chinese) return 'ja';
  let hangul = 0;
  let han = 0;
  let simp = 0;
  let trad = 0;
  for (const ch of text) {
    if (HANGUL.test(ch)) hangul++;
    else if (HAN.test(ch)) {
      han++;
      if (SIMPLIFIED.has(ch)) simp++;
      else if (TRADITIONAL.has(ch)) trad++;
    }
  }
  if (hangul > han && !chinese) return 'ko';
  return trad > simp ? 'zh-Hant' : 'zh-Hans';
}

/** The language of one character, or null for neutral characters (digits, spaces, punctuation). */
function charLanguage(ch: string, docCjk: CjkLanguage | null): RunLanguage | null {
  if (HANGUL.test(ch)) return 'ko';
  if (KANA.test(ch)) return 'ja';
  if (HAN.test(ch)) return docCjk === 'ko' ? 'ko' : (docCjk ?? 'zh-Hans');
  // Full-width and CJK punctuation belong to the East Asian run around them.
  const cp = ch.codePointAt(0) ?? 0;
  if ((cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef)) return null;
  return LETTER.test(ch) ? 'en' : null;
}

export interface ScriptRun {
  text: string;
  lang: RunLanguage;
}

/**
 * Splits text into runs of one language. Neutral characters stay with the run before them (at
 * the start, with the first run). Text with no CJK comes back as one 'en' run without scanning.
 */
export function scriptRuns(text: string, docCjk: CjkLanguage | null): ScriptRun[] {
  if (docCjk === null || !ANY_CJK.test(text)) return text === '' ? [] : [{ text, lang: 'en' }];
  const runs: ScriptRun[] = [];
  let current: RunLanguage | null = null;
  let buf = '';
  for (const ch of text) {
    const lang = charLanguage(ch, docCjk);
    if (lang !== null && current !== null && lang !== current) {
      runs.push({ text: buf, lang: current });
      buf = '';
    }
    if (lang !== null) current = lang;
    buf += ch;
  }
  if (buf !== '') runs.push({ text: buf, lang: current ?? 'en' });
  return runs;
}

/** BCP 47 tag for Word's w:lang (it wants region-qualified tags). */
export function wordLanguage(lang: RunLanguage): string {
  switch (lang) {
    case 'zh-Hans':
      return 'zh-CN';
    case 'zh-Hant':
      return 'zh-TW';
    case 'ja':
      return 'ja-JP';
    case 'ko':
      return 'ko-KR';
    default:
      return 'en-US';
  }
}
