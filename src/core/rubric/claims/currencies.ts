// Which currency a written amount is in, for the number reader (numbers.ts). The guides state
// pay in US dollars (../shared/sources), so what matters is telling US dollars from everything
// else, wherever the currency is written: before the figure ("HK$1.6M", "CAD 240k", "€170k") or
// after it ("1.2M RMB", "240k CAD", "1.2 million yuan", "250k Singapore dollars", "160万港币").
//
// Data, not our own lists, where a standard exists:
// - ISO 4217 codes come from the JavaScript runtime's ICU data (Intl.supportedValuesOf('currency'),
//   the CLDR list every browser and Node ship), so "SGD", "CHF" or "INR" need no table here.
// - Currency symbols are the Unicode currency-symbol category (\p{Sc}: € £ ¥ ₹ ₩ ₽ …).
// - "<Country> dollars" is checked against ICU's English currency names (Intl.DisplayNames:
//   "Canadian Dollar", "Hong Kong Dollar", "Singapore Dollar", "New Taiwan Dollar").
// Our own lists are only what no standard lists: the "X$" prefixes people write (C$, S$, A$, the
// CLDR symbols CA$, HK$, NZ$ are the same kind), English plural names of other currencies
// ("yuan", "pounds", "rupees"), and everyday Chinese names (港币, 新币, 加元, 澳元, 日元…).
import type { Unit } from './numbers';
import { isIsoCurrency } from '../../workspace/currencyCode';

export { isIsoCurrency };

/** ISO 4217 codes that are also everyday English words or business acronyms (TMT sector, the SDGs): never read as a currency. */
const WORD_CODES = new Set(['ALL', 'TOP', 'CUP', 'PEN', 'MOP', 'BOB', 'SOS', 'MAD', 'TRY', 'GEL', 'AMD', 'CVE', 'BAM', 'PHP', 'RON', 'BTN', 'TMT', 'SDG']);

let codes: ReadonlySet<string> | null = null;

/** True for an ISO 4217 code in upper case (runtime ICU data), other than the ones that are also English words. */
export function isCurrencyCode(s: string): boolean {
  if (!codes) {
    const list = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];
    // A runtime without ICU currency data still knows the currencies the guides' readers use.
    codes = new Set(list.length > 0 ? list : ['USD', 'CNY', 'HKD', 'SGD', 'CAD', 'AUD', 'NZD', 'TWD', 'JPY', 'KRW', 'INR', 'GBP', 'EUR', 'CHF']);
  }
  return /^[A-Z]{3}$/.test(s) && codes.has(s) && !WORD_CODES.has(s);
}

let dollarNames: ReadonlySet<string> | null = null;

/** True when "<name> Dollar" is a currency in ICU's English names other than the US dollar ("Hong Kong", "Canadian"). */
export function isOtherDollarName(name: string): boolean {
  if (!dollarNames) {
    const out = new Set<string>();
    if (typeof Intl.supportedValuesOf === 'function' && typeof Intl.DisplayNames === 'function') {
      const en = new Intl.DisplayNames('en', { type: 'currency' });
      for (const code of Intl.supportedValuesOf('currency')) {
        if (code === 'USD') continue;
        const m = /^(.+) Dollar$/.exec(en.of(code) ?? '');
        if (m?.[1]) out.add(m[1].toLowerCase());
      }
    }
    for (const n of ['canadian', 'hong kong', 'singapore', 'australian', 'new zealand', 'new taiwan', 'taiwan']) out.add(n);
    dollarNames = out;
  }
  return dollarNames.has(name.trim().replace(/\s+/g, ' ').toLowerCase());
}

/**
 * Regex source for a currency written before a figure (alternatives, no groups): US dollars
 * ($, US$, USD), another dollar written "X$" (C$, CA$, S$, HK$, A$, NZ$, NT$), a three-letter code
 * (checked with isCurrencyCode by the reader), a Chinese name (人民币, 港币 …) or any other Unicode
 * currency symbol. Needs the regex's u flag.
 */
/**
 * Lower-case codes read as currencies ("cad 240k", "200k eur"): only the common ones, since many
 * other ISO codes are English words in lower case (all, top, try, pen, mop…).
 */
export const LOWER_CASE_CODES = 'usd|cad|aud|gbp|eur|hkd|sgd|cny|rmb|jpy|chf|nzd|inr';

