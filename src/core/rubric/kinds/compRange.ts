// comp-range: an ask stated as one flat number instead of a tiered range (floor, target, stretch).
// Reads the claim record: only the candidate's own ask counts (not market data, current pay or an
// offer). Tiers written as alternatives per condition ("$330k, or $420k if the role is on the
// management track", "$190k as an IC and $215k at the senior level", 33万美元，管理岗的话42万美元)
// are a tiered ask, as a range is: the same reading comp-band gives "15%, or 20% if senior".
import { z } from 'zod';
import { anyMatch, defineKind, pattern, pick } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import { claimsOf } from '../claims/sectionClaims';
import { formatDollarRange } from '../claims/numbers';
import { describeComponentAsk, safeComponentRange } from '../judgeComponentAsk';
import { alternativeOf } from '../roleLevel';
import type { Claim } from '../claims/analyzeClaim';
import type { CompBands, PayComponent } from '../types';
import { withLanguage } from '../findingsLanguage';
import type { FindingsLanguage } from '../findingsLanguage';
import { zhText } from '../zhText';
import { readAmount } from '../../companies/readAmount';
import { formatAmount } from '../../companies/currency';

const STEP = 5_000;

/** The upper half of a dollar band, on $5k steps (the whole band when it is narrower than $10k). */
function upperHalf(min: number, max: number): [number, number] {
  if (max - min < 2 * STEP) return [min, max];
  const lo = Math.round((min + (max - min) / 2) / STEP) * STEP;
  return [Math.min(Math.max(lo, min), max), max];
}

/**
 * A range for the flat ask's component inside what the company publishes for it (inside every
 * guide's band where they measure it alike, else the default guide's), or null when nothing is
 * published for that component: base from the base bands, the others from the component bands.
 */
export function publishedRangeFor(pay: string, bands: CompBands | null, lang: FindingsLanguage = 'en'): string | null {
  if (!bands) return null;
  if (pay === 'base') {
    if (bands.base.length === 0) return null;
    const min = Math.max(...bands.base.map((b) => b.min));
    const max = Math.min(...bands.base.map((b) => b.max));
    const [lo, hi] = min <= max ? upperHalf(min, max) : upperHalf(bands.base[0]?.min ?? 0, bands.base[0]?.max ?? 0);
    return formatDollarRange(lo, hi);
  }
  if (pay === 'total') {
    // Only a guide that states a yearly total (wf-zh) gives one to fit the example inside.
    const total = bands.total?.[0];
    if (!total) return null;
    const [lo, hi] = upperHalf(total.min, total.max);
    return formatDollarRange(lo, hi);
  }
  const band = safeComponentRange(pay as PayComponent, bands.components ?? []);
  if (!band) return null;
  if (band.measure === 'percent-of-base' || band.measure === 'percent-of-company') {
    return describeComponentAsk({ component: band.component, min: band.min, max: band.max, unit: 'percent', period: 'unstated' });
  }
  const [lo, hi] = upperHalf(band.min, band.max);
  const amount = formatDollarRange(lo, hi);
  if (band.measure === 'dollars-per-year') return lang === 'zh' ? `每年 ${amount}` : `${amount} a year`;
  if (band.component === 'equity' && band.vestingYears?.length) {
    return lang === 'zh' ? `${amount}，分 ${band.vestingYears.join(' 或 ')} 年` : `${amount} over ${band.vestingYears.join(' or ')} years`;
  }
  return amount;
}

/**
 * A range from a flat figure written in another currency ("£10,000" -> "£10k–£12k"), up about a
 * fifth on a round step, in that currency; null when its currency cannot be named (readAmount).
 * `value` is the figure as the claim reader read it.
 */
export function ownCurrencyRange(written: string, value: number): string | null {
  const read = readAmount(written);
  const code = read.ok ? read.currency : null;
  if (!code || code === 'USD' || value <= 0) return null;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  const hi = Math.max(value + step, Math.round((value * 1.2) / step) * step);
  return `${formatAmount(value, code, true)}–${formatAmount(hi, code, true)}`;
}

/**
 * True when two of a sentence's money asks are tiers of one pay item: a later figure for the same
 * item (or one that names none) whose own alternative (roleLevel's alternativeOf: from the figure
 * before it to the one after it) holds a tier word from tierRes, an "or" or a condition ("if the
 * role is senior", "on the management track", "as an IC", 如果是管理岗, 的话). `money` is in text order.
 */
