// The one number normalizer of the rubric: finds every written quantity in a sentence and reads
// its value, unit and range. Pure (no node: imports, no DOM), so it runs in the CLI, the server
// and a browser worker alike.
//
// Reads: ASCII and full-width digits (１８％), the Unicode minus (−0.4 pp), thousands separators
// ($3,200,000), multipliers in English and Chinese ($3.2M, 3.2 million, 185k, 320万, 3.2百万,
// 1.5亿, 3千; 萬 and 億 as written in Hong Kong and Taiwan), currencies before or after ($, US$,
// USD, €, EUR, £, GBP, ¥, RMB, CNY, 人民币, 美元, 元, 英镑, 欧元; 美刀, and 刀 after a scale as in 30万刀,
// everyday Chinese for US dollars; every other currency as 'other-currency': HK$, C$, S$, A$, any
// ISO 4217 code, yuan, "Singapore dollars", 港币, 新币, 加元 … — see currencies.ts), units (%,
// percentage points, 个百分点, bps, ms, 毫秒, seconds, days, months, quarters, 年, x, ×, 倍),
// 百分之十二, 三成 (tenths), amounts in words with a scale ("one hundred and eighty-five thousand dollars"), and ranges written with – / — / - / ~ / to / through / 到 / 至 / 和 or "between X and
// Y" (the unit or multiplier on the second figure applies to the first: "$185–200k").
// "from X to Y" and a falling pair ("800 ms to 45 ms") are a change, not a range.

import { chinese_parseInt as parseChineseInteger } from 'chinese-parseint2';
import { CURRENCY_AFTER, CURRENCY_BEFORE, ZH_OTHER_CURRENCY, currencyUnit } from './currencies';
import { matchesOf } from '../../text/regexMatches';

export type Unit =
  | 'usd'
  | 'cny'
  | 'eur'
  | 'gbp'
  /** Any other currency (HK$, S$, CAD, 港币, ₹…): never compared with US-dollar figures. */
  | 'other-currency'
  | 'percent'
  | 'points'
  | 'bps'
  | 'ms'
  | 'seconds'
  | 'minutes'
  | 'hours'
  | 'days'
  | 'weeks'
  | 'months'
  | 'quarters'
  | 'years'
  | 'multiple'
  | 'none';

/** One figure or range as written. Offsets are UTF-16 offsets into the text given. */
export interface NumberToken {
  start: number;
  end: number;
  text: string;
  /** The value (the upper end of a range). */
  value: number;
  min: number;
  max: number;
  isRange: boolean;
  unit: Unit;
  /** True when a multiplier (k, M, 万, 亿…) was written. */
  scaled: boolean;
  /** True when written with a sign (−0.4 pp, -29%, +12%). */
  signed: boolean;
  /** Digits before any decimal point, as written (for year and version checks). */
  whole: string;
  hasFraction: boolean;
}

const FULLWIDTH_DIGIT_0 = 0xff10;

/**
 * Same-length normalisation so offsets stay valid: full-width digits and Latin letters, ％ ． and
 * the Unicode minus become ASCII; a full-width comma between digits becomes ",".
 */
export function normalizeDigits(text: string): string {
  if (!/[\uff10-\uff19\uff05\uff0e\u2212\uff0c\uff04\uff21-\uff3a\uff41-\uff5a]/.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= FULLWIDTH_DIGIT_0 && c <= FULLWIDTH_DIGIT_0 + 9) out += String.fromCharCode(48 + c - FULLWIDTH_DIGIT_0);
    else if ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0xff05) out += '%';
    else if (c === 0xff04) out += '$';
    else if (c === 0xff0e && /\d/.test(text[i - 1] ?? '') && /[\d\uff10-\uff19]/.test(text[i + 1] ?? '')) out += '.';
    else if (c === 0x2212) out += '-';
    else if (c === 0xff0c && /\d/.test(out[i - 1] ?? '') && /^[\d\uff10-\uff19]{3}(?![\d\uff10-\uff19])/.test(text.slice(i + 1, i + 5))) out += ',';
    else out += text[i];
  }
  return out;
}

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  千: 1e3,
  万: 1e4,
  萬: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
  億: 1e8,
};

