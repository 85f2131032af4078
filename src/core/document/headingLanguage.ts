// Which names a document's section headings are written in, everywhere a heading is shown for one
// document: the Markdown, DOCX, PDF and HTML exports and the editor. The rule, from the document's
// own text only (so it is the same before and after a Markdown round trip, and needs no setting):
// a document is Chinese when its title and section texts hold more Han characters than
// Latin-letter words, and fewer kana and Hangul characters than a fifth of its Han characters
// (Japanese prose, with its kana, and Korean are not Chinese; a Chinese draft may still quote a
// Japanese name); every other document is English. A Chinese document's headings are each
// section's Chinese name: the first of its aliases written in Han characters (every built-in
// section has one; a workspace template's section without one keeps its label). A Han character
// is counted against a whole English word because a Chinese word is one to three characters:
// "我们把 false positive rate 降低了 12%" is Chinese, one quoted 风险 in an English brief is not.
// Script membership is Unicode's (\p{Script=...}); digits and punctuation do not count.
import type { TemplateSection } from '../templates/types';

export type HeadingLanguage = 'en' | 'zh';

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;
const COUNTED = /\p{Script=Han}|\p{Script=Latin}+|[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** What the rule counts in one text: Han characters, Latin-letter words, kana and Hangul characters. */
export interface ScriptCounts {
  han: number;
  latinWords: number;
  kanaHangul: number;
}

/** The counts of one text (see the file header). Linear in its length. */
export function scriptCounts(text: string): ScriptCounts {
  if (!HAN.test(text)) return { han: 0, latinWords: text.match(/\p{Script=Latin}+/gu)?.length ?? 0, kanaHangul: 0 };
  const counts: ScriptCounts = { han: 0, latinWords: 0, kanaHangul: 0 };
  for (const m of text.matchAll(COUNTED)) {
    if (HAN.test(m[0])) counts.han++;
    else if (LATIN.test(m[0])) counts.latinWords++;
    else counts.kanaHangul++;
  }
  return counts;
}

/** 'zh' or 'en' for a document whose texts have these counts, summed (see the file header). */
export function languageOfCounts(parts: Iterable<ScriptCounts>): HeadingLanguage {
  let han = 0;
  let latinWords = 0;
  let kanaHangul = 0;
  for (const c of parts) {
    han += c.han;
    latinWords += c.latinWords;
    kanaHangul += c.kanaHangul;
  }
  return han > latinWords && kanaHangul * 5 < han ? 'zh' : 'en';
}

/**
 * 'zh' or 'en' for a document whose title and section texts are `texts` (see the file header).
 * Linear in the total length.
 */
export function headingLanguage(texts: Iterable<string>): HeadingLanguage {
  const parts: ScriptCounts[] = [];
  for (const text of texts) parts.push(scriptCounts(text));
  return languageOfCounts(parts);
}

/** The language of a document's headings, from its title and every section's text. */
export function documentHeadingLanguage(doc: { title?: unknown; sections: Record<string, string> }): HeadingLanguage {
  const title = typeof doc.title === 'string' ? doc.title : '';
  return headingLanguage([title, ...Object.values(doc.sections)]);
}

/** The section's Chinese name: its first alias in Han characters, or null when it has none. */
export function chineseName(section: Pick<TemplateSection, 'aliases'>): string | null {
  return section.aliases?.find((a) => HAN.test(a)) ?? null;
}

/** The heading of a template section in a document whose headings are in `lang`. */
export function sectionHeading(section: Pick<TemplateSection, 'label' | 'aliases'>, lang: HeadingLanguage): string {
  return lang === 'zh' ? (chineseName(section) ?? section.label) : section.label;
}