// Concatenated, not substituted: the CLI build's ASCII pass escapes a String.raw with no
// substitution (see asciiBundle.test.ts), and the Chinese names below must go through it.
export const CURRENCY_BEFORE = String.raw`US\$|[A-Z]{1,3}\$|\$|USD\s?|US\s?dollars?\s|RMB\s?|CNY\s?|GBP\s?|EUR\s?|[A-Z]{3}\s?|(?:` + LOWER_CASE_CODES + String.raw`)\s|(?:人民币|港币|港元|港幣|新币|新加坡元|加元|加币|澳元|澳币|日元|新台币|台币)\s?|\p{Sc}`;

/** Chinese names of currencies other than the US dollar, written after a figure (160万港币, 24万加元). */
export const ZH_OTHER_CURRENCY = '港币|港元|港幣|新币|新加坡元|新幣|加元|加币|加幣|加拿大元|澳元|澳币|澳幣|澳大利亚元|纽元|新西兰元|日元|日币|韩元|新台币|台币|卢比|瑞郎|瑞士法郎|法郎|卢布|里拉|令吉|泰铢|比索|兰特';
/** English names of currencies other than the US dollar, after a figure; not "won" or "real" (English words). */
const EN_OTHER = 'yuan|renminbi|RMB|CNY|pounds?(?: sterling)?|sterling|yen|rupees?|francs?|pesos?|reais|rand|ringgit|baht|dirhams?|riyals?|shekels?|zlot(?:y|ys|ies)|kronor|kroner|krona|krone|lira|rubles?|roubles?';

/**
 * Regex source for a currency written after a figure (alternatives, no groups), longest first:
 * Chinese names, "<Country> dollars" (checked with isOtherDollarName), English names, a code
 * (checked with isCurrencyCode) or a Unicode currency symbol. Needs the regex's u flag.
 */
export const CURRENCY_AFTER = String.raw`${ZH_OTHER_CURRENCY}|(?:[A-Z][a-z]+ ){1,2}dollars?|${EN_OTHER}|[A-Z]{3}|${LOWER_CASE_CODES}|(?!\$)\p{Sc}`;

/**
 * The unit of a currency as written before or after a figure, or null when it is not one (a
 * three-letter word that is no ISO code, "Big dollars"): 'usd' for US dollars (a bare $ too),
 * 'cny', 'eur', 'gbp', else 'other-currency'.
 */
export function currencyUnit(written: string): Unit | null {
  const trimmed = written.trim();
  if (trimmed === '') return null;
  const c = new RegExp(`^(?:${LOWER_CASE_CODES})$`).test(trimmed) ? trimmed.toUpperCase() : trimmed;
  if (c === '$' || c === 'US$' || /^US\s?dollars?$/i.test(c) || c === 'USD' || /^dollars?$/i.test(c)) return 'usd';
  if (/^(?:¥|￥|RMB|CNY|人民币|元|万元|yuan|renminbi)$/i.test(c)) return 'cny';
  if (/^(?:€|EUR|euros?|欧元)$/i.test(c)) return 'eur';
  if (/^(?:£|GBP|pounds?(?: sterling)?|sterling|英镑)$/i.test(c)) return 'gbp';
  if (/^[A-Z]{1,3}\$$/.test(c)) return 'other-currency';
  if (/^[A-Z]{3}$/.test(c)) return isCurrencyCode(c) ? 'other-currency' : null;
  const dollars = /^((?:[A-Z][a-z]+ ){1,2})dollars?$/.exec(c);
  if (dollars) return isOtherDollarName(dollars[1] ?? '') ? 'other-currency' : null;
  if (new RegExp(`^(?:${ZH_OTHER_CURRENCY}|${EN_OTHER})$`, 'i').test(c)) return 'other-currency';
  if (/^\p{Sc}$/u.test(c)) return 'other-currency';
  return null;
}

// ---------------------------------------------------------------------------------------------
// ISO 4217 codes for a written currency (the compensation form's amounts: "£105,000", "CA$240k",
// "105,000 GBP", "12万元"). The symbols come from the runtime's CLDR data (Intl.NumberFormat's
// currency symbol in English and Chinese, and the narrow symbol where only one currency uses it);
// our own entries are the readings CLDR leaves ambiguous or does not list, the same as
// currencyUnit's: a bare $ is the US dollar, ¥/￥/元 the Chinese yuan (JP¥ the yen), £ the pound,
// the X$ prefixes people write (C$, S$, A$), and everyday English and Chinese names.