// One figure: currency? sign? digits multiplier? unit?
const FIGURE = new RegExp(
  String.raw`(?<![A-Za-z0-9_.])` +
    '(?<cur>' + CURRENCY_BEFORE + ')?' +
    String.raw`(?<sign>[-+±])?` +
    String.raw`(?<cur2>\$)?` +
    String.raw`(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)` +
    String.raw`(?<mult>\s?(?:thousand|million|billion|MM|mm|mn|bn|[kKmMbB](?![A-Za-z])|十万|百万|千万|万|萬|亿|億|千(?![米克瓦])))?` +
    String.raw`(?<unit>(?:\s|-(?=[a-z]))?(?:%|percent(?:age points?)?|per ?cent|pp(?![A-Za-z])|p\.p\.|percentage points?|points?(?![A-Za-z])|pts?(?![A-Za-z])|个百分点|百分点|bps|basis points?|ms(?![A-Za-z])|milliseconds?|毫秒|seconds?|secs?(?![A-Za-z])|s(?![A-Za-z])|秒|minutes?|mins?(?![A-Za-z])|分钟|hours?|hrs?(?![A-Za-z])|h(?![A-Za-z])|小时|days?|天|weeks?|周|个?星期|months?|个月|quarters?|个季度|季度|years?|yrs?(?![A-Za-z])|年|x(?![A-Za-z0-9])|×|倍|times(?![A-Za-z])|-?fold|美元|美金|美刀|(?<=[kK万千萬])刀|万元|元|人民币|英镑|欧元|dollars?(?![A-Za-z])|USD(?![A-Za-z])|euros?|EUR|GBP|` + CURRENCY_AFTER + String.raw`)(?![A-Za-z]))?`,
  'gu',
);

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_PERCENT = /百分之([零〇一二两三四五六七八九十百点]+)/g;
/** 三成 = 30%, 两成半 = 25% (成 as tenths), not 成本, 成功, 成为, 一成不变. */
const CN_TENTHS = /(?<![一二两三四五六七八九十百千万零〇\d])([一二两三四五六七八九]|\d)成(半)?(?![本功为立熟员交果长绩就效品型分了不])/g;

/** 十二 -> 12, 三十五 -> 35, 一百 -> 100, 十二点五 -> 12.5; NaN when not a Chinese numeral. */
export function chineseNumeral(s: string): number {
  const [intPart = '', frac] = s.split('点');
  let total = 0;
  let digit = -1;
  for (const ch of intPart) {
    if (ch in CN_DIGIT) digit = CN_DIGIT[ch] ?? 0;
    else if (ch === '十') {
      total += (digit < 0 ? 1 : digit) * 10;
      digit = -1;
    } else if (ch === '百') {
      total += (digit < 0 ? 1 : digit) * 100;
      digit = -1;
    } else return NaN;
  }
  if (digit >= 0) total += digit;
  if (frac) {
    let f = '';
    for (const ch of frac) {
      if (!(ch in CN_DIGIT)) return NaN;
      f += String(CN_DIGIT[ch]);
    }
    total = Number(`${total}.${f}`);
  }
  return total;
}

