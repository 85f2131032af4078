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
export const CURRENCY_BEFORE = String.raw`US\$|[A-Z]{1,3}\$|\$|USD\s?|US\s?dollars?\s|RMB\s?|CNY\s?|GBP\s?|EUR\s?|[A-Z]{3}\s?|(?:人民币|港币|港元|港幣|新币|新加坡元|加元|加币|澳元|澳币|日元|新台币|台币)\s?|\p{Sc}`;

/** Chinese names of currencies other than the US dollar, written after a figure (160万港币, 24万加元). */
export const ZH_OTHER_CURRENCY = '港币|港元|港幣|新币|新加坡元|新幣|加元|加币|加幣|加拿大元|澳元|澳币|澳幣|澳大利亚元|纽元|新西兰元|日元|日币|韩元|新台币|台币|卢比|瑞郎|瑞士法郎|法郎|卢布|里拉|令吉|泰铢|比索|兰特';
/** English names of currencies other than the US dollar, after a figure; not "won" or "real" (English words). */
const EN_OTHER = 'yuan|renminbi|RMB|CNY|pounds?(?: sterling)?|sterling|yen|rupees?|francs?|pesos?|reais|rand|ringgit|baht|dirhams?|riyals?|shekels?|zlot(?:y|ys|ies)|kronor|kroner|krona|krone|lira|rubles?|roubles?';

/**
 * Regex source for a currency written after a figure (alternatives, no groups), longest first:
 * Chinese names, "<Country> dollars" (checked with isOtherDollarName), English names, a code
 * (checked with isCurrencyCode) or a Unicode currency symbol. Needs the regex's u flag.
 */
export const CURRENCY_AFTER = String.raw`${ZH_OTHER_CURRENCY}|(?:[A-Z][a-z]+ ){1,2}dollars?|${EN_OTHER}|[A-Z]{3}|(?!\$)\p{Sc}`;

/**
 * The unit of a currency as written before or after a figure, or null when it is not one (a
 * three-letter word that is no ISO code, "Big dollars"): 'usd' for US dollars (a bare $ too),
 * 'cny', 'eur', 'gbp', else 'other-currency'.
 */
export function currencyUnit(written: string): Unit | null {
  const c = written.trim();
  if (c === '') return null;
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
