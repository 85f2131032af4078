// The pace spoken pieces are timed at, one implementation for the rubric (speaking-time and the
// check result), the questions view, the editor and rehearsal.
//
// - Words (English, and the Latin words or figures inside a Chinese draft): 140 words a minute
//   unless a template sets its own (DOMAIN.md: "2 min at about 140 words a minute").
// - Han characters: 180 characters a minute, each character being one spoken syllable. Basis:
//   Pellegrino, Coupé and Marsico (2011, "A cross-language perspective on speech information
//   rate", Language 87(3)) measured read speech, pauses over 150 ms removed, at 6.19 syllables a
//   second for English and 5.18 for Mandarin. 140 English words (about 1.5 syllables each, about
//   210 syllables) is 0.57 of the English read rate; the same share of the Mandarin rate is about
//   176 syllables, i.e. characters, a minute. Chinese public-speaking guidance puts a deliberate
//   speech at roughly 150-180 characters a minute and everyday talk at 120-150, so 180 keeps the
//   calm, deliberate pace the English figure stands for. None of the five source guides states a
//   pace. A template's own words-a-minute figure scales the character pace by the same ratio.
import { countSectionWords } from './prepareSection';

export const DEFAULT_WPM = 140;
/** Han characters a minute at the default pace (see the basis above). */
export const HAN_CHARS_PER_MINUTE = 180;

/** What a text takes to say: Han characters, and the other words (Latin words, figures). */
export interface SpokenUnits {
  words: number;
  hanChars: number;
}

const HAN = /\p{Script=Han}/gu;
const HAN_TEST = /\p{Script=Han}/u;
/** A word that is not Han: letters or digits, joined by an apostrophe, a point or a hyphen. */
const NON_HAN_WORD = /(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:['’.-](?:(?!\p{Script=Han})[\p{L}\p{N}])+)*/gu;

/**
 * The spoken units of a text. Without Han characters the words are counted as the rubric counts
 * them (`countWords`, by default the section word count; pass a known count to skip the work);
 * with Han characters, each Han character is one unit and the words are the non-Han runs
 * ("XGBoost", "SR 11-7", "30%").
 */
export function spokenUnits(text: string, countWords: (text: string) => number = countSectionWords): SpokenUnits {
  if (!HAN_TEST.test(text)) return { words: countWords(text), hanChars: 0 };
  let hanChars = 0;
  HAN.lastIndex = 0;
  while (HAN.exec(text) !== null) hanChars++;
  let words = 0;
  NON_HAN_WORD.lastIndex = 0;
  while (NON_HAN_WORD.exec(text) !== null) words++;
  return { words, hanChars };
}

/** The sum of several texts' units (a document's sections). */
export function addUnits(units: readonly SpokenUnits[]): SpokenUnits {
  return units.reduce((a, u) => ({ words: a.words + u.words, hanChars: a.hanChars + u.hanChars }), { words: 0, hanChars: 0 });
}

/** Han characters a minute at a template's words-a-minute pace (180 at the default 140). */
export function hanCharsPerMinute(wpm: number = DEFAULT_WPM): number {
  return Math.round((HAN_CHARS_PER_MINUTE * wpm) / DEFAULT_WPM);
}

/** Seconds to say a number of (non-Han) words at `wpm` words a minute, rounded. */
export function secondsToSay(words: number, wpm: number): number {
  return Math.round((words / wpm) * 60);
}

/** Seconds to say these units: words at `wpm`, Han characters at the matching character pace; rounded. */
export function secondsToSpeak(units: SpokenUnits, wpm: number = DEFAULT_WPM): number {
  return Math.round((units.words / wpm + units.hanChars / hanCharsPerMinute(wpm)) * 60);
}

/** True when most of what is said is Chinese: more Han characters than other words. */
export function mostlyHan(units: SpokenUnits): boolean {
  return units.hanChars > units.words;
}

/**
 * The pace in words a candidate reads: "140 words a minute", "180 Chinese characters a minute",
 * or for a Chinese text with English terms "180 Chinese characters a minute (140 words a minute
 * for English)".
 */
export function describePace(units: SpokenUnits, wpm: number = DEFAULT_WPM): string {
  if (units.hanChars === 0) return `${wpm} words a minute`;
  const han = `${hanCharsPerMinute(wpm)} Chinese characters a minute`;
  return units.words === 0 ? han : `${han} (${wpm} words a minute for English)`;
}

/** The most a budget holds, in the text's main unit: "about 300 words" or "about 360 Chinese characters". */
export function describeBudget(units: SpokenUnits, budgetSeconds: number, wpm: number = DEFAULT_WPM): string {
  return mostlyHan(units)
    ? `about ${Math.floor((budgetSeconds * hanCharsPerMinute(wpm)) / 60)} Chinese characters`
    : `about ${Math.floor((budgetSeconds * wpm) / 60)} words`;
}

/** describePace in Chinese: "每分钟 180 个汉字", "每分钟 140 词", or both for a mixed text. */
export function describePaceZh(units: SpokenUnits, wpm: number = DEFAULT_WPM): string {
  if (units.hanChars === 0) return `每分钟 ${wpm} 词`;
  const han = `每分钟 ${hanCharsPerMinute(wpm)} 个汉字`;
  return units.words === 0 ? han : `${han}（英文每分钟 ${wpm} 词）`;
}

/** describeBudget in Chinese: "约 360 个汉字" or "约 280 词". */
export function describeBudgetZh(units: SpokenUnits, budgetSeconds: number, wpm: number = DEFAULT_WPM): string {
  return mostlyHan(units) ? `约 ${Math.floor((budgetSeconds * hanCharsPerMinute(wpm)) / 60)} 个汉字` : `约 ${Math.floor((budgetSeconds * wpm) / 60)} 词`;
}