function unitOf(raw: string, currency: string): Unit {
  const named = currencyUnit(currency);
  // A bare $ is any dollar: a code after the figure says which ("$240k AUD", "$1.6M HKD").
  if (named === 'usd' && currency.trim() === '$' && raw.trim() !== '') {
    const after = currencyUnit(raw.trim());
    if (after !== null && after !== 'usd') return after;
  }
  if (named) return named;
  const u = raw.trim().replace(/^-/, '').toLowerCase();
  if (u === '') return 'none';
  if (u === '%' || u.startsWith('percent') && !u.includes('point') || u.startsWith('per')) return 'percent';
  if (u.includes('point') || u === 'pp' || u === 'p.p.' || u.startsWith('pt') || u.includes('百分点')) return 'points';
  if (u === 'bps' || u.startsWith('basis')) return 'bps';
  if (u === 'ms' || u.startsWith('millisecond') || u === '毫秒') return 'ms';
  if (u === 's' || u.startsWith('sec') || u === '秒') return 'seconds';
  if (u.startsWith('min') || u === '分钟') return 'minutes';
  if (u === 'h' || u.startsWith('hour') || u.startsWith('hr') || u === '小时') return 'hours';
  if (u.startsWith('day') || u === '天') return 'days';
  if (u.startsWith('week') || u === '周' || u.includes('星期')) return 'weeks';
  if (u.startsWith('month') || u === '个月') return 'months';
  if (u.startsWith('quarter') || u.includes('季度')) return 'quarters';
  if (u.startsWith('year') || u.startsWith('yr') || u === '年') return 'years';
  if (u === 'x' || u === '×' || u === '倍' || u === 'times' || u.endsWith('fold')) return 'multiple';
  if (u === '美元' || u === '美金' || u === '美刀' || u === '刀' || u.startsWith('dollar') || u === 'usd') return 'usd';
  if (u === '元' || u === '万元' || u === '人民币') return 'cny';
  if (u.startsWith('euro') || u === 'eur' || u === '欧元') return 'eur';
  if (u === 'gbp' || u === '英镑') return 'gbp';
  return currencyUnit(raw.trim()) ?? 'none';
}

const MONEY_UNITS: ReadonlySet<Unit> = new Set<Unit>(['usd', 'cny', 'eur', 'gbp', 'other-currency']);
export const isMoneyUnit = (u: Unit): boolean => MONEY_UNITS.has(u);

interface Single extends NumberToken {
  multiplier: number;
  /** The written number before the multiplier. */
  base: number;
}