const OWN_CODES: Record<string, string> = {
  $: 'USD', US$: 'USD', 'U.S.$': 'USD', dollar: 'USD', dollars: 'USD', 'us dollars': 'USD', 美元: 'USD', 美金: 'USD',
  '£': 'GBP', pound: 'GBP', pounds: 'GBP', 'pounds sterling': 'GBP', sterling: 'GBP', 英镑: 'GBP',
  '€': 'EUR', euro: 'EUR', euros: 'EUR', 欧元: 'EUR',
  '¥': 'CNY', '￥': 'CNY', 元: 'CNY', 万元: 'CNY', RMB: 'CNY', rmb: 'CNY', 人民币: 'CNY', yuan: 'CNY', renminbi: 'CNY',
  'JP¥': 'JPY', yen: 'JPY', 日元: 'JPY',
  C$: 'CAD', CA$: 'CAD', 加元: 'CAD', 加币: 'CAD',
  HK$: 'HKD', 港币: 'HKD', 港元: 'HKD', 港幣: 'HKD',
  S$: 'SGD', SG$: 'SGD', 新币: 'SGD', 新加坡元: 'SGD',
  A$: 'AUD', AU$: 'AUD', 澳元: 'AUD', 澳币: 'AUD',
  NZ$: 'NZD', 纽元: 'NZD', NT$: 'TWD', 新台币: 'TWD', 台币: 'TWD', 韩元: 'KRW', 瑞郎: 'CHF', 瑞士法郎: 'CHF',
  rupee: 'INR', rupees: 'INR', franc: 'CHF', francs: 'CHF',
};

let cldrSymbols: ReadonlyMap<string, string> | null = null;

/** CLDR symbols (en and zh, and unambiguous narrow symbols) -> ISO code, from the runtime's ICU data. */
function symbolCodes(): ReadonlyMap<string, string> {
  if (cldrSymbols) return cldrSymbols;
  const out = new Map<string, string>();
  const narrow = new Map<string, string[]>();
  const list = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];
  const symbolOf = (locale: string, code: string, display: 'symbol' | 'narrowSymbol'): string => {
    try {
      const part = new Intl.NumberFormat(locale, { style: 'currency', currency: code, currencyDisplay: display }).formatToParts(1).find((p) => p.type === 'currency');
      return part?.value ?? '';
    } catch {
      return '';
    }
  };
  for (const code of list) {
    for (const locale of ['en', 'zh']) {
      const s = symbolOf(locale, code, 'symbol');
      if (s && s !== code && !out.has(s)) out.set(s, code);
    }
    const n = symbolOf('en', code, 'narrowSymbol');
    if (n && n !== code) narrow.set(n, [...(narrow.get(n) ?? []), code]);
  }
  for (const [symbol, codes] of narrow) if (codes.length === 1 && !out.has(symbol)) out.set(symbol, codes[0] ?? '');
  cldrSymbols = out;
  return out;
}

/**
 * The ISO 4217 code of a currency as written next to an amount ("£" -> GBP, "CA$" -> CAD,
 * "HK$" -> HKD, "GBP" -> GBP, "¥"/"元" -> CNY, "JP¥" -> JPY, "pounds" -> GBP, "港币" -> HKD), or
 * null when it names no currency Dossier knows.
 */
export function currencyCodeOf(written: string): string | null {
  const c = written.trim().replace(/\s+/g, ' ');
  if (c === '') return null;
  const own = OWN_CODES[c] ?? OWN_CODES[c.toLowerCase()];
  if (own) return own;
  if (/^[A-Za-z]{3}$/.test(c) && isIsoCurrency(c.toUpperCase())) return c.toUpperCase();
  const cldr = symbolCodes().get(c);
  if (cldr) return cldr;
  const dollars = /^((?:[A-Z][a-z]+ ){1,2})dollars?$/i.exec(c);
  if (dollars && typeof Intl.DisplayNames === 'function' && typeof Intl.supportedValuesOf === 'function') {
    const en = new Intl.DisplayNames('en', { type: 'currency' });
    const name = `${(dollars[1] ?? '').trim().toLowerCase()} dollar`;
    for (const code of Intl.supportedValuesOf('currency')) if ((en.of(code) ?? '').toLowerCase() === name) return code;
  }
  return null;
}