export function isTiered(claim: Claim, money: Claim['quantities'], tierRes: RegExp[]): boolean {
  for (let i = 1; i < money.length; i++) {
    const a = money[i - 1];
    const b = money[i];
    if (!a || !b) continue;
    if (a.pay !== null && b.pay !== null && a.pay !== b.pay) continue;
    const [from, to] = alternativeOf(claim, b);
    if (anyMatch(tierRes, claim.text.slice(from, to))) return true;
  }
  return false;
}

export const compRange = defineKind({
  name: 'comp-range',
  describe: 'Flags an ask sentence whose only dollar figure is a single flat number (a range, or tiers written as alternatives per condition, are not flat).',
  params: z.object({
    askTerms: z.array(z.string().min(1)).min(1),
    rangeTerms: z.array(z.string().min(1)).default(['\\brange\\b', '\\bbetween\\b', '\\bfloor\\b', '\\bstretch\\b', '区间', '范围']),
    /**
     * Words in a later figure's own alternative that make it another tier of the same pay item
     * (see isTiered): "or", "otherwise", a condition, or a level or track the figure is for.
     */
    tierTerms: z
      .array(z.string().min(1))
      .default([
        '\\b(?:or|otherwise|else|if|when|unless|once|depending on)\\b',
        '\\b(?:for|as|at|on|in)\\s(?:an? |the )?(?:[\\w-]+[ -]){0,3}?(?:role|level|track|ladder|position|title|grade|band|IC|individual contributor|manager|management|senior|staff|principal|director|VP|lead)s?\\b',
        '或|否则|如果|若|假如|要是|的话|则|取决于|(?:按|走|做|作为|定为|定在)[^。；，]{0,8}(?:岗|线|序列|职级|级别|级|路线)',
      ]),
    /**
     * The suggestion for the pay component the flat figure belongs to (the claim's pay role), so a
     * flat sign-on is not answered with a base example. Components not listed keep the rule's own
     * suggestion.
     */
    componentSuggestions: z.record(z.string(), z.string()).default({
      base: 'Write it as a range, e.g. “$185k–$200k base, depending on the bonus and sign-on mix”.',
      'sign-on': 'Write it as a range tied to what you leave behind, e.g. “a $35k–$45k sign-on to cover the bonus I forfeit”.',
      bonus: 'Write it as a range, e.g. “a 15%–20% target bonus, depending on the base”.',
      equity: 'Write it as a range, e.g. “$40k–$60k in RSUs over four years, to replace unvested equity”.',
      total: 'Write it as a range, e.g. “total cash of $200k–$225k, depending on the base and bonus split”.',
      relocation: 'Write it as a range, e.g. “$10k–$15k relocation, depending on the move date”.',
      stipend: 'Write it as a range, e.g. “a $2k–$3k yearly learning stipend”.',
    }),
    /**
     * The suggestion when the company publishes a range for the component: {range} is a range
     * inside it (see publishedRangeFor), so the example never breaks the band it sits beside.
     */
    bandSuggestions: z.record(z.string(), z.string()).default({
      base: 'Write it as a range inside the published base band, e.g. “{range} base, depending on the bonus and sign-on mix”.',
      'sign-on': 'Write it as a range inside the published sign-on range, tied to what you leave behind, e.g. “a {range} sign-on to cover the bonus I forfeit”.',
      bonus: 'Write it as a range inside the published bonus range, e.g. “a {range} target bonus, depending on the base”.',
      equity: 'Write it as a range inside the published equity range, e.g. “equity of {range}, as long-term alignment”.',
      relocation: 'Write it as a range within the published relocation cap, e.g. “{range} relocation, depending on the move date”.',
      stipend: 'Write it as a range within the published stipend, e.g. “a {range} learning stipend”.',
      total: 'Write it as a range inside the published total, e.g. “{range} a year in total, depending on the base, bonus and stock mix”.',
    }),
    /** The two suggestion lists in Chinese, for a Chinese draft's findings (findingsLanguage.ts). */
    componentSuggestionsZh: z.record(z.string(), zhText).default({
      base: '写成区间，例如“底薪 $185k–$200k，视奖金和签约奖金的组合而定”。',
      'sign-on': '写成区间，并和你放弃的东西挂钩，例如“签约奖金 $35k–$45k，用来弥补我放弃的奖金”。',
      bonus: '写成区间，例如“目标奖金 15%–20%，视底薪而定”。',
      equity: '写成区间，例如“四年共 $40k–$60k 的 RSU，用来弥补未归属的股票”。',
      total: '写成区间，例如“总现金 $200k–$225k，视底薪和奖金的分配而定”。',
      relocation: '写成区间，例如“搬迁补贴 $10k–$15k，视搬家时间而定”。',
      stipend: '写成区间，例如“每年 $2k–$3k 的学习津贴”。',
    }),
    bandSuggestionsZh: z.record(z.string(), zhText).default({
      base: '写成公布的底薪区间之内的范围，例如“底薪 {range}，视奖金和签约奖金的组合而定”。',
      'sign-on': '写成公布的签约奖金范围之内的区间，并和你放弃的东西挂钩，例如“签约奖金 {range}，用来弥补我放弃的奖金”。',
      bonus: '写成公布的奖金范围之内的区间，例如“目标奖金 {range}，视底薪而定”。',
      equity: '写成公布的股票范围之内的区间，例如“股票 {range}，作为长期绑定”。',
      relocation: '写成公布的搬迁补贴上限之内的区间，例如“搬迁补贴 {range}，视搬家时间而定”。',
      stipend: '写成公布的津贴之内的区间，例如“学习津贴 {range}”。',
      total: '写成公布的总包之内的区间，例如“每年总计 {range}，视底薪、奖金和股票的组合而定”。',
    }),
    /** A total said to be cash (base plus bonus): not fitted inside a published total of base, bonus and stock. */
    cashTerms: z
      .array(z.string().min(1))
      .default([
        '\\bcash\\b|\\bOTE\\b|现金',
        // Base and bonus named as one sum ("base plus bonus of $230k", 底薪加奖金一共25万美元).
        '\\b(?:base(?: salary| pay)?|salary)\\s*(?:\\+|plus|and|&)\\s*(?:cash |target |annual )?bonus(?:es)?\\b|(?:底薪|基本工资|基本薪资|年薪)\\s*(?:\\+|加上?|和|与|及)\\s*(?:年终)?奖金',
      ]),
    /**
     * The suggestion for a flat figure in another currency than the US dollar (newcomer 9 §4: a
     * £10,000 sign-on got “a $35k–$45k sign-on”): {range} runs from the candidate's own figure up
     * about a fifth, in its own currency. No exchange rate and no US-dollar band are used.
     */
    ownCurrencySuggestion: z
      .string()
      .default('Write it as a range in the same currency, from your figure up, e.g. “{range}”, and say what the top depends on (what you leave behind, the scope of the role).'),
    ownCurrencySuggestionZh: zhText.default('用同一种货币写成区间，从你的数字往上，例如“{range}”，并说明上限取决于什么（你放弃的东西、岗位的范围）。'),
    /** The same when the figure's currency cannot be named: no example figures. */
    otherCurrencySuggestion: z
      .string()
      .default('Write it as a range in the same currency (floor, target, stretch), and say what the top depends on.'),
    otherCurrencySuggestionZh: zhText.default('用同一种货币写成区间（底线、目标、争取），并说明上限取决于什么。'),
    sections: z.array(z.string()).optional(),
  }),
  compile: (p) => ({ ...p, askRes: p.askTerms.map(pattern), rangeRes: p.rangeTerms.map(pattern), tierRes: p.tierTerms.map(pattern), cashRes: p.cashTerms.map(pattern) }),
  check: (compiled, ctx) => {
    const c = withLanguage(compiled, ctx.lang);
    const out: RawFinding[] = [];
    for (const section of pick(ctx, c.sections)) {
      for (const claim of claimsOf(section)) {
        if (!anyMatch(c.askRes, claim.text)) continue;
        const money = claim.quantities.filter((q) => q.kind === 'money' && q.max >= 1_000 && q.stance === 'ask');
        if (money.length === 0 || money.some((m) => m.isRange)) continue;
        if (anyMatch(c.rangeRes, claim.text)) continue;
        if (isTiered(claim, money, c.tierRes)) continue;
        const first = money[0];
        if (!first) continue;
        if (first.unit !== 'usd' && first.unit !== 'none') {
          // Another currency: an example from the candidate's own figure, never a US-dollar band.
          const own = ownCurrencyRange(claim.text.slice(first.start, first.end), first.max);
          const suggestion = own ? c.ownCurrencySuggestion.replace('{range}', own) : c.otherCurrencySuggestion;
          out.push({ section: section.id, start: claim.start + first.start, end: claim.start + first.end, suggestion });
          continue;
        }
        const range = first.pay && !(first.pay === 'total' && anyMatch(c.cashRes, claim.text)) ? publishedRangeFor(first.pay, ctx.bands, ctx.lang) : null;
        const fitted = range && first.pay ? c.bandSuggestions[first.pay]?.replace('{range}', range) : undefined;
        const suggestion = fitted ?? (first.pay ? c.componentSuggestions[first.pay] : undefined);
        out.push({ section: section.id, start: claim.start + first.start, end: claim.start + first.end, ...(suggestion ? { suggestion } : {}) });
      }
    }
    return out;
  },
});