function readSingles(text: string): Single[] {
  const out: Single[] = [];
  for (const m of matchesOf(FIGURE, text)) {
    const g = m.groups ?? {};
    const numText = g.num ?? '';
    const base = Number(numText.replace(/,/g, ''));
    if (!Number.isFinite(base)) continue;
    let start = m.index;
    let cur = g.cur ?? '';
    // A capital-letter word before the figure that is no currency ("TPS 30k"): not part of it;
    // glued to the digits ("GPT4", "SHA256") it is a name, not a figure.
    if (cur !== '' && currencyUnit(cur) === null) {
      if (!/\s$/.test(cur)) continue;
      start += cur.length;
      cur = '';
    }
    let signed = g.sign !== undefined;
    let negative = g.sign === '-';
    // A dash right after another figure joins a range ("18万-23万美元"), it is not a minus (an
    // ASCII figure's own dash never gets here: the look-behind keeps "150k-180k" apart).
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, start) : ' ';
    if (cur === '' && signed && prev && (gap === '' || (/^\s+$/.test(gap) && /[^ -~]$/.test(prev.text)))) {
      start += 1;
      signed = false;
      negative = false;
    }
    const multRaw = (g.mult ?? '').trim();
    let multiplier = multRaw ? (MULTIPLIERS[multRaw] ?? MULTIPLIERS[multRaw.toLowerCase()] ?? 1) : 1;
    let end = m.index + m[0].length;
    let unitRaw = g.unit ?? '';
    const currency = cur + (g.cur2 ?? '');
    // A capital-letter word or "<Name> dollars" after the figure that is no currency ("30k TPS"): not its unit.
    if (unitRaw !== '' && /^\s?(?:[A-Z]{3}|(?:[A-Z][a-z]+ ){1,2}dollars?)$/.test(unitRaw) && !/^\s?(?:USD|EUR|GBP)$/.test(unitRaw) && currencyUnit(unitRaw) === null) {
      end -= unitRaw.length;
      unitRaw = '';
    }
    // A unit of "s"/"h" right after a multiplier-less integer could be a plural ("1990s").
    if (/^\s?s$/.test(unitRaw) && /^(?:19|20)\d0$/.test(numText)) {
      unitRaw = '';
      end -= 1;
    }
    const unit = unitOf(unitRaw, currency);
    // "3 m" without a currency is metres or months, not millions; "3 B params" is a model size
    // (kept as a figure, read as a multiplier only with money).
    if (/^[mb]$/.test(multRaw) && !isMoneyUnit(unit)) {
      const after = text.slice(end, end + 12);
      if (!/^\s*(?:in|of|a|per|annual|yearly|revenue|savings|losses|ARR|GMV|USD)\b/i.test(after)) multiplier = 1;
    }
    const value = Number(((negative ? -1 : 1) * base * multiplier).toPrecision(12));
    const whole = numText.split('.')[0]?.replace(/,/g, '') ?? '';
    out.push({
      start,
      end,
      text: text.slice(start, end),
      value,
      min: value,
      max: value,
      isRange: false,
      unit,
      scaled: multRaw !== '' && multiplier !== 1,
      signed,
      whole,
      hasFraction: numText.includes('.'),
      multiplier,
      base,
    });
  }
  for (const m of matchesOf(CN_PERCENT, text)) {
    const v = chineseNumeral(m[1] ?? '');
    if (!Number.isFinite(v)) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      value: v,
      min: v,
      max: v,
      isRange: false,
      unit: 'percent',
      scaled: false,
      signed: false,
      whole: String(Math.trunc(v)),
      hasFraction: !Number.isInteger(v),
      multiplier: 1,
      base: v,
    });
  }
  for (const m of matchesOf(CN_TENTHS, text)) {
    const d = m[1] ?? '';
    const v = (/\d/.test(d) ? Number(d) : (CN_DIGIT[d] ?? NaN)) * 10 + (m[2] ? 5 : 0);
    if (!Number.isFinite(v) || out.some((o) => o.start < m.index + m[0].length && m.index < o.end)) continue;
    out.push({
      start: m.index, end: m.index + m[0].length, text: m[0], value: v, min: v, max: v, isRange: false,
      unit: 'percent', scaled: false, signed: false, whole: String(v), hasFraction: false, multiplier: 1, base: v,
    });
  }
  for (const w of readChineseAmounts(text)) if (!out.some((o) => o.start < w.end && w.start < o.end)) out.push(w);
  for (const w of readWordAmounts(text)) if (!out.some((o) => o.start < w.end && w.start < o.end)) out.push(w);
  for (const w of readSpokenThousands(text)) if (!out.some((o) => o.start < w.end && w.start < o.end)) out.push(w);
  out.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * Amounts written in Chinese numerals: 三十万美元, 年薪二十一万, 十八万五 (185,000), 二十万零五千,
 * 两百万元, 十二点五万, 人民币一百二十万. Read only with a scale character (千, 万, 亿) or a currency,
 * so 十分 ("very"), 一些 and 三十而立 stay words, and a bare numeral is read only as the first figure
 * of a range (十八到二十万美元: 180,000–200,000). The integer part is parsed by chinese-parseint2;
 * a decimal (点) and the trailing scale are applied here. The multiplier is the largest of 千/万/亿
 * written, so "十八到二十万" takes 万 for both ends in readNumbers.
 */
