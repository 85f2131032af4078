// How comp-band reads a pay figure's currency and period before judging it against the guides'
// bands, which are all yearly amounts in US dollars (../shared/sources: wf-en, wf-zh, jpmorgan,
// amex, fintech state pay in dollars for US roles). Pure: claims come from the claim analysis,
// so the CLI, the server and the editor's worker read them alike.
//
// Currency of a figure written without one ("年薪二十一万", "底薪 30万", "210k"):
// - In an English draft it is US dollars. The guides' bands are in dollars, and in English "210k"
//   in a pay sentence means dollars; a figure in another currency names it (£150k, RMB 900k).
// - In a Chinese draft (more Han characters than English words: headingLanguage) an amount with
//   no currency is RMB, the everyday unit of a Chinese amount, even though the wf-zh guide itself
//   writes its figures as "$135K-$195K". It is not compared with dollar bands; comp-band gives one
//   note saying so and how to write dollars. The figure takes the currency of another figure in
//   its sentence that names one ("底薪18万美元，签字费3万" is dollars), and every figure is dollars in
//   a draft that says so once ("以美元计", "单位：美元", "all figures in US dollars").
//
// Period of a base figure: a monthly base ("月薪2万美元", "$25k a month", "a monthly base of $12k")
// is turned into a year: times the months of pay its sentence names (13 or 16 months, 13薪, "× 14"),
// else 12. Other pay items are left as written.
import { headingLanguage } from '../document/headingLanguage';
import { anyMatch } from './ruleKind';
import { clauseOf } from './claims/analyzeClaim';
import type { Claim, Quantity } from './claims/analyzeClaim';
import { formatDollarRange } from './claims/numbers';
import { alternativeOf } from './roleLevel';

/** The currency a draft's figures without one are read in. */
export type BareCurrency = 'usd' | 'cny';

/**
 * 'cny' for a Chinese draft that does not say its figures are dollars, else 'usd'. `texts` are
 * the draft's section texts; `dollarsDeclared` are the words that say all figures are dollars.
 */
export function bareCurrencyOf(texts: string[], dollarsDeclared: RegExp[]): BareCurrency {
  if (headingLanguage(texts) !== 'zh') return 'usd';
  return texts.some((t) => anyMatch(dollarsDeclared, t)) ? 'usd' : 'cny';
}

/** A claim as comp-band judges it, and what was read into its figures. */
export interface PayClaim {
  claim: Claim;
  /** Figures given no currency, read as RMB (not judged; one note for the draft). */
  assumedRmb: Quantity[];
  /** How a monthly base was turned into a year, for messages: "$260k a year ($20k a month × 13)". */
  described: Map<Quantity, string>;
}

const MONTHLY = /月薪|月工资|每月|每个月|\/\s?月|\b(?:a|per|each|every) month\b|\bmonthly\b|\/\s?mo(?:nth)?\b/i;
const YEARLY = /年薪|每年|\b(?:a|per|each|every) year\b|\bannual(?:ly)?\b|\byearly\b|\/\s?(?:yr|year)\b/i;
/** Months of pay a year: "13个月", "16薪", "13 months", "× 14"; 12 to 18. */
const MONTHS_OF_PAY = /(1[2-8])\s?(?:个月|薪)|(十[二三四五六七八])(?:个月|薪)|\b(1[2-8])\s(?:months?|monthly (?:salaries|payments))\b|[×xX*]\s?(1[2-8])(?![\d%])/;
const CN_TEENS: Record<string, number> = { 十二: 12, 十三: 13, 十四: 14, 十五: 15, 十六: 16, 十七: 17, 十八: 18 };

function monthsOfPay(clause: string): number {
  const m = MONTHS_OF_PAY.exec(clause);
  if (!m) return 12;
  const n = m[2] ? CN_TEENS[m[2]] : Number(m[1] ?? m[3] ?? m[4]);
  return n ?? 12;
}

const isMoney = (q: Quantity) => q.kind === 'money';

/**
 * Reads a claim's pay figures for judging (see the file header). Returns the same claim object
 * when nothing changes. `bare` is the draft's bareCurrencyOf.
 */
export function readPayClaim(claim: Claim, bare: BareCurrency): PayClaim {
  const assumedRmb: Quantity[] = [];
  const described = new Map<Quantity, string>();
  const money = claim.quantities.filter(isMoney);
  if (money.length === 0) return { claim, assumedRmb, described };
  const named = new Set(money.filter((q) => q.unit !== 'none').map((q) => q.unit));
  const inherited = named.size === 1 ? [...named][0] : undefined;
  let changed = false;
  const quantities = claim.quantities.map((q) => {
    if (!isMoney(q)) return q;
    let out = q;
    if (q.unit === 'none' && bare === 'cny') {
      // Another figure in the sentence names the currency; else the draft's everyday RMB.
      out = { ...q, unit: inherited ?? 'cny' };
      if (!inherited) assumedRmb.push(out);
      changed = true;
    }
    if ((out.pay === 'base' || out.pay === null) && (out.unit === 'usd' || out.unit === 'none')) {
      const [from, to] = alternativeOf(claim, q);
      const own = claim.text.slice(from, to);
      if (MONTHLY.test(own) && !YEARLY.test(own)) {
        const months = monthsOfPay(clauseOf(claim.text, q.start, q.end));
        const min = out.min * months;
        const max = out.max * months;
        const year = { ...out, min, max, value: max };
        described.set(year, `${formatDollarRange(min, max)} a year (${formatDollarRange(out.min, out.max)} a month × ${months})`);
        out = year;
        changed = true;
      }
    }
    return out;
  });
  return changed ? { claim: { ...claim, quantities }, assumedRmb, described } : { claim, assumedRmb, described };
}

/**
 * How to write a bare amount in dollars, for the note: the figure as written with 美元 after it
 * ("二十一万美元", "18万到20万美元"), or a dollar sign before Latin figures ("$210k").
 */
export function dollarsWritten(q: Pick<Quantity, 'text' | 'min' | 'max'>): { chinese: string; dollars: string } {
  const text = q.text.trim();
  const chinese = /[千万亿仟萬億]$/.test(text) ? `${text}美元` : `$${text.replace(/\s*(?:到|至)\s*/g, '–')}`;
  return { chinese, dollars: formatDollarRange(q.min, q.max) };
}
