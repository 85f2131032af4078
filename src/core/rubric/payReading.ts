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
// Period of a base figure (payPeriod.ts): a base paid by the month, twice a month, every two weeks
// or by the week ("月薪2万美元", "$25k a month", "$8,000 per paycheck, paid twice a month",
// "$5,000 a week") is turned into a year: a month times the months of pay its sentence names (13 or
// 16 months, 13薪, "× 14", else 12), 24, 26 or 52 times. Tiers without a period of their own take
// the one before them ("floor $13k a month, target $15k, stretch $17k"). An hourly rate, or a
// paycheck whose frequency is not said, is not judged (comp-band says so). A month's figure that
// only restates a yearly ask in the same sentence ("$180k–$200k base, i.e. $15k–$16.7k a month")
// is not judged a second time. Other pay items are left as written.
import { headingLanguage } from '../document/headingLanguage';
import { anyMatch } from './ruleKind';
import type { Claim, Quantity } from './claims/analyzeClaim';
import { formatDollarRange } from './claims/numbers';
import { payPeriods, periodWords } from './payPeriod';
import type { PayPeriod } from './payPeriod';

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
  /**
   * How a base paid by another period was turned into a year, for messages in each findings
   * language: "$260k a year ($20k a month × 13)", "每年 $260k（每月 $20k × 13）".
   */
  described: Map<Quantity, { en: string; zh: string }>;
  /** Base figures with no yearly reading (an hourly rate, a paycheck of unsaid frequency): not judged, noted. */
  unyearly: { q: Quantity; period: PayPeriod }[];
}

const isMoney = (q: Quantity) => q.kind === 'money';

/** A month's or a week's pay as written, to a hundred dollars ("$7.5k", "$16.7k", "$950"): the sum beside it must add up. */
function periodAmount(n: number): string {
  return n >= 1000 ? `$${Number((n / 1000).toFixed(1))}k` : `$${Math.round(n)}`;
}

/**
 * Reads a claim's pay figures for judging (see the file header). Returns the same claim object
 * when nothing changes. `bare` is the draft's bareCurrencyOf.
 */
export function readPayClaim(claim: Claim, bare: BareCurrency): PayClaim {
  const assumedRmb: Quantity[] = [];
  const described = new Map<Quantity, { en: string; zh: string }>();
  const unyearly: PayClaim['unyearly'] = [];
  const money = claim.quantities.filter(isMoney);
  if (money.length === 0) return { claim, assumedRmb, described, unyearly };
  const named = new Set(money.filter((q) => q.unit !== 'none').map((q) => q.unit));
  const inherited = named.size === 1 ? [...named][0] : undefined;
  const periods = payPeriods(claim);
  let changed = false;
  const restated = new Set<Quantity>();
  const quantities = claim.quantities.map((q) => {
    if (!isMoney(q)) return q;
    let out = q;
    if (q.unit === 'none' && bare === 'cny') {
      // Another figure in the sentence names the currency; else the draft's everyday RMB.
      out = { ...q, unit: inherited ?? 'cny' };
      if (!inherited) assumedRmb.push(out);
      changed = true;
    }
    const period = periods.get(q);
    if (period && period.kind !== 'year' && (out.pay === 'base' || out.pay === null) && (out.unit === 'usd' || out.unit === 'none')) {
      if (period.kind === 'hour' || period.kind === 'paycheck') {
        unyearly.push({ q: out, period });
        return out;
      }
      const n = period.perYear;
      const min = out.min * n;
      const max = out.max * n;
      const year = { ...out, min, max, value: max };
      const asked = out.min === out.max ? periodAmount(out.max) : `${periodAmount(out.min)}–${periodAmount(out.max)}`;
      const total = formatDollarRange(min, max);
      described.set(year, {
        en: `${total} a year (${asked} ${periodWords(period, 'en')} × ${n})`,
        zh: `每年 ${total}（${periodWords(period, 'zh')} ${asked} × ${n}）`,
      });
      // Only a restatement of a yearly figure beside it (within 3%): that figure is judged.
      const close = (a: number, b: number) => Math.abs(a - b) <= 0.03 * Math.max(a, b);
      if (money.some((o) => o !== q && (periods.get(o)?.kind ?? 'year') === 'year' && (o.pay === out.pay || o.pay === 'base' || o.pay === null) && close(o.min, min) && close(o.max, max))) {
        restated.add(year);
      }
      out = year;
      changed = true;
    }
    return out;
  });
  if (!changed) return { claim, assumedRmb, described, unyearly };
  return { claim: { ...claim, quantities: quantities.filter((q) => !restated.has(q)) }, assumedRmb, described, unyearly };
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