const CN_NUMERAL = '[一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾兩][零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億兩]*';
const CN_AMOUNT = new RegExp(
  String.raw`(?<![零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億兩第])` +
    // Substitutions outside String.raw: the CLI build escapes non-ASCII only in a raw template without one.
    String.raw`(?<cur>US\$|\$|USD\s?|€|£|¥|￥|RMB\s?|CNY\s?|人民币\s?|GBP\s?|EUR\s?|(?:` + ZH_OTHER_CURRENCY + String.raw`)\s?)?` +
    `(?<num>${CN_NUMERAL})(?:点(?<frac>[零〇一二三四五六七八九]+)(?<fracScale>[千万亿萬億])?)?` +
    String.raw`(?![火])(?<unit>\s?(?:美元|美金|美刀|(?<=[千万亿仟萬億])刀|` + ZH_OTHER_CURRENCY + String.raw`|万元|元|人民币|英镑|欧元|dollars?|USD|euros?|EUR|GBP)(?![A-Za-z]))?`,
  'g',
);
const CN_SCALE: Record<string, number> = { 千: 1e3, 仟: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
const CN_FRACTION_DIGIT: Record<string, string> = { 零: '0', 〇: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const CN_RANGE_JOINER = /^\s*(?:到|至|–|—|-|~|～)\s*$/;

/** The value of a Chinese numeral (integer part, optional 点 fraction, optional scale after it); NaN when unreadable. */
function chineseAmount(num: string, frac: string | undefined, fracScale: string | undefined): number {
  if (frac === undefined) return parseChineseInteger(num);
  // 十二点五万: the integer part has no scale of its own, the scale follows the fraction.
  if (/[百千万亿佰仟萬億]/.test(num)) return NaN;
  const whole = parseChineseInteger(num);
  const digits = [...frac].map((ch) => CN_FRACTION_DIGIT[ch] ?? '').join('');
  return Number(`${whole}.${digits}`) * (fracScale ? (CN_SCALE[fracScale] ?? 1) : 1);
}

function readChineseAmounts(text: string): Single[] {
  const out: Single[] = [];
  if (!/[一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾兩]/.test(text)) return out;
  const bare: Single[] = [];
  for (const m of matchesOf(CN_AMOUNT, text)) {
    const g = m.groups ?? {};
    const num = g.num ?? '';
    const value = chineseAmount(num, g.frac, g.fracScale);
    if (!Number.isFinite(value) || value <= 0) continue;
    const scales = [...(num + (g.fracScale ?? ''))].map((ch) => CN_SCALE[ch] ?? 1);
    const multiplier = Math.max(1, ...scales);
    const currency = (g.cur ?? '').trim();
    const unitRaw = (g.unit ?? '').trim();
    const unit = unitOf(unitRaw, currency);
    const token: Single = {
      start: m.index, end: m.index + m[0].length, text: m[0], value, min: value, max: value, isRange: false, unit,
      scaled: multiplier > 1, signed: false, whole: String(Math.trunc(value)), hasFraction: !Number.isInteger(value),
      multiplier, base: Number((value / multiplier).toPrecision(12)),
    };
    if (multiplier > 1 || currency !== '' || unitRaw !== '') out.push(token);
    else bare.push(token);
  }
  // 十八到二十万美元: a bare numeral is the first figure of a range whose second figure has a scale.
  for (const b of bare) {
    const next = out.find((o) => o.start >= b.end && CN_RANGE_JOINER.test(text.slice(b.end, o.start)));
    if (next) out.push(b);
  }
  return out;
}

const SMALL: Record<string, number> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const NUMBER_WORD = 'a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion';
/** Amounts in words with a scale word: "one hundred and eighty-five thousand dollars", "a million". */
const WORD_AMOUNT = new RegExp(
  `\\b(?:${NUMBER_WORD})(?:(?:[\\s-]+|\\s+and\\s+)(?:${NUMBER_WORD}))+\\b(?:\\s(?:US\\s)?dollars\\b|\\s(?:percent|per cent)\\b)?`,
  'gi',
);

function wordAmount(words: string[]): number {
  let total = 0;
  let current = 0;
  let scaled = false;
  for (const w of words) {
    if (w === 'and') continue;
    if (w in SMALL) current += SMALL[w] ?? 0;
    else if (w === 'hundred') {
      current = (current || 1) * 100;
      scaled = true;
    } else if (w in SCALE) {
      total += (current || 1) * (SCALE[w] ?? 1);
      current = 0;
      scaled = true;
    }
  }
  return scaled ? total + current : NaN;
}

/**
 * Pay said aloud: "two-twenty to two-thirty in base" = $220k–$230k. Read only in a sentence about
 * pay, where a hundreds word joined to a tens word is thousands of dollars.
 */
const SPOKEN_THOUSANDS =
  /\b(one|two|three|four)[- ](ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?\b(?![- ](?:hundred|thousand|million|percent))/gi;
const PAY_CONTEXT = /\b(?:base|salary|comp(?:ensation)?|pay|offer|ask(?:ing)?|sign-?on|bonus|package|total cash)\b/i;

function readSpokenThousands(text: string): Single[] {
  const out: Single[] = [];
  if (!PAY_CONTEXT.test(text)) return out;
  for (const m of matchesOf(SPOKEN_THOUSANDS, text)) {
    const words = [m[1], m[2], m[3]].filter((w): w is string => w !== undefined).map((w) => w.toLowerCase());
    const value = ((SMALL[words[0] ?? ''] ?? 0) * 100 + (SMALL[words[1] ?? ''] ?? 0) + (SMALL[words[2] ?? ''] ?? 0)) * 1000;
    out.push({
      start: m.index, end: m.index + m[0].length, text: m[0], value, min: value, max: value, isRange: false,
      unit: 'none', scaled: true, signed: false, whole: String(value), hasFraction: false, multiplier: 1000, base: value / 1000,
    });
  }
  return out;
}

function readWordAmounts(text: string): Single[] {
  const out: Single[] = [];
  if (!/\b(?:hundred|thousand|million|billion)\b/i.test(text)) return out;
  for (const m of matchesOf(WORD_AMOUNT, text)) {
    const lower = m[0].toLowerCase();
    const words = lower.replace(/\s(?:us\s)?dollars$|\s(?:percent|per cent)$/, '').split(/[\s-]+/);
    const value = wordAmount(words);
    if (!Number.isFinite(value)) continue;
    const unit: Unit = /dollars$/.test(lower) ? 'usd' : /cent$/.test(lower) ? 'percent' : 'none';
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      value,
      min: value,
      max: value,
      isRange: false,
      unit,
      scaled: true,
      signed: false,
      whole: String(value),
      hasFraction: false,
      multiplier: 1,
      base: value,
    });
  }
  return out;
}

const RANGE_JOINER = /^\s*(?:–|—|-|~|～|to|through|thru|至|到|—|和|与)\s*$/i;
const AND_JOINER = /^\s*(?:and|和|与)\s*$/i;
const BETWEEN_BEFORE = /(?:\bbetween|在|介于)\s*$/i;
const FROM_BEFORE = /(?:\bfrom|从|由)\s*(?:about|around|roughly|approximately|约|大约)?\s*$/i;

/**
 * Every figure in the text, ranges merged. Pass text already normalised with normalizeDigits
 * (the analysis does) or raw text (this normalises it; offsets are the same either way).
 */
export function readNumbers(input: string): NumberToken[] {
  const text = normalizeDigits(input);
  if (!/\d|百分之|成|[千万亿仟萬億美元]|hundred|thousand|million|billion|(?:one|two|three|four)[- ](?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)/i.test(text)) return [];
  const singles = readSingles(text);
  const out: NumberToken[] = [];
  for (let i = 0; i < singles.length; i++) {
    const a = singles[i];
    if (!a) continue;
    const b = singles[i + 1];
    const gap = b ? text.slice(a.end, b.start) : '';
    const before = text.slice(Math.max(0, a.start - 14), a.start);
    const between = BETWEEN_BEFORE.test(before);
    const joined = b && (AND_JOINER.test(gap) ? between : RANGE_JOINER.test(gap));
    if (b && joined && !FROM_BEFORE.test(before)) {
      // The unit or multiplier written once, on the second figure, applies to the first.
      let lo = a.value;
      let unit = a.unit;
      if (!a.scaled && b.scaled && a.base < b.base * 1.0001 + 1000) lo = Number((a.base * b.multiplier).toPrecision(12));
      if (unit === 'none') unit = b.unit;
      const compatible = unit === b.unit || b.unit === 'none';
      if (compatible && lo <= b.value) {
        out.push({
          start: a.start,
          end: b.end,
          text: text.slice(a.start, b.end),
          value: b.value,
          min: lo,
          max: b.value,
          isRange: true,
          unit,
          scaled: a.scaled || b.scaled,
          signed: a.signed,
          whole: a.whole,
          hasFraction: a.hasFraction,
        });
        i++;
        continue;
      }
    }
    const { multiplier: _m, base: _b, ...token } = a;
    out.push(token);
  }
  return out;
}

/** "$3.2M", "$185k", "$950" — for messages. */
export function formatDollars(n: number): string {
  if (n >= 1_000_000) return `$${(n / 1_000_000).toFixed(n % 1_000_000 === 0 ? 0 : 1)}M`;
  if (n >= 1_000) return `$${Math.round(n / 1_000)}k`;
  return `$${n}`;
}

export function formatDollarRange(min: number, max: number): string {
  return min === max ? formatDollars(max) : `${formatDollars(min)}–${formatDollars(max)}`;
}
